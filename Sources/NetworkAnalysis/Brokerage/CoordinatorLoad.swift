import NetworkModel

/// How much of the contact between civil society and the public sector depends on the
/// coordinators: if most shortest paths between an association and an office pass through the
/// commissioner, the commissioner is the network's bottleneck, whatever the organigram says.
///
/// Definition. On the undirected simple view, take every unordered pair {s, t} with one actor in
/// the civil-society sector and the other in the public sector (private actors take no part) that
/// are connected. For each pair let σ(s, t) be the number of shortest s–t paths and σ_C(s, t) the
/// number of those with at least one coordinator strictly inside (the endpoints do not count, as in
/// betweenness with `endpoints=False`; a coordinator may itself be an endpoint, and then only other
/// coordinators inside the path count). The load is
///
///     load = (1 / P) · Σ_{pairs} σ_C(s, t) / σ(s, t),
///
/// the betweenness of the coordinators taken as one group (Everett and Borgatti 1999, "The
/// centrality of groups and classes", J. Math. Sociol. 23(3), doi:10.1080/0022250X.1999.9990219),
/// restricted to cross-sector pairs and divided by the number P of connected cross-sector pairs, so
/// that it reads as a share between 0 and 1. Adjacent pairs have no inside and contribute 0.
///
/// What the share is, and is not: the *mean over pairs* of each pair's fraction of shortest paths
/// through a coordinator, every pair weighing the same. It is not the fraction of all shortest
/// paths pooled together (Σ σ_C / Σ σ), where a pair with ten equally short routes would count ten
/// times as much as a pair with one; for that reason sentences call it "on average per pair" and
/// give the pooled count beside it (`shortestPathsThroughCoordinators` of `shortestPaths`): with
/// pairs of 1 and 1 path through the coordinator and 8 other paths over a third pair, the mean is
/// (1 + 1 + 0) / 3 ≈ 67% while 2 of 10 paths (20%) pass through it.
/// σ_C is σ minus the paths that avoid every coordinator inside, counted on the same shortest-path
/// DAG with coordinators other than the source blocked.
///
/// Complexity: O(n_cs · (n + m)) for n_cs civil-society actors, as defined here; `batched`, which
/// `brokerage` runs, searches from the smaller of the two sectors, sixteen sources at a time.
public struct CoordinatorLoad: Sendable, Equatable {
    /// Coordinator ids, sorted.
    public var coordinators: [String]
    /// Connected cross-sector pairs: the denominator P.
    public var pairs: Int
    /// Cross-sector pairs with no path at all; they are outside the share.
    public var disconnectedPairs: Int
    /// Pairs every shortest path of which passes through a coordinator.
    public var pairsOnlyThroughCoordinators: Int
    /// Pairs some but not all shortest paths of which pass through a coordinator.
    public var pairsPartlyThroughCoordinators: Int
    /// The load defined above, the mean over pairs; `nil` when there is no connected cross-sector pair.
    public var share: Double?
    /// All shortest paths of the connected cross-sector pairs, counted together (a double: path
    /// counts grow exponentially with the length of a grid).
    public var shortestPaths: Double
    /// How many of those have a coordinator strictly inside.
    public var shortestPathsThroughCoordinators: Double

    public init(coordinators: [String], pairs: Int, disconnectedPairs: Int, pairsOnlyThroughCoordinators: Int,
                pairsPartlyThroughCoordinators: Int, share: Double?, shortestPaths: Double = 0,
                shortestPathsThroughCoordinators: Double = 0) {
        self.coordinators = coordinators
        self.pairs = pairs
        self.disconnectedPairs = disconnectedPairs
        self.pairsOnlyThroughCoordinators = pairsOnlyThroughCoordinators
        self.pairsPartlyThroughCoordinators = pairsPartlyThroughCoordinators
        self.share = share
        self.shortestPaths = shortestPaths
        self.shortestPathsThroughCoordinators = shortestPathsThroughCoordinators
    }

    public init(network: Network) {
        let graph = CompactGraph(network: network, view: .undirected)
        let actors = Dictionary(network.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sectors = graph.ids.map { actors[$0]?.sector }
        let isCoordinator = graph.ids.map { actors[$0]?.coordinator ?? false }
        let n = graph.nodeCount
        var tally = PairTally()
        var distance = [Int](repeating: -1, count: n)
        var sigma = [Double](repeating: 0, count: n)
        var avoiding = [Double](repeating: 0, count: n)
        var queue: [Int] = []
        queue.reserveCapacity(n)
        for s in 0..<n where sectors[s] == .civilSociety {
            for v in queue { distance[v] = -1; sigma[v] = 0; avoiding[v] = 0 }
            queue.removeAll(keepingCapacity: true)
            distance[s] = 0; sigma[s] = 1; avoiding[s] = 1
            queue.append(s)
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                // Paths may leave v towards the target only if v is the source or not a coordinator.
                let passable = v == s || !isCoordinator[v]
                for e in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
                    let w = graph.outTargets[e]
                    if distance[w] < 0 {
                        distance[w] = distance[v] + 1
                        queue.append(w)
                    }
                    if distance[w] == distance[v] + 1 {
                        sigma[w] += sigma[v]
                        if passable { avoiding[w] += avoiding[v] }
                    }
                }
            }
            for t in 0..<n where sectors[t] == .public && t != s {
                tally.add(paths: sigma[t], avoiding: avoiding[t])
            }
        }
        self.init(coordinators: network.coordinators.map(\.id).sorted(), tally: tally)
    }
}

extension CoordinatorLoad {
    init(coordinators: [String], tally: PairTally) {
        self.init(coordinators: coordinators, pairs: tally.pairs, disconnectedPairs: tally.disconnected,
                  pairsOnlyThroughCoordinators: tally.only, pairsPartlyThroughCoordinators: tally.partly,
                  share: tally.pairs > 0 ? tally.sum / Double(tally.pairs) : nil, shortestPaths: tally.paths,
                  shortestPathsThroughCoordinators: tally.pathsThrough)
    }

    /// The sums over cross-sector pairs that the load is made of, pair by pair: one place for what
    /// a pair adds, shared by the definition and the batched search, whose batches each keep a
    /// tally of their own that are then added in batch order. The sums of fractions and of path
    /// counts are compensated (`CompensatedSum`): at 10,000 actors they run over millions of pairs,
    /// where a plain running sum drifted by 3e-12 relative with the order of the pairs.
    struct PairTally: Sendable {
        var pairs = 0, disconnected = 0, only = 0, partly = 0
        private(set) var fractions = CompensatedSum(), allPaths = CompensatedSum(), pathsThroughCoordinators = CompensatedSum()

        var sum: Double { fractions.value }
        var paths: Double { allPaths.value }
        var pathsThrough: Double { pathsThroughCoordinators.value }

        /// A pair with `paths` shortest paths (0: not connected), `avoiding` of which pass no
        /// coordinator inside.
        @inline(__always)
        mutating func add(paths pairPaths: Double, avoiding: Double) {
            guard pairPaths > 0 else { disconnected += 1; return }
            pairs += 1
            let through = (pairPaths - avoiding) / pairPaths
            fractions.add(through)
            allPaths.add(pairPaths)
            pathsThroughCoordinators.add(pairPaths - avoiding)
            if avoiding == 0 { only += 1 } else if through > 0 { partly += 1 }
        }

        mutating func add(_ other: PairTally) {
            pairs += other.pairs; disconnected += other.disconnected; only += other.only; partly += other.partly
            fractions.add(other.fractions)
            allPaths.add(other.allPaths)
            pathsThroughCoordinators.add(other.pathsThroughCoordinators)
        }
    }
}
