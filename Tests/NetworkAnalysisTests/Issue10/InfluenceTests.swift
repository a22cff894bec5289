import NetworkModel
import Testing
import Wording
@testable import NetworkAnalysis

/// Perceived against measured influence on the path a–b–c–d–e–f plus an isolated, unrated g.
///
/// Betweenness on the path (pairs through each node, before scaling): a 0, b 4, c 6, d 6, e 4, f 0;
/// g adds nothing. Measured ranks among the six rated actors, ties averaged: c, d 1.5; b, e 3.5;
/// a, f 5.5.
/// Influence a 9, d 6, e 4, f 3, b 2, c 1.5, so perceived ranks a 1, d 2, e 3, f 4, b 5, c 6.
/// Thirds of n = 6: top is rank ≤ 2, bottom rank > 4.
/// - seen but peripheral: a (perceived 1, measured 5.5); d is top in both.
/// - central but unseen: c (measured 1.5, perceived 6).
/// Spearman: both rankings have mean 3.5. Deviations, perceived: a −2.5, b 1.5, c 2.5, d −1.5,
/// e −0.5, f 0.5; measured: a 2, b 0, c −2, d −2, e 0, f 2. Σ products = −5 + 0 − 5 + 3 + 0 + 1 = −6;
/// Σ squares 17.5 and 16; ρ = −6 / √280 ≈ −0.358569.
@Suite("Influence")
struct InfluenceTests {
    static let network: Network = {
        let influence: [String: Double] = ["a": 9, "b": 2, "c": 1.5, "d": 6, "e": 4, "f": 3]
        let actors = ["a", "b", "c", "d", "e", "f", "g"].map {
            Actor(id: $0, name: $0.uppercased(), kind: .association, influence: influence[$0])
        }
        let links = zip(["a", "b", "c", "d", "e"], ["b", "c", "d", "e", "f"]).map {
            Link(from: $0.0, to: $0.1, type: .cooperates)
        }
        return Network(title: "influence", actors: actors, links: links)
    }()

    @Test func handWorkedComparison() throws {
        let result = InfluenceAnalysis.compare(Self.network, measure: .betweenness)
        #expect(result.rows.map(\.id) == ["a", "d", "e", "f", "b", "c"])
        #expect(result.rows.map(\.perceivedRank) == [1, 2, 3, 4, 5, 6])
        #expect(result.rows.map(\.measuredRank) == [5.5, 1.5, 3.5, 5.5, 3.5, 1.5])
        #expect(result.seenButPeripheral == ["a"])
        #expect(result.centralButUnseen == ["c"])
        #expect(result.notRated.map(\.id) == ["g"])
        let rho = try #require(result.spearman)
        #expect(abs(rho - (-6 / 280.0.squareRoot())) < 1e-12)
        #expect(Words(.en).influenceSentences(result).contains("A is seen as one of the most influential (perceived rank 1 of 6) but is structurally peripheral (betweenness rank 5.5 of 6)."))
        #expect(Words(.en).influenceSentences(result).contains("C is structurally central (betweenness rank 1.5 of 6) but hardly seen as influential (perceived rank 6 of 6)."))
        #expect(Words(.en).influenceSentences(result).first == "Perceived influence and betweenness run against each other weakly: Spearman's ρ = -0.36 over 6 rated actors.")
    }

    @Test func fractionalRanksAverageTies() {
        #expect(InfluenceAnalysis.fractionalRanks([]) == [])
        #expect(InfluenceAnalysis.fractionalRanks([5]) == [1])
        #expect(InfluenceAnalysis.fractionalRanks([1, 3, 3, 2]) == [4, 1.5, 1.5, 3])
        #expect(InfluenceAnalysis.fractionalRanks([7, 7, 7]) == [2, 2, 2])
    }

    /// Issue 14: two constraints of exactly 4565/9408, summed in different orders, differ in the
    /// last bit; they must share a rank (2.5 each, not 2 and 3), for constraint (ranked on the
    /// negated values) as for any measure.
    @Test func valuesEqualUpToRoundingTie() {
        let leftToRight = (1.0 / 3 + 1.0 / 14) + 757.0 / 9408
        let rightToLeft = (757.0 / 9408 + 1.0 / 14) + 1.0 / 3
        #expect(leftToRight != rightToLeft)
        #expect(leftToRight == 0.48522534013605445 && rightToLeft == 4565.0 / 9408)
        #expect(InfluenceAnalysis.fractionalRanks([0.9, leftToRight, rightToLeft, 0.1]) == [1, 2.5, 2.5, 4])
        #expect(InfluenceAnalysis.fractionalRanks([-0.9, -leftToRight, -rightToLeft, -0.1]) == [4, 2.5, 2.5, 1])
        // A real difference, however small next to the values, is not a tie.
        #expect(InfluenceAnalysis.fractionalRanks([1, 1 + 1e-9]) == [2, 1])
        #expect(InfluenceAnalysis.fractionalRanks([0, 0, 1e-300]) == [2.5, 2.5, 1])
        // A chain of values each within the tolerance of the next is measured from its first.
        let step = 0.6e-12
        #expect(InfluenceAnalysis.fractionalRanks([1, 1 - step, 1 - 2 * step]) == [1.5, 1.5, 3])
    }

    /// What the tie does to Spearman's ρ.
    @Test func tiedMeasuredValuesMoveSpearman() {
        let leftToRight = (1.0 / 3 + 1.0 / 14) + 757.0 / 9408
        let rightToLeft = (757.0 / 9408 + 1.0 / 14) + 1.0 / 3
        let measured = InfluenceAnalysis.fractionalRanks([0.2, leftToRight, rightToLeft])
        let perceived = InfluenceAnalysis.fractionalRanks([3, 2, 1])
        #expect(measured == [3, 1.5, 1.5])
        // Ranks 1, 2, 3 against 3, 1.5, 1.5: deviations (-1, 0, 1) and (1, -0.5, -0.5), covariance
        // -1.5, squares 2 and 1.5: ρ = -1.5 / √3 (split 2 and 3, the ranks would give -0.5).
        let rho = InfluenceAnalysis.spearman(perceived, measured)
        #expect(rho.map { abs($0 - (-1.5 / 3.0.squareRoot())) < 1e-12 } == true)
    }

    @Test func spearmanEdgeCases() {
        #expect(InfluenceAnalysis.spearman([1], [1]) == nil)
        #expect(InfluenceAnalysis.spearman([1, 2], [1, 1]) == nil)
        #expect(InfluenceAnalysis.spearman([1, 2, 3], [1, 2, 3]) == 1)
        #expect(InfluenceAnalysis.spearman([1, 2, 3], [3, 2, 1]) == -1)
    }

    /// Lower constraint is the more central position, so it ranks first.
    @Test func constraintRanksLowestFirst() {
        let result = InfluenceAnalysis.compare(Self.network, measure: .constraint)
        let lowest = result.rows.min { $0.measured < $1.measured }
        #expect(lowest?.measuredRank == result.rows.map(\.measuredRank).min())
    }

    @Test func nobodyRated() {
        let network = Network(title: "none", actors: [Actor(id: "x", name: "X", kind: .office)])
        let result = InfluenceAnalysis.compare(network)
        #expect(result.rows.isEmpty)
        #expect(result.spearman == nil)
        #expect(result.notRated.map(\.id) == ["x"])
    }
}
