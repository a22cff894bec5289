/// An actor with no path, over ties of any type and direction, to any coordinator: the
/// coordinators cannot hear of it and it cannot hear of them. Isolated actors are included.
/// Without any coordinator this check reports nothing (`no-coordinator` says it once).
enum UnreachableCheck {
    static func gaps(_ context: GapContext) -> [Gap] {
        guard !context.coordinatorNodes.isEmpty else { return [] }
        return context.graph.ids.indices.compactMap { node in
            guard !context.reachesCoordinator[node] else { return nil }
            let id = context.graph.ids[node]
            let isolated = context.graph.mutualOffsets[node] == context.graph.mutualOffsets[node + 1]
            let how = isolated ? "has no ties at all" : "has no tie, direct or indirect, to any coordinator"
            return Gap(kind: .unreachable, actor: id, message: "\(context.actorName(id)) \(how)")
        }
    }
}
