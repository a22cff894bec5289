import NetworkModel

extension CoordinatorLoad {
    /// The load of `init(network:)`, searched from sixteen actors of one sector at a time with the
    /// multi-source BFS betweenness uses (`MultiSourceLevelSearch`): per node, the sixteen sources'
    /// path counts σ and coordinator-avoiding path counts side by side in a `SIMD16<Double>`, σ
    /// pushed one level deeper while the search reads a level's arcs (`PathPushing`, as betweenness
    /// does), the avoiding counts in a pass of their own along the shortest-path arcs the search
    /// kept, with their lanes (`countAvoidingPaths`). At 10,000 actors the one-source-at-a-time
    /// definition, which stays the oracle, ran 6,000 searches and was nearly all of `brokerage`.
    ///
    /// A coordinator passes avoiding paths on only in the lane where it is the source (`passable`
    /// of the definition; `passing` holds those lanes per node). Counts are integers, exact in any
    /// order of addition while they stay below 2⁵³ (in the networks this is written for, by far;
    /// a large grid's path counts pass it, and then the last bits depend on the order).
    ///
    /// Sources are batched in breadth-first order (`BreadthFirstOrder`, on the graph renumbered so):
    /// sixteen sources near each other see most nodes at fewer distinct distances, so a batch reads
    /// fewer arcs, and the rows it reads lie near each other in memory.
    ///
    /// Batches run on every core: each batch tallies its own pairs (`PairTally`, lanes in source
    /// order, then targets ascending) on the worker that searched it, and the tallies are added on
    /// one thread in batch order, so the result is the same bits whatever the number of workers.
    /// (Folding every pair on one thread after each round of batches was a tenth of `brokerage`
    /// at 10,000 actors, and its buffer of σ per pair 8 MB.) Every count equals
    /// `init(network:)`'s; the share and the path sums, added in another order than the
    /// definition's, agree with it to about 1e-16 relative.
    ///
    /// The searches start from the smaller of the two sectors (`side` overrides, for tests): a
    /// pair's shortest paths, reversed, are the shortest paths from its other end with the same
    /// actors inside, so σ, σ_C and connectedness are the same from either end (the same bits
    /// while counts stay below 2⁵³). A coordinator
    /// source passes its own paths on from either side, as an end of the pair. In a city network
    /// most actors are civil society (at 10,000 benchmark actors 8,000 against 1,450 public ones),
    /// so this runs about a fifth of the searches.
    static func batched(network: Network, workers: Int = ParallelSources.defaultWorkers,
                        searchingFrom side: Sector? = nil) -> CoordinatorLoad {
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
        let civilSocietyCount = sectors.count(where: { $0 == .civilSociety }), publicCount = sectors.count(where: { $0 == .public })
        let from = side ?? (publicCount < civilSocietyCount ? .public : .civilSociety)
        let to: Sector = from == .public ? .civilSociety : .public
        let sources = (0..<n).filter { sectors[$0] == from }
        let targets = (0..<n).filter { actors[graph.ids[$0]]?.sector == to }.map { Int(renumbering.position[$0]) }
        let isCoordinator = ids.map { actors[$0]?.coordinator ?? false }
        let laneCount = MultiSourceLevelSearch<Betweenness.BatchMask>.laneCount
        let batchCount = (sources.count + laneCount - 1) / laneCount
        // One tally per batch, written by whichever worker runs the batch.
        let tallies = SharedBuffer(count: batchCount, repeating: PairTally())
        ParallelSources.run(tasks: batchCount, workers: workers) { tasks in
            let workspace = LoadBatchWorkspace(n: n, isCoordinator: isCoordinator)
            for task in tasks {
                let first = task * laneCount
                let batch = sources[first..<min(first + laneCount, sources.count)]
                tallies[task] = workspace.tally(batch: batch, adjacency: adjacency, targets: targets)
            }
        }
        var tally = PairTally()
        for batch in 0..<batchCount { tally.add(tallies[batch]) }
        return CoordinatorLoad(coordinators: network.coordinators.map(\.id).sorted(), tally: tally)
    }
}

/// One worker's search and per-node buffers for the coordinators' load, allocated once per worker.
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

    /// Searches from the batch's sources and tallies its pairs, lane by lane (sources in batch
    /// order) and target by target; leaves the buffers as it found them.
    func tally(batch: ArraySlice<Int>, adjacency: Adjacency32, targets: [Int]) -> CoordinatorLoad.PairTally {
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
        var tally = CoordinatorLoad.PairTally()
        for j in 0..<batch.count {
            // σ ≥ 1 exactly where lane j reached t; t ≠ s, as sectors differ.
            for t in targets { tally.add(paths: sigma[t][j], avoiding: avoid[t][j]) }
        }
        for s in batch where isCoordinator[s] { passing[s] = 0 }
        for r in 0..<search.reachedCount {
            let v = Int(search.reached[r])
            sigma[v] = .zero
            avoid[v] = .zero
        }
        return tally
    }
}

extension CoordinatorLoad {
    /// The coordinator-avoiding path counts of a batch, after the search: for each level L ≥ 0
    /// ascending, every entry pushes its count along the shortest-path arcs the search kept, in
    /// the lanes where the arc leads one level deeper and the entry passes avoiding paths on. The
    /// entry's count in its own lanes is final by then (only arcs from level L - 1 add to it).
    /// Counts are integers, below 2⁵³ exact in any order of addition. A pass of its
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
