/// Shortest-path betweenness: the share of shortest paths between other pairs that pass through
/// a node,
///
///     c_B(v) = Σ_{s ≠ v ≠ t} σ(s, t | v) / σ(s, t),
///
/// computed with Brandes' algorithm (one BFS or Dijkstra per source, then dependencies accumulated
/// in reverse order of distance). Normalized exactly as networkx 3.x `betweenness_centrality`
/// (`normalized=True`, `endpoints=False`): ordered pairs are summed for directed and undirected
/// views alike and scaled by `1 / ((n - 1)(n - 2))`, which for undirected graphs equals the
/// textbook `2 / ((n - 1)(n - 2))` over unordered pairs. With n ≤ 2 every value is 0 and no
/// scaling is applied. Weighted views use the distance `1 / weight`.
///
/// Complexity: O(n·m) unweighted, O(n·m + n² log n) weighted, spread over `workers` threads;
/// memory O(64·n) for the per-chunk partial sums that make the result independent of `workers`.
///
/// Reference: U. Brandes, "A faster algorithm for betweenness centrality", Journal of
/// Mathematical Sociology 25(2), 2001, doi:10.1080/0022250X.2001.9990249.
public func betweennessCentrality(_ graph: CompactGraph, workers: Int? = nil) -> [Double] {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    let partials = Betweenness.accumulatePartials(graph, workers: workers ?? ParallelSources.defaultWorkers)
    var result = Betweenness.reduce(partials, chunks: ParallelSources.chunkCount(n), n: n)
    Betweenness.rescale(&result, n: n)
    return result
}

enum Betweenness {
    /// One dependency vector per chunk of sources, laid out chunk after chunk.
    static func accumulatePartials(_ graph: CompactGraph, workers: Int) -> SharedDoubles {
        let n = graph.nodeCount
        let chunks = ParallelSources.chunkCount(n)
        let partials = SharedDoubles(count: chunks * n)
        let lengths: [Double]? = graph.isWeighted ? graph.outWeights.map { 1 / $0 } : nil
        let inLengths: [Double]? = graph.isWeighted ? graph.inWeights.map { 1 / $0 } : nil
        ParallelSources.run(n: n, workers: workers) { chunks in
            var paths = ShortestPathWorkspace(n: n)
            var delta = [Double](repeating: 0, count: n)
            for chunk in chunks {
                let base = chunk * n
                for s in ParallelSources.sources(ofChunk: chunk, n: n) {
                    paths.run(source: s, offsets: graph.outOffsets, targets: graph.outTargets,
                              lengths: lengths, countPaths: true)
                    accumulate(graph, paths: paths, delta: &delta, into: partials, base: base, inLengths: inLengths)
                }
            }
        }
        return partials
    }

    /// Brandes' dependency accumulation, walking settled nodes from farthest to nearest. A node's
    /// predecessors are found again from the in-arcs (`dist[v] + d(v, w) == dist[w]`), which saves
    /// storing predecessor lists; the test is the same float expression the search used.
    static func accumulate(_ graph: CompactGraph, paths: ShortestPathWorkspace, delta: inout [Double],
                           into partials: SharedDoubles, base: Int, inLengths: [Double]?) {
        let dist = paths.dist, sigma = paths.sigma
        for i in 0..<paths.orderCount { delta[paths.order[i]] = 0 }
        var i = paths.orderCount - 1
        while i > 0 {
            let w = paths.order[i]
            let coefficient = (1 + delta[w]) / sigma[w]
            let dw = dist[w]
            if let inLengths {
                for e in graph.inOffsets[w]..<graph.inOffsets[w + 1] {
                    let v = graph.inSources[e]
                    // `1 / weight` of the same arc, so the same double the search added.
                    if dist[v] < dw, dist[v] + inLengths[e] == dw {
                        delta[v] += sigma[v] * coefficient
                    }
                }
            } else {
                let previous = dw - 1
                for e in graph.inOffsets[w]..<graph.inOffsets[w + 1] {
                    let v = graph.inSources[e]
                    if dist[v] == previous { delta[v] += sigma[v] * coefficient }
                }
            }
            partials[base + w] += delta[w]
            i -= 1
        }
    }

    /// Sums the partial vectors in chunk order: the fixed order that makes results bit-identical.
    static func reduce(_ partials: SharedDoubles, chunks: Int, n: Int) -> [Double] {
        var result = [Double](repeating: 0, count: n)
        for chunk in 0..<chunks {
            let base = chunk * n
            for v in 0..<n { result[v] += partials[base + v] }
        }
        return result
    }

    /// networkx `_rescale` with `normalized=True, endpoints=False`.
    static func rescale(_ values: inout [Double], n: Int) {
        guard n > 2 else { return }
        let scale = 1 / (Double(n - 1) * Double(n - 2))
        for v in values.indices { values[v] *= scale }
    }
}
