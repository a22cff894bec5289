/// A renumbering of a graph's nodes in breadth-first order, from the best-connected node (each
/// further component from its own best-connected node), for the searches that take sources in
/// batches.
///
/// Why: a batched search reads a node's arcs once per distinct distance at which its batch's
/// sources see it. Sixteen sources numbered consecutively by sorted id lie anywhere in the network
/// and see most nodes at three different distances; sixteen consecutive in breadth-first order are
/// neighbours or near it, and see most nodes at two. On the benchmark networks (3,000 actors) the
/// arcs a batch reads fall from 3.0 to 2.15 times the arcs of the graph, 28 % less work, and rows of
/// nodes near each other in the network sit near each other in memory.
///
/// Sources are summed in the new order, so per-node sums of dependencies are added in another
/// order than one search per source in id order: equal to it to about 1e-16 relative, and still the
/// same bits for any worker count, since the order depends on the graph alone.
struct BreadthFirstOrder {
    /// `position[v]`: the new number of original node `v`.
    let position: [Int32]
    /// `original[p]`: the original node now numbered `p`.
    let original: [Int32]

    /// `incoming`, for directed views, is searched as well: nodes joined by an arc in either
    /// direction end up near each other (along out-arcs alone, a node's successors can see the
    /// rest at quite different distances than it does).
    init(_ adjacency: Adjacency32, incoming: Adjacency32? = nil) {
        let n = adjacency.nodeCount
        let offsets = adjacency.offsets
        // Roots by descending degree, ties by node number: a counting sort, O(n + largest degree).
        var largest = 0
        for v in 0..<n { largest = max(largest, Int(offsets[v + 1] - offsets[v])) }
        var start = [Int](repeating: 0, count: largest + 2)
        for v in 0..<n { start[largest - Int(offsets[v + 1] - offsets[v]) + 1] += 1 }
        for d in 0..<(largest + 1) { start[d + 1] += start[d] }
        var roots = [Int](repeating: 0, count: n)
        for v in 0..<n {
            let bucket = largest - Int(offsets[v + 1] - offsets[v])
            roots[start[bucket]] = v
            start[bucket] += 1
        }
        // Out-arcs first, then in-arcs: the order a node's neighbours are numbered in.
        let directions = [adjacency] + (incoming.map { [$0] } ?? [])
        var position = [Int32](repeating: -1, count: n)
        var original = [Int32](repeating: 0, count: n)
        var count = 0
        for root in roots where position[root] < 0 {
            position[root] = Int32(truncatingIfNeeded: count)
            original[count] = Int32(truncatingIfNeeded: root)
            var head = count
            count += 1
            while head < count {
                let v = Int(original[head])
                head += 1
                for arcs in directions {
                    for e in Int(arcs.offsets[v])..<Int(arcs.offsets[v + 1]) {
                        let w = Int(arcs.targets[e])
                        guard position[w] < 0 else { continue }
                        position[w] = Int32(truncatingIfNeeded: count)
                        original[count] = Int32(truncatingIfNeeded: w)
                        count += 1
                    }
                }
            }
        }
        self.position = position
        self.original = original
    }

    /// `adjacency` with every node and target renumbered; a node's arcs keep their order.
    func renumber(_ adjacency: Adjacency32) -> Adjacency32 {
        let n = adjacency.nodeCount
        let offsets = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n + 1)
        let targets = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(Int(adjacency.offsets[n]), 1))
        targets.initialize(repeating: 0)
        offsets[0] = 0
        var written = 0
        for p in 0..<n {
            let v = Int(original[p])
            var e = Int(adjacency.offsets[v])
            let end = Int(adjacency.offsets[v + 1])
            while e < end {
                targets[written] = position[Int(adjacency.targets[e])]
                written += 1
                e += 1
            }
            offsets[p + 1] = Int32(truncatingIfNeeded: written)
        }
        return Adjacency32(nodeCount: n, offsets: offsets, targets: targets)
    }
}
