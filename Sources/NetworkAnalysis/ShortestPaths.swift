/// Single-source shortest paths on a `CompactGraph`, with buffers a worker allocates once and
/// reuses for every source. Unweighted views use breadth-first search, O(n + m); weighted views use
/// Dijkstra with a binary heap, O((n + m) log n), on the distance `1 / weight`.
///
/// `order` receives the settled nodes in non-decreasing distance, which Brandes' accumulation
/// walks backwards. `sigma` counts shortest paths. Equal path lengths are detected by exact float
/// equality of `dist[v] + d(v, w)`, computed in the same order as networkx's
/// `_single_source_dijkstra_path_basic`, so both find the same ties.
struct ShortestPathWorkspace {
    let n: Int
    var dist: [Double]
    var sigma: [Double]
    var order: [Int]
    var orderCount = 0
    private var heap: [(Double, Int)] = []
    private var settled: [Bool]

    init(n: Int) {
        self.n = n
        dist = [Double](repeating: .infinity, count: n)
        sigma = [Double](repeating: 0, count: n)
        order = [Int](repeating: 0, count: n)
        settled = [Bool](repeating: false, count: n)
        heap.reserveCapacity(n)
    }

    /// Clears only what the previous run touched: O(reached) instead of O(n).
    mutating func reset() {
        for i in 0..<orderCount {
            let v = order[i]
            dist[v] = .infinity
            sigma[v] = 0
            settled[v] = false
        }
        orderCount = 0
    }

    /// Shortest paths from `source` along `offsets`/`targets` (pass the in-arrays to follow arcs backwards).
    mutating func run(source: Int, offsets: [Int], targets: [Int], lengths: [Double]?, countPaths: Bool) {
        reset()
        if let lengths {
            dijkstra(source: source, offsets: offsets, targets: targets, lengths: lengths, countPaths: countPaths)
        } else {
            bfs(source: source, offsets: offsets, targets: targets, countPaths: countPaths)
        }
    }

    private mutating func bfs(source: Int, offsets: [Int], targets: [Int], countPaths: Bool) {
        dist[source] = 0
        sigma[source] = 1
        order[0] = source
        orderCount = 1
        var head = 0
        while head < orderCount {
            let v = order[head]
            head += 1
            let next = dist[v] + 1
            let sv = sigma[v]
            for e in offsets[v]..<offsets[v + 1] {
                let w = targets[e]
                if dist[w] == .infinity {
                    dist[w] = next
                    order[orderCount] = w
                    orderCount += 1
                    if countPaths { sigma[w] = sv }
                } else if countPaths && dist[w] == next {
                    sigma[w] += sv
                }
            }
        }
    }

    private mutating func dijkstra(source: Int, offsets: [Int], targets: [Int], lengths: [Double], countPaths: Bool) {
        heap.removeAll(keepingCapacity: true)
        dist[source] = 0
        sigma[source] = 1
        push(0, source)
        // Every node that gets a finite tentative distance is pushed and therefore settled, so
        // `order` lists everything `reset()` has to clear.
        while let (d, v) = pop() {
            if settled[v] || d > dist[v] { continue }
            settled[v] = true
            order[orderCount] = v
            orderCount += 1
            let sv = sigma[v]
            for e in offsets[v]..<offsets[v + 1] {
                let w = targets[e]
                if settled[w] { continue }
                let candidate = d + lengths[e]
                let current = dist[w]
                if candidate < current {
                    dist[w] = candidate
                    if countPaths { sigma[w] = sv }
                    push(candidate, w)
                } else if countPaths && candidate == current {
                    sigma[w] += sv
                }
            }
        }
    }

    private mutating func push(_ key: Double, _ value: Int) {
        heap.append((key, value))
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            if heap[parent].0 <= heap[child].0 { break }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    private mutating func pop() -> (Double, Int)? {
        guard let last = heap.popLast() else { return nil }
        guard !heap.isEmpty else { return last }
        let top = heap[0]
        heap[0] = last
        var parent = 0
        let count = heap.count
        while true {
            let left = 2 * parent + 1
            if left >= count { break }
            var smallest = left
            if left + 1 < count && heap[left + 1].0 < heap[left].0 { smallest = left + 1 }
            if heap[parent].0 <= heap[smallest].0 { break }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
        return top
    }
}
