import NetworkModel
import Testing
@testable import NetworkAnalysis

/// The two searches behind weighted betweenness, buckets of distance (`BucketDijkstra`) and the
/// indexed heap (`IndexedDijkstra`, for lengths too unequal for buckets), against each other source
/// by source and against the lazy-heap oracle (`accumulateOneSourceAtATime`), on random graphs
/// whose weights make many equal distances (lengths 1, 1/2, 1/3, … summed, as in the benchmark).
@Suite("Weighted searches")
struct WeightedSearchTests {
    /// A random graph with `links` distinct pairs and a weight drawn from `weights` for each
    /// (pairs drawn twice sum their weights, as the loader does).
    static func randomGraph(seed: UInt64, n: Int, links: Int, weights: [Double], directed: Bool) -> CompactGraph {
        var rng = SplitMix64(seed: seed)
        var arcs: [(Int, Int, Double)] = []
        for _ in 0..<links {
            let a = Int.random(in: 0..<n, using: &rng), b = Int.random(in: 0..<n, using: &rng)
            let weight = weights.randomElement(using: &rng) ?? 1
            arcs.append((a, b, weight))
            if !directed { arcs.append((b, a, weight)) }
        }
        return CompactGraph(ids: (0..<n).map { "n\($0)" }, arcs: arcs, view: GraphView(directed: directed, weighted: true))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var graph: CompactGraph
        /// Whether the lengths are even enough for buckets.
        var buckets: Bool
        var testDescription: String { name }
    }

    /// Benchmark-like weights (mostly 1, some 2–4), the property tests' weights (0.5–3) and weights
    /// 10,000-fold apart, which only the heap searches; undirected and directed; sizes that leave
    /// nodes unreached and chunks with several sources.
    static let cases: [Case] = {
        let weightSets: [(String, [Double], Bool)] = [
            ("mostly 1", [1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4], true),
            ("0.5 to 3", [0.5, 1, 2, 3], true),
            ("0.01 to 100", [0.01, 1, 3, 100], false),
        ]
        var result: [Case] = []
        for (index, size) in [(40, 50), (150, 420), (301, 900)].enumerated() {
            for (name, weights, buckets) in weightSets {
                for directed in [false, true] {
                    let graph = randomGraph(seed: UInt64(31 * index + weights.count), n: size.0, links: size.1,
                                            weights: weights, directed: directed)
                    result.append(Case(name: "\(size.0) nodes, \(size.1) links, weights \(name)\(directed ? ", directed" : "")",
                                       graph: graph, buckets: buckets))
                }
            }
        }
        return result
    }()

    static func adjacencies(_ graph: CompactGraph) throws -> (out: WeightedAdjacency32, incoming: WeightedAdjacency32?) {
        let out = try #require(WeightedAdjacency32(offsets: graph.outOffsets, targets: graph.outTargets, weights: graph.outWeights))
        guard graph.isDirected else { return (out, nil) }
        let incoming = try #require(WeightedAdjacency32(offsets: graph.inOffsets, targets: graph.inSources, weights: graph.inWeights))
        return (out, incoming)
    }

    static func oracle(_ graph: CompactGraph) -> [Double] {
        let n = graph.nodeCount
        let partials = SharedDoubles(count: ParallelSources.chunkCount(n) * n)
        Betweenness.accumulateOneSourceAtATime(graph, workers: 1, into: partials)
        var result = Betweenness.reduce(partials, chunks: ParallelSources.chunkCount(n), n: n)
        Betweenness.rescale(&result, n: n)
        return result
    }

    /// Betweenness with the heap search whatever the lengths.
    static func withHeap(_ graph: CompactGraph) throws -> [Double] {
        let n = graph.nodeCount
        let (out, incoming) = try adjacencies(graph)
        let partials = SharedDoubles(count: ParallelSources.chunkCount(n) * n)
        Betweenness.accumulateWeighted(out, incoming: incoming, n: n, chunks: ClaimedTasks(all: ParallelSources.chunkCount(n)),
                                       search: IndexedDijkstra(n: n, arcs: out.targets.count), into: partials)
        var result = Betweenness.reduce(partials, chunks: ParallelSources.chunkCount(n), n: n)
        Betweenness.rescale(&result, n: n)
        return result
    }

    static func close(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= 1e-12 * max(1e-300, abs($1)) || $0 == $1 }
    }

    @Test(arguments: cases)
    func betweennessEqualsTheLazyHeapOracle(_ test: Case) throws {
        let graph = test.graph
        let (out, _) = try Self.adjacencies(graph)
        #expect((BucketDijkstra(n: graph.nodeCount, along: out) != nil) == test.buckets, "\(test.name): which search runs")
        let expected = Self.oracle(graph)
        #expect(expected.contains { $0 > 0 }, "\(test.name): a test that cannot fail")
        let one = betweennessCentrality(graph, workers: 1)
        #expect(Self.close(one, expected), "\(test.name)")
        #expect(Self.close(try Self.withHeap(graph), expected), "\(test.name), heap")
        for workers in [2, 3, 8] {
            #expect(betweennessCentrality(graph, workers: workers) == one, "\(test.name), \(workers) workers")
        }
    }

    /// Source by source, buckets and heap find the same distances, the same σ (whole numbers, so
    /// exact in any order) and the same predecessors, and each lists a node's successors after it.
    @Test(arguments: cases.filter(\.buckets))
    func bucketsFindWhatTheHeapFinds(_ test: Case) throws {
        let graph = test.graph, n = graph.nodeCount
        let (out, incoming) = try Self.adjacencies(graph)
        let buckets = try #require(BucketDijkstra(n: n, along: out))
        let heap = IndexedDijkstra(n: n, arcs: out.targets.count)
        var mismatches = 0
        for source in 0..<n {
            buckets.run(source: source, along: out, incoming: incoming)
            heap.run(source: source, along: out, incoming: incoming)
            let a = Self.dag(buckets), b = Self.dag(heap)
            if a.count != b.count { mismatches += 1; continue }
            for (node, predecessors) in a {
                guard let other = b[node], buckets.dist[node] == heap.dist[node], buckets.sigma[node] == heap.sigma[node],
                      predecessors.sorted() == other.sorted() else { mismatches += 1; continue }
            }
            var position = [Int: Int]()
            for i in 0..<buckets.orderCount { position[Int(buckets.order[i])] = i }
            for (node, predecessors) in a where predecessors.contains(where: { (position[$0] ?? n) >= (position[node] ?? -1) }) {
                mismatches += 1
            }
        }
        #expect(mismatches == 0, "\(test.name)")
    }

    /// Each settled node's predecessors, by node.
    static func dag<Search: WeightedSearch>(_ search: Search) -> [Int: [Int]] {
        var result = [Int: [Int]]()
        for i in 0..<search.orderCount {
            let range = Int(search.dag.firstPredecessor[i])..<Int(search.dag.firstPredecessor[i + 1])
            result[Int(search.order[i])] = range.map { Int(search.dag.predecessors[$0]) }
        }
        return result
    }
}
