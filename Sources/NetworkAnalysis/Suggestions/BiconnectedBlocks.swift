/// The blocks (maximal biconnected pieces) of the connected component of `root`, found by one
/// iterative depth-first search with a stack of edges (Hopcroft and Tarjan): when a child c of v
/// has `low(c) ≥ disc(v)`, the edges pushed since the tree edge (v, c) form one block. A vertex in
/// two or more blocks is a cut vertex. Iterative, so a long chain of actors cannot overflow the
/// stack.
///
/// Complexity: O(n + m) for the component.
///
/// Reference: J. Hopcroft and R. Tarjan, "Algorithm 447: efficient algorithms for graph
/// manipulation", Communications of the ACM 16(6), 1973, doi:10.1145/362248.362272.
struct BiconnectedBlocks {
    /// Each block's vertices, ascending; blocks in the order the search closes them.
    var blocks: [[Int]]
    /// Discovery time of every vertex (-1 outside the component): sorting leaves by the first
    /// discovered of their vertices lists them in depth-first order of the block-cut tree.
    var discovery: [Int]
    /// How many blocks each vertex lies in; two or more makes it a cut vertex.
    var blockCount: [Int]

    init(adjacency: [[Int]], root: Int) {
        let n = adjacency.count
        var discovery = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var parent = [Int](repeating: -1, count: n)
        var next = [Int](repeating: 0, count: n)
        var stack: [Int] = [root]
        var edges: [(Int, Int)] = []
        var blocks: [[Int]] = []
        var time = 0
        discovery[root] = 0
        time = 1
        while let v = stack.last {
            if next[v] < adjacency[v].count {
                let w = adjacency[v][next[v]]
                next[v] += 1
                if discovery[w] < 0 {
                    parent[w] = v
                    discovery[w] = time
                    low[w] = time
                    time += 1
                    edges.append((v, w))
                    stack.append(w)
                } else if w != parent[v] && discovery[w] < discovery[v] {
                    low[v] = min(low[v], discovery[w])
                    edges.append((v, w))
                }
            } else {
                stack.removeLast()
                let p = parent[v]
                guard p >= 0 else { continue }
                low[p] = min(low[p], low[v])
                if low[v] >= discovery[p] {
                    var members: Set<Int> = []
                    while let edge = edges.popLast() {
                        members.insert(edge.0)
                        members.insert(edge.1)
                        if edge.0 == p && edge.1 == v { break }
                    }
                    blocks.append(members.sorted())
                }
            }
        }
        var blockCount = [Int](repeating: 0, count: n)
        for block in blocks { for v in block { blockCount[v] += 1 } }
        self.blocks = blocks
        self.discovery = discovery
        self.blockCount = blockCount
    }

    func isCut(_ v: Int) -> Bool { blockCount[v] >= 2 }
}
