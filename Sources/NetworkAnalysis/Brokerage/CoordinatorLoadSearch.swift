import NetworkModel

extension CoordinatorLoad {
    /// The load of `init(network:)`, searched from sixteen civil-society actors at a time with the
    /// multi-source BFS betweenness uses (`MultiSourceLevelSearch`): per node, the sixteen sources'
    /// path counts σ and coordinator-avoiding path counts side by side in a `SIMD16<Double>`, both
    /// summed while the search reads a level's arcs. At 10,000 actors the one-source-at-a-time
    /// definition, which stays the oracle, ran 6,000 searches and was nearly all of `brokerage`.
    ///
    /// Both counts are pulled over *all* neighbours of a level-L node, as `PathCounting` does:
    /// in an undirected BFS the neighbours lie at L - 1, L or L + 1, and a lane of a node is
    /// written only after its whole level is summed, so only level L - 1 adds anything. A
    /// coordinator passes avoiding paths on only in the lane where it is the source (`passable` of
    /// the definition). Counts are integers, exact in doubles below 2⁵³ in any order, and the
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
        let sourceLane = UnsafeMutableBufferPointer<Int8>.allocate(capacity: size)
        for buffer in [sigma, avoid, sigmaSums, avoidSums] { buffer.initialize(repeating: .zero) }
        blocked.initialize(repeating: 0)
        sourceLane.initialize(repeating: -1)
        defer {
            for buffer in [sigma, avoid, sigmaSums, avoidSums] { buffer.deallocate() }
            blocked.deallocate(); sourceLane.deallocate()
        }
        for (v, id) in graph.ids.enumerated() where actors[id]?.coordinator ?? false { blocked[v] = 1 }
        let laneMasks = LaneMasks()
        var pairs = 0, disconnected = 0, only = 0, partly = 0
        var sum = 0.0
        var paths = 0.0, pathsThrough = 0.0
        for batchStart in stride(from: 0, to: sources.count, by: laneCount) {
            let batch = sources[batchStart..<min(batchStart + laneCount, sources.count)]
            for (j, s) in batch.enumerated() {
                sigma[s][j] = 1
                avoid[s][j] = 1
                sourceLane[s] = Int8(j)
            }
            var counting = AvoidingPathCounting(sigma: sigma, avoid: avoid, sigmaSums: sigmaSums, avoidSums: avoidSums,
                                                blocked: blocked, sourceLane: sourceLane, laneMasks: laneMasks)
            search.run(sources: batch, along: adjacency, visiting: &counting)
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
            for s in batch { sourceLane[s] = -1 }
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

/// σ and the coordinator-avoiding path counts of `CoordinatorLoad.batched`, summed while the
/// search reads each level's arcs and written to the entries' lanes once the level is summed.
struct AvoidingPathCounting: LevelArcVisitor {
    typealias Mask = Betweenness.BatchMask
    let sigma: UnsafeMutableBufferPointer<Betweenness.BatchLanes>
    let avoid: UnsafeMutableBufferPointer<Betweenness.BatchLanes>
    let sigmaSums: UnsafeMutableBufferPointer<Betweenness.BatchLanes>
    let avoidSums: UnsafeMutableBufferPointer<Betweenness.BatchLanes>
    /// 1 for coordinators, which pass avoiding paths on only as their own lane's source.
    let blocked: UnsafeMutableBufferPointer<UInt8>
    /// The lane a node is the source of in this batch, or -1.
    let sourceLane: UnsafeMutableBufferPointer<Int8>
    let laneMasks: LaneMasks
    var sum = Betweenness.BatchLanes.zero
    var avoiding = Betweenness.BatchLanes.zero

    @inline(__always) mutating func startEntry() { sum = .zero; avoiding = .zero }

    @inline(__always) mutating func visit(_ w: Int) {
        sum += sigma[w]
        if blocked[w] == 0 {
            avoiding += avoid[w]
        } else {
            let lane = Int(sourceLane[w])
            if lane >= 0 { avoiding[lane] += avoid[w][lane] }
        }
    }

    @inline(__always) mutating func finishEntry(_ k: Int) {
        sigmaSums[k] = sum
        avoidSums[k] = avoiding
    }

    @inline(__always)
    mutating func finishLevel(_ level: Int, entries: Range<Int>, order: UnsafeMutableBufferPointer<Int32>,
                              masks: UnsafeMutableBufferPointer<Mask>) {
        guard level > 0 else { return }
        for i in entries {
            let v = Int(order[i])
            let lanes = laneMasks[masks[i]]
            let k = i - entries.lowerBound
            sigma[v] += LaneMasks.keep(sigmaSums[k], in: lanes)
            avoid[v] += LaneMasks.keep(avoidSums[k], in: lanes)
        }
    }
}
