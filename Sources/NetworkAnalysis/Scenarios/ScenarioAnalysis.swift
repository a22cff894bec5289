import NetworkModel

public enum ScenarioAnalysis {
    /// Removes `ids` from `network` and compares. `before` and `beforeGaps` may be passed in when
    /// many scenarios are run on the same network.
    ///
    /// This is the plain form, one whole gap analysis per scenario; it is the oracle the faster
    /// `--remove-each` is tested against.
    public static func run(_ network: Network, removing ids: Set<String>, before: GapContext? = nil,
                           beforeGaps: [Gap]? = nil, beforeCells: Set<ScenarioResult.CoverageCell>? = nil,
                           componentsBefore: Int? = nil) -> ScenarioResult {
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
        let noCoordinatorLeft = !context.coordinatorNodes.isEmpty
            && context.coordinatorNodes.allSatisfy(removedNodes.contains)

        let offeredAfter = Set(reduced.actors.flatMap { $0.offers.map(\.service) })
        let servicesLost = context.providers.keys.filter { !offeredAfter.contains($0) }.sorted()
        let required = Set(network.services.filter(\.required).map(\.id))

        let cellsBefore = beforeCells ?? CoveredCells.of(network)
        let coverageLost = cellsBefore.subtracting(CoveredCells.of(reduced)).sorted()

        let oldKeys = Set(oldGaps.map(\.key)), newKeys = Set(newGaps.map(\.key))
        let opened = newGaps.filter { !oldKeys.contains($0.key) }
        let disappeared = oldGaps.filter { !newKeys.contains($0.key) }
        let gone = GoneGaps(removed: ids, servicesLost: Set(servicesLost))
        let broken = Set(opened.filter { $0.kind == .pathwayBreak }.compactMap(\.pathway)).sorted()
        return ScenarioResult(
            network: network.title, removed: ids.sorted(), cutOff: cutOff.sorted(),
            componentsBefore: componentsBefore ?? componentCount(graph, removed: []),
            componentsAfter: componentCount(graph, removed: removedNodes),
            noCoordinatorLeft: noCoordinatorLeft, servicesLost: servicesLost,
            requiredServicesLost: servicesLost.filter(required.contains), pathwaysBroken: broken,
            coverageLost: coverageLost, capacityLost: capacityLost(network, removing: ids),
            gapsOpened: opened, gapsClosed: disappeared.filter { !gone.contains($0) },
            gapsGone: disappeared.filter(gone.contains))
    }

    /// Every actor removed on its own, most critical first (`ScenarioResult.ranksBefore`).
    /// `progress` is told after each scenario how many of how many are done.
    ///
    /// Complexity: n gap analyses, each O(a · (n + m)) for its single-point-of-failure check.
    public static func removeEachPlainly(_ network: Network,
                                         progress: ((_ done: Int, _ total: Int) -> Void)? = nil) -> [ScenarioResult] {
        let context = GapContext(network: network)
        let gaps = GapAnalysis(context: context).gaps
        let cells = CoveredCells.of(network)
        let components = componentCount(context.graph, removed: [])
        let ids = network.actors.map(\.id).sorted()
        var results: [ScenarioResult] = []
        results.reserveCapacity(ids.count)
        for id in ids {
            results.append(run(network, removing: [id], before: context, beforeGaps: gaps, beforeCells: cells,
                               componentsBefore: components))
            progress?(results.count, ids.count)
        }
        return results.sorted(by: ScenarioResult.ranksBefore)
    }

    /// `--remove-each`: the same results as `removeEachPlainly`, computed from the network's
    /// structure and spread over `workers` threads (`StructuralRemoveEach`). `progress` may be
    /// called from any of them.
    public static func removeEach(_ network: Network, workers: Int? = nil,
                                  progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) -> [ScenarioResult] {
        StructuralRemoveEach.run(network, workers: workers ?? ParallelSources.defaultWorkers, progress: progress)
    }

    /// Places per service in the removed actors' offers, for services where any is known.
    static func capacityLost(_ network: Network, removing ids: Set<String>) -> [ScenarioResult.CapacityLoss] {
        var places: [String: Int] = [:]
        for actor in network.actors where ids.contains(actor.id) {
            for offer in actor.offers {
                if let capacity = offer.capacity { places[offer.service, default: 0] += capacity }
            }
        }
        return places.keys.sorted().map { ScenarioResult.CapacityLoss(service: $0, places: places[$0] ?? 0) }
    }

    /// Connected groups among the nodes not removed (undirected; an isolated actor is a group).
    ///
    /// Complexity: O(n + m).
    static func componentCount(_ graph: CompactGraph, removed: Set<Int>) -> Int {
        var seen = [Bool](repeating: false, count: graph.nodeCount)
        for v in removed { seen[v] = true }
        var count = 0
        var stack: [Int] = []
        for start in 0..<graph.nodeCount where !seen[start] {
            count += 1
            seen[start] = true
            stack.append(start)
            while let v = stack.popLast() {
                for e in graph.mutualOffsets[v]..<graph.mutualOffsets[v + 1] {
                    let w = graph.mutualTargets[e]
                    if !seen[w] { seen[w] = true; stack.append(w) }
                }
            }
        }
        return count
    }
}

/// Which of the gaps a removal made disappear went with the loss rather than being solved.
/// Removing actors adds no offer, tie or coordinator, so a gap disappears for one of these reasons:
/// - it names a removed actor (as its actor, or among those a single point of failure cuts off);
/// - its service is now offered by nobody (its language, district and single-provider gaps fold
///   into the service being missing);
/// - an `unreachable` or `single-point-of-failure` gap: a removal gives nobody a new route to a
///   coordinator, so such a gap goes only because its actors went, were cut off by this loss
///   anyway, or no coordinator (or no second one) is left to be cut off from.
/// Anything else counts as closed, so a rule that one day lets a removal solve a gap shows it.
struct GoneGaps {
    var removed: Set<String>
    var servicesLost: Set<String>

    func contains(_ gap: Gap) -> Bool {
        if let actor = gap.actor, removed.contains(actor) { return true }
        if let service = gap.service, servicesLost.contains(service) { return true }
        return gap.kind == .unreachable || gap.kind == .singlePointOfFailure
    }
}
