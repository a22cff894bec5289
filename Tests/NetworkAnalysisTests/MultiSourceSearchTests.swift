import NetworkModel
import Testing
@testable import NetworkAnalysis

/// The multi-source searches behind betweenness (16 sources per batch) and closeness/harmonic
/// (64 per batch) against one search per source: batches that do not fill all lanes, several
/// batches per chunk, disconnected graphs, isolated nodes, self-loops and the smallest graphs.
@Suite("Multi-source searches")
struct MultiSourceSearchTests {
    /// Undirected graphs given by edge lists, for the smallest and most irregular cases.
    static func undirected(_ n: Int, _ edges: [(Int, Int)]) -> CompactGraph {
        let arcs = edges.flatMap { [($0.0, $0.1, 1.0), ($0.1, $0.0, 1.0)] }
        return CompactGraph(ids: (0..<n).map { "n\($0)" }, arcs: arcs, view: GraphView())
    }

    /// A named graph, so that a failing argument says which one.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var graph: CompactGraph
        var testDescription: String { name }
    }

    static let handMade: [Case] = [
        Case(name: "one node", graph: undirected(1, [])),
        Case(name: "two nodes, one edge", graph: undirected(2, [(0, 1)])),
        Case(name: "two isolated nodes", graph: undirected(2, [])),
        Case(name: "path of three", graph: undirected(3, [(0, 1), (1, 2)])),
        Case(name: "triangle and an isolated node", graph: undirected(4, [(0, 1), (1, 2), (2, 0)])),
        Case(name: "two components, nine nodes", graph: undirected(9, [(0, 1), (1, 2), (2, 3), (3, 0), (4, 5), (5, 6), (6, 7), (7, 8), (8, 4), (4, 6)])),
        Case(name: "self-loop and a pendant", graph: undirected(5, [(0, 0), (0, 1), (1, 2), (2, 3), (3, 1), (3, 4)])),
        Case(name: "star of 17", graph: undirected(17, (1..<17).map { (0, $0) })),
        Case(name: "path of 70", graph: undirected(70, (0..<69).map { ($0, $0 + 1) })),
    ]

    /// Random graphs of sizes that are not multiples of 16 or 64, sparse ones with isolated nodes
    /// and several components, and ones above 64 nodes, where every chunk holds several batches.
    static let random: [Case] = [
        (13, 9), (61, 40), (67, 400), (300, 900), (301, 250), (523, 1500),
    ].enumerated().map { index, size in
        let network = PropertyTests.randomNetwork(seed: UInt64(100 + index), actors: size.0, links: size.1)
        return Case(name: "\(size.0) actors, \(size.1) links", graph: CompactGraph(network: network))
    }

    static var all: [Case] { handMade + random }

    /// Betweenness with one level-tested search per source (the directed code path, which is
    /// correct for undirected graphs too, as their adjacency holds both arcs of every edge).
    static func betweennessOneSourceAtATime(_ graph: CompactGraph) throws -> [Double] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        let adjacency = try #require(Adjacency32(offsets: graph.outOffsets, targets: graph.outTargets))
        let partials = SharedDoubles(count: ParallelSources.chunkCount(n) * n)
        Betweenness.accumulateUnweighted(adjacency, n: n, workers: 1, into: partials)
        var result = Betweenness.reduce(partials, chunks: ParallelSources.chunkCount(n), n: n)
        Betweenness.rescale(&result, n: n)
        return result
    }

    /// Distances by plain BFS from `source` along `offsets`/`targets` (-1: unreached).
    static func distances(from source: Int, offsets: [Int], targets: [Int]) -> [Int] {
        var distance = [Int](repeating: -1, count: offsets.count - 1)
        distance[source] = 0
        var queue = [source]
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for w in targets[offsets[v]..<offsets[v + 1]] where distance[w] < 0 {
                distance[w] = distance[v] + 1
                queue.append(w)
            }
        }
        return distance
    }

    /// Whether `values` equal `expected` to 1e-12 relative: the batched search takes sources in
    /// breadth-first order, so a node's dependencies are added in another order than the oracle's.
    static func agree(_ values: [Double], _ expected: [Double]) -> Bool {
        values.count == expected.count
            && zip(values, expected).allSatisfy { $0 == $1 || abs($0 - $1) <= 1e-12 * max(1e-300, abs($1)) }
    }

    @Test(arguments: all)
    func batchedBetweennessEqualsOneSearchPerSource(_ test: Case) throws {
        let name = test.name, graph = test.graph
        let expected = try Self.betweennessOneSourceAtATime(graph)
        let one = betweennessCentrality(graph, workers: 1)
        #expect(Self.agree(one, expected), "\(name)")
        for workers in [2, 3, 8] {
            #expect(betweennessCentrality(graph, workers: workers) == one, "\(name), \(workers) workers")
        }
    }

    /// Directed views: the batched search with σ pulled over in-arcs against one level-tested
    /// search per source, to 1e-12 relative (the same bits for any worker count), on the loader's
    /// directed view of each random network and on graphs with every edge kept in one direction
    /// only (nodes that reach without being reached).
    @Test(arguments: random)
    func batchedDirectedBetweennessEqualsOneSearchPerSource(_ test: Case) throws {
        let network = PropertyTests.randomNetwork(seed: UInt64(test.graph.nodeCount), actors: test.graph.nodeCount,
                                                  links: test.graph.edgeCount)
        let graphs = [CompactGraph(network: network, view: GraphView(directed: true)),
                      CompactGraph(ids: test.graph.ids, arcs: Self.someArcs(of: test.graph), view: GraphView(directed: true))]
        for graph in graphs {
            let expected = try Self.betweennessOneSourceAtATime(graph)
            #expect(expected.contains { $0 > 0 }, "\(test.name): a test that cannot fail")
            let one = betweennessCentrality(graph, workers: 1)
            #expect(Self.agree(one, expected), "\(test.name)")
            for workers in [2, 3, 8] {
                #expect(betweennessCentrality(graph, workers: workers) == one, "\(test.name), \(workers) workers")
            }
        }
    }

    /// Weighted views: the bucket Dijkstra with dependencies summed over the recorded shortest-path
    /// DAG against the lazy-heap Dijkstra with dependencies pushed over in-arcs. The order of
    /// summation differs, so values agree to 1e-12 relative; any worker count gives the same bits.
    /// `WeightedSearchTests` covers the heap that replaces the buckets for very unequal weights.
    @Test(arguments: random, [GraphView(weighted: true), GraphView(directed: true, weighted: true)])
    func weightedBetweennessEqualsTheLazyHeapSearch(_ test: Case, view: GraphView) {
        let network = PropertyTests.randomNetwork(seed: UInt64(7 * test.graph.nodeCount), actors: test.graph.nodeCount,
                                                  links: test.graph.edgeCount)
        let graph = CompactGraph(network: network, view: view)
        let n = graph.nodeCount
        let partials = SharedDoubles(count: ParallelSources.chunkCount(n) * n)
        Betweenness.accumulateOneSourceAtATime(graph, workers: 1, into: partials)
        var expected = Betweenness.reduce(partials, chunks: ParallelSources.chunkCount(n), n: n)
        Betweenness.rescale(&expected, n: n)
        #expect(expected.contains { $0 > 0 }, "\(test.name): a test that cannot fail")
        let one = betweennessCentrality(graph, workers: 1)
        #expect(zip(one, expected).allSatisfy { abs($0 - $1) <= 1e-12 * max(1e-300, abs($1)) || $0 == $1 },
                "\(test.name), \(view)")
        for workers in [2, 3, 8] {
            #expect(betweennessCentrality(graph, workers: workers) == one, "\(test.name), \(view), \(workers) workers")
        }
    }

    @Test(arguments: all, [GraphView(), GraphView(directed: true)])
    func bitParallelClosenessAndHarmonicEqualPlainSearches(_ test: Case, view: GraphView) {
        let name = test.name
        let graph = view.directed
            ? CompactGraph(ids: test.graph.ids, arcs: Self.someArcs(of: test.graph), view: view) : test.graph
        let n = graph.nodeCount
        var closeness = [Double](repeating: 0, count: n)
        var harmonic = [Double](repeating: 0, count: n)
        for u in 0..<n {
            // Incoming distances: search the reversed arcs from `u`.
            let distance = Self.distances(from: u, offsets: graph.inOffsets, targets: graph.inSources)
            let reached = distance.filter { $0 > 0 }
            let total = Double(reached.reduce(0, +))
            let others = Double(reached.count)
            closeness[u] = total > 0 && n > 1 ? others / total * (others / Double(n - 1)) : 0
            harmonic[u] = reached.reduce(0.0) { $0 + 1 / Double($1) }
        }
        for workers in [1, 2, 3, 8] {
            let result = IncomingDistances.compute(graph, workers: workers)
            #expect(result.closeness == closeness, "\(name), \(workers) workers")
            #expect(zip(result.harmonic, harmonic).allSatisfy { abs($0 - $1) <= 1e-12 * max(1, abs($1)) },
                    "\(name), \(workers) workers")
        }
    }

    /// Betweenness' batches counting levels for closeness and harmonic centrality on the side give
    /// the same bits as the three measures computed apart, for any number of workers; views whose
    /// searches do not give incoming distances (directed) or are not level searches (weighted) are
    /// left to the separate computations.
    @Test(arguments: all)
    func betweennessWithDistancesEqualsTheMeasuresApart(_ test: Case) throws {
        let name = test.name, graph = test.graph
        let apart = IncomingDistances.compute(graph, workers: 1)
        let betweenness = betweennessCentrality(graph, workers: 1)
        #expect(apart.closeness.contains { $0 > 0 } || graph.edgeCount == 0, "a test that cannot fail")
        for workers in [1, 2, 3, 8] {
            let joint = try #require(Betweenness.withIncomingDistances(graph, workers: workers), "\(name)")
            #expect(joint.betweenness == betweenness, "\(name), \(workers) workers")
            #expect(joint.closeness == apart.closeness, "\(name), \(workers) workers")
            #expect(joint.harmonic == apart.harmonic, "\(name), \(workers) workers")
        }
        let network = PropertyTests.randomNetwork(seed: UInt64(graph.nodeCount), actors: max(graph.nodeCount, 2),
                                                  links: graph.edgeCount)
        for view in [GraphView(directed: true), GraphView(weighted: true)] {
            #expect(Betweenness.withIncomingDistances(CompactGraph(network: network, view: view), workers: 2) == nil,
                    "\(name), \(view)")
        }
    }

    /// A directed graph from an undirected one: every edge kept in one direction only, chosen by
    /// the endpoints, so that some nodes reach others without being reached back.
    static func someArcs(of graph: CompactGraph) -> [(Int, Int, Double)] {
        var arcs: [(Int, Int, Double)] = []
        for v in 0..<graph.nodeCount {
            for w in graph.outTargets[graph.outOffsets[v]..<graph.outOffsets[v + 1]] where (v + w) % 3 == 0 ? v <= w : v > w {
                arcs.append((v, w, 1))
            }
        }
        return arcs
    }

    /// Every lane's (node, level) pairs are exactly those of a plain BFS from its source, and the
    /// search object can be reused: the second batch must not see anything of the first.
    @Test(arguments: random)
    func everyLaneFindsTheLevelsOfItsOwnSearch(_ test: Case) throws {
        let name = test.name, graph = test.graph
        let adjacency = try #require(Adjacency32(offsets: graph.outOffsets, targets: graph.outTargets))
        let n = graph.nodeCount
        let narrow = MultiSourceLevelSearch<Betweenness.BatchMask>(n: n)
        let wide = MultiSourceLevelSearch<UInt64>(n: n)
        for batch in [0..<min(16, n), (n / 2)..<min(n / 2 + 5, n), (n - 1)..<n] {
            narrow.run(sources: batch, along: adjacency)
            #expect(Self.levels(of: narrow, lanes: batch.count) == Self.expectedLevels(graph, batch), "\(name), \(batch)")
        }
        for batch in [0..<min(64, n), (n / 3)..<min(n / 3 + 37, n)] {
            wide.run(sources: batch, along: adjacency)
            #expect(Self.levels(of: wide, lanes: batch.count) == Self.expectedLevels(graph, batch), "\(name), \(batch)")
        }
    }

    static func expectedLevels(_ graph: CompactGraph, _ batch: Range<Int>) -> [[Int]] {
        batch.map { distances(from: $0, offsets: graph.outOffsets, targets: graph.outTargets) }
    }

    /// Per lane, the level of every node as listed by the search (-1: unlisted); a pair listed twice
    /// shows up as -2. Also checks that `reached` lists exactly the nodes some lane reached, once.
    static func levels<Mask>(of search: MultiSourceLevelSearch<Mask>, lanes: Int) -> [[Int]] {
        let n = search.nodeCount
        var levels = [[Int]](repeating: [Int](repeating: -1, count: n), count: lanes)
        for level in 0..<search.levelCount {
            for i in search.levelStart[level]..<search.levelStart[level + 1] {
                let v = Int(search.order[i])
                for j in 0..<lanes where search.masks[i] & (Mask(1) << j) != 0 {
                    levels[j][v] = levels[j][v] == -1 ? level : -2
                }
            }
        }
        let reached = (0..<search.reachedCount).map { Int(search.reached[$0]) }
        let expected = (0..<n).filter { v in levels.contains { $0[v] != -1 } }
        #expect(reached.sorted() == expected)
        return levels
    }

    @Test func laneCounterCountsEachLane() {
        var rng = SplitMix64(seed: 7)
        let counter = LaneCounter()
        for round in 0..<3 {
            counter.clear()
            var expected = [Int](repeating: 0, count: 64)
            for _ in 0..<(round * 700 + 5) {
                let mask = rng.next() & rng.next()
                counter.add(mask)
                for j in 0..<64 where mask & (1 << UInt64(j)) != 0 { expected[j] += 1 }
            }
            #expect((0..<64).map { counter.count(lane: $0) } == expected)
        }
    }
}
