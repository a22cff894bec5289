/// One direction of a weighted adjacency with 32-bit offsets and targets and the arc lengths
/// `1 / weight` beside them: what the weighted betweenness searches read, built once per call.
final class WeightedAdjacency32: @unchecked Sendable {
    let offsets: UnsafeMutableBufferPointer<Int32>
    let targets: UnsafeMutableBufferPointer<Int32>
    /// `1 / weight` of each arc: the same doubles `CompactGraph.withAdjacency` computes, so the
    /// searches find the same distances and the same ties as the one-source oracle.
    let lengths: UnsafeMutableBufferPointer<Double>
    /// The shortest and longest arc (1 when there is none): whether `BucketDijkstra` can search.
    let shortestLength: Double
    let longestLength: Double

    /// `nil` when the graph is too large for 32-bit indices; callers then use the general search.
    init?(offsets source: [Int], targets sourceTargets: [Int], weights: [Double]) {
        guard let last = source.last, last < Int(Int32.max), source.count < Int(Int32.max),
              weights.count == sourceTargets.count else { return nil }
        offsets = .allocate(capacity: source.count)
        targets = .allocate(capacity: max(sourceTargets.count, 1))
        lengths = .allocate(capacity: max(sourceTargets.count, 1))
        for (i, value) in source.enumerated() { offsets[i] = Int32(truncatingIfNeeded: value) }
        for (i, value) in sourceTargets.enumerated() { targets[i] = Int32(truncatingIfNeeded: value) }
        var shortest = Double.infinity, longest = 0.0
        for (i, weight) in weights.enumerated() {
            let length = 1 / weight
            lengths[i] = length
            shortest = min(shortest, length)
            longest = max(longest, length)
        }
        shortestLength = weights.isEmpty ? 1 : shortest
        longestLength = weights.isEmpty ? 1 : longest
    }

    deinit { offsets.deallocate(); targets.deallocate(); lengths.deallocate() }
}

/// A one-source Dijkstra for weighted betweenness: path counts σ, the reached nodes in an order
/// where every node's successors (`d(v) < d(w)`, `d(v) + length == d(w)`) come after it, and each
/// one's predecessors. `incoming` is the reversed adjacency, `nil` when the arcs are symmetric
/// (undirected views), where one pass over a node's arcs both finds its predecessors among the
/// settled neighbours and relaxes the others.
protocol WeightedSearch: AnyObject {
    var sigma: UnsafeMutableBufferPointer<Double> { get }
    var order: UnsafeMutableBufferPointer<Int32> { get }
    var orderCount: Int { get }
    var dag: ShortestPathDAG { get }
    func run(source: Int, along adjacency: WeightedAdjacency32, incoming: WeightedAdjacency32?)
}

/// Dijkstra from one source for weighted betweenness, with an indexed 4-ary heap: the search for
/// arc lengths too unequal for `BucketDijkstra`'s buckets. Each node is in the heap at most once
/// and moves up when its distance shrinks (decrease-key), instead of the lazy heap of
/// `ShortestPathWorkspace`, which holds a node once per improvement and tests every pop for
/// staleness. Keys and nodes sit in two arrays indexed by heap position, and a node's
/// state (unreached, in the heap at a position, settled) is one 32-bit number, so the relaxation
/// loop reads three small arrays. Memory O(n + m) with the DAG, reused for every source of a worker.
///
/// Predecessors are found by exact float equality of `dist[u] + length`, as the oracle's
/// dependency pass finds them, and σ is summed from them when a node settles. The oracle's σ
/// also counts a neighbour at the same distance whose arc rounding swallowed (`d + length == d`,
/// lengths below 2^-53 of a distance: weights a trillion-fold apart on paths of thousands of arcs);
/// here σ counts exactly the paths the dependencies are divided among.
final class IndexedDijkstra: WeightedSearch {
    let dist: UnsafeMutableBufferPointer<Double>
    let sigma: UnsafeMutableBufferPointer<Double>
    /// Settled nodes in non-decreasing distance.
    let order: UnsafeMutableBufferPointer<Int32>
    private(set) var orderCount = 0
    /// -1 unreached, -2 settled, otherwise the node's position in the heap.
    private let state: UnsafeMutableBufferPointer<Int32>
    private let heapKeys: UnsafeMutableBufferPointer<Double>
    private let heapNodes: UnsafeMutableBufferPointer<Int32>
    let dag: ShortestPathDAG

    static let unreached: Int32 = -1
    static let settled: Int32 = -2

    init(n: Int, arcs: Int) {
        let size = max(n, 1)
        dag = ShortestPathDAG(n: n, arcs: arcs)
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
    func run(source: Int, along adjacency: WeightedAdjacency32, incoming: WeightedAdjacency32?) {
        let dist = self.dist, sigma = self.sigma, order = self.order, state = self.state
        let keys = heapKeys, nodes = heapNodes
        let predecessors = dag.predecessors, firstPredecessor = dag.firstPredecessor
        let offsets = adjacency.offsets, targets = adjacency.targets, lengths = adjacency.lengths
        // Every node reached was settled (the heap runs empty), so `order` lists all to clear.
        for i in 0..<orderCount {
            let v = Int(order[i])
            dist[v] = .infinity
            state[v] = Self.unreached
        }
        var count = 0
        var predecessorCount = 0
        dist[source] = 0
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
            firstPredecessor[count] = Int32(truncatingIfNeeded: predecessorCount)
            count += 1
            var paths = 0.0
            if let incoming {
                let inOffsets = incoming.offsets, sources = incoming.targets, inLengths = incoming.lengths
                var e = Int(inOffsets[v])
                let end = Int(inOffsets[v + 1])
                while e < end {
                    let u = Int(sources[e])
                    let du = dist[u]
                    if du < d && du + inLengths[e] == d {
                        paths += sigma[u]
                        predecessors[predecessorCount] = Int32(truncatingIfNeeded: u)
                        predecessorCount += 1
                    }
                    e += 1
                }
            }
            var e = Int(offsets[v])
            let end = Int(offsets[v + 1])
            while e < end {
                let w = Int(targets[e])
                let length = lengths[e]
                e += 1
                let current = dist[w]
                if current < d {
                    // No state is read: the heap holds nothing nearer than v, so a nearer node
                    // is settled, and without `incoming` (symmetric arcs) it is a predecessor when
                    // one arc nearer (the oracle's test); a settled node is never farther than v.
                    if incoming == nil && current + length == d {
                        paths += sigma[w]
                        predecessors[predecessorCount] = Int32(truncatingIfNeeded: w)
                        predecessorCount += 1
                    }
                    continue
                }
                let candidate = d + length
                if candidate < current {
                    dist[w] = candidate
                    let position = state[w]
                    if position == Self.unreached {
                        Self.siftUp(key: candidate, node: Int32(truncatingIfNeeded: w), from: heapCount,
                                    keys: keys, nodes: nodes, state: state)
                        heapCount += 1
                    } else {
                        Self.siftUp(key: candidate, node: Int32(truncatingIfNeeded: w), from: Int(position),
                                    keys: keys, nodes: nodes, state: state)
                    }
                }
            }
            sigma[v] = v == source ? 1 : paths
        }
        firstPredecessor[count] = Int32(truncatingIfNeeded: predecessorCount)
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
    /// Weighted views (undirected or directed): one `BucketDijkstra` per source (an
    /// `IndexedDijkstra` when the arc lengths differ too much for buckets), which records the
    /// shortest-path DAG as it settles nodes, then the dependencies accumulated over the DAG's
    /// arcs only, farthest node first,
    ///
    ///     δ(v) = σ(v) · Σ_{w : v ∈ pred(w)} c(w),   c(w) = (1 + δ(w)) / σ(w),
    ///
    /// Brandes' recurrence with σ(v) taken out of the sum: each node adds c(w) to the sum of its
    /// predecessors, and that sum is complete when the node's turn comes, as its successors settled
    /// after it. Predecessors are found with the oracle's test (`accumulate`: `d(v) < d(w)` and
    /// `d(v) + ℓ(v, w) == d(w)` on the same doubles). `incoming` is the reversed adjacency of a
    /// directed view, `nil` for an undirected one.
    ///
    /// The sums differ from the oracle's only in order (the oracle adds σ(v) · c(w)), so values
    /// agree to about 1e-15 relative, not bit for bit; the result is bit-identical for any worker
    /// count, as each source's search does not depend on which worker runs it.
    static func accumulateWeighted(_ adjacency: WeightedAdjacency32, incoming: WeightedAdjacency32?, n: Int, workers: Int,
                                   into partials: SharedDoubles) {
        ParallelSources.run(n: n, workers: workers) { myChunks in
            if let search = BucketDijkstra(n: n, along: adjacency) {
                accumulateWeighted(adjacency, incoming: incoming, n: n, chunks: myChunks, search: search, into: partials)
            } else {
                let search = IndexedDijkstra(n: n, arcs: adjacency.targets.count)
                accumulateWeighted(adjacency, incoming: incoming, n: n, chunks: myChunks, search: search, into: partials)
            }
        }
    }

    /// One worker's share of `accumulateWeighted`: the sources of `chunks`, searched with `search`.
    static func accumulateWeighted<Search: WeightedSearch>(_ adjacency: WeightedAdjacency32, incoming: WeightedAdjacency32?,
                                                           n: Int, chunks myChunks: ClaimedTasks, search: Search,
                                                           into partials: SharedDoubles) {
        // Σ c(w) over the successors w met so far; zero again once a node is done.
        let successorSum = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(n, 1))
        successorSum.initialize(repeating: 0)
        defer { successorSum.deallocate() }
        let sigma = search.sigma, order = search.order
        let predecessors = search.dag.predecessors, firstPredecessor = search.dag.firstPredecessor
        for chunk in myChunks {
            guard let partial = partials.pointer.baseAddress.map({ $0 + chunk * n }) else { continue }
            for s in ParallelSources.sources(ofChunk: chunk, n: n) {
                search.run(source: s, along: adjacency, incoming: incoming)
                var i = search.orderCount - 1
                while i > 0 {
                    let w = Int(order[i])
                    let sw = sigma[w]
                    let dependency = sw * successorSum[w]
                    successorSum[w] = 0
                    partial[w] += dependency
                    let coefficient = (1 + dependency) / sw
                    var p = Int(firstPredecessor[i])
                    let end = Int(firstPredecessor[i + 1])
                    while p < end {
                        successorSum[Int(predecessors[p])] += coefficient
                        p += 1
                    }
                    i -= 1
                }
                successorSum[s] = 0
            }
        }
    }
}
