import NetworkModel
import Testing
@testable import NetworkAnalysis

/// Measures computed alone (what `influence` and `diff` compute) against the same measures read
/// from the whole centrality result, on seeded random networks in every view: the same values,
/// measure by measure, and only the measures asked for.
@Suite("Measures computed alone")
struct MeasureColumnsTests {
    static let views = [GraphView(), GraphView(directed: true), GraphView(weighted: true),
                        GraphView(directed: true, weighted: true)]

    @Test(arguments: [UInt64(3), 11, 29], views)
    func eachMeasureAloneEqualsTheWholeResult(seed: UInt64, view: GraphView) {
        let network = PropertyTests.randomNetwork(seed: seed, actors: 90, links: 160)
        let whole = CentralityResult(network: network, view: view)
        #expect(whole.rows.contains { $0.betweenness > 0 }, "a test that cannot fail")
        for measure in CentralityMeasure.allCases {
            let alone = MeasureColumns(network: network, view: view, measures: [measure])
            #expect(alone.ids == whole.rows.map(\.id))
            #expect(Set(alone.values.keys) == [measure], "\(measure) alone")
            let expected = whole.rows.map { measure.value(in: $0) }
            let actual = alone.ids.indices.map { alone.value(measure, at: $0) }
            #expect(actual == expected, "\(measure), seed \(seed), \(view)")
        }
        let all = Set(CentralityMeasure.allCases)
        #expect(MeasureColumns(network: network, view: view, measures: all) == MeasureColumns(whole, measures: all))
    }

    @Test func influenceComputedAloneEqualsTheReportsComparison() {
        var network = PropertyTests.randomNetwork(seed: 5, actors: 60, links: 120)
        network.actors = network.actors.enumerated().map { index, actor in
            var actor = actor
            actor.influence = index % 4 == 0 ? nil : Double(index % 7)
            return actor
        }
        for measure in [CentralityMeasure.betweenness, .constraint, .degree] {
            let alone = InfluenceAnalysis.compare(network, measure: measure)
            let fromWhole = InfluenceAnalysis.compare(network, centrality: CentralityResult(network: network), measure: measure)
            #expect(alone == fromWhole, "\(measure)")
            #expect(!alone.rows.isEmpty && !alone.notRated.isEmpty)
        }
    }
}
