import Foundation
import NetworkModel

/// Perceived influence (the Net-Map `influence` people give an actor) set beside a measured
/// centrality. Where the two disagree is the finding: an actor everyone thinks powerful but whom few
/// paths need, or one that holds the network together without anybody noticing.
///
/// Definitions.
/// - Only actors that carry `influence` and have a defined value of the measure are compared
///   (n of them); both rankings are taken within these n, rank 1 the highest, ties sharing the
///   average of the ranks they span (fractional ranking). For `constraint` the lowest value ranks
///   first, because low constraint means many open brokerage opportunities (Burt 1992).
/// - Seen as powerful but peripheral: perceived rank ≤ n/3 (top third) and measured rank > 2n/3
///   (bottom third). Central but unseen: measured rank ≤ n/3 and perceived rank > 2n/3. With fewer
///   than three compared actors there are no thirds and neither list is filled.
/// - Spearman's ρ is the Pearson correlation of the two fractional rankings, the form that stays
///   exact with ties (Spearman 1904, "The proof and measurement of association between two things",
///   Am. J. Psychol. 15(1)); `nil` with fewer than two actors or when either ranking is constant.
public struct InfluenceComparison: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var id: String
        public var name: String
        public var influence: Double
        public var measured: Double
        public var perceivedRank: Double
        public var measuredRank: Double
    }

    /// An actor outside the comparison, with its measured value where defined.
    public struct Unrated: Sendable, Equatable {
        public var id: String
        public var name: String
        public var measured: Double?
    }

    public var network: String
    public var measure: CentralityMeasure
    /// Compared actors, by perceived rank, then id.
    public var rows: [Row]
    /// Ids, in row order.
    public var seenButPeripheral: [String]
    public var centralButUnseen: [String]
    /// Actors without `influence`, by id.
    public var notRated: [Unrated]
    /// Rated actors whose measure is undefined (constraint of an isolated actor, say), by id.
    public var notMeasured: [String]
    public var spearman: Double?
}

public enum InfluenceAnalysis {
    /// Compares on the undirected view unless told otherwise; `directed` views add in- and out-degree.
    /// Only the measure compared is computed.
    public static func compare(_ network: Network, measure: CentralityMeasure = .betweenness,
                               view: GraphView = .undirected) -> InfluenceComparison {
        compare(network, columns: MeasureColumns(network: network, view: view, measures: [measure]), measure: measure)
    }

    /// With a centrality result already computed (a report computes it once for everything).
    public static func compare(_ network: Network, centrality: CentralityResult,
                               measure: CentralityMeasure) -> InfluenceComparison {
        compare(network, columns: MeasureColumns(centrality, measures: [measure]), measure: measure)
    }

    static func compare(_ network: Network, columns: MeasureColumns, measure: CentralityMeasure) -> InfluenceComparison {
        var actors: [String: Actor] = [:]
        for actor in network.actors where actors[actor.id] == nil { actors[actor.id] = actor }
        var compared: [(id: String, name: String, influence: Double, measured: Double)] = []
        var notRated: [InfluenceComparison.Unrated] = []
        var notMeasured: [String] = []
        for (index, id) in columns.ids.enumerated() {
            let value = columns.value(measure, at: index)
            let name = actors[id]?.name ?? id
            guard let rated = actors[id]?.influence, rated.isFinite else {
                notRated.append(.init(id: id, name: name, measured: value))
                continue
            }
            guard let value, value.isFinite else { notMeasured.append(id); continue }
            compared.append((id, name, rated, value))
        }
        let lowerIsCentral = measure == .constraint
        let perceived = fractionalRanks(compared.map(\.influence))
        let measured = fractionalRanks(compared.map { lowerIsCentral ? -$0.measured : $0.measured })
        let rows = compared.indices.map { i in
            InfluenceComparison.Row(id: compared[i].id, name: compared[i].name, influence: compared[i].influence,
                                    measured: compared[i].measured, perceivedRank: perceived[i], measuredRank: measured[i])
        }.sorted { $0.perceivedRank != $1.perceivedRank ? $0.perceivedRank < $1.perceivedRank : $0.id < $1.id }
        let n = Double(rows.count)
        let thirds = rows.count >= 3
        let top = n / 3, bottom = 2 * n / 3
        let result = InfluenceComparison(
            network: network.title, measure: measure, rows: rows,
            seenButPeripheral: thirds ? rows.filter { $0.perceivedRank <= top && $0.measuredRank > bottom }.map(\.id) : [],
            centralButUnseen: thirds ? rows.filter { $0.measuredRank <= top && $0.perceivedRank > bottom }.map(\.id) : [],
            notRated: notRated, notMeasured: notMeasured,
            spearman: spearman(perceived, measured))
        // The sentences a reader sees are built from these ranks in Wording (Words+Influence).
        return result
    }

    /// How close two values must be, relative to the larger, to count as a tie. Measures computed
    /// by summing in different orders differ in the last bit (two constraints of exactly
    /// 4565/9408 came out as 0.48522534013605445 and 0.4852253401360544); ranking them apart
    /// invents an order the network does not have and moves Spearman's ρ.
    public static let tieTolerance = 1e-12

    /// Whether `a` and `b` are the same value up to `tieTolerance` (relative; exact zeros tie).
    public static func ties(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= tieTolerance * max(abs(a), abs(b))
    }

    /// Rank 1 for the largest value; tied values (`ties`) share the mean of the positions they
    /// occupy. A run of ties is measured from its largest member, so a long chain of values each
    /// within the tolerance of the next cannot stretch one tie over values that clearly differ.
    public static func fractionalRanks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && ties(values[order[end + 1]], values[order[start]]) { end += 1 }
            let average = Double(start + end) / 2 + 1
            for position in start...end { ranks[order[position]] = average }
            start = end + 1
        }
        return ranks
    }

    /// Pearson's r of two equally long samples; `nil` when undefined.
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count >= 2 else { return nil }
        let n = Double(x.count)
        let meanX = x.reduce(0, +) / n, meanY = y.reduce(0, +) / n
        var covariance = 0.0, varianceX = 0.0, varianceY = 0.0
        for (a, b) in zip(x, y) {
            covariance += (a - meanX) * (b - meanY)
            varianceX += (a - meanX) * (a - meanX)
            varianceY += (b - meanY) * (b - meanY)
        }
        guard varianceX > 0, varianceY > 0 else { return nil }
        return covariance / (varianceX * varianceY).squareRoot()
    }
}
