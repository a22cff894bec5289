/// Degree and degree centrality as networkx reads them.
///
/// Undirected: the number of distinct neighbours. Directed: in-degree + out-degree (a mutual pair
/// counts twice, as `DiGraph.degree`). Weighted: strength, the sum of the weights of those edges or
/// arcs (`G.degree(weight="weight")`).
///
/// Degree centrality is `degree / (n - 1)`, networkx's `degree_centrality`; with n ≤ 1 it is 1, as
/// networkx returns. networkx's `degree_centrality` has no weighted form: in weighted views we divide
/// the strength by `n - 1`, so the column stays comparable with the unweighted one.
///
/// Complexity: O(n + m).
public struct DegreeValues: Sendable, Equatable {
    public var degree: [Double]
    public var inDegree: [Double]
    public var outDegree: [Double]
    public var centrality: [Double]
}

public func degrees(_ graph: CompactGraph) -> DegreeValues {
    let n = graph.nodeCount
    var inDegree = [Double](repeating: 0, count: n)
    var outDegree = [Double](repeating: 0, count: n)
    for u in 0..<n {
        for e in graph.outOffsets[u]..<graph.outOffsets[u + 1] { outDegree[u] += graph.outWeights[e] }
        for e in graph.inOffsets[u]..<graph.inOffsets[u + 1] { inDegree[u] += graph.inWeights[e] }
    }
    let degree = graph.isDirected ? zip(inDegree, outDegree).map { $0 + $1 } : outDegree
    let centrality: [Double]
    if n <= 1 {
        centrality = [Double](repeating: 1, count: n)
    } else {
        let scale = 1 / Double(n - 1)
        centrality = degree.map { $0 * scale }
    }
    return DegreeValues(degree: degree, inDegree: inDegree, outDegree: outDegree, centrality: centrality)
}
