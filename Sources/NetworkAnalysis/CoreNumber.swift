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
    // Neighbour multiset: out-row then (directed views only) in-row.
    var offsets = [Int](repeating: 0, count: n + 1)
    var neighbours: [Int] = []
    neighbours.reserveCapacity(graph.outTargets.count * (graph.isDirected ? 2 : 1))
    for u in 0..<n {
        neighbours.append(contentsOf: graph.outTargets[graph.outOffsets[u]..<graph.outOffsets[u + 1]])
        if graph.isDirected {
            neighbours.append(contentsOf: graph.inSources[graph.inOffsets[u]..<graph.inOffsets[u + 1]])
        }
        offsets[u + 1] = neighbours.count
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
    for i in 0..<n {
        let v = sorted[i]
        for e in offsets[v]..<offsets[v + 1] {
            let u = neighbours[e]
            if degree[u] > degree[v] {
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
    return degree
}
