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
/// σ_C is σ minus the paths that avoid every coordinator inside, counted on the same shortest-path
/// DAG with coordinators other than the source blocked.
///
/// Complexity: O(n_cs · (n + m)) for n_cs civil-society actors.
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
    /// The load defined above; `nil` when there is no connected cross-sector pair.
    public var share: Double?

    public init(coordinators: [String], pairs: Int, disconnectedPairs: Int, pairsOnlyThroughCoordinators: Int,
                pairsPartlyThroughCoordinators: Int, share: Double?) {
        self.coordinators = coordinators
        self.pairs = pairs
        self.disconnectedPairs = disconnectedPairs
        self.pairsOnlyThroughCoordinators = pairsOnlyThroughCoordinators
        self.pairsPartlyThroughCoordinators = pairsPartlyThroughCoordinators
        self.share = share
    }

    public init(network: Network) {
        let graph = CompactGraph(network: network, view: .undirected)
        let actors = Dictionary(network.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sectors = graph.ids.map { actors[$0]?.sector }
        let isCoordinator = graph.ids.map { actors[$0]?.coordinator ?? false }
        let n = graph.nodeCount
        var pairs = 0, disconnected = 0, only = 0, partly = 0
        var sum = 0.0
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
                guard distance[t] > 0 else { disconnected += 1; continue }
                pairs += 1
                let through = (sigma[t] - avoiding[t]) / sigma[t]
                sum += through
                if avoiding[t] == 0 { only += 1 } else if through > 0 { partly += 1 }
            }
        }
        self.init(coordinators: network.coordinators.map(\.id).sorted(), pairs: pairs, disconnectedPairs: disconnected,
                  pairsOnlyThroughCoordinators: only, pairsPartlyThroughCoordinators: partly,
                  share: pairs > 0 ? sum / Double(pairs) : nil)
    }
}
