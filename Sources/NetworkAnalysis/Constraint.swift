/// Burt's constraint, as networkx 3.x `constraint` (its matrix form):
///
///     c(u) = Σ_{v ∈ N(u)} (p_uv + Σ_w p_uw p_wv)²,   p_uv = m_uv / Σ_x m_ux,
///
/// with the mutual weight `m_uv = w(u→v) + w(v→u)` (1 per arc in unweighted views), so a directed
/// tie counts whichever way it points and a reciprocated one counts double. An isolated actor has
/// no ties to be constrained by: `nil` (networkx: NaN).
///
/// Complexity: O(Σ_u Σ_{v ∈ N(u)} d(v)) with a marker array.
///
/// Reference: R. S. Burt, *Structural Holes*, Harvard University Press, 1992; R. S. Burt,
/// "Structural holes and good ideas", American Journal of Sociology 110(2), 2004, doi:10.1086/421787.
public func burtConstraint(_ graph: CompactGraph) -> [Double?] {
    let mutual = MutualWeights(graph)
    let n = graph.nodeCount
    var result = [Double?](repeating: nil, count: n)
    var mark = [Double](repeating: 0, count: n)  // p_uw for neighbours w of u
    for u in 0..<n where mutual.total[u] != 0 {
        let row = graph.mutualOffsets[u]..<graph.mutualOffsets[u + 1]
        for e in row { mark[graph.mutualTargets[e]] = graph.mutualWeights[e] / mutual.total[u] }
        var sum = 0.0
        for e in row {
            let v = graph.mutualTargets[e]
            var indirect = 0.0
            for f in graph.mutualOffsets[v]..<graph.mutualOffsets[v + 1] {
                let w = graph.mutualTargets[f]
                // p_wv = m_wv / Σ_x m_wx, and m is symmetric.
                if mark[w] != 0 { indirect += mark[w] * (graph.mutualWeights[f] / mutual.total[w]) }
            }
            let local = mark[v] + indirect
            sum += local * local
        }
        for e in row { mark[graph.mutualTargets[e]] = 0 }
        result[u] = sum
    }
    return result
}

/// Row sums and row maxima of the mutual-weight matrix `P + Pᵀ`.
struct MutualWeights {
    var total: [Double]
    var largest: [Double]

    init(_ graph: CompactGraph) {
        let n = graph.nodeCount
        total = [Double](repeating: 0, count: n)
        largest = [Double](repeating: 0, count: n)
        for u in 0..<n {
            for e in graph.mutualOffsets[u]..<graph.mutualOffsets[u + 1] {
                total[u] += graph.mutualWeights[e]
                largest[u] = max(largest[u], graph.mutualWeights[e])
            }
        }
    }
}
