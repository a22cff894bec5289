/// The arcs of a multi-source batch that lie on a shortest path in at least one lane, kept as
/// `MultiSourceLevelSearch` reads them, so that the backward pass of betweenness reads only these
/// instead of every arc of every entry again.
///
/// Why: an arc v → w out of a level-L entry matters to the dependency sums only in lanes where w
/// lies at L + 1, that is, lanes of the entry that had not reached w before level L was read. On
/// the benchmark networks about half the arcs the search reads are such arcs; the rest lead to
/// nodes every lane of the entry has seen, whose coefficients in those lanes are still zero when
/// level L is summed. Leaving them out skips only additions of +0, so the sums keep every bit.
///
/// Entries are numbered as the search reads them (level by level, in order), which is also their
/// position in the search's entry list; `arcs(ofEntry:)` gives an entry's kept targets in
/// adjacency order, with the lanes in which each leads one level deeper (`lanes`), which lets the
/// coordinators' load push its avoiding counts along them.
struct BatchShortestPathArcs {
    private(set) var targets: UnsafeMutableBufferPointer<Int32>
    private(set) var lanes: UnsafeMutableBufferPointer<Betweenness.BatchMask>
    /// Per entry: the end of its arcs in `targets` (the start is the previous entry's end).
    private(set) var ends: UnsafeMutableBufferPointer<Int>
    private(set) var count = 0
    private(set) var entryCount = 0

    init(arcCapacity: Int, entryCapacity: Int) {
        targets = .allocate(capacity: max(arcCapacity, 16))
        targets.initialize(repeating: 0)
        lanes = .allocate(capacity: targets.count)
        lanes.initialize(repeating: 0)
        ends = .allocate(capacity: max(entryCapacity, 16))
        ends.initialize(repeating: 0)
    }

    func deallocate() {
        targets.deallocate()
        lanes.deallocate()
        ends.deallocate()
    }

    mutating func removeAll() {
        count = 0
        entryCount = 0
    }

    /// Makes room for an entry with `degree` arcs (and the one write past the kept ones).
    @inline(__always)
    mutating func startEntry(degree: Int) {
        if count + degree >= targets.count {
            Self.grow(&targets, to: count + degree + 1, keeping: count)
            Self.grow(&lanes, to: targets.count, keeping: count)
        }
        if entryCount >= ends.count { Self.grow(&ends, to: entryCount + 1, keeping: entryCount) }
    }

    /// Keeps the arc to `w` when it leads one level deeper in some lane (`fresh` ≠ 0); written
    /// either way so that the loop has no branch.
    @inline(__always)
    mutating func record(_ w: Int32, fresh: Betweenness.BatchMask) {
        targets[count] = w
        lanes[count] = fresh
        count &+= fresh != 0 ? 1 : 0
    }

    /// `record(_:fresh:)` without the lanes, for callers that read only the targets.
    @inline(__always)
    mutating func record(_ w: Int32, if onShortestPath: Bool) {
        targets[count] = w
        count &+= onShortestPath ? 1 : 0
    }

    @inline(__always)
    mutating func finishEntry() {
        ends[entryCount] = count
        entryCount &+= 1
    }

    @inline(__always)
    func arcs(ofEntry i: Int) -> Range<Int> {
        (i == 0 ? 0 : ends[i - 1])..<ends[i]
    }

    private static func grow<Element: FixedWidthInteger>(_ buffer: inout UnsafeMutableBufferPointer<Element>,
                                                        to needed: Int, keeping used: Int) {
        let bigger = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(needed, 2 * buffer.count))
        bigger.initialize(repeating: 0)
        for i in 0..<used { bigger[i] = buffer[i] }
        buffer.deallocate()
        buffer = bigger
    }
}

/// Whether a visitor keeps the lanes of each shortest-path arc or only its target: the backward
/// pass of betweenness reads targets only, and one store less per arc read is measurable there.
protocol ShortestPathArcKeeping {
    static func keep(_ w: Int32, fresh: Betweenness.BatchMask, in arcs: inout BatchShortestPathArcs)
}

enum KeepTargets: ShortestPathArcKeeping {
    @inline(__always)
    static func keep(_ w: Int32, fresh: Betweenness.BatchMask, in arcs: inout BatchShortestPathArcs) {
        arcs.record(w, if: fresh != 0)
    }
}

enum KeepTargetsAndLanes: ShortestPathArcKeeping {
    @inline(__always)
    static func keep(_ w: Int32, fresh: Betweenness.BatchMask, in arcs: inout BatchShortestPathArcs) {
        arcs.record(w, fresh: fresh)
    }
}
