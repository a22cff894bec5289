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
    /// the definition; `passing` holds those lanes per node).
    ///
    /// Sources are batched in breadth-first order (`BreadthFirstOrder`, on the graph renumbered so):
    /// sixteen sources near each other see most nodes at fewer distinct distances, so a batch reads
    /// fewer arcs, and the rows it reads lie near each other in memory.
    ///
    /// Batches run on every core, a round of them at a time: each batch writes its pairs' σ and
    /// avoiding counts to its own region, and the pairs are then folded into the share on one
    /// thread in batch order (sources in breadth-first order, then targets ascending), so the
    /// result is the same bits whatever the number of workers. Every count equals `init(network:)`'s;
    /// the share and the path sums, added in another order than the definition's, agree with it to
    /// about 1e-16 relative.
    static func batched(network: Network, workers: Int = ParallelSources.defaultWorkers) -> CoordinatorLoad {
        let graph = CompactGraph(network: network, view: .undirected)
        guard let given = Adjacency32(offsets: graph.outOffsets, targets: graph.outTargets) else {
            return CoordinatorLoad(network: network)
        }
        let actors = Dictionary(network.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let n = graph.nodeCount
        // The search runs on the graph renumbered breadth-first: sources near each other share a
        // batch, and their rows sit near each other in memory. Targets keep their order by id.
        let renumbering = BreadthFirstOrder(given)
        let adjacency = renumbering.renumber(given)
        let ids = renumbering.original.map { graph.ids[Int($0)] }
        let sectors = ids.map { actors[$0]?.sector }
        let sources = (0..<n).filter { sectors[$0] == .civilSociety }
        let targets = (0..<n).filter { actors[graph.ids[$0]]?.sector == .public }.map { Int(renumbering.position[$0]) }
        let isCoordinator = ids.map { actors[$0]?.coordinator ?? false }
        let laneCount = MultiSourceLevelSearch<Betweenness.BatchMask>.laneCount
        let batchCount = (sources.count + laneCount - 1) / laneCount
        // Per batch, lane by lane and target by target: σ, then the avoiding count (σ = 0: not reached).
        let batchStride = laneCount * targets.count * 2
        let roundSize = max(1, min(batchCount, 8 * max(1, workers)))
        let counts = SharedDoubles(count: roundSize * batchStride)
        var pairs = 0, disconnected = 0, only = 0, partly = 0
        var sum = 0.0
        var paths = 0.0, pathsThrough = 0.0
        for roundStart in stride(from: 0, to: batchCount, by: roundSize) {
            let roundBatches = min(roundSize, batchCount - roundStart)
            ParallelSources.run(tasks: roundBatches, workers: workers) { tasks in
                let workspace = LoadBatchWorkspace(n: n, isCoordinator: isCoordinator)
                for task in tasks {
                    let first = (roundStart + task) * laneCount
                    let batch = sources[first..<min(first + laneCount, sources.count)]
                    workspace.count(batch: batch, adjacency: adjacency, targets: targets,
                                    into: counts.pointer, at: task * batchStride)
                }
            }
            for task in 0..<roundBatches {
                let first = (roundStart + task) * laneCount
                let lanes = min(laneCount, sources.count - first)
                for j in 0..<lanes {
                    var index = task * batchStride + j * targets.count * 2
                    for _ in targets {
                        // σ ≥ 1 exactly where lane j reached t; t ≠ s, as sectors differ.
                        let st = counts[index], at = counts[index + 1]
                        index += 2
                        guard st > 0 else { disconnected += 1; continue }
                        pairs += 1
                        let through = (st - at) / st
                        sum += through
                        paths += st
                        pathsThrough += st - at
                        if at == 0 { only += 1 } else if through > 0 { partly += 1 }
                    }
                }
            }
        }
        return CoordinatorLoad(coordinators: network.coordinators.map(\.id).sorted(), pairs: pairs,
                               disconnectedPairs: disconnected, pairsOnlyThroughCoordinators: only,
                               pairsPartlyThroughCoordinators: partly, share: pairs > 0 ? sum / Double(pairs) : nil,
                               shortestPaths: paths, shortestPathsThroughCoordinators: pathsThrough)
    }
}

/// One worker's search and per-node buffers for the coordinators' load, allocated once per round.
final class LoadBatchWorkspace {
    typealias Lanes = Betweenness.BatchLanes
    typealias Mask = Betweenness.BatchMask
    let search: MultiSourceLevelSearch<Mask>
    let sigma, avoid, sigmaSums, avoidSums: UnsafeMutableBufferPointer<Lanes>
    let isCoordinator: [Bool]
    /// The lanes a node passes avoiding paths on in: all for others, its own source lane for a coordinator.
    let passing: UnsafeMutableBufferPointer<Mask>
    let laneMasks = LaneMasks()

    init(n: Int, isCoordinator: [Bool]) {
        let size = max(n, 1)
        search = MultiSourceLevelSearch<Mask>(n: n)
        sigma = .allocate(capacity: size)
        avoid = .allocate(capacity: size)
        sigmaSums = .allocate(capacity: size)
        avoidSums = .allocate(capacity: size)
        for buffer in [sigma, avoid, sigmaSums, avoidSums] { buffer.initialize(repeating: .zero) }
        passing = .allocate(capacity: size)
        passing.initialize(repeating: Mask.max)
        self.isCoordinator = isCoordinator
        for v in 0..<n where isCoordinator[v] { passing[v] = 0 }
    }

    deinit {
        for buffer in [sigma, avoid, sigmaSums, avoidSums] { buffer.deallocate() }
        passing.deallocate()
    }

    /// Searches from the batch's sources and writes, lane by lane and target by target, σ and the
    /// coordinator-avoiding count to `out`; leaves the buffers as it found them.
    func count(batch: ArraySlice<Int>, adjacency: Adjacency32, targets: [Int], into out: UnsafeMutableBufferPointer<Double>,
               at offset: Int) {
        for (j, s) in batch.enumerated() {
            sigma[s][j] = 1
            avoid[s][j] = 1
            if isCoordinator[s] { passing[s] = Mask(1) << j }
        }
        var counting = PathCounting(sigma: sigma, sums: sigmaSums, laneMasks: laneMasks)
        search.run(sources: batch, along: adjacency, visiting: &counting)
        CoordinatorLoad.countAvoidingPaths(search, adjacency: adjacency, avoid: avoid, sums: avoidSums, passing: passing,
                                           laneMasks: laneMasks)
        let laneStride = targets.count * 2
        for (k, t) in targets.enumerated() {
            let paths = sigma[t], avoiding = avoid[t]
            for j in 0..<batch.count {
                out[offset + j * laneStride + 2 * k] = paths[j]
                out[offset + j * laneStride + 2 * k + 1] = avoiding[j]
            }
        }
        for s in batch where isCoordinator[s] { passing[s] = 0 }
        for r in 0..<search.reachedCount {
            let v = Int(search.reached[r])
            sigma[v] = .zero
            avoid[v] = .zero
        }
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
