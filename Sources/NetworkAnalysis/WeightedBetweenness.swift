/// One direction of a weighted adjacency with 32-bit offsets and targets and the arc lengths
/// `1 / weight` beside them: what the weighted betweenness searches read, built once per call.
final class WeightedAdjacency32: @unchecked Sendable {
    let offsets: UnsafeMutableBufferPointer<Int32>
    let targets: UnsafeMutableBufferPointer<Int32>
    /// `1 / weight` of each arc: the same doubles `CompactGraph.withAdjacency` computes, so the
    /// searches find the same distances and the same ties as the one-source oracle.
    let lengths: UnsafeMutableBufferPointer<Double>

    /// `nil` when the graph is too large for 32-bit indices; callers then use the general search.
    init?(offsets source: [Int], targets sourceTargets: [Int], weights: [Double]) {
        guard let last = source.last, last < Int(Int32.max), source.count < Int(Int32.max),
              weights.count == sourceTargets.count else { return nil }
        offsets = .allocate(capacity: source.count)
        targets = .allocate(capacity: max(sourceTargets.count, 1))
        lengths = .allocate(capacity: max(sourceTargets.count, 1))
        for (i, value) in source.enumerated() { offsets[i] = Int32(truncatingIfNeeded: value) }
        for (i, value) in sourceTargets.enumerated() { targets[i] = Int32(truncatingIfNeeded: value) }
        for (i, weight) in weights.enumerated() { lengths[i] = 1 / weight }
    }

    deinit { offsets.deallocate(); targets.deallocate(); lengths.deallocate() }
}

/// Dijkstra from one source for weighted betweenness, with an indexed 4-ary heap: each node is
/// in the heap at most once and moves up when its distance shrinks (decrease-key), instead of the
/// lazy heap of `ShortestPathWorkspace`, which holds a node once per improvement and tests every
/// pop for staleness. Keys and nodes sit in two arrays indexed by heap position, and a node's
/// state (unreached, in the heap at a position, settled) is one 32-bit number, so the relaxation
/// loop reads three small arrays. Memory O(n), reused for every source of a worker.
///
/// Ties are found by exact float equality of `dist[v] + length`, as the oracle finds them; the
/// order in which equally distant nodes settle may differ from the oracle's, which is why the
/// dependencies are summed in an order that does not depend on it (`accumulateWeighted`).
final class IndexedDijkstra {
    let dist: UnsafeMutableBufferPointer<Double>
    let sigma: UnsafeMutableBufferPointer<Double>
    /// Settled nodes in non-decreasing distance.
    let order: UnsafeMutableBufferPointer<Int32>
    private(set) var orderCount = 0
    /// -1 unreached, -2 settled, otherwise the node's position in the heap.
    private let state: UnsafeMutableBufferPointer<Int32>
    private let heapKeys: UnsafeMutableBufferPointer<Double>
    private let heapNodes: UnsafeMutableBufferPointer<Int32>

    static let unreached: Int32 = -1
    static let settled: Int32 = -2

    init(n: Int) {
        let size = max(n, 1)
        dist = .allocate(capacity: size); dist.initialize(repeating: .infinity)
        sigma = .allocate(capacity: size); sigma.initialize(repeating: 0)
        order = .allocate(capacity: size); order.initialize(repeating: 0)
        state = .allocate(capacity: size); state.initialize(repeating: Self.unreached)
        heapKeys = .allocate(capacity: size); heapKeys.initialize(repeating: 0)
        heapNodes = .allocate(capacity: size); heapNodes.initialize(repeating: 0)
    }

    deinit {
        dist.deallocate(); sigma.deallocate(); order.deallocate(); state.deallocate()
        heapKeys.deallocate(); heapNodes.deallocate()
    }

    @inline(__always)
    func run(source: Int, along adjacency: WeightedAdjacency32) {
        let dist = self.dist, sigma = self.sigma, order = self.order, state = self.state
        let keys = heapKeys, nodes = heapNodes
        let offsets = adjacency.offsets, targets = adjacency.targets, lengths = adjacency.lengths
        // Every node reached was settled (the heap runs empty), so `order` lists all to clear.
        for i in 0..<orderCount {
            let v = Int(order[i])
            dist[v] = .infinity
            state[v] = Self.unreached
        }
        var count = 0
        dist[source] = 0
        sigma[source] = 1
        keys[0] = 0
        nodes[0] = Int32(truncatingIfNeeded: source)
        state[source] = 0
        var heapCount = 1
        while heapCount > 0 {
            let v = Int(nodes[0])
            let d = keys[0]
            heapCount -= 1
            if heapCount > 0 {
                Self.siftDown(key: keys[heapCount], node: nodes[heapCount], count: heapCount,
                              keys: keys, nodes: nodes, state: state)
            }
            state[v] = Self.settled
            order[count] = Int32(truncatingIfNeeded: v)
            count += 1
            let sv = sigma[v]
            var e = Int(offsets[v])
            let end = Int(offsets[v + 1])
            while e < end {
                let w = Int(targets[e])
                let candidate = d + lengths[e]
                e += 1
                let position = state[w]
                if position == Self.settled { continue }
                let current = dist[w]
                if candidate < current {
                    dist[w] = candidate
                    sigma[w] = sv
                    if position == Self.unreached {
                        Self.siftUp(key: candidate, node: Int32(truncatingIfNeeded: w), from: heapCount,
                                    keys: keys, nodes: nodes, state: state)
                        heapCount += 1
                    } else {
                        Self.siftUp(key: candidate, node: Int32(truncatingIfNeeded: w), from: Int(position),
                                    keys: keys, nodes: nodes, state: state)
                    }
                } else if candidate == current {
                    sigma[w] += sv
                }
            }
        }
        orderCount = count
    }

    /// Places `node` with `key` at heap position `hole` or above it (parent of `i`: `(i - 1) / 4`).
    @inline(__always)
    static func siftUp(key: Double, node: Int32, from hole: Int, keys: UnsafeMutableBufferPointer<Double>,
                       nodes: UnsafeMutableBufferPointer<Int32>, state: UnsafeMutableBufferPointer<Int32>) {
        var child = hole
        while child > 0 {
            let parent = (child - 1) >> 2
            let parentKey = keys[parent]
            if parentKey <= key { break }
            keys[child] = parentKey
            let moved = nodes[parent]
            nodes[child] = moved
            state[Int(moved)] = Int32(truncatingIfNeeded: child)
            child = parent
        }
        keys[child] = key
        nodes[child] = node
        state[Int(node)] = Int32(truncatingIfNeeded: child)
    }

    /// Places `node` with `key` at the root or below it, in a heap of `count` entries (children of
    /// `i`: `4i + 1 ... 4i + 4`).
    @inline(__always)
    static func siftDown(key: Double, node: Int32, count: Int, keys: UnsafeMutableBufferPointer<Double>,
                         nodes: UnsafeMutableBufferPointer<Int32>, state: UnsafeMutableBufferPointer<Int32>) {
        var parent = 0
        while true {
            let first = 4 * parent + 1
            if first >= count { break }
            // The smallest of up to four children: half the levels of a binary heap, and the
            // four keys share a cache line or two.
            var child = first
            var childKey = keys[first]
            let last = min(first + 4, count)
            var other = first + 1
            while other < last {
                let otherKey = keys[other]
                if otherKey < childKey { child = other; childKey = otherKey }
                other += 1
            }
            if key <= childKey { break }
            keys[parent] = childKey
            let moved = nodes[child]
            nodes[parent] = moved
            state[Int(moved)] = Int32(truncatingIfNeeded: parent)
            parent = child
        }
        keys[parent] = key
        nodes[parent] = node
        state[Int(node)] = Int32(truncatingIfNeeded: parent)
    }
}

extension Betweenness {
    /// Weighted views (undirected or directed): one `IndexedDijkstra` per source, then the
    /// dependencies *pulled* from successors over out-arcs, as in the unweighted case,
    ///
    ///     δ(v) = σ(v) · Σ_{w : v → w, d(v) < d(w), d(v) + ℓ(v, w) = d(w)} (1 + δ(w)) / σ(w),
    ///
    /// with the oracle's test on the same doubles (`accumulate`, which pushes along in-arcs).
    /// Successors settle strictly after v, so walking the settled nodes backwards finds their
    /// coefficients written. One write per node and no in-adjacency.
    ///
    /// The sum differs from the oracle's only in order: the oracle adds σ(v) · c(w) in reverse
    /// settling order, this adds c(w) in arc order and multiplies once, so values agree to about
    /// 1e-15 relative, not bit for bit; the result is still bit-identical for any worker count.
    static func accumulateWeighted(_ adjacency: WeightedAdjacency32, n: Int, workers: Int, into partials: SharedDoubles) {
        ParallelSources.run(n: n, workers: workers) { myChunks in
            let search = IndexedDijkstra(n: n)
            let coefficient = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(n, 1))
            coefficient.initialize(repeating: 0)
            defer { coefficient.deallocate() }
            let offsets = adjacency.offsets, targets = adjacency.targets, lengths = adjacency.lengths
            let dist = search.dist, sigma = search.sigma, order = search.order
            for chunk in myChunks {
                guard let partial = partials.pointer.baseAddress.map({ $0 + chunk * n }) else { continue }
                for s in ParallelSources.sources(ofChunk: chunk, n: n) {
                    search.run(source: s, along: adjacency)
                    var i = search.orderCount - 1
                    while i > 0 {
                        let v = Int(order[i])
                        let dv = dist[v]
                        var sum = 0.0
                        var e = Int(offsets[v])
                        let end = Int(offsets[v + 1])
                        while e < end {
                            let w = Int(targets[e])
                            let dw = dist[w]
                            if dv < dw && dv + lengths[e] == dw { sum += coefficient[w] }
                            e += 1
                        }
                        let sv = sigma[v]
                        let dependency = sv * sum
                        coefficient[v] = (1 + dependency) / sv
                        partial[v] += dependency
                        i -= 1
                    }
                }
            }
        }
    }
}
