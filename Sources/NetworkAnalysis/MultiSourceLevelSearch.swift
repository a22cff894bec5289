/// Breadth-first search from up to `Mask.bitWidth` sources at once, one bit of a mask per source
/// ("lane"): the multi-source BFS of M. Then, M. Kaufmann, F. Chirigati, T.-A. Hoang-Vu, K. Pham,
/// A. Kemper, T. Neumann and H. T. Vo, "The More the Merrier: Efficient Multi-Source Graph
/// Traversal", PVLDB 8(4), 2014, doi:10.14778/2735496.2735507.
///
/// Why: betweenness, closeness and harmonic centrality need one search per node, and in a
/// small-world network the searches from different sources reach a node at only a few distinct
/// levels. Searching a batch together reads a node's adjacency once per distinct level instead of
/// once per source (16 sources: about 0.17 of the arcs, 64 sources: about 0.05, on the benchmark
/// networks), and every arc read serves all lanes with one mask operation.
///
/// The search only discovers levels; it leaves path counts and distance sums to its callers, which
/// may compute them from the arcs as the search reads them (`LevelArcVisitor`). Its
/// result is a list of entries `(order[i], masks[i])`, "node `order[i]` is at this level in the
/// lanes set in `masks[i]`", grouped by level: `levelStart[L]..<levelStart[L + 1]` holds level L,
/// each node at most once per level, in an order that depends only on the graph and the sources.
/// Every lane's (node, level) pair appears exactly once. `reached` lists each node reached in any
/// lane once; clearing for the next batch touches only those nodes.
///
/// Top-down over the union of the lanes' frontiers: every arc `v → w` out of a level-L entry ORs
/// the entry's mask into `next[w]` (no branch per arc); afterwards the nodes touched are compacted
/// to those with lanes not seen before, `next[w] & ~seen[w]`, which form level L + 1.
///
/// Complexity per batch: O(n + Σ_v deg(v) · levels(v)), where `levels(v)` counts the distinct levels
/// of `v` over the lanes; memory O(n) masks plus the entry list (grown on demand).
final class MultiSourceLevelSearch<Mask: FixedWidthInteger & UnsignedInteger> {
    static var laneCount: Int { Mask.bitWidth }

    let nodeCount: Int
    /// Per node: the lanes that reached it so far.
    let seen: UnsafeMutableBufferPointer<Mask>
    /// Per node: the lanes reaching it at the level being discovered (zero between levels).
    let next: UnsafeMutableBufferPointer<Mask>
    private(set) var order: UnsafeMutableBufferPointer<Int32>
    private(set) var masks: UnsafeMutableBufferPointer<Mask>
    let levelStart: UnsafeMutableBufferPointer<Int>
    let reached: UnsafeMutableBufferPointer<Int32>
    private(set) var entryCount = 0
    private(set) var levelCount = 0
    private(set) var reachedCount = 0

    init(n: Int) {
        nodeCount = n
        let size = max(n, 1)
        seen = .allocate(capacity: size); seen.initialize(repeating: 0)
        next = .allocate(capacity: size); next.initialize(repeating: 0)
        // Room for a few levels per node to start with; `reserve` grows it when a level might not fit.
        let entries = 4 * size + Mask.bitWidth + 1
        order = .allocate(capacity: entries); order.initialize(repeating: 0)
        masks = .allocate(capacity: entries); masks.initialize(repeating: 0)
        levelStart = .allocate(capacity: size + 2); levelStart.initialize(repeating: 0)
        // One slot more than nodes: the compaction writes a node before deciding to keep it.
        reached = .allocate(capacity: size + 1); reached.initialize(repeating: 0)
    }

    deinit {
        seen.deallocate(); next.deallocate(); order.deallocate(); masks.deallocate()
        levelStart.deallocate(); reached.deallocate()
    }

    /// Makes room for `count` entries, keeping the first `used`.
    private func reserve(_ count: Int, used: Int) {
        guard count > order.count else { return }
        let capacity = max(count, 2 * order.count)
        let newOrder = UnsafeMutableBufferPointer<Int32>.allocate(capacity: capacity)
        let newMasks = UnsafeMutableBufferPointer<Mask>.allocate(capacity: capacity)
        newOrder.initialize(repeating: 0)
        newMasks.initialize(repeating: 0)
        for i in 0..<used {
            newOrder[i] = order[i]
            newMasks[i] = masks[i]
        }
        order.deallocate(); masks.deallocate()
        order = newOrder
        masks = newMasks
    }

    /// Searches from `sources` (at most `laneCount` of them, distinct), lane `j` from the `j`-th
    /// source, along `adjacency`'s arcs.
    func run<Sources: Collection<Int>>(sources: Sources, along adjacency: Adjacency32) {
        var nothing = NoArcVisitor<Mask>()
        run(sources: sources, along: adjacency, visiting: &nothing)
    }

    /// The same search, showing `visitor` every arc read: the arcs of level L's entries are read
    /// once, for discovering level L + 1 and for whatever the visitor computes from them (such as
    /// path counts pushed one level deeper), instead of a second pass over them.
    @inline(__always)
    func run<Sources: Collection<Int>, Visitor: LevelArcVisitor>(sources: Sources, along adjacency: Adjacency32,
                                                                 visiting visitor: inout Visitor)
    where Visitor.Mask == Mask {
        let seen = self.seen, next = self.next, reached = self.reached, levelStart = self.levelStart
        let offsets = adjacency.offsets, targets = adjacency.targets
        let n = nodeCount
        for i in 0..<reachedCount { seen[Int(reached[i])] = 0 }
        var sourceCount = 0
        var reachedTotal = 0
        for s in sources.prefix(Mask.bitWidth) {
            let j = sourceCount
            sourceCount += 1
            order[j] = Int32(truncatingIfNeeded: s)
            masks[j] = Mask(1) << j
            seen[s] = Mask(1) << j
            reached[reachedTotal] = Int32(truncatingIfNeeded: s)
            reachedTotal += 1
        }
        levelStart[0] = 0
        levelStart[1] = sourceCount
        var levels = 1
        var start = 0
        var end = sourceCount
        while start < end {
            // A level holds each node at most once; one more slot for the write past the tail.
            reserve(end + n + 1, used: end)
            let order = self.order, masks = self.masks
            var tail = end
            for i in start..<end {
                let m = masks[i]
                let v = Int(order[i])
                var e = Int(offsets[v])
                let stop = Int(offsets[v + 1])
                visitor.startEntry(v, lanes: m, degree: stop - e)
                while e < stop {
                    let target = targets[e]
                    let w = Int(target)
                    let old = next[w]
                    next[w] = old | m
                    order[tail] = target
                    // Appended once per level: when its `next` was still empty.
                    tail &+= old == 0 ? 1 : 0
                    visitor.visit(w)
                    e += 1
                }
                visitor.finishEntry()
            }
            var kept = end
            for i in end..<tail {
                let target = order[i]
                let w = Int(target)
                let before = seen[w]
                let fresh = next[w] & ~before
                next[w] = 0
                seen[w] = before | fresh
                order[kept] = target
                masks[kept] = fresh
                kept &+= fresh != 0 ? 1 : 0
                reached[reachedTotal] = target
                // A touched node has `next` ≠ 0, so one never seen before is new in some lane.
                reachedTotal &+= before == 0 ? 1 : 0
            }
            if kept > end {
                levels += 1
                levelStart[levels] = kept
            }
            start = end
            end = kept
        }
        entryCount = end
        levelCount = levels
        reachedCount = reachedTotal
    }
}

/// What `MultiSourceLevelSearch.run(sources:along:visiting:)` shows of the arcs it reads, level by
/// level: for each entry, in the order of the entry list, `startEntry(v, lanes:degree:)` with the
/// entry's node, lanes and number of arcs, `visit(w)` for every arc to `w`, then `finishEntry()`.
/// While a level is read, `seen` holds the lanes of the levels up to it, not yet those of the
/// level being discovered, so `lanes & ~seen[w]` are the lanes in which `w` lies one level deeper.
protocol LevelArcVisitor {
    associatedtype Mask: FixedWidthInteger & UnsignedInteger
    mutating func startEntry(_ v: Int, lanes: Mask, degree: Int)
    mutating func visit(_ w: Int)
    mutating func finishEntry()
}

/// Discovery only.
struct NoArcVisitor<Mask: FixedWidthInteger & UnsignedInteger>: LevelArcVisitor {
    @inline(__always) mutating func startEntry(_ v: Int, lanes: Mask, degree: Int) {}
    @inline(__always) mutating func visit(_ w: Int) {}
    @inline(__always) mutating func finishEntry() {}
}
