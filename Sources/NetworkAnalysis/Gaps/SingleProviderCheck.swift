/// A required service with exactly one provider: it is there today, but one closure, lost grant
/// or departed person away from missing.
enum SingleProviderCheck {
    static func gaps(_ context: GapContext) -> [Gap] {
        context.requiredServices.compactMap { service in
            guard let providers = context.providers[service.id], providers.count == 1, let actor = providers.first
            else { return nil }
            return Gap(kind: .singleProvider, service: service.id, actor: actor,
                       message: "Only \(context.actorName(actor)) offers \(service.name); if it stops, nobody does")
        }
    }
}
