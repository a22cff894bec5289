/// Cut vertices and bridges of the undirected simple view, whatever view `graph` is: an actor whose
/// removal disconnects others (an articulation point) or a tie whose removal does (a bridge) is a
/// single point of failure for the network as people use it.
///
/// One iterative depth-first search computes discovery times and low-links for both (Hopcroft and
/// Tarjan): v is an articulation point if it is a root with two or more DFS children, or a non-root
/// with a child c where `low(c) ≥ disc(v)`; tree edge (v, c) is a bridge if `low(c) > disc(v)`.
/// The search is iterative so a long path cannot overflow the stack.
///
/// Complexity: O(n + m).
///
/// Reference: J. Hopcroft and R. Tarjan, "Algorithm 447: efficient algorithms for graph
/// manipulation", Communications of the ACM 16(6), 1973, doi:10.1145/362248.362272.
public struct CutStructure: Sendable, Equatable {
    /// Node indices, ascending.
    public var articulationPoints: [Int]
    /// Pairs `(u, v)` with `u < v`, ascending.
    public var bridges: [(Int, Int)]

    public static func == (lhs: CutStructure, rhs: CutStructure) -> Bool {
        lhs.articulationPoints == rhs.articulationPoints
            && lhs.bridges.map { [$0.0, $0.1] } == rhs.bridges.map { [$0.0, $0.1] }
    }
}

public func cutStructure(_ graph: CompactGraph) -> CutStructure {
    let n = graph.nodeCount
    let offsets = graph.mutualOffsets, targets = graph.mutualTargets
    var discovery = [Int](repeating: -1, count: n)
    var low = [Int](repeating: 0, count: n)
    var parent = [Int](repeating: -1, count: n)
    var nextEdge = [Int](repeating: 0, count: n)
    var isArticulation = [Bool](repeating: false, count: n)
    var bridges: [(Int, Int)] = []
    var stack: [Int] = []
    var time = 0
    for root in 0..<n where discovery[root] < 0 {
        discovery[root] = time; low[root] = time; time += 1
        nextEdge[root] = offsets[root]
        stack.append(root)
        var rootChildren = 0
        while let v = stack.last {
            if nextEdge[v] < offsets[v + 1] {
                let w = targets[nextEdge[v]]
                nextEdge[v] += 1
                if discovery[w] < 0 {
                    parent[w] = v
                    discovery[w] = time; low[w] = time; time += 1
                    nextEdge[w] = offsets[w]
                    stack.append(w)
                    if v == root { rootChildren += 1 }
                } else if w != parent[v] {
                    low[v] = min(low[v], discovery[w])
                }
            } else {
                stack.removeLast()
                let p = parent[v]
                if p >= 0 {
                    low[p] = min(low[p], low[v])
                    if p != root && low[v] >= discovery[p] { isArticulation[p] = true }
                    if low[v] > discovery[p] { bridges.append((min(p, v), max(p, v))) }
                }
            }
        }
        if rootChildren >= 2 { isArticulation[root] = true }
    }
    bridges.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    return CutStructure(articulationPoints: (0..<n).filter { isArticulation[$0] }, bridges: bridges)
}
