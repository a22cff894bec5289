/// Eigenvector centrality as networkx 3.x `eigenvector_centrality`: power iteration with `A + I`
/// (the shift keeps bipartite graphs from oscillating) from a vector of ones scaled to sum 1,
/// Euclidean-normalized after every step:
///
///     x'(j) = x(j) + Σ_{i→j} w(i,j) x(i),   x' ← x' / ‖x'‖₂.
///
/// Directed views sum over in-arcs (left eigenvector: being pointed to by central actors counts);
/// weighted views use the weight as is. Iterating exactly as networkx does, rather than solving
/// the eigenproblem, matters for disconnected graphs, where the limit depends on the start vector:
/// this way every component's values agree with networkx too. Stops when `Σ |x' - x| < n · tolerance`;
/// `nil` if not converged within the iteration limit (directed acyclic parts converge only slowly
/// and may hit it). Empty graph: `[]` (networkx raises `NetworkXPointlessConcept`).
///
/// Complexity: O(n + m) per iteration.
///
/// Reference: P. Bonacich, "Power and centrality: a family of measures", American Journal of
/// Sociology 92(5), 1987, doi:10.1086/228631.
public func eigenvectorCentrality(_ graph: CompactGraph,
                                  options: PowerIterationOptions = PowerIterationOptions()) -> [Double]? {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    // Unit weights are not multiplied in: `x * 1.0 == x`, so the iterates are the same bits.
    let unitWeights = graph.inWeights.allSatisfy { $0 == 1 }
    var x = [Double](repeating: 1 / Double(n), count: n)
    var next = x
    // Raw buffers: the loop runs hundreds of times over every arc, and array accesses checked on
    // each read were most of its time.
    return graph.inOffsets.withUnsafeBufferPointer { offsets in
        graph.inSources.withUnsafeBufferPointer { sources in
            graph.inWeights.withUnsafeBufferPointer { weights -> [Double]? in
                for _ in 0..<options.maxIterations {
                    var squares = 0.0
                    x.withUnsafeBufferPointer { x in
                        next.withUnsafeMutableBufferPointer { next in
                            for j in 0..<n {
                                var value = x[j]
                                var e = offsets[j]
                                let end = offsets[j + 1]
                                if unitWeights {
                                    while e < end { value += x[sources[e]]; e += 1 }
                                } else {
                                    while e < end { value += x[sources[e]] * weights[e]; e += 1 }
                                }
                                next[j] = value
                                squares += value * value
                            }
                        }
                    }
                    var norm = squares.squareRoot()
                    if norm == 0 { norm = 1 }
                    var error = 0.0
                    x.withUnsafeBufferPointer { x in
                        next.withUnsafeMutableBufferPointer { next in
                            for j in 0..<n {
                                next[j] /= norm
                                error += abs(next[j] - x[j])
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
