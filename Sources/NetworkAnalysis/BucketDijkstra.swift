/// Dijkstra from one source for weighted betweenness with buckets of distance instead of a heap,
/// after E. A. Dinitz, "Economical algorithms for finding shortest paths in a network" (1978):
/// when no arc is shorter than Δ, a node whose distance lies in the lowest non-empty bucket of
/// width Δ can no longer improve, since anything that would improve it is at least Δ nearer and
/// so in an earlier bucket, already settled. A whole bucket is settled in any order, with O(1)
/// work per node and per decrease-key instead of a heap's O(log n).
///
/// Exactness is kept as the heap's: distances are the same doubles (each the minimum of the same
/// sums `dist[v] + length`), ties are found by the same exact equality, and σ sums whole numbers,
/// which floating point adds exactly in any order. Settling order differs from the heap's only
/// among nodes of one bucket, and those are never each other's successors: a successor is at
/// least Δ farther, which is why the buckets are Δ/2 wide, so that a gap of Δ is two bucket
/// indices and the rounding of `distance · 2/Δ` (a few ulps) cannot put a node and its successor
/// into one bucket. Walking `order` backwards therefore still meets every successor before its
/// predecessor, which is all the dependency pass (`accumulateWeighted`) needs.
///
/// Pending nodes lie at most `2·max/min + 2` buckets ahead of the current one, so a ring of that
/// many buckets suffices; `init?` refuses lengths so unequal that the ring (and the empty buckets
/// walked over) would grow large, and the caller then uses the heap (`IndexedDijkstra`).
/// Buckets are doubly linked lists threaded through two node arrays, so a decrease-key unlinks
/// and relinks in O(1). Memory O(n + m) with the DAG, reused for every source of a worker.
final class BucketDijkstra: WeightedSearch {
    let dist: UnsafeMutableBufferPointer<Double>
    let sigma: UnsafeMutableBufferPointer<Double>
    /// Settled nodes, bucket after bucket: non-decreasing in distance up to the order within a bucket.
    let order: UnsafeMutableBufferPointer<Int32>
    private(set) var orderCount = 0
    /// -1 unreached, -2 settled, otherwise the ring slot of the bucket the node waits in.
    private let state: UnsafeMutableBufferPointer<Int32>
    private let next: UnsafeMutableBufferPointer<Int32>
    private let previous: UnsafeMutableBufferPointer<Int32>
    /// First node of each ring slot's list, -1 when empty.
    private let heads: UnsafeMutableBufferPointer<Int32>
    let dag: ShortestPathDAG
    private let slotMask: Int
    /// `2 / Δ`: a distance times this, truncated, is its bucket's absolute index.
    private let scale: Double

    static let unreached: Int32 = -1
    static let settled: Int32 = -2
    /// The largest ratio of longest to shortest arc for which buckets are used: beyond it the ring
    /// and the runs of empty buckets grow past what a heap costs on these graphs.
    static let maximumLengthRatio = 64.0

    /// `nil` when the arc lengths are not all positive and finite or differ by more than
    /// `maximumLengthRatio`; the caller then searches with the heap.
    init?(n: Int, along adjacency: WeightedAdjacency32) {
        let shortest = adjacency.shortestLength, longest = adjacency.longestLength
        guard shortest > 0, longest.isFinite, longest <= shortest * Self.maximumLengthRatio else { return nil }
        // Bucket indices stay below n · 2·ratio + 2 < 2^40, where a double's rounding is far
        // below one index.
        scale = 2 / shortest
        let span = Int((2 * longest / shortest).rounded(.up)) + 3
        var slots = 1
        while slots < span { slots <<= 1 }
        slotMask = slots - 1
        let size = max(n, 1)
        dist = .allocate(capacity: size); dist.initialize(repeating: .infinity)
        sigma = .allocate(capacity: size); sigma.initialize(repeating: 0)
        order = .allocate(capacity: size); order.initialize(repeating: 0)
        state = .allocate(capacity: size); state.initialize(repeating: Self.unreached)
        next = .allocate(capacity: size); next.initialize(repeating: -1)
        previous = .allocate(capacity: size); previous.initialize(repeating: -1)
        heads = .allocate(capacity: slots); heads.initialize(repeating: -1)
        dag = ShortestPathDAG(n: n, arcs: adjacency.targets.count)
    }

    deinit {
        dist.deallocate(); sigma.deallocate(); order.deallocate(); state.deallocate()
        next.deallocate(); previous.deallocate(); heads.deallocate()
    }

    @inline(__always)
    func run(source: Int, along adjacency: WeightedAdjacency32, incoming: WeightedAdjacency32?) {
        let dist = self.dist, sigma = self.sigma, order = self.order, state = self.state
        let next = self.next, previous = self.previous, heads = self.heads
        let predecessors = dag.predecessors, firstPredecessor = dag.firstPredecessor
        let mask = slotMask, scale = self.scale
        let offsets = adjacency.offsets, targets = adjacency.targets, lengths = adjacency.lengths
        // Every node reached was settled (the buckets run empty), so `order` lists all to clear.
        for i in 0..<orderCount {
            let v = Int(order[i])
            dist[v] = .infinity
            state[v] = Self.unreached
        }
        var count = 0
        var predecessorCount = 0
        dist[source] = 0
        heads[0] = Int32(truncatingIfNeeded: source)
        next[source] = -1
        previous[source] = -1
        state[source] = 0
        var pending = 1
        var bucket = 0
        while pending > 0 {
            var slot = bucket & mask
            while heads[slot] < 0 {
                bucket += 1
                slot = bucket & mask
            }
            // Relaxations from this bucket only reach later ones (at least two indices on, at most
            // the ring's size minus one), so the list is walked while other lists change.
            var node = heads[slot]
            heads[slot] = -1
            while node >= 0 {
                let v = Int(node)
                node = next[v]
                state[v] = Self.settled
                order[count] = Int32(truncatingIfNeeded: v)
                firstPredecessor[count] = Int32(truncatingIfNeeded: predecessorCount)
                count += 1
                pending -= 1
                let d = dist[v]
                var paths = 0.0
                if let incoming {
                    let inOffsets = incoming.offsets, sources = incoming.targets, inLengths = incoming.lengths
                    var e = Int(inOffsets[v])
                    let end = Int(inOffsets[v + 1])
                    while e < end {
                        let u = Int(sources[e])
                        let du = dist[u]
                        if du + inLengths[e] == d {
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
                    // No state is read, and only one test is made before relaxing. A settled
                    // node one arc nearer is a predecessor, found with the oracle's test (and
                    // `d(u) < d(v)` follows, since `d + length > d` for lengths at least 2^-40 of
                    // every distance); without `incoming` the arcs are symmetric, so it is found
                    // here. Any other node nearer than v fails `candidate < current` below, and so
                    // does a settled one farther than v: it is in v's bucket, less than Δ farther.
                    if incoming == nil && current + length == d {
                        paths += sigma[w]
                        predecessors[predecessorCount] = Int32(truncatingIfNeeded: w)
                        predecessorCount += 1
                        continue
                    }
                    let candidate = d + length
                    if candidate < current {
                        dist[w] = candidate
                        let position = state[w]
                        let target = Int32(truncatingIfNeeded: Int(candidate * scale) & mask)
                        if position == target { continue }
                        if position == Self.unreached {
                            pending += 1
                        } else {
                            let before = previous[w], after = next[w]
                            if before >= 0 { next[Int(before)] = after } else { heads[Int(position)] = after }
                            if after >= 0 { previous[Int(after)] = before }
                        }
                        let first = heads[Int(target)]
                        next[w] = first
                        previous[w] = -1
                        if first >= 0 { previous[Int(first)] = Int32(truncatingIfNeeded: w) }
                        heads[Int(target)] = Int32(truncatingIfNeeded: w)
                        state[w] = target
                    }
                }
                sigma[v] = v == source ? 1 : paths
            }
            bucket += 1
        }
        firstPredecessor[count] = Int32(truncatingIfNeeded: predecessorCount)
        orderCount = count
    }
}
