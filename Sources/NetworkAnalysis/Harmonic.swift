/// Harmonic centrality, unnormalized, as networkx 3.x `harmonic_centrality`:
///
///     H(u) = Σ_{v ≠ u} 1 / d(v, u),
///
/// with `1/∞ = 0`, so it needs no correction for disconnected graphs. Directed views use incoming
/// distances (networkx sums `1 / d(v, u)` over sources `v`); weighted views use `1 / weight`.
///
/// Complexity: as closeness, one search per node over `workers` threads.
///
/// Reference: M. Marchiori and V. Latora, "Harmony in the small-world", Physica A 285, 2000,
/// doi:10.1016/S0378-4371(00)00311-3; P. Boldi and S. Vigna, "Axioms for centrality", 2014.
public func harmonicCentrality(_ graph: CompactGraph, workers: Int? = nil) -> [Double] {
    IncomingDistances.compute(graph, workers: workers).harmonic
}
