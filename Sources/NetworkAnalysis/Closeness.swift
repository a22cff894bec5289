/// Closeness with the Wasserman-Faust correction, as networkx 3.x `closeness_centrality` with
/// `wf_improved=True`:
///
///     C(u) = (r - 1) / Σ_v d(v, u) · (r - 1) / (n - 1),
///
/// where `r` counts the nodes that reach `u` (itself included). Directed views use *incoming*
/// distances, as networkx does; weighted views use the distance `1 / weight`. An actor nobody
/// reaches, and the single actor of a one-actor network, get 0, networkx's value (not NaN).
///
/// Complexity: one search per node, O(n·m) unweighted or O(n·(m + n) log n) weighted, spread over
/// `workers` threads; unweighted views search 64 nodes at a time (`computeUnweighted`). Each
/// node's value is computed by the worker that owns it, so the result does not depend on the
/// number of workers.
///
/// Reference: S. Wasserman and K. Faust, *Social Network Analysis*, Cambridge University Press,
/// 1994, p. 201.
public func closenessCentrality(_ graph: CompactGraph, workers: Int? = nil) -> [Double] {
    IncomingDistances.compute(graph, workers: workers).closeness
}

/// Sums of incoming distances, shared by closeness and harmonic centrality: one search per node
/// along reversed arcs gives every `d(v, u)` for target `u` (for unweighted views, one bit-parallel
/// search per 64 nodes, in `BitParallelDistanceSums.swift`).
enum IncomingDistances {
    static func compute(_ graph: CompactGraph, workers: Int?) -> (closeness: [Double], harmonic: [Double]) {
        let n = graph.nodeCount
        guard n > 0 else { return ([], []) }
        if !graph.isWeighted, let incoming = Adjacency32(offsets: graph.inOffsets, targets: graph.inSources) {
            return computeUnweighted(incoming, n: n, workers: workers ?? ParallelSources.defaultWorkers)
        }
        let closeness = SharedDoubles(count: n)
        let harmonic = SharedDoubles(count: n)
        ParallelSources.run(n: n, workers: workers ?? ParallelSources.defaultWorkers) { chunks in
            let paths = ShortestPathWorkspace(n: n)
            graph.withAdjacency { _, incoming in
            for chunk in chunks {
                for u in ParallelSources.sources(ofChunk: chunk, n: n) {
                    paths.run(source: u, along: incoming, countPaths: false)
                    var total = 0.0
                    var inverse = 0.0
                    for i in 1..<max(paths.orderCount, 1) {
                        let d = paths.dist[paths.order[i]]
                        total += d
                        inverse += 1 / d
                    }
                    let reached = Double(paths.orderCount - 1)
                    var value = 0.0
                    if total > 0 && n > 1 {
                        value = reached / total * (reached / Double(n - 1))
                    }
                    closeness[u] = value
                    harmonic[u] = inverse
                }
            }
            }
        }
        return (closeness.toArray(count: n), harmonic.toArray(count: n))
    }
}
