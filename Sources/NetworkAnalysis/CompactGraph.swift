import NetworkModel

/// A network reduced to what the measures need, built once: node `i` is the `i`-th actor in
/// the order of sorted actor ids (so every result is deterministic and independent of file order),
/// and adjacency lives in compressed sparse row arrays (offsets, targets, weights) with each row
/// sorted by target. Hot loops index flat arrays; there is no dictionary after construction.
///
/// Three adjacency structures are kept, because different measures read different ones:
/// - `out`: successors (undirected view: neighbours), with the view's weight per arc;
/// - `in`: predecessors (undirected view: the same arrays as `out`);
/// - `mutual`: every node joined by an arc in either direction, with the *mutual weight*
///   `w(u→v) + w(v→u)` that Burt's measures use (undirected view: `2w`, as networkx's `P + Pᵀ`).
///
/// Building is O(L log L) for L links. Weight sums are taken in link order, which is also the order
/// the networkx fixture script uses, so float sums agree bit for bit.
public struct CompactGraph: Sendable {
    public let view: GraphView
    /// Actor ids, sorted; the index of an id is its node number.
    public let ids: [String]
    public var nodeCount: Int { ids.count }

    public let outOffsets: [Int]
    public let outTargets: [Int]
    public let outWeights: [Double]

    public let inOffsets: [Int]
    public let inSources: [Int]
    public let inWeights: [Double]

    public let mutualOffsets: [Int]
    public let mutualTargets: [Int]
    public let mutualWeights: [Double]

    /// Number of arcs (directed view) or edges (undirected view).
    public var edgeCount: Int { view.directed ? outTargets.count : outTargets.count / 2 }

    public var isDirected: Bool { view.directed }
    public var isWeighted: Bool { view.weighted }

    /// Builds the view of `network` that FORMAT.md describes. Links naming unknown actors or
    /// joining an actor to itself cannot come from the loader; they are skipped rather than trusted.
    public init(network: Network, view: GraphView = .undirected) {
        let ids = network.actors.map(\.id).sorted()
        var index: [String: Int] = [:]
        index.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() where index[id] == nil { index[id] = position }
        var arcs: [(Int, Int, Double)] = []
        arcs.reserveCapacity(network.links.count * 2)
        for link in network.links {
            guard let from = index[link.from], let to = index[link.to], from != to else { continue }
            let weight = view.weighted ? link.weight : 1
            if !view.directed || !link.type.isDirected {
                arcs.append((from, to, weight))
                arcs.append((to, from, weight))
            } else {
                arcs.append((from, to, weight))
            }
        }
        self.init(ids: ids, arcs: arcs, view: view)
    }

    /// Builds a graph from node ids and arcs `(from, to, weight)`. With an undirected view the caller
    /// supplies both directions of every edge. Repeated arcs merge: unweighted views keep weight 1,
    /// weighted views sum the weights in the order given.
    public init(ids: [String], arcs: [(Int, Int, Double)], view: GraphView) {
        self.view = view
        self.ids = ids
        let n = ids.count
        // Stable sort by (from, to) keeps the link order within a pair, so sums are in link order.
        let sorted = arcs.enumerated().sorted { lhs, rhs in
            let l = lhs.element, r = rhs.element
            if l.0 != r.0 { return l.0 < r.0 }
            if l.1 != r.1 { return l.1 < r.1 }
            return lhs.offset < rhs.offset
        }.map(\.element)
        var outOffsets = [Int](repeating: 0, count: n + 1)
        var outTargets: [Int] = []
        var outWeights: [Double] = []
        outTargets.reserveCapacity(sorted.count)
        outWeights.reserveCapacity(sorted.count)
        var previous: (Int, Int)? = nil
        for (from, to, weight) in sorted {
            if let previous, previous == (from, to) {
                if view.weighted { outWeights[outWeights.count - 1] += weight }
                continue
            }
            previous = (from, to)
            outTargets.append(to)
            outWeights.append(view.weighted ? weight : 1)
            outOffsets[from + 1] += 1
        }
        for i in 0..<n { outOffsets[i + 1] += outOffsets[i] }
        self.outOffsets = outOffsets
        self.outTargets = outTargets
        self.outWeights = outWeights

        if view.directed {
            let transposed = CompactGraph.transpose(n: n, offsets: outOffsets, targets: outTargets, weights: outWeights)
            inOffsets = transposed.offsets
            inSources = transposed.targets
            inWeights = transposed.weights
        } else {
            inOffsets = outOffsets
            inSources = outTargets
            inWeights = outWeights
        }

        // Mutual adjacency: merge the sorted out- and in-rows of every node.
        var mOffsets = [Int](repeating: 0, count: n + 1)
        var mTargets: [Int] = []
        var mWeights: [Double] = []
        mTargets.reserveCapacity(outTargets.count)
        mWeights.reserveCapacity(outTargets.count)
        for u in 0..<n {
            var a = outOffsets[u], b = inOffsets[u]
            let aEnd = outOffsets[u + 1], bEnd = inOffsets[u + 1]
            while a < aEnd || b < bEnd {
                let ta = a < aEnd ? outTargets[a] : Int.max
                let tb = b < bEnd ? inSources[b] : Int.max
                if ta == tb {
                    mTargets.append(ta); mWeights.append(outWeights[a] + inWeights[b]); a += 1; b += 1
                } else if ta < tb {
                    mTargets.append(ta); mWeights.append(outWeights[a]); a += 1
                } else {
                    mTargets.append(tb); mWeights.append(inWeights[b]); b += 1
                }
            }
            mOffsets[u + 1] = mTargets.count
        }
        mutualOffsets = mOffsets
        mutualTargets = mTargets
        mutualWeights = mWeights
    }

    /// Counting-sort transpose: O(n + m), rows come out sorted by source because sources are visited in order.
    static func transpose(n: Int, offsets: [Int], targets: [Int], weights: [Double])
        -> (offsets: [Int], targets: [Int], weights: [Double]) {
        var counts = [Int](repeating: 0, count: n + 1)
        for t in targets { counts[t + 1] += 1 }
        for i in 0..<n { counts[i + 1] += counts[i] }
        var next = counts
        var newTargets = [Int](repeating: 0, count: targets.count)
        var newWeights = [Double](repeating: 0, count: targets.count)
        for u in 0..<n {
            for e in offsets[u]..<offsets[u + 1] {
                let t = targets[e]
                newTargets[next[t]] = u
                newWeights[next[t]] = weights[e]
                next[t] += 1
            }
        }
        return (counts, newTargets, newWeights)
    }

    /// The index of an actor id, by binary search over the sorted ids.
    public func index(of id: String) -> Int? {
        var low = 0, high = ids.count
        while low < high {
            let mid = (low + high) / 2
            if ids[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low < ids.count && ids[low] == id ? low : nil
    }

    /// The undirected simple graph on the same nodes: the view components, articulation points and
    /// bridges are defined on, whatever view this graph is.
    public func undirectedSimple() -> CompactGraph {
        if !view.directed && !view.weighted { return self }
        var arcs: [(Int, Int, Double)] = []
        arcs.reserveCapacity(mutualTargets.count)
        for u in 0..<nodeCount {
            for e in mutualOffsets[u]..<mutualOffsets[u + 1] { arcs.append((u, mutualTargets[e], 1)) }
        }
        return CompactGraph(ids: ids, arcs: arcs, view: .undirected)
    }
}
