/// One node's closeness and harmonic centrality from the number of nodes at each distance, level
/// by level ascending: `Σ_v d(v, u) = Σ_L L · c_L(u)` (an integer, exact) and
/// `Σ_v 1 / d(v, u) = Σ_L c_L(u) / L`.
///
/// Why a type: two searches count levels, the 64-lane one of closeness alone
/// (`IncomingDistances.computeUnweighted`) and betweenness' 16-lane batches on undirected views
/// (`Betweenness.accumulateBatched`), and both must give the same bits. One place for the
/// formula keeps them so: the same integers, the same divisions, added in the same order.
struct DistanceLevelSums {
    private(set) var distanceSum = 0
    private(set) var reached = 0
    private(set) var inverseSum = 0.0

    /// `count` nodes at distance `level` (≥ 1); call with levels ascending, zero counts included.
    @inline(__always)
    mutating func add(level: Int, count: Int) {
        distanceSum += level * count
        reached += count
        inverseSum += Double(count) / Double(level)
    }

    /// networkx's Wasserman-Faust closeness in a network of `n` nodes; 0 for a node nobody reaches.
    func closeness(n: Int) -> Double {
        let total = Double(distanceSum)
        let others = Double(reached)
        return total > 0 && n > 1 ? others / total * (others / Double(n - 1)) : 0
    }

    var harmonic: Double { inverseSum }
}
