extension Betweenness {
    /// Sources searched together in the undirected unweighted case: one lane per bit of `BatchMask`
    /// and per element of `BatchLanes`. Sixteen rather than eight: on the benchmark networks a
    /// batch of 16 reads 0.17 of the arcs that 16 single searches read, a batch of 8 0.30 of them;
    /// 32 lanes would need more vector registers than SSE2 has.
    typealias BatchMask = UInt16
    typealias BatchLanes = SIMD16<Double>
    typealias BatchBits = SIMD16<UInt64>

    /// The undirected unweighted case (what `centrality` computes by default), sixteen sources at a
    /// time with `MultiSourceLevelSearch` (Then et al., PVLDB 2014): per node, the sixteen sources'
    /// path counts σ and coefficients (1 + δ) / σ sit side by side in one `SIMD16<Double>`, so one
    /// read of a neighbour serves all sixteen sums, and a node's adjacency is read once per distinct
    /// level instead of once per source.
    ///
    /// Both passes pull over *all* neighbours without a level test, as the one-source version did:
    /// in an undirected BFS a neighbour of a node at level L lies at L - 1, L or L + 1, and
    ///
    /// - σ (levels ascending): σ(w) = Σ σ(u) over all neighbours u; lane j's σ of nodes at levels
    ///   ≥ L + 1 is still 0 while level L + 1 is summed, because a lane is written only when the
    ///   node's entry for that lane's level is written, after the whole level is summed. The sums
    ///   are taken while the search reads a level's arcs to discover the next one (`PathCounting`),
    ///   so each arc is read once for both (3,000 actors: 17 % less time than a separate pass);
    /// - δ (levels descending, Brandes 2008's pulled recurrence δ(v) = σ(v) Σ_{w: d(w) = d(v) + 1}
    ///   (1 + δ(w)) / σ(w)): only level L + 1 holds non-zero coefficients among the neighbours.
    ///
    /// The lanes in which a node is *not* at the level being summed get meaningless sums (even
    /// ∞ or NaN from σ = 0); they are discarded by the masked write. Adding the zeros leaves every
    /// lane's sum bit-identical to the one-source, level-tested loop in `accumulateUnweighted`
    /// (`x + 0 == x`), path counts are integers below 2⁵³ (exact in any order), and each node's
    /// dependencies are added to the chunk's partial vector in source order after the batch, so
    /// the result is bit-identical to one search per source, and to any worker count.
    ///
    /// Directed views (`incoming` given) batch the same way with one change: σ is pulled over each
    /// entry's *in*-arcs in a pass of its own after the search, level by level ascending. An arc
    /// u → v puts u at level d(v) - 1 or deeper, never shallower, and σ of levels ≥ d(v) is still 0
    /// while level d(v) is summed, so the sum over all in-neighbours is again the level-tested one.
    /// The backward pass reads out-arcs as before: an out-neighbour w of v lies at d(v) + 1 or
    /// shallower, and only level d(v) + 1 holds coefficients yet. Bit-identical to
    /// `accumulateUnweighted`, which stays the oracle for directed views.
    ///
    /// Sources are taken in breadth-first order (`BreadthFirstOrder`): the searches run on the
    /// graph renumbered so, chunks and batches cut from the new numbers, results written by the
    /// original ones.
    static func accumulateBatched(_ given: Adjacency32, incoming givenIncoming: Adjacency32? = nil, n: Int, workers: Int,
                                            into partials: SharedDoubles) {
        let laneCount = MultiSourceLevelSearch<BatchMask>.laneCount
        let renumbering = BreadthFirstOrder(given, incoming: givenIncoming)
        let adjacency = renumbering.renumber(given)
        let incoming = givenIncoming.map(renumbering.renumber)
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
            defer { sigma.deallocate(); coefficient.deallocate(); scratch.deallocate() }
            let offsets = adjacency.offsets, targets = adjacency.targets
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
                    if let incoming {
                        search.run(sources: batch, along: adjacency)
                        countPathsOverInArcs(search, incoming: incoming, sigma: sigma, sums: scratch, laneMasks: laneMasks)
                    } else {
                        // σ is summed while the search reads each level's arcs for discovery.
                        var paths = PathCounting(sigma: sigma, sums: scratch, laneMasks: laneMasks)
                        search.run(sources: batch, along: adjacency, visiting: &paths)
                    }
                    let order = search.order, masks = search.masks
                    var level = search.levelCount - 1
                    while level > 0 {
                        let start = levelStart[level], end = levelStart[level + 1]
                        for i in start..<end {
                            var sum = BatchLanes.zero
                            let v = Int(order[i])
                            var e = Int(offsets[v])
                            let stop = Int(offsets[v + 1])
                            while e < stop {
                                sum += coefficient[Int(targets[e])]
                                e += 1
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
    /// σ of a directed batch: for each level L ≥ 1 in ascending order, every entry's sum of σ over
    /// all its in-neighbours, written to the entry's lanes only after the whole level is summed
    /// (an in-neighbour at level L in the same lane must still read 0).
    @inline(__always)
    static func countPathsOverInArcs(_ search: MultiSourceLevelSearch<BatchMask>, incoming: Adjacency32,
                                     sigma: UnsafeMutableBufferPointer<BatchLanes>,
                                     sums: UnsafeMutableBufferPointer<BatchLanes>, laneMasks: LaneMasks) {
        let order = search.order, masks = search.masks, levelStart = search.levelStart
        let offsets = incoming.offsets, sources = incoming.targets
        var level = 1
        while level < search.levelCount {
            let start = levelStart[level], end = levelStart[level + 1]
            for i in start..<end {
                var sum = BatchLanes.zero
                let v = Int(order[i])
                var e = Int(offsets[v])
                let stop = Int(offsets[v + 1])
                while e < stop {
                    sum += sigma[Int(sources[e])]
                    e += 1
                }
                sums[i - start] = sum
            }
            for i in start..<end {
                sigma[Int(order[i])] += laneMasks.keep(sums[i - start], in: masks[i])
            }
            level += 1
        }
    }
}

/// Path counts for `accumulateBatched`, summed while `MultiSourceLevelSearch` reads the
/// arcs of each level: σ(v) = Σ σ(u) over all neighbours u of a level-L entry, written to the
/// entry's lanes once the whole level is summed (level 0, the sources, keeps σ = 1 in its lane).
struct PathCounting: LevelArcVisitor {
    let sigma: UnsafeMutableBufferPointer<Betweenness.BatchLanes>
    let sums: UnsafeMutableBufferPointer<Betweenness.BatchLanes>
    let laneMasks: LaneMasks
    var sum = Betweenness.BatchLanes.zero

    @inline(__always) mutating func startEntry() { sum = .zero }
    @inline(__always) mutating func visit(_ w: Int) { sum += sigma[w] }
    @inline(__always) mutating func finishEntry(_ k: Int) { sums[k] = sum }

    @inline(__always)
    mutating func finishLevel(_ level: Int, entries: Range<Int>, order: UnsafeMutableBufferPointer<Int32>,
                              masks: UnsafeMutableBufferPointer<Betweenness.BatchMask>) {
        guard level > 0 else { return }
        for i in entries {
            sigma[Int(order[i])] += laneMasks.keep(sums[i - entries.lowerBound], in: masks[i])
        }
    }
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
