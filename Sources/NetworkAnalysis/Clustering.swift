import Foundation

/// Local clustering coefficient as networkx 3.x `clustering`, for each view:
///
/// - undirected: `c(u) = 2 T(u) / (d(d - 1))`, T the triangles through u;
/// - weighted: the same with each triangle counted as the geometric mean
///   `(ŵ_uv ŵ_vw ŵ_wu)^(1/3)` of its weights normalized by the largest weight in the graph
///   (Onnela et al. 2005);
/// - directed: `c(u) = T→(u) / (2 (d_tot (d_tot - 1) - 2 d↔))`, T→ the directed triangles through u
///   in all orientations, d_tot = in + out degree, d↔ the reciprocated arcs (Fagiolo 2007);
///   directed + weighted counts each directed triangle as the geometric mean of its normalized
///   arc weights.
///
/// Nodes with fewer than two neighbours, or in no triangle, get 0, as networkx returns.
///
/// Complexity: O(Σ_u Σ_{v ∈ N(u)} d(v)), at most O(m · d_max), with marker arrays instead of sets.
///
/// References: J. Saramäki et al., "Generalizations of the clustering coefficient to weighted
/// complex networks", Phys. Rev. E 75, 2007, doi:10.1103/PhysRevE.75.027105; G. Fagiolo,
/// "Clustering in complex directed networks", Phys. Rev. E 76, 2007, doi:10.1103/PhysRevE.76.026107.
public func clusteringCoefficients(_ graph: CompactGraph) -> [Double] {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    var maxWeight = 1.0
    if graph.isWeighted, let largest = graph.outWeights.max() { maxWeight = largest }
    if graph.isDirected { return Clustering.directed(graph, maxWeight: maxWeight) }
    return graph.isWeighted
        ? Clustering.undirected(graph, maxWeight: maxWeight)
        : Clustering.undirectedUnweighted(graph)
}

enum Clustering {
    /// The default view, counted in integers: every product of the weighted loop below is
    /// 1 · 1 · 1 there, so counting gives the same doubles. Neighbours are marked with the
    /// current node's number (no clearing pass), and as adjacency lists are sorted, only the
    /// part of a neighbour's list above it is read, from the end down (the pairs {v, k} with
    /// k > v that networkx's `seen` set admits). This made the measure as fast as igraph's.
    static func undirectedUnweighted(_ graph: CompactGraph) -> [Double] {
        let n = graph.nodeCount
        var result = [Double](repeating: 0, count: n)
        var stamp = [Int](repeating: -1, count: n)
        graph.outOffsets.withUnsafeBufferPointer { offsets in
            graph.outTargets.withUnsafeBufferPointer { targets in
                result.withUnsafeMutableBufferPointer { result in
                    stamp.withUnsafeMutableBufferPointer { stamp in
                        for u in 0..<n {
                            let start = offsets[u], end = offsets[u + 1]
                            let d = end - start
                            if d < 2 { continue }
                            for e in start..<end { stamp[targets[e]] = u }
                            var triangles = 0
                            for e in start..<end {
                                let v = targets[e]
                                let first = offsets[v]
                                var f = offsets[v + 1] - 1
                                while f >= first {
                                    let k = targets[f]
                                    if k <= v { break }
                                    triangles &+= stamp[k] == u ? 1 : 0
                                    f -= 1
                                }
                            }
                            if triangles != 0 { result[u] = 2 * Double(triangles) / Double(d * (d - 1)) }
                        }
                    }
                }
            }
        }
        return result
    }

    static func undirected(_ graph: CompactGraph, maxWeight: Double) -> [Double] {
        let n = graph.nodeCount
        var result = [Double](repeating: 0, count: n)
        // mark[k] = normalized weight of u–k while u is processed, 0 otherwise.
        var mark = [Double](repeating: 0, count: n)
        for u in 0..<n {
            let row = graph.outOffsets[u]..<graph.outOffsets[u + 1]
            let d = row.count
            if d < 2 { continue }
            for e in row { mark[graph.outTargets[e]] = graph.outWeights[e] / maxWeight }
            var triangles = 0.0
            for e in row {
                let v = graph.outTargets[e]
                let wuv = graph.outWeights[e] / maxWeight
                for f in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
                    let k = graph.outTargets[f]
                    // Each unordered pair {v, k} once, as networkx's `seen` set does.
                    guard k > v, mark[k] != 0 else { continue }
                    let product = wuv * (graph.outWeights[f] / maxWeight) * mark[k]
                    triangles += graph.isWeighted ? cbrt(product) : product
                }
            }
            for e in row { mark[graph.outTargets[e]] = 0 }
            if triangles != 0 { result[u] = 2 * triangles / Double(d * (d - 1)) }
        }
        return result
    }

    static func directed(_ graph: CompactGraph, maxWeight: Double) -> [Double] {
        let n = graph.nodeCount
        var result = [Double](repeating: 0, count: n)
        var inMark = [Double](repeating: 0, count: n)   // ŵ(k→u) for predecessors k of u
        var outMark = [Double](repeating: 0, count: n)  // ŵ(u→k) for successors k of u
        for u in 0..<n {
            let inRow = graph.inOffsets[u]..<graph.inOffsets[u + 1]
            let outRow = graph.outOffsets[u]..<graph.outOffsets[u + 1]
            for e in inRow { inMark[graph.inSources[e]] = graph.inWeights[e] / maxWeight }
            for e in outRow { outMark[graph.outTargets[e]] = graph.outWeights[e] / maxWeight }
            var reciprocal = 0
            for e in outRow where inMark[graph.outTargets[e]] != 0 { reciprocal += 1 }
            var triangles = 0.0
            func visit(_ j: Int, _ wuj: Double) {
                // k → j
                for f in graph.inOffsets[j]..<graph.inOffsets[j + 1] {
                    let k = graph.inSources[f]
                    let wkj = graph.inWeights[f] / maxWeight
                    if inMark[k] != 0 { triangles += term(wuj * inMark[k] * wkj) }
                    if outMark[k] != 0 { triangles += term(wuj * outMark[k] * wkj) }
                }
                // j → k
                for f in graph.outOffsets[j]..<graph.outOffsets[j + 1] {
                    let k = graph.outTargets[f]
                    let wjk = graph.outWeights[f] / maxWeight
                    if inMark[k] != 0 { triangles += term(wuj * inMark[k] * wjk) }
                    if outMark[k] != 0 { triangles += term(wuj * outMark[k] * wjk) }
                }
            }
            func term(_ product: Double) -> Double { graph.isWeighted ? cbrt(product) : product }
            for e in inRow { visit(graph.inSources[e], graph.inWeights[e] / maxWeight) }
            for e in outRow { visit(graph.outTargets[e], graph.outWeights[e] / maxWeight) }
            for e in inRow { inMark[graph.inSources[e]] = 0 }
            for e in outRow { outMark[graph.outTargets[e]] = 0 }
            let total = inRow.count + outRow.count
            if triangles != 0 {
                result[u] = triangles / Double(2 * (total * (total - 1) - 2 * reciprocal))
            }
        }
        return result
    }
}
