/// A network without a coordinator has no centre that actors are meant to reach. Reported once;
/// `unreachable` then stays silent, because "nobody reaches a coordinator" would only repeat this
/// gap once per actor.
enum NoCoordinatorCheck {
    static func gaps(_ context: GapContext) -> [Gap] {
        guard context.coordinatorNodes.isEmpty else { return [] }
        return [Gap(kind: .noCoordinator,
                    message: "No actor is a coordinator, so nobody holds \(context.network.title) together")]
    }
}
