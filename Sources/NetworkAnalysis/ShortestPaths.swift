/// One direction of a `CompactGraph`'s adjacency as raw buffers, so the per-source searches run
/// without bounds checks or reference counting in their inner loops. Only valid inside
/// `CompactGraph.withAdjacency`.
struct RawAdjacency {
    let offsets: UnsafeBufferPointer<Int>
    let targets: UnsafeBufferPointer<Int>
    /// Arc lengths `1 / weight`, aligned with `targets`; `nil` for unweighted views (BFS).
    let lengths: UnsafeBufferPointer<Double>?
}

extension CompactGraph {
    /// Calls `body` with the out- and in-adjacency as raw buffers (lengths only for weighted views).
    func withAdjacency<R>(_ body: (_ out: RawAdjacency, _ in: RawAdjacency) -> R) -> R {
        let outLengths: [Double] = isWeighted ? outWeights.map { 1 / $0 } : []
        let inLengths: [Double] = isWeighted ? inWeights.map { 1 / $0 } : []
        let weighted = isWeighted
        return outOffsets.withUnsafeBufferPointer { oo in
            outTargets.withUnsafeBufferPointer { ot in
                inOffsets.withUnsafeBufferPointer { io in
                    inSources.withUnsafeBufferPointer { isrc in
                        outLengths.withUnsafeBufferPointer { ol in
                            inLengths.withUnsafeBufferPointer { il in
                                body(RawAdjacency(offsets: oo, targets: ot, lengths: weighted ? ol : nil),
                                     RawAdjacency(offsets: io, targets: isrc, lengths: weighted ? il : nil))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Single-source shortest paths with buffers a worker allocates once and reuses for every source.
/// Unweighted views use breadth-first search, O(n + m); weighted views use Dijkstra with a binary
/// heap, O((n + m) log n), on the distance `1 / weight`.
///
/// `order` receives the settled nodes in non-decreasing distance, which Brandes' accumulation
/// walks backwards; `sigma` counts shortest paths. Equal path lengths are detected by exact float
/// equality of `dist[v] + d(v, w)`, the expression networkx's `_single_source_dijkstra_path_basic`
/// compares, so both find the same ties.
final class ShortestPathWorkspace {
    let n: Int
    let dist: UnsafeMutableBufferPointer<Double>
    let sigma: UnsafeMutableBufferPointer<Double>
    let order: UnsafeMutableBufferPointer<Int>
    private(set) var orderCount = 0
    private let settled: UnsafeMutableBufferPointer<Bool>
    private var heapCount = 0

    init(n: Int) {
        self.n = n
        let size = max(n, 1)
        dist = .allocate(capacity: size); dist.initialize(repeating: .infinity)
        sigma = .allocate(capacity: size); sigma.initialize(repeating: 0)
        order = .allocate(capacity: size); order.initialize(repeating: 0)
        settled = .allocate(capacity: size); settled.initialize(repeating: false)
    }

    deinit {
        dist.deallocate(); sigma.deallocate(); order.deallocate(); settled.deallocate()
        heapStorageKeys?.deallocate(); heapStorageValues?.deallocate()
    }

    private var heapStorageKeys: UnsafeMutableBufferPointer<Double>?
    private var heapStorageValues: UnsafeMutableBufferPointer<Int>?

    /// Clears only what the previous run touched: O(reached) instead of O(n).
    func reset() {
        for i in 0..<orderCount {
            let v = order[i]
            dist[v] = .infinity
            sigma[v] = 0
            settled[v] = false
        }
        orderCount = 0
    }

    func run(source: Int, along adjacency: RawAdjacency, countPaths: Bool) {
        reset()
        if let lengths = adjacency.lengths {
            dijkstra(source: source, offsets: adjacency.offsets, targets: adjacency.targets, lengths: lengths,
                     countPaths: countPaths)
        } else {
            bfs(source: source, offsets: adjacency.offsets, targets: adjacency.targets, countPaths: countPaths)
        }
    }

    private func bfs(source: Int, offsets: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int>,
                     countPaths: Bool) {
        let dist = self.dist, sigma = self.sigma, order = self.order
        dist[source] = 0
        sigma[source] = 1
        order[0] = source
        var tail = 1
        var head = 0
        while head < tail {
            let v = order[head]
            head += 1
            let next = dist[v] + 1
            let sv = sigma[v]
            var e = offsets[v]
            let end = offsets[v + 1]
            while e < end {
                let w = targets[e]
                let dw = dist[w]
                if dw == .infinity {
                    dist[w] = next
                    order[tail] = w
                    tail += 1
                    if countPaths { sigma[w] = sv }
                } else if countPaths && dw == next {
                    sigma[w] += sv
                }
                e += 1
            }
        }
        orderCount = tail
    }

    private func dijkstra(source: Int, offsets: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int>,
                          lengths: UnsafeBufferPointer<Double>, countPaths: Bool) {
        // Lazy deletion: a node can be in the heap once per improvement, at most once per arc + 1.
        let capacity = targets.count + 1
        if (heapStorageKeys?.count ?? 0) < capacity {
            heapStorageKeys?.deallocate(); heapStorageValues?.deallocate()
            heapStorageKeys = .allocate(capacity: capacity)
            heapStorageValues = .allocate(capacity: capacity)
        }
        guard let keys = heapStorageKeys, let values = heapStorageValues else { return }
        let dist = self.dist, sigma = self.sigma, order = self.order, settled = self.settled
        var settledCount = 0
        heapCount = 0
        dist[source] = 0
        sigma[source] = 1
        push(0, source, keys, values)
        // Every node that gets a finite tentative distance is pushed and therefore settled, so
        // `order` lists everything `reset()` has to clear.
        while heapCount > 0 {
            let (d, v) = pop(keys, values)
            if settled[v] || d > dist[v] { continue }
            settled[v] = true
            order[settledCount] = v
            settledCount += 1
            let sv = sigma[v]
            var e = offsets[v]
            let end = offsets[v + 1]
            while e < end {
                let w = targets[e]
                e += 1
                if settled[w] { continue }
                let candidate = d + lengths[e - 1]
                let current = dist[w]
                if candidate < current {
                    dist[w] = candidate
                    if countPaths { sigma[w] = sv }
                    push(candidate, w, keys, values)
                } else if countPaths && candidate == current {
                    sigma[w] += sv
                }
            }
        }
        orderCount = settledCount
    }

    @inline(__always)
    private func push(_ key: Double, _ value: Int, _ keys: UnsafeMutableBufferPointer<Double>,
                      _ values: UnsafeMutableBufferPointer<Int>) {
        var child = heapCount
        heapCount += 1
        while child > 0 {
            let parent = (child - 1) >> 1
            if keys[parent] <= key { break }
            keys[child] = keys[parent]
            values[child] = values[parent]
            child = parent
        }
        keys[child] = key
        values[child] = value
    }

    @inline(__always)
    private func pop(_ keys: UnsafeMutableBufferPointer<Double>,
                     _ values: UnsafeMutableBufferPointer<Int>) -> (Double, Int) {
        let top = (keys[0], values[0])
        heapCount -= 1
        let count = heapCount
        guard count > 0 else { return top }
        let key = keys[count], value = values[count]
        var parent = 0
        while true {
            var child = 2 * parent + 1
            if child >= count { break }
            if child + 1 < count && keys[child + 1] < keys[child] { child += 1 }
            if key <= keys[child] { break }
            keys[parent] = keys[child]
            values[parent] = values[child]
            parent = child
        }
        keys[parent] = key
        values[parent] = value
        return top
    }
}

/// One direction of an unweighted adjacency with 32-bit offsets and targets: half the memory
/// traffic of `Int` indices in the searches that dominate betweenness and closeness. Built once per
/// call, O(n + m); graphs have far fewer than 2³¹ nodes and arcs (the loader's file-size limit).
final class Adjacency32: @unchecked Sendable {
    let nodeCount: Int
    let offsets: UnsafeMutableBufferPointer<Int32>
    let targets: UnsafeMutableBufferPointer<Int32>

    /// `nil` when the graph is too large for 32-bit indices; callers then use the general search.
    init?(offsets source: [Int], targets sourceTargets: [Int]) {
        guard let last = source.last, last < Int(Int32.max), source.count < Int(Int32.max) else { return nil }
        nodeCount = source.count - 1
        offsets = .allocate(capacity: source.count)
        targets = .allocate(capacity: max(sourceTargets.count, 1))
        for (i, value) in source.enumerated() { offsets[i] = Int32(truncatingIfNeeded: value) }
        for (i, value) in sourceTargets.enumerated() { targets[i] = Int32(truncatingIfNeeded: value) }
    }

    /// Takes ownership of buffers already filled (`offsets` of `nodeCount + 1` entries).
    init(nodeCount: Int, offsets: UnsafeMutableBufferPointer<Int32>, targets: UnsafeMutableBufferPointer<Int32>) {
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.targets = targets
    }

    deinit { offsets.deallocate(); targets.deallocate() }
}

/// Breadth-first search with integer levels, the unweighted special case of
/// `ShortestPathWorkspace`: `level` is -1 for unreached nodes, `order` lists reached nodes by
/// non-decreasing level, and `sigma` (when counted) the number of shortest paths as a double, as
/// networkx counts them. Clearing touches only the nodes the previous search reached. O(n + m).
final class LevelSearch {
    let level: UnsafeMutableBufferPointer<Int32>
    let sigma: UnsafeMutableBufferPointer<Double>
    let order: UnsafeMutableBufferPointer<Int32>
    private(set) var orderCount = 0

    init(n: Int) {
        let size = max(n, 1)
        level = .allocate(capacity: size); level.initialize(repeating: -1)
        sigma = .allocate(capacity: size); sigma.initialize(repeating: 0)
        order = .allocate(capacity: size); order.initialize(repeating: 0)
    }

    deinit { level.deallocate(); sigma.deallocate(); order.deallocate() }

    @inline(__always)
    func run(source: Int, along adjacency: Adjacency32, countPaths: Bool) {
        let level = self.level, sigma = self.sigma, order = self.order
        let offsets = adjacency.offsets, targets = adjacency.targets
        for i in 0..<orderCount {
            let v = Int(order[i])
            level[v] = -1
            sigma[v] = 0
        }
        level[source] = 0
        sigma[source] = 1
        order[0] = Int32(truncatingIfNeeded: source)
        var tail = 1
        var head = 0
        while head < tail {
            let v = Int(order[head])
            head += 1
            let next = level[v] + 1
            let sv = sigma[v]
            var e = Int(offsets[v])
            let end = Int(offsets[v + 1])
            while e < end {
                let w = Int(targets[e])
                e += 1
                let lw = level[w]
                if lw < 0 {
                    level[w] = next
                    order[tail] = Int32(truncatingIfNeeded: w)
                    tail += 1
                    if countPaths { sigma[w] = sv }
                } else if countPaths && lw == next {
                    sigma[w] += sv
                }
            }
        }
        orderCount = tail
    }
}
