import NetworkModel

/// What breaks if some actors drop out: the actors left without any coordinator, the services
/// nobody offers any more, the pathways that newly break, and every gap opened or closed.
public struct ScenarioResult: Sendable, Equatable {
    public var network: String
    /// The removed actors' ids, sorted.
    public var removed: [String]
    /// Actors (not removed) that reach a coordinator before and none after, sorted. If every
    /// coordinator is removed, that is everybody who reached one, and a `no-coordinator` gap opens.
    public var cutOff: [String]
    /// Services someone offered before and nobody after, sorted by id, required or not.
    public var servicesLost: [String]
    /// Pathways with at least one `pathway-break` opened, sorted by id.
    public var pathwaysBroken: [String]
    /// Gaps after and not before, compared by kind and ids, in gap order.
    public var gapsOpened: [Gap]
    /// Gaps before and not after, in gap order. Gaps about a removed actor close with it.
    public var gapsClosed: [Gap]

    /// How hard the loss hits, for ranking: cut off, then services lost, then gaps opened.
    public var impact: [Int] { [cutOff.count, servicesLost.count, gapsOpened.count] }
}

public enum ScenarioAnalysis {
    /// Removes `ids` from `network` and compares. `before` may be passed in when many scenarios are
    /// run on the same network.
    public static func run(_ network: Network, removing ids: Set<String>, before: GapContext? = nil,
                           beforeGaps: [Gap]? = nil) -> ScenarioResult {
        let context = before ?? GapContext(network: network)
        let oldGaps = beforeGaps ?? GapAnalysis(context: context).gaps
        let reduced = network.removing(ids)
        let newGaps = GapAnalysis.gaps(in: reduced)

        let graph = context.graph
        let removedNodes = Set(ids.compactMap(graph.index(of:)))
        let after = CoordinatorReach.reaching(graph, coordinators: context.coordinatorNodes, removed: removedNodes)
        let cutOff = graph.ids.indices
            .filter { !removedNodes.contains($0) && context.reachesCoordinator[$0] && !after[$0] }
            .map { graph.ids[$0] }

        let offeredAfter = Set(reduced.actors.flatMap { $0.offers.map(\.service) })
        let servicesLost = context.providers.keys.filter { !offeredAfter.contains($0) }.sorted()

        let oldKeys = Set(oldGaps.map(\.key)), newKeys = Set(newGaps.map(\.key))
        let opened = newGaps.filter { !oldKeys.contains($0.key) }
        let closed = oldGaps.filter { !newKeys.contains($0.key) }
        let broken = Set(opened.filter { $0.kind == .pathwayBreak }.compactMap(\.pathway)).sorted()
        return ScenarioResult(network: network.title, removed: ids.sorted(), cutOff: cutOff.sorted(),
                              servicesLost: servicesLost, pathwaysBroken: broken,
                              gapsOpened: opened, gapsClosed: closed)
    }

    /// Every actor removed on its own, most critical first: most actors cut off, then most services
    /// lost, then most gaps opened; ties by id.
    ///
    /// Complexity: n gap analyses, each O(a · (n + m)) for its single-point-of-failure check.
    public static func removeEach(_ network: Network) -> [ScenarioResult] {
        let context = GapContext(network: network)
        let gaps = GapAnalysis(context: context).gaps
        let results = network.actors.map(\.id).sorted().map { id in
            run(network, removing: [id], before: context, beforeGaps: gaps)
        }
        return results.sorted { lhs, rhs in
            if lhs.impact != rhs.impact { return lhs.impact.lexicographicallyPrecedes(rhs.impact, by: >) }
            return lhs.removed.lexicographicallyPrecedes(rhs.removed)
        }
    }
}
