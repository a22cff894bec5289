import NetworkModel

extension CoordinatorLoad {
    /// The load of `init(network:)`, searched from sixteen civil-society actors at a time with the
    /// multi-source BFS betweenness uses (`MultiSourceLevelSearch`): per node, the sixteen sources'
    /// path counts σ and coordinator-avoiding path counts side by side in a `SIMD16<Double>`, σ
    /// summed while the search reads a level's arcs (`PathCounting`), the avoiding counts in a pass
    /// of their own (`countAvoidingPaths`). At 10,000 actors the one-source-at-a-time
    /// definition, which stays the oracle, ran 6,000 searches and was nearly all of `brokerage`.
    ///
    /// Both counts are pulled over *all* neighbours of a level-L node, as `PathCounting` does:
    /// in an undirected BFS the neighbours lie at L - 1, L or L + 1, and a lane of a node is
    /// written only after its whole level is summed, so only level L - 1 adds anything. A
    /// coordinator passes avoiding paths on only in the lane where it is the source (`passable` of
    /// the definition; `passing` holds those lanes per node). Counts are integers, exact in doubles below 2⁵³ in any order, and the
    /// pairs are folded into the share in the definition's order (source ascending, then target),
    /// so the result equals `init(network:)` bit for bit. One core: the fold is one running sum.
    static func batched(network: Network) -> CoordinatorLoad {
        let graph = CompactGraph(network: network, view: .undirected)
        guard let adjacency = Adjacency32(offsets: graph.outOffsets, targets: graph.outTargets) else {
            return CoordinatorLoad(network: network)
        }
        let actors = Dictionary(network.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let n = graph.nodeCount
        let sectors = graph.ids.map { actors[$0]?.sector }
        let sources = (0..<n).filter { sectors[$0] == .civilSociety }
        let targets = (0..<n).filter { sectors[$0] == .public }
        typealias Lanes = Betweenness.BatchLanes
        let laneCount = MultiSourceLevelSearch<Betweenness.BatchMask>.laneCount
        let size = max(n, 1)
        let search = MultiSourceLevelSearch<Betweenness.BatchMask>(n: n)
        let sigma = UnsafeMutableBufferPointer<Lanes>.allocate(capacity: size)
        let avoid = UnsafeMutableBufferPointer<Lanes>.allocate(capacity: size)
        let sigmaSums = UnsafeMutableBufferPointer<Lanes>.allocate(capacity: size)
        let avoidSums = UnsafeMutableBufferPointer<Lanes>.allocate(capacity: size)
        let blocked = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: size)
        // The lanes a node passes avoiding paths on in: all for others, its own source lane for a coordinator.
        let passing = UnsafeMutableBufferPointer<Betweenness.BatchMask>.allocate(capacity: size)
        for buffer in [sigma, avoid, sigmaSums, avoidSums] { buffer.initialize(repeating: .zero) }
        blocked.initialize(repeating: 0)
        passing.initialize(repeating: Betweenness.BatchMask.max)
        defer {
            for buffer in [sigma, avoid, sigmaSums, avoidSums] { buffer.deallocate() }
            blocked.deallocate(); passing.deallocate()
        }
        for (v, id) in graph.ids.enumerated() where actors[id]?.coordinator ?? false {
            blocked[v] = 1
            passing[v] = 0
        }
        let laneMasks = LaneMasks()
        var pairs = 0, disconnected = 0, only = 0, partly = 0
        var sum = 0.0
        var paths = 0.0, pathsThrough = 0.0
        for batchStart in stride(from: 0, to: sources.count, by: laneCount) {
            let batch = sources[batchStart..<min(batchStart + laneCount, sources.count)]
            for (j, s) in batch.enumerated() {
                sigma[s][j] = 1
                avoid[s][j] = 1
                if blocked[s] != 0 { passing[s] = Betweenness.BatchMask(1) << j }
            }
            var counting = PathCounting(sigma: sigma, sums: sigmaSums, laneMasks: laneMasks)
            search.run(sources: batch, along: adjacency, visiting: &counting)
            countAvoidingPaths(search, adjacency: adjacency, avoid: avoid, sums: avoidSums, passing: passing,
                               laneMasks: laneMasks)
            for j in 0..<batch.count {
                for t in targets {
                    // σ ≥ 1 exactly where lane j reached t; t ≠ s, as sectors differ.
                    let st = sigma[t][j]
                    guard st > 0 else { disconnected += 1; continue }
                    let at = avoid[t][j]
                    pairs += 1
                    let through = (st - at) / st
                    sum += through
                    paths += st
                    pathsThrough += st - at
                    if at == 0 { only += 1 } else if through > 0 { partly += 1 }
                }
            }
            for s in batch where blocked[s] != 0 { passing[s] = 0 }
            for r in 0..<search.reachedCount {
                let v = Int(search.reached[r])
                sigma[v] = .zero
                avoid[v] = .zero
            }
        }
        return CoordinatorLoad(coordinators: network.coordinators.map(\.id).sorted(), pairs: pairs,
                               disconnectedPairs: disconnected, pairsOnlyThroughCoordinators: only,
                               pairsPartlyThroughCoordinators: partly, share: pairs > 0 ? sum / Double(pairs) : nil,
                               shortestPaths: paths, shortestPathsThroughCoordinators: pathsThrough)
    }
}

extension CoordinatorLoad {
    /// The coordinator-avoiding path counts of a batch, after the search: for each level L ≥ 1
    /// ascending, every entry's sum over all neighbours of their counts in the lanes they pass
    /// paths on in, written to the entry's lanes once the level is summed. A pass of its own
    /// rather than a second sum in the search's visitor: two sixteen-lane sums at once need more
    /// vector registers than SSE2 has, and spilling them made the fused loop slower than two.
    static func countAvoidingPaths(_ search: MultiSourceLevelSearch<Betweenness.BatchMask>, adjacency: Adjacency32,
                                   avoid: UnsafeMutableBufferPointer<Betweenness.BatchLanes>,
                                   sums: UnsafeMutableBufferPointer<Betweenness.BatchLanes>,
                                   passing: UnsafeMutableBufferPointer<Betweenness.BatchMask>, laneMasks: LaneMasks) {
        let order = search.order, masks = search.masks, levelStart = search.levelStart
        let offsets = adjacency.offsets, targets = adjacency.targets
        var level = 1
        while level < search.levelCount {
            let start = levelStart[level], end = levelStart[level + 1]
            for i in start..<end {
                var sum = Betweenness.BatchLanes.zero
                let v = Int(order[i])
                var e = Int(offsets[v])
                let stop = Int(offsets[v + 1])
                while e < stop {
                    let w = Int(targets[e])
                    let lanes = passing[w]
                    if lanes == Betweenness.BatchMask.max {
                        sum += avoid[w]
                    } else if lanes != 0 {
                        sum += laneMasks.keep(avoid[w], in: lanes)
                    }
                    e += 1
                }
                sums[i - start] = sum
            }
            for i in start..<end {
                avoid[Int(order[i])] += laneMasks.keep(sums[i - start], in: masks[i])
            }
            level += 1
        }
    }
}
