/// An actor whose loss would leave others with no tie to any coordinator: everything they hear
/// from the centre, and the centre from them, passes through it.
///
/// Only articulation points can do this (removing any other actor leaves the rest connected), so
/// they are the candidates; for each, the cut-off set is computed directly rather than read from
/// the block structure, because what matters is coordinators, not components:
/// `cut_off` = actors other than the candidate that reach a coordinator now and none once the
/// candidate is gone. This answers the two awkward cases without special rules:
/// - several coordinators: a piece that still holds, or reaches, another coordinator is not cut off;
/// - the candidate is a coordinator itself: the actors that reach no *other* coordinator without
///   it are cut off.
/// - the candidate is the *only* coordinator: not reported. Without it nobody has a coordinator,
///   whether or not it is an articulation point (a leaf hanging off it is enough to make it one),
///   so listing everybody would describe the lack of a second coordinator, not a bottleneck in
///   the ties; `scenario --remove` shows that loss, with `no-coordinator` among the gaps opened.
///   This is the same choice as for `unreachable`, which stays silent when no coordinator exists.
/// Articulation points whose removal cuts nobody off (the pieces each keep a coordinator) are not
/// reported. How severe each one is, `SinglePointOfFailureSeverity` judges from what it cuts off.
///
/// Complexity: O(a · (n + m)) for a articulation points.
enum SinglePointOfFailureCheck {
    static func gaps(_ context: GapContext) -> [Gap] {
        guard !context.coordinatorNodes.isEmpty else { return [] }
        let graph = context.graph
        let points = cutStructure(graph).articulationPoints
        guard !points.isEmpty else { return [] }
        let judge = SinglePointOfFailureSeverity(context)
        return points.compactMap { point in
            guard context.coordinatorNodes.contains(where: { $0 != point }) else { return nil }
            let after = CoordinatorReach.reaching(graph, coordinators: context.coordinatorNodes, removed: [point])
            let cutOff = graph.ids.indices
                .filter { $0 != point && context.reachesCoordinator[$0] && !after[$0] }
                .map { graph.ids[$0] }
                .sorted()
            guard !cutOff.isEmpty else { return nil }
            let id = graph.ids[point]
            let count = cutOff.count == 1 ? "1 actor would" : "\(cutOff.count) actors would"
            let names = listOfNames(cutOff.map(context.actorName))
            return Gap(kind: .singlePointOfFailure, actor: id, cutOff: cutOff,
                       severity: judge.severity(cuttingOff: cutOff),
                       message: "If \(context.actorName(id)) dropped out, \(count) lose every tie to a coordinator: \(names)")
        }
    }
}
