import NetworkModel

extension CoordinatorLoad {
    /// The load of `init(network:)`, searched from sixteen civil-society actors at a time with the
    /// multi-source BFS betweenness uses (`MultiSourceLevelSearch`): per node, the sixteen sources'
    /// path counts σ and coordinator-avoiding path counts side by side in a `SIMD16<Double>`, σ
    /// pushed one level deeper while the search reads a level's arcs (`PathPushing`, as betweenness
    /// does), the avoiding counts in a pass of their own along the shortest-path arcs the search
    /// kept, with their lanes (`countAvoidingPaths`). At 10,000 actors the one-source-at-a-time
    /// definition, which stays the oracle, ran 6,000 searches and was nearly all of `brokerage`.
    ///
    /// A coordinator passes avoiding paths on only in the lane where it is the source (`passable`
    /// of the definition; `passing` holds those lanes per node). All counts are integers below
    /// 2⁵³, exact in any order of addition.
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
    let sigma, avoid: UnsafeMutableBufferPointer<Lanes>
    let isCoordinator: [Bool]
    /// The lanes a node passes avoiding paths on in: all for others, its own source lane for a coordinator.
    let passing: UnsafeMutableBufferPointer<Mask>
    let laneMasks = LaneMasks()
    /// The batch's shortest-path arcs, kept by the search for the avoiding counts.
    var arcs: BatchShortestPathArcs

    init(n: Int, isCoordinator: [Bool]) {
        let size = max(n, 1)
        search = MultiSourceLevelSearch<Mask>(n: n)
        sigma = .allocate(capacity: size)
        avoid = .allocate(capacity: size)
        for buffer in [sigma, avoid] { buffer.initialize(repeating: .zero) }
        passing = .allocate(capacity: size)
        passing.initialize(repeating: Mask.max)
        self.isCoordinator = isCoordinator
        for v in 0..<n where isCoordinator[v] { passing[v] = 0 }
        arcs = BatchShortestPathArcs(arcCapacity: 4 * size, entryCapacity: 4 * size)
    }

    deinit {
        for buffer in [sigma, avoid] { buffer.deallocate() }
        passing.deallocate()
        arcs.deallocate()
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
        arcs.removeAll()
        var counting = PathPushing<KeepTargetsAndLanes>(sigma: sigma, seen: search.seen, laneMasks: laneMasks, arcs: arcs)
        search.run(sources: batch, along: adjacency, visiting: &counting)
        arcs = counting.arcs
        CoordinatorLoad.countAvoidingPaths(search, arcs: arcs, avoid: avoid, passing: passing, laneMasks: laneMasks)
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
    /// The coordinator-avoiding path counts of a batch, after the search: for each level L ≥ 0
    /// ascending, every entry pushes its count along the shortest-path arcs the search kept, in
    /// the lanes where the arc leads one level deeper and the entry passes avoiding paths on. The
    /// entry's count in its own lanes is final by then (only arcs from level L - 1 add to it).
    /// Counts are integers below 2⁵³, so the order of the additions changes no bit. A pass of its
    /// own rather than a second sum in the search's visitor: two sixteen-lane sums at once need
    /// more vector registers than SSE2 has, and spilling them made the fused loop slower than two.
    static func countAvoidingPaths(_ search: MultiSourceLevelSearch<Betweenness.BatchMask>, arcs: BatchShortestPathArcs,
                                   avoid: UnsafeMutableBufferPointer<Betweenness.BatchLanes>,
                                   passing: UnsafeMutableBufferPointer<Betweenness.BatchMask>, laneMasks: LaneMasks) {
        let order = search.order
        let targets = arcs.targets, fresh = arcs.lanes
        for i in 0..<search.entryCount {
            let u = Int(order[i])
            let pass = passing[u]
            guard pass != 0 else { continue }
            let count = avoid[u]
            for e in arcs.arcs(ofEntry: i) {
                let lanes = fresh[e] & pass
                if lanes != 0 { avoid[Int(targets[e])] += laneMasks.keep(count, in: lanes) }
            }
        }
    }
}
