import NetworkModel
import Testing
@testable import NetworkAnalysis

/// Properties that hold on any graph, checked on seeded random graphs (the seed is in the test
/// name, so a failure can be reproduced), and the parallel/serial bit-identity of the path measures.
@Suite("Properties")
struct PropertyTests {
    static func randomNetwork(seed: UInt64, actors: Int, links: Int) -> Network {
        var rng = SplitMix64(seed: seed)
        let ids = (0..<actors).map { "n\($0)" }
        var result: [Link] = []
        var keys = Set<LinkKey>()
        while result.count < links {
            let a = Int.random(in: 0..<actors, using: &rng), b = Int.random(in: 0..<actors, using: &rng)
            guard a != b, let type = LinkType.allCases.randomElement(using: &rng) else { continue }
            let link = Link(from: ids[a], to: ids[b], type: type, weight: [0.5, 1, 2, 3].randomElement(using: &rng) ?? 1)
            if keys.insert(link.key).inserted { result.append(link) }
        }
        return Network(title: "seed \(seed)", actors: ids.map { Actor(id: $0, name: $0, kind: .other) }, links: result)
    }

    static let views = [GraphView(), GraphView(directed: true), GraphView(weighted: true),
                        GraphView(directed: true, weighted: true)]
    static let seeds: [UInt64] = [1, 2, 3, 42]

    @Test(arguments: seeds, views)
    func parallelEqualsSerialBitForBit(seed: UInt64, view: GraphView) {
        // 300 actors: more than 64 chunks' worth of sources, so chunks hold several sources each.
        let graph = CompactGraph(network: Self.randomNetwork(seed: seed, actors: 300, links: 900), view: view)
        let serial = betweennessCentrality(graph, workers: 1)
        #expect(serial.contains { $0 > 0 })
        for workers in [2, 3, 8] {
            #expect(betweennessCentrality(graph, workers: workers) == serial, "seed \(seed), \(workers) workers")
            #expect(closenessCentrality(graph, workers: workers) == closenessCentrality(graph, workers: 1))
            #expect(harmonicCentrality(graph, workers: workers) == harmonicCentrality(graph, workers: 1))
        }
    }

    @Test(arguments: seeds, views)
    func pageRankIsADistribution(seed: UInt64, view: GraphView) throws {
        let graph = CompactGraph(network: Self.randomNetwork(seed: seed, actors: 60, links: 100), view: view)
        let rank = try #require(pageRank(graph))
        #expect(abs(rank.reduce(0, +) - 1) < 1e-12)
        #expect(rank.allSatisfy { $0 >= 0.15 / 60 - 1e-15 })
    }

    /// From 20,000 arcs the eigenvector sums run in two halves, the second on a partner thread;
    /// the squares, norm and change are summed on one thread in node order, so every bit is kept.
    @Test(arguments: views)
    func eigenvectorOnTwoCoresEqualsOneBitForBit(view: GraphView) throws {
        let graph = CompactGraph(network: Self.randomNetwork(seed: 7, actors: 4_000, links: 12_000), view: view)
        #expect(graph.inSources.count >= 12_000)
        let one = eigenvectorCentrality(graph, workers: 1)
        if !view.directed { _ = try #require(one) }
        for _ in 0..<3 { #expect(eigenvectorCentrality(graph, workers: 2) == one, "\(view)") }
    }

    @Test(arguments: seeds)
    func eigenvectorHasUnitLengthAndIsNonNegative(seed: UInt64) throws {
        let graph = CompactGraph(network: Self.randomNetwork(seed: seed, actors: 60, links: 150))
        let eigen = try #require(eigenvectorCentrality(graph))
        #expect(abs(eigen.map { $0 * $0 }.reduce(0, +) - 1) < 1e-12)
        #expect(eigen.allSatisfy { $0 >= 0 })
    }

    @Test(arguments: seeds, views)
    func measuresStayInTheirRanges(seed: UInt64, view: GraphView) {
        let graph = CompactGraph(network: Self.randomNetwork(seed: seed, actors: 50, links: 70), view: view)
        let n = graph.nodeCount
        #expect(betweennessCentrality(graph).allSatisfy { $0 >= 0 && $0 <= 1 + 1e-12 })
        #expect(closenessCentrality(graph).allSatisfy { $0 >= 0 && (view.weighted || $0 <= 1) })
        #expect(clusteringCoefficients(graph).allSatisfy { $0 >= 0 && $0 <= 1 + 1e-12 })
        // The core number never exceeds the (unweighted) degree it is defined from.
        let core = coreNumbers(graph)
        let unweighted = degrees(CompactGraph(network: Self.randomNetwork(seed: seed, actors: 50, links: 70),
                                              view: GraphView(directed: view.directed))).degree
        #expect((0..<n).allSatisfy { Double(core[$0]) <= unweighted[$0] })
        #expect(core.contains { $0 > 0 })
        // Components partition the nodes.
        let components = connectedComponents(graph)
        #expect(components.flatMap { $0 }.sorted() == Array(0..<n))
    }

    @Test func articulationPointsDisconnectTheGraph() {
        let network = Self.randomNetwork(seed: 7, actors: 40, links: 45)
        let graph = CompactGraph(network: network)
        let cuts = cutStructure(graph)
        let before = connectedComponents(graph).count
        #expect(!cuts.articulationPoints.isEmpty)
        for point in cuts.articulationPoints {
            let id = graph.ids[point]
            var reduced = network
            reduced.actors.removeAll { $0.id == id }
            reduced.links.removeAll { $0.from == id || $0.to == id }
            // Removing a cut vertex leaves more components than before (minus the vertex itself).
            #expect(connectedComponents(CompactGraph(network: reduced)).count > before, "\(id)")
        }
    }
}
