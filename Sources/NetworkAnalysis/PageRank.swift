/// PageRank as networkx 3.x `pagerank` (its scipy implementation): damping `alpha` = 0.85, uniform
/// teleportation, and the rank of dangling nodes (no out-arcs) spread uniformly:
///
///     x'(j) = α (Σ_{i→j} x(i) w(i,j) / s_out(i) + Σ_{dangling i} x(i) / n) + (1 - α) / n,
///
/// starting from `1/n`. An undirected view is read as two arcs per edge, as networkx does; weighted
/// views use the weight as is (`s_out` is then the out-strength), unweighted ones weight 1.
/// Stops when `Σ |x' - x| < n · tolerance`; `nil` if that does not happen within the iteration
/// limit (see `PowerIterationOptions`). Empty graph: `[]`.
///
/// Complexity: O(n + m) per iteration; convergence is geometric with rate α.
///
/// Reference: S. Brin and L. Page, "The anatomy of a large-scale hypertextual Web search engine",
/// Computer Networks 30, 1998, doi:10.1016/S0169-7552(98)00110-X.
public func pageRank(_ graph: CompactGraph, alpha: Double = 0.85,
                     options: PowerIterationOptions = PowerIterationOptions()) -> [Double]? {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    var outStrength = [Double](repeating: 0, count: n)
    for u in 0..<n {
        for e in graph.outOffsets[u]..<graph.outOffsets[u + 1] { outStrength[u] += graph.outWeights[e] }
    }
    let inverseStrength = outStrength.map { $0 != 0 ? 1 / $0 : 0 }
    let dangling = (0..<n).filter { outStrength[$0] == 0 }
    // The transition probability of each in-arc, A[i][j] = w(i,j) / s_out(i), computed once.
    var transition = [Double](repeating: 0, count: graph.inSources.count)
    for j in 0..<n {
        for e in graph.inOffsets[j]..<graph.inOffsets[j + 1] {
            transition[e] = inverseStrength[graph.inSources[e]] * graph.inWeights[e]
        }
    }
    let uniform = 1 / Double(n)
    var x = [Double](repeating: uniform, count: n)
    var next = x
    // Raw buffers in the loop that runs over every arc once per iteration: checked array reads
    // were most of its time. The same operations in the same order, so the same bits.
    return graph.inOffsets.withUnsafeBufferPointer { offsets in
        graph.inSources.withUnsafeBufferPointer { sources in
            transition.withUnsafeBufferPointer { transition -> [Double]? in
                for _ in 0..<options.maxIterations {
                    var danglingSum = 0.0
                    for i in dangling { danglingSum += x[i] }
                    let base = danglingSum * uniform
                    var error = 0.0
                    x.withUnsafeBufferPointer { x in
                        next.withUnsafeMutableBufferPointer { next in
                            for j in 0..<n {
                                var sum = 0.0
                                var e = offsets[j]
                                let end = offsets[j + 1]
                                while e < end {
                                    sum += x[sources[e]] * transition[e]
                                    e += 1
                                }
                                let value = alpha * (sum + base) + (1 - alpha) * uniform
                                next[j] = value
                                error += abs(value - x[j])
                            }
                        }
                    }
                    swap(&x, &next)
                    if error < Double(n) * options.tolerance { return x }
                }
                return nil
            }
        }
    }
}
