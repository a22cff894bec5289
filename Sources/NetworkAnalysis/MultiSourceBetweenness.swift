extension Betweenness {
    /// Sources searched together in the undirected unweighted case: one lane per bit of `BatchMask`
    /// and per element of `BatchLanes`. Sixteen rather than eight: on the benchmark networks a
    /// batch of 16 reads 0.17 of the arcs that 16 single searches read, a batch of 8 0.30 of them;
    /// 32 lanes would need more vector registers than SSE2 has.
    typealias BatchMask = UInt16
    typealias BatchLanes = SIMD16<Double>
    typealias BatchBits = SIMD16<UInt64>

    /// The unweighted views, undirected (what `centrality` computes by default) and directed,
    /// sixteen sources at a time with `MultiSourceLevelSearch` (Then et al., PVLDB 2014): per node,
    /// the sixteen sources' path counts σ and coefficients (1 + δ) / σ sit side by side in one
    /// `SIMD16<Double>`, so one read of a node serves all sixteen sums, and a node's adjacency is
    /// read once per distinct level instead of once per source.
    ///
    /// - σ (levels ascending) is pushed along the arcs the search reads to discover the next level
    ///   (`PathPushing`), only along arcs that lead one level deeper in some lane, which the
    ///   search also keeps (`BatchShortestPathArcs`). Path counts are integers below 2⁵³, exact in
    ///   any order. Pushing touches σ of about half the arcs read on the benchmark networks where
    ///   pulling over all neighbours read it for every arc (3,000 actors: 22 % fewer first-level
    ///   cache misses), and it serves directed views without a pass over their in-arcs.
    /// - δ (levels descending, Brandes 2008's pulled recurrence δ(v) = σ(v) Σ_{w: d(w) = d(v) + 1}
    ///   (1 + δ(w)) / σ(w)) sums over the kept arcs only: the arcs left out lead, in every lane of
    ///   the entry, to nodes at its level or above, whose coefficients are still 0 there.
    ///
    /// The lanes in which a node is *not* at the level being summed get meaningless sums (even
    /// ∞ or NaN from σ = 0); they are discarded by the masked write. Each node's dependencies are
    /// added to the chunk's partial vector in source order after the batch, so the result is the
    /// same bits for any worker count.
    ///
    /// Sources are taken in breadth-first order (`BreadthFirstOrder`, over arcs of both directions
    /// for directed views, `incoming`): the searches run on the graph renumbered so, chunks and
    /// batches cut from the new numbers, results written by the original ones. Sums over sources
    /// therefore run in another order than one search per source in id order
    /// (`accumulateUnweighted`, the oracle): equal to it within 1e-12 relative.
    ///
    /// With `distances` (undirected views only, where a source's distances out are its distances
    /// in), each batch also counts its lanes' nodes per level and writes every source's closeness
    /// and harmonic centrality (`Betweenness.withIncomingDistances`).
    static func accumulateBatched(_ given: Adjacency32, incoming givenIncoming: Adjacency32? = nil, n: Int, workers: Int,
                                  into partials: SharedDoubles,
                                  distances: (closeness: SharedDoubles, harmonic: SharedDoubles)? = nil) {
        let distances = givenIncoming == nil ? distances : nil
        let laneCount = MultiSourceLevelSearch<BatchMask>.laneCount
        let renumbering = BreadthFirstOrder(given, incoming: givenIncoming)
        let adjacency = renumbering.renumber(given)
        let original = renumbering.original
        ParallelSources.run(n: n, workers: workers) { myChunks in
            let search = MultiSourceLevelSearch<BatchMask>(n: n)
            let size = max(n, 1)
            let sigma = UnsafeMutableBufferPointer<BatchLanes>.allocate(capacity: size)
            let coefficient = UnsafeMutableBufferPointer<BatchLanes>.allocate(capacity: size)
            // One sum per entry of a level; a level holds each node at most once.
            let scratch = UnsafeMutableBufferPointer<BatchLanes>.allocate(capacity: size)
            sigma.initialize(repeating: .zero); coefficient.initialize(repeating: .zero); scratch.initialize(repeating: .zero)
            let laneMasks = LaneMasks()
            var laneSums = [DistanceLevelSums](repeating: DistanceLevelSums(), count: laneCount)
            // Grown on demand; about twice the graph's arcs per batch of 16 on the benchmark networks.
            var arcs = BatchShortestPathArcs(arcCapacity: 2 * adjacency.targets.count, entryCapacity: 4 * size)
            defer { sigma.deallocate(); coefficient.deallocate(); scratch.deallocate(); arcs.deallocate() }
            let levelStart = search.levelStart, reached = search.reached
            // After the backward pass `sigma` holds the dependencies, read lane by lane as scalars.
            guard let dependencies = UnsafeRawPointer(sigma.baseAddress)?.assumingMemoryBound(to: Double.self)
            else { return }
            for chunk in myChunks {
                guard let partial = partials.pointer.baseAddress.map({ $0 + chunk * n }) else { continue }
                let chunkSources = ParallelSources.sources(ofChunk: chunk, n: n)
                for batchStart in stride(from: chunkSources.lowerBound, to: chunkSources.upperBound, by: laneCount) {
                    let batch = batchStart..<min(batchStart + laneCount, chunkSources.upperBound)
                    for j in 0..<batch.count { sigma[batch.lowerBound + j][j] = 1 }
                    arcs.removeAll()
                    var paths = PathPushing<KeepTargets>(sigma: sigma, seen: search.seen, laneMasks: laneMasks, arcs: arcs)
                    search.run(sources: batch, along: adjacency, visiting: &paths)
                    arcs = paths.arcs
                    let order = search.order, masks = search.masks
                    if let distances {
                        countLevels(search, lanes: batch.count, laneMasks: laneMasks, into: &laneSums)
                        for j in 0..<batch.count {
                            let u = Int(original[batch.lowerBound + j])
                            distances.closeness[u] = laneSums[j].closeness(n: n)
                            distances.harmonic[u] = laneSums[j].harmonic
                        }
                    }
                    let kept = arcs.targets
                    var level = search.levelCount - 1
                    while level > 0 {
                        let start = levelStart[level], end = levelStart[level + 1]
                        for i in start..<end {
                            var sum = BatchLanes.zero
                            for e in arcs.arcs(ofEntry: i) {
                                sum += coefficient[Int(kept[e])]
                            }
                            scratch[i - start] = sum
                        }
                        for i in start..<end {
                            let v = Int(order[i])
                            let lanes = laneMasks[masks[i]]
                            let sv = sigma[v]
                            let d = sv * scratch[i - start]
                            coefficient[v] += LaneMasks.keep((1 + d) / sv, in: lanes)
                            // σ of these lanes is not read again: it makes room for δ.
                            sigma[v] = LaneMasks.blend(sv, d, in: lanes)
                        }
                        level -= 1
                    }
                    // Sources depend on nothing in their own lane (level 0 is not summed).
                    for j in 0..<batch.count { sigma[batch.lowerBound + j][j] = 0 }
                    // Lane order is source order: the additions the one-source loop made, in its order.
                    // The lanes are read as scalars from memory, not extracted from vector registers.
                    let lanes = batch.count
                    for r in 0..<search.reachedCount {
                        let v = Int(reached[r])
                        let row = dependencies + v * laneCount
                        let u = Int(original[v])
                        var total = partial[u]
                        for j in 0..<lanes { total += row[j] }
                        partial[u] = total
                        sigma[v] = .zero
                        coefficient[v] = .zero
                    }
                }
            }
        }
    }
}

extension Betweenness {
    /// Each lane's nodes per level of the batch just searched, added level by level ascending to
    /// `sums` (reset first): a level's entries are counted for all sixteen lanes at once by
    /// subtracting their lane masks, all-ones patterns, from sixteen 64-bit counters.
    static func countLevels(_ search: MultiSourceLevelSearch<BatchMask>, lanes: Int, laneMasks: LaneMasks,
                            into sums: inout [DistanceLevelSums]) {
        let levelStart = search.levelStart, masks = search.masks
        for j in 0..<lanes { sums[j] = DistanceLevelSums() }
        var level = 1
        while level < search.levelCount {
            var counts = BatchBits.zero
            for i in levelStart[level]..<levelStart[level + 1] { counts &-= laneMasks[masks[i]] }
            for j in 0..<lanes { sums[j].add(level: level, count: Int(counts[j])) }
            level += 1
        }
    }
}

/// Path counts of a batch, pushed along the arcs the search reads: an arc v → w out of a level-L
/// entry adds σ(v) to σ(w) in the entry's lanes that have not reached w yet (`seen` holds the
/// levels up to L while level L is read), exactly the lanes in which w lies at L + 1 and the arc is
/// one of w's shortest-path arcs. σ(v) in the entry's lanes is final by then: v is at L in those
/// lanes, so no arc of level L adds to them. Path counts are integers below 2⁵³, so the order of
/// the additions does not change a bit. The arcs it pushes along are kept in `arcs`, with their
/// lanes or not as `Keeping` says, for the passes after the search.
struct PathPushing<Keeping: ShortestPathArcKeeping>: LevelArcVisitor {
    let sigma: UnsafeMutableBufferPointer<Betweenness.BatchLanes>
    let seen: UnsafeMutableBufferPointer<Betweenness.BatchMask>
    let laneMasks: LaneMasks
    var arcs: BatchShortestPathArcs
    var lanes: Betweenness.BatchMask = 0
    var paths = Betweenness.BatchLanes.zero

    @inline(__always) mutating func startEntry(_ v: Int, lanes: Betweenness.BatchMask, degree: Int) {
        self.lanes = lanes
        paths = sigma[v]
        arcs.startEntry(degree: degree)
    }

    @inline(__always) mutating func visit(_ w: Int) {
        let fresh = lanes & ~seen[w]
        Keeping.keep(Int32(truncatingIfNeeded: w), fresh: fresh, in: &arcs)
        if fresh != 0 { sigma[w] += laneMasks.keep(paths, in: fresh) }
    }

    @inline(__always) mutating func finishEntry() { arcs.finishEntry() }
}

/// For each lane set, its lanes as all-ones 64-bit patterns (others all-zero), from two reads of a
/// table of the 256 byte values instead of building a `SIMDMask` by comparisons, which the
/// standard library evaluates lane by lane with branches. 256 × 64 bytes, allocated once per worker.
///
/// Masked values are *added*: the lanes written are still 0 (σ, coefficient and dependency of a
/// lane are written once, at the node's level in that lane), and `0 + x == x`, `x + 0 == x`, so the
/// sum equals the value selected. Lanes outside the mask may hold ∞ or NaN (σ = 0 there); the
/// mask turns them into +0 bit patterns before they are added.
final class LaneMasks {
    let table: UnsafeMutableBufferPointer<SIMD8<UInt64>>

    init() {
        table = .allocate(capacity: 256)
        for mask in 0..<256 {
            var lanes = SIMD8<UInt64>.zero
            for j in 0..<8 where mask & (1 << j) != 0 { lanes[j] = ~0 }
            table[mask] = lanes
        }
    }

    deinit { table.deallocate() }

    subscript(mask: Betweenness.BatchMask) -> Betweenness.BatchBits {
        @inline(__always) get { Betweenness.BatchBits(lowHalf: table[Int(mask & 0xff)], highHalf: table[Int(mask >> 8)]) }
    }

    @inline(__always)
    func keep(_ values: Betweenness.BatchLanes, in mask: Betweenness.BatchMask) -> Betweenness.BatchLanes {
        Self.keep(values, in: self[mask])
    }

    /// `new` in the lanes set in `lanes`, `old` elsewhere.
    @inline(__always)
    static func blend(_ old: Betweenness.BatchLanes, _ new: Betweenness.BatchLanes,
                      in lanes: Betweenness.BatchBits) -> Betweenness.BatchLanes {
        let oldBits = unsafeBitCast(old, to: Betweenness.BatchBits.self)
        let newBits = unsafeBitCast(new, to: Betweenness.BatchBits.self)
        return unsafeBitCast((newBits & lanes) | (oldBits & ~lanes), to: Betweenness.BatchLanes.self)
    }

    /// `values` in the lanes set in `lanes`, +0 elsewhere.
    @inline(__always)
    static func keep(_ values: Betweenness.BatchLanes, in lanes: Betweenness.BatchBits) -> Betweenness.BatchLanes {
        unsafeBitCast(unsafeBitCast(values, to: Betweenness.BatchBits.self) & lanes, to: Betweenness.BatchLanes.self)
    }
}
