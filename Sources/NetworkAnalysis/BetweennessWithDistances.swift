extension Betweenness {
    /// Betweenness, closeness and harmonic centrality of an undirected unweighted view from one set
    /// of searches; `nil` for other views (and graphs too large for 32-bit indices), which compute
    /// them apart.
    ///
    /// Why: `centrality` shows all three, and in an undirected view the distances betweenness'
    /// batched searches discover from each source are that source's incoming distances too. Counting
    /// each level's lanes costs a few vector operations per entry of the search, where the separate
    /// 64-lane search of closeness read the graph's arcs again (at 10,000 actors about a tenth of
    /// `centrality`'s computing time). The values are the same bits as `betweennessCentrality`,
    /// `closenessCentrality` and `harmonicCentrality` give: the same searches for betweenness, the
    /// same level counts and the same formula (`DistanceLevelSums`) for the others.
    static func withIncomingDistances(_ graph: CompactGraph, workers: Int)
        -> (betweenness: [Double], closeness: [Double], harmonic: [Double])? {
        let n = graph.nodeCount
        guard n > 0, !graph.isDirected, !graph.isWeighted,
              let adjacency = Adjacency32(offsets: graph.outOffsets, targets: graph.outTargets) else { return nil }
        let chunks = ParallelSources.chunkCount(n)
        let partials = SharedDoubles(count: chunks * n)
        let closeness = SharedDoubles(count: n), harmonic = SharedDoubles(count: n)
        accumulateBatched(adjacency, n: n, workers: workers, into: partials, distances: (closeness, harmonic))
        var betweenness = reduce(partials, chunks: chunks, n: n)
        rescale(&betweenness, n: n)
        return (betweenness, closeness.toArray(count: n), harmonic.toArray(count: n))
    }
}
