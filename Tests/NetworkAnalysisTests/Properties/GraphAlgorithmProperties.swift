import NetworkModel
import Testing
@testable import NetworkAnalysis

/// Laws the graph measures obey on every graph, checked on many seeded random networks of every
/// size from empty up, in every view. Each failure message starts with the seed and the view, and
/// `RandomNetworks.network(seed:)` rebuilds that exact network, so a failure is reproducible.
/// Exact laws (cut vertices, bridges, core numbers) are checked against brute force: removing each
/// node or edge and counting components, which is slow but has nothing to get wrong.
@Suite("Graph algorithm properties")
struct GraphAlgorithmProperties {
    static let seeds: [UInt64] = Array(1...40)
    static let views = [GraphView(), GraphView(directed: true), GraphView(weighted: true),
                        GraphView(directed: true, weighted: true)]

    // MARK: Relabelling

    /// Measures belong to the actor, not to its name: renaming actors so that they sort in another
    /// order (and so get other node numbers) moves each value with its actor.
    @Test(arguments: seeds)
    func measuresAreInvariantUnderRelabelling(seed: UInt64) {
        let network = RandomNetworks.network(seed: seed)
        var rng = SplitMix64(seed: seed ^ 0xA5A5)
        let renamed = RandomNetworks.relabelled(network, using: &rng)
        for view in Self.views {
            let before = CentralityResult(network: network, view: view, workers: 1)
            let after = CentralityResult(network: renamed.network, view: view, workers: 1)
            let afterByID = Dictionary(uniqueKeysWithValues: after.rows.map { ($0.id, $0) })
            for row in before.rows {
                let context = "seed \(seed), \(view), actor \(row.id) -> \(renamed.names[row.id] ?? "?")"
                guard let moved = renamed.names[row.id].flatMap({ afterByID[$0] }) else {
                    Issue.record("\(context): the renamed actor is missing")
                    continue
                }
                #expect(close(row.betweenness, moved.betweenness), "\(context): betweenness")
                #expect(close(row.closeness, moved.closeness), "\(context): closeness")
                #expect(close(row.harmonic, moved.harmonic), "\(context): harmonic")
                #expect(row.degree == moved.degree, "\(context): degree")
                #expect(row.core == moved.core, "\(context): core")
                #expect(close(row.pagerank, moved.pagerank, tolerance: 1e-8), "\(context): pagerank")
            }
            let cutsBefore = cutStructure(CompactGraph(network: network, view: view))
            let renamedGraph = CompactGraph(network: renamed.network, view: view)
            let cutsAfter = cutStructure(renamedGraph)
            let graph = CompactGraph(network: network, view: view)
            #expect(Set(cutsBefore.articulationPoints.compactMap { renamed.names[graph.ids[$0]] })
                    == Set(cutsAfter.articulationPoints.map { renamedGraph.ids[$0] }), "seed \(seed), \(view)")
            #expect(cutsBefore.bridges.count == cutsAfter.bridges.count, "seed \(seed), \(view)")
        }
    }

    // MARK: Isolated actors

    /// An actor with no links lies on no path and ends none, so adding one changes no other actor's
    /// measures, once the measures scaled by the number of actors are read unscaled: betweenness
    /// times (n - 1)(n - 2), closeness times (n - 1). PageRank is left out on purpose: teleporting
    /// spreads rank over every actor, linked or not.
    @Test(arguments: seeds)
    func anIsolatedActorChangesNoOtherMeasure(seed: UInt64) {
        let network = RandomNetworks.network(seed: seed)
        var withLoner = network
        // An id that sorts into the middle, so every later actor's node number shifts.
        withLoner.actors.append(Actor(id: "n5-isolated", name: "isolated", kind: .other))
        for view in Self.views {
            let base = CentralityResult(network: network, view: view, workers: 1)
            let more = CentralityResult(network: withLoner, view: view, workers: 1)
            let moreByID = Dictionary(uniqueKeysWithValues: more.rows.map { ($0.id, $0) })
            let n = Double(base.rows.count), m = n + 1
            for row in base.rows {
                let context = "seed \(seed), \(view), actor \(row.id)"
                guard let other = moreByID[row.id] else {
                    Issue.record("\(context): missing after adding an isolated actor")
                    continue
                }
                let rawBefore = n > 2 ? row.betweenness * (n - 1) * (n - 2) : row.betweenness
                #expect(close(rawBefore, other.betweenness * (m - 1) * (m - 2)), "\(context): betweenness")
                #expect(close(row.closeness * (n - 1), other.closeness * (m - 1)), "\(context): closeness")
                #expect(close(row.harmonic, other.harmonic), "\(context): harmonic")
                #expect(row.degree == other.degree, "\(context): degree")
                #expect(row.core == other.core, "\(context): core")
                #expect(close(row.clustering, other.clustering), "\(context): clustering")
                #expect(close(row.constraint, other.constraint), "\(context): constraint")
                #expect(close(row.effectiveSize, other.effectiveSize), "\(context): effective size")
            }
            #expect(moreByID["n5-isolated"].map { $0.betweenness == 0 && $0.closeness == 0 && $0.core == 0 } == true,
                    "seed \(seed), \(view): the isolated actor itself")
            let before = CompactGraph(network: network, view: view)
            let after = CompactGraph(network: withLoner, view: view)
            #expect(cutStructure(before).articulationPoints.map { before.ids[$0] }
                    == cutStructure(after).articulationPoints.map { after.ids[$0] }, "seed \(seed), \(view)")
            #expect(connectedComponents(after).count == connectedComponents(before).count + 1, "seed \(seed), \(view)")
        }
    }

    // MARK: Ranges and sums

    @Test(arguments: seeds)
    func pageRankSumsToOne(seed: UInt64) throws {
        let network = RandomNetworks.network(seed: seed)
        for view in Self.views {
            let graph = CompactGraph(network: network, view: view)
            let rank = try #require(pageRank(graph), "seed \(seed), \(view): did not converge")
            if graph.nodeCount == 0 {
                #expect(rank.isEmpty)
                continue
            }
            #expect(abs(rank.reduce(0, +) - 1) < 1e-9, "seed \(seed), \(view): sum \(rank.reduce(0, +))")
            #expect(rank.allSatisfy { $0 > 0 }, "seed \(seed), \(view)")
        }
    }

    /// Closeness with the Wasserman-Faust factor is at most 1 when every distance is at least 1.
    /// Weighted views measure distance as 1 / weight (a pair's weights summed), so there it is only
    /// non-negative and finite.
    @Test(arguments: seeds)
    func closenessLiesInTheUnitInterval(seed: UInt64) {
        let network = RandomNetworks.network(seed: seed)
        for view in Self.views {
            let values = closenessCentrality(CompactGraph(network: network, view: view), workers: 1)
            let upper = view.weighted ? Double.greatestFiniteMagnitude : 1 + 1e-12
            #expect(values.allSatisfy { $0 >= 0 && $0 <= upper }, "seed \(seed), \(view): \(values)")
        }
    }

    /// The k-core is the largest subgraph where every node has k neighbours inside it, so a node's
    /// core number is at most its degree; checked against a brute-force peeling too.
    @Test(arguments: seeds)
    func coreNumbersNeverExceedDegrees(seed: UInt64) {
        let network = RandomNetworks.network(seed: seed)
        let graph = CompactGraph(network: network)
        let core = coreNumbers(graph)
        let neighbours = RandomNetworks.neighbourSets(graph)
        for node in 0..<graph.nodeCount {
            #expect(core[node] <= neighbours[node].count, "seed \(seed), node \(graph.ids[node])")
        }
        #expect(core == RandomNetworks.bruteForceCores(neighbours), "seed \(seed)")
    }

    // MARK: Cut vertices and bridges, against brute force

    /// A node is an articulation point exactly when removing it leaves more components among the
    /// other nodes than there were: every point found does, and no other node does.
    @Test(arguments: seeds)
    func articulationPointsAreExactlyTheNodesThatDisconnect(seed: UInt64) {
        let network = RandomNetworks.network(seed: seed)
        for view in [GraphView(), GraphView(directed: true, weighted: true)] {
            let graph = CompactGraph(network: network, view: view)
            let neighbours = RandomNetworks.neighbourSets(graph)
            let before = RandomNetworks.componentCount(neighbours, removingNode: nil, removingEdge: nil)
            var expected: [Int] = []
            for node in 0..<graph.nodeCount {
                let after = RandomNetworks.componentCount(neighbours, removingNode: node, removingEdge: nil)
                // Removing an isolated node removes its component; any other node, none, unless it cuts.
                let isolated = neighbours[node].isEmpty
                if after > before - (isolated ? 1 : 0) { expected.append(node) }
            }
            #expect(cutStructure(graph).articulationPoints == expected, "seed \(seed), \(view)")
        }
    }

    @Test(arguments: seeds)
    func bridgesAreExactlyTheEdgesThatDisconnect(seed: UInt64) {
        let network = RandomNetworks.network(seed: seed)
        let graph = CompactGraph(network: network)
        let neighbours = RandomNetworks.neighbourSets(graph)
        let before = RandomNetworks.componentCount(neighbours, removingNode: nil, removingEdge: nil)
        var expected: [[Int]] = []
        for u in 0..<graph.nodeCount {
            for v in neighbours[u].sorted() where u < v {
                let after = RandomNetworks.componentCount(neighbours, removingNode: nil, removingEdge: (u, v))
                if after > before { expected.append([u, v]) }
            }
        }
        #expect(cutStructure(graph).bridges.map { [$0.0, $0.1] } == expected, "seed \(seed)")
    }

    // MARK: Small graphs with known answers, as a check on the brute force itself

    @Test func aPathHasItsInnerNodesAsCutsAndEveryEdgeAsBridge() {
        let actors = ["a", "b", "c", "d"].map { Actor(id: $0, name: $0, kind: .other) }
        let links = [Link(from: "a", to: "b", type: .cooperates), Link(from: "b", to: "c", type: .cooperates),
                     Link(from: "c", to: "d", type: .cooperates)]
        let graph = CompactGraph(network: Network(title: "P4", actors: actors, links: links))
        let cuts = cutStructure(graph)
        #expect(cuts.articulationPoints == [1, 2])
        #expect(cuts.bridges.map { [$0.0, $0.1] } == [[0, 1], [1, 2], [2, 3]])
        let neighbours = RandomNetworks.neighbourSets(graph)
        #expect(RandomNetworks.componentCount(neighbours, removingNode: 1, removingEdge: nil) == 2)
        #expect(RandomNetworks.bruteForceCores(neighbours) == [1, 1, 1, 1])
    }

    private func close(_ a: Double?, _ b: Double?, tolerance: Double = 1e-9) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (a?, b?): return abs(a - b) <= tolerance * max(1, abs(a), abs(b))
        default: return false
        }
    }
}
