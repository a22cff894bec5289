import Foundation
import NetworkModel
import Testing
@testable import NetworkAnalysis

/// Every measure on every fixture graph and view against networkx 3.x. Exact measures to 1e-9
/// (relative to values above 1), power iterations to 1e-7.
@Suite("Agreement with networkx")
struct FixtureAgreementTests {
    static let exact = 1e-9
    static let iterative = 1e-7

    @Test func fixturesArePresentAndDecode() {
        #expect(Fixture.fileCount >= 16)
        #expect(Fixture.all.count == Fixture.fileCount, "a fixture file failed to decode")
    }

    @Test(arguments: FixtureCase.all)
    func measuresAgree(_ testCase: FixtureCase) throws {
        let expected = try testCase.expected()
        let network = try testCase.fixture.network()
        let graph = CompactGraph(network: network, view: testCase.view)
        let ids = graph.ids
        #expect(ids == testCase.fixture.actors)
        var problems: [String] = []
        let degree = degrees(graph)
        problems += mismatches("degree", ids: ids, actual: degree.degree, expected: expected.degree, tolerance: Self.exact)
        if testCase.view.directed {
            problems += mismatches("in_degree", ids: ids, actual: degree.inDegree,
                                   expected: expected.in_degree ?? [], tolerance: Self.exact)
            problems += mismatches("out_degree", ids: ids, actual: degree.outDegree,
                                   expected: expected.out_degree ?? [], tolerance: Self.exact)
        }
        problems += mismatches("degree_centrality", ids: ids, actual: degree.centrality,
                               expected: expected.degree_centrality, tolerance: Self.exact)
        problems += mismatches("betweenness", ids: ids, actual: betweennessCentrality(graph),
                               expected: expected.betweenness, tolerance: Self.exact)
        problems += mismatches("closeness", ids: ids, actual: closenessCentrality(graph),
                               expected: expected.closeness, tolerance: Self.exact)
        problems += mismatches("harmonic", ids: ids, actual: harmonicCentrality(graph),
                               expected: expected.harmonic, tolerance: Self.exact)
        let eigenvector = eigenvectorCentrality(graph)
        problems += mismatches("eigenvector", ids: ids,
                               actual: eigenvector ?? [Double?](repeating: nil, count: ids.count),
                               expected: expected.eigenvector, tolerance: Self.iterative)
        let pagerank = pageRank(graph)
        problems += mismatches("pagerank", ids: ids, actual: pagerank ?? [Double?](repeating: nil, count: ids.count),
                               expected: expected.pagerank, tolerance: Self.iterative)
        problems += mismatches("core", ids: ids, actual: coreNumbers(graph).map(Double.init),
                               expected: expected.core, tolerance: 0)
        problems += mismatches("clustering", ids: ids, actual: clusteringCoefficients(graph),
                               expected: expected.clustering, tolerance: Self.exact)
        problems += mismatches("constraint", ids: ids, actual: burtConstraint(graph),
                               expected: expected.constraint, tolerance: Self.exact)
        problems += mismatches("effective_size", ids: ids, actual: effectiveSize(graph),
                               expected: expected.effective_size, tolerance: Self.exact)
        #expect(problems.isEmpty, "\(testCase): \(problems.prefix(12).joined(separator: "; "))")
    }

    @Test(arguments: Fixture.all)
    func structureAgrees(_ fixture: Fixture) throws {
        let network = try fixture.network()
        for (_, view) in Fixture.viewNames {
            // Components, cut vertices and bridges are properties of the undirected simple view,
            // whichever view the graph was built for.
            let graph = CompactGraph(network: network, view: view)
            let components = connectedComponents(graph).map { $0.map { graph.ids[$0] } }
            #expect(components.sorted { $0.lexicographicallyPrecedes($1) } == fixture.components, "\(fixture) \(view)")
            let cuts = cutStructure(graph.undirectedSimple())
            #expect(cuts.articulationPoints.map { graph.ids[$0] } == fixture.articulation_points, "\(fixture) \(view)")
            #expect(cuts.bridges.map { [graph.ids[$0.0], graph.ids[$0.1]] } == fixture.bridges, "\(fixture) \(view)")
        }
    }
}
