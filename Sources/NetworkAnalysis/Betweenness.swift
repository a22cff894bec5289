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
/// Unweighted views, undirected and directed, search 16 sources at a time (`accumulateBatched`,
/// after Then et al., PVLDB 2014), equal to one search per source within 1e-12 relative.
/// Weighted views run one Dijkstra per source on buckets of distance, or on a 4-ary indexed heap
/// when arc lengths differ more than 64-fold (`accumulateWeighted`), with dependencies summed over
/// the recorded shortest-path DAG, equal to the one-source oracle (`accumulateOneSourceAtATime`)
/// to about 1e-15 relative: only the order in which a node's dependency is summed differs.
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
        if !graph.isWeighted, let adjacency = Adjacency32(offsets: graph.outOffsets, targets: graph.outTargets) {
            if graph.isDirected {
                if let incoming = Adjacency32(offsets: graph.inOffsets, targets: graph.inSources) {
                    accumulateBatched(adjacency, incoming: incoming, n: n, workers: workers, into: partials)
                } else {
                    accumulateUnweighted(adjacency, n: n, workers: workers, into: partials)
                }
            } else {
                accumulateBatched(adjacency, n: n, workers: workers, into: partials)
            }
            return partials
        }
        if graph.isWeighted,
           let adjacency = WeightedAdjacency32(offsets: graph.outOffsets, targets: graph.outTargets, weights: graph.outWeights) {
            if !graph.isDirected {
                accumulateWeighted(adjacency, incoming: nil, n: n, workers: workers, into: partials)
                return partials
            }
            if let incoming = WeightedAdjacency32(offsets: graph.inOffsets, targets: graph.inSources, weights: graph.inWeights) {
                accumulateWeighted(adjacency, incoming: incoming, n: n, workers: workers, into: partials)
                return partials
            }
        }
        accumulateOneSourceAtATime(graph, workers: workers, into: partials)
        return partials
    }

    /// The general search, one BFS or lazy-heap Dijkstra per source with dependencies pushed
    /// along in-arcs: the oracle the faster paths are tested against, and the path for graphs too
    /// large for 32-bit indices.
    static func accumulateOneSourceAtATime(_ graph: CompactGraph, workers: Int, into partials: SharedDoubles) {
        let n = graph.nodeCount
        ParallelSources.run(n: n, workers: workers) { myChunks in
            let paths = ShortestPathWorkspace(n: n)
            let delta = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(n, 1))
            delta.initialize(repeating: 0)
            defer { delta.deallocate() }
            graph.withAdjacency { out, incoming in
                for chunk in myChunks {
                    let partial = UnsafeMutableBufferPointer(rebasing: partials.pointer[(chunk * n)..<((chunk + 1) * n)])
                    for s in ParallelSources.sources(ofChunk: chunk, n: n) {
                        paths.run(source: s, along: out, countPaths: true)
                        accumulate(paths: paths, incoming: incoming, delta: delta, into: partial)
                    }
                }
            }
        }
    }

    /// The unweighted case, which is what `centrality` computes by default: BFS with 32-bit
    /// levels, then the dependencies pulled from successors instead of pushed to predecessors,
    ///
    ///     δ(v) = σ(v) · Σ_{w : d(w) = d(v) + 1, v → w} (1 + δ(w)) / σ(w),
    ///
    /// Brandes' recurrence regrouped (Brandes 2008, "On variants of shortest-path betweenness",
    /// doi:10.1016/j.socnet.2007.11.001, §2): no predecessor lists, one write per node instead of one
    /// per DAG arc, and only out-arcs are read, so directed views need no reversed adjacency.
    /// Per-source results differ from networkx's order of summation only by rounding (≈1e-16).
    static func accumulateUnweighted(_ adjacency: Adjacency32, n: Int, workers: Int, into partials: SharedDoubles) {
        ParallelSources.run(n: n, workers: workers) { myChunks in
            let search = LevelSearch(n: n)
            let coefficient = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(n, 1))
            coefficient.initialize(repeating: 0)
            defer { coefficient.deallocate() }
            let offsets = adjacency.offsets, targets = adjacency.targets
            let level = search.level, sigma = search.sigma, order = search.order
            for chunk in myChunks {
                let partial = partials.pointer.baseAddress.map { $0 + chunk * n }
                guard let partial else { continue }
                for s in ParallelSources.sources(ofChunk: chunk, n: n) {
                    search.run(source: s, along: adjacency, countPaths: true)
                    var i = search.orderCount - 1
                    while i > 0 {
                        let v = Int(order[i])
                        let below = level[v] + 1
                        var sum = 0.0
                        var e = Int(offsets[v])
                        let end = Int(offsets[v + 1])
                        while e < end {
                            let w = Int(targets[e])
                            if level[w] == below { sum += coefficient[w] }
                            e += 1
                        }
                        let sv = sigma[v]
                        let dependency = sv * sum
                        coefficient[v] = (1 + dependency) / sv
                        partial[v] += dependency
                        i -= 1
                    }
                }
            }
        }
    }

    /// Brandes' dependency accumulation, walking settled nodes from farthest to nearest. A node's
    /// predecessors are found again from its in-arcs (`dist[v] + d(v, w) == dist[w]`), which saves
    /// storing predecessor lists; the test is the same float expression the search used.
    static func accumulate(paths: ShortestPathWorkspace, incoming: RawAdjacency,
                           delta: UnsafeMutableBufferPointer<Double>, into partial: UnsafeMutableBufferPointer<Double>) {
        let dist = paths.dist, sigma = paths.sigma, order = paths.order
        let offsets = incoming.offsets, sources = incoming.targets
        let count = paths.orderCount
        for i in 0..<count { delta[order[i]] = 0 }
        var i = count - 1
        while i > 0 {
            let w = order[i]
            let coefficient = (1 + delta[w]) / sigma[w]
            let dw = dist[w]
            var e = offsets[w]
            let end = offsets[w + 1]
            if let lengths = incoming.lengths {
                while e < end {
                    let v = sources[e]
                    // `1 / weight` of the same arc: the same double the search added.
                    if dist[v] < dw && dist[v] + lengths[e] == dw { delta[v] += sigma[v] * coefficient }
                    e += 1
                }
            } else {
                let previous = dw - 1
                while e < end {
                    let v = sources[e]
                    if dist[v] == previous { delta[v] += sigma[v] * coefficient }
                    e += 1
                }
            }
            partial[w] += delta[w]
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
