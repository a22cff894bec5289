/// Core number: the largest k such that the node belongs to the k-core, the maximal subgraph in
/// which every node has degree at least k. Weights are ignored, as in networkx.
///
/// On a directed view networkx 3.x `core_number` takes the degree to be in-degree + out-degree
/// and its neighbour lists hold predecessors and successors, so a mutual pair counts twice; we
/// match that (it is the k-core of the multigraph with one edge per arc).
///
/// Complexity: O(n + m) with the bin-sort algorithm.
///
/// Reference: V. Batagelj and M. Zaversnik, "An O(m) algorithm for cores decomposition of
/// networks", 2003, arXiv:cs/0310049.
public func coreNumbers(_ graph: CompactGraph) -> [Int] {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    // Neighbour multiset: out-row then (directed views only) in-row; undirected views read the
    // graph's own rows.
    var offsets = graph.outOffsets
    var neighbours = graph.outTargets
    if graph.isDirected {
        neighbours = []
        neighbours.reserveCapacity(graph.outTargets.count * 2)
        for u in 0..<n {
            neighbours.append(contentsOf: graph.outTargets[graph.outOffsets[u]..<graph.outOffsets[u + 1]])
            neighbours.append(contentsOf: graph.inSources[graph.inOffsets[u]..<graph.inOffsets[u + 1]])
            offsets[u + 1] = neighbours.count
        }
    }
    var degree = (0..<n).map { offsets[$0 + 1] - offsets[$0] }
    let maxDegree = degree.max() ?? 0
    // Bin sort by degree: `start[d]` is where nodes of degree d begin in `sorted`.
    var start = [Int](repeating: 0, count: maxDegree + 2)
    for d in degree { start[d + 1] += 1 }
    for d in 0...maxDegree { start[d + 1] += start[d] }
    var position = [Int](repeating: 0, count: n)
    var sorted = [Int](repeating: 0, count: n)
    var fill = start
    for v in 0..<n {
        position[v] = fill[degree[v]]
        sorted[position[v]] = v
        fill[degree[v]] += 1
    }
    // Raw buffers: every arc is read once, and checked reads and writes were most of the time.
    offsets.withUnsafeBufferPointer { offsets in
        neighbours.withUnsafeBufferPointer { neighbours in
            degree.withUnsafeMutableBufferPointer { degree in
                sorted.withUnsafeMutableBufferPointer { sorted in
                    position.withUnsafeMutableBufferPointer { position in
                        start.withUnsafeMutableBufferPointer { start in
                            for i in 0..<n {
                                let v = sorted[i]
                                var e = offsets[v]
                                let end = offsets[v + 1]
                                while e < end {
                                    let u = neighbours[e]
                                    e += 1
                                    guard degree[u] > degree[v] else { continue }
                                    // Move u to the front of its bin, then shrink the bin by one.
                                    let du = degree[u]
                                    let pu = position[u]
                                    let pw = start[du]
                                    let w = sorted[pw]
                                    if u != w {
                                        sorted[pu] = w; position[w] = pu
                                        sorted[pw] = u; position[u] = pw
                                    }
                                    start[du] += 1
                                    degree[u] -= 1
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    return degree
}
