import NetworkModel

/// How much a single point of failure matters, judged by what it cuts off (CLI.md round 2):
/// `high` when it cuts off 3 or more actors, or an actor that is the only provider of a required
/// service, or the only actor covering one of a required service's language or district cells
/// (directly or through interpreting); otherwise `medium`. A club hanging on one partner, or one of
/// twenty commissions each hanging on its own commune, is worth knowing, not worth the alarm
/// raised for the only counselling office.
struct SinglePointOfFailureSeverity {
    /// How many actors cut off make a failure `high` on their number alone.
    static let manyActors = 3

    /// Actors that alone keep a required service, or one of its required cells, available.
    let indispensable: Set<String>

    init(_ context: GapContext) {
        var indispensable: Set<String> = []
        func only(_ actors: some Collection<String>) {
            let distinct = Set(actors)
            if distinct.count == 1, let actor = distinct.first { indispensable.insert(actor) }
        }
        for service in context.requiredServices {
            guard let providers = context.providers[service.id] else { continue }
            only(providers)
            for language in context.network.requiredLanguages(of: service) {
                only(context.directProviders(of: service.id, in: language)
                    + context.interpretedProviders(of: service.id, in: language).map(\.actor))
            }
            for district in context.network.requiredDistricts(of: service) {
                only(context.districtProviders(of: service.id, in: district))
            }
        }
        self.indispensable = indispensable
    }

    func severity(cuttingOff cutOff: [String]) -> GapSeverity {
        cutOff.count >= SinglePointOfFailureSeverity.manyActors || cutOff.contains(where: indispensable.contains)
            ? .high : .medium
    }
}
