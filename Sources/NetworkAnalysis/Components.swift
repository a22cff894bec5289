/// Connected components of the undirected simple view (for directed views: weakly connected
/// components, as networkx `weakly_connected_components`). Each component lists node indices in
/// ascending order (= sorted ids); components are ordered by their smallest node, so the result is
/// deterministic, unlike networkx's generator order.
///
/// Complexity: O(n + m), breadth-first search over the mutual adjacency.
public func connectedComponents(_ graph: CompactGraph) -> [[Int]] {
    let n = graph.nodeCount
    var seen = [Bool](repeating: false, count: n)
    var components: [[Int]] = []
    var queue = [Int](repeating: 0, count: n)
    for start in 0..<n where !seen[start] {
        seen[start] = true
        queue[0] = start
        var head = 0, tail = 1
        while head < tail {
            let v = queue[head]
            head += 1
            for e in graph.mutualOffsets[v]..<graph.mutualOffsets[v + 1] {
                let w = graph.mutualTargets[e]
                if !seen[w] { seen[w] = true; queue[tail] = w; tail += 1 }
            }
        }
        components.append(queue[0..<tail].sorted())
    }
    return components
}

/// The component number of every node, components numbered as `connectedComponents` orders them.
public func componentLabels(_ graph: CompactGraph) -> [Int] {
    var labels = [Int](repeating: 0, count: graph.nodeCount)
    for (label, component) in connectedComponents(graph).enumerated() {
        for v in component { labels[v] = label }
    }
    return labels
}
