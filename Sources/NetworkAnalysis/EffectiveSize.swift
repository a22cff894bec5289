/// Burt's effective size, as networkx 3.x `effective_size` (its matrix form):
///
///     e(u) = Σ_{v ∈ N(u)} (1 - Σ_w p_uw m_vw / max_x m_vx),
///
/// with `p` and the mutual weights `m` as in `burtConstraint`. For an undirected unweighted view this
/// is Borgatti's `n - 2t/n` of the ego network without ego. Isolated actors: `nil` (networkx: NaN).
///
/// Complexity: O(Σ_u Σ_{v ∈ N(u)} d(v)).
///
/// References: R. S. Burt, *Structural Holes*, 1992; S. P. Borgatti, "Structural holes: unpacking
/// Burt's redundancy measures", Connections 20(1), 1997.
public func effectiveSize(_ graph: CompactGraph) -> [Double?] {
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
            var redundancy = 0.0
            for f in graph.mutualOffsets[v]..<graph.mutualOffsets[v + 1] {
                let w = graph.mutualTargets[f]
                if mark[w] != 0 { redundancy += mark[w] * (graph.mutualWeights[f] / mutual.largest[v]) }
            }
            sum += 1 - redundancy
        }
        for e in row { mark[graph.mutualTargets[e]] = 0 }
        result[u] = sum
    }
    return result
}
