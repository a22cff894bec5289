import NetworkModel

/// For `scenario --remove-each`: the services whose gaps or coverage cells could change when one
/// actor (not an interpreter) drops out, found by counting instead of re-running the gap checks.
///
/// A popular service offered by hundreds of actors was re-checked, on a network of all its
/// providers, once for each of them: most of the time of `--remove-each` at 3,000 actors. Yet
/// losing one of many providers changes none of that service's gap keys unless a count reaches
/// its threshold, and only the keys decide what a scenario opens and closes:
/// - missing service and single provider: the service's provider count drops to 1 or 0, so only
///   services with at most two providers;
/// - language and district gaps and coverage cells: a required cell is lost only when its last
///   covering actor goes (directly or, for languages, through an interpreter tied to it, exactly
///   as `LanguageGapCheck` and `CoverageMatrix` read it), so only the one actor covering a cell;
/// - pathway breaks: a step a → b holds while some pair (x, y) hands on (x offers a, y offers b,
///   and x = y or x refers to y); it breaks only when every such pair involves the actor, so the
///   pairs are counted per step and per actor.
/// An interpreter's loss also changes what its partners cover; the caller re-checks those the
/// full way, so interpreters are outside this count.
struct ServiceFragility: Sendable {
    /// Per actor, the services whose gaps or cells its loss may change beyond provider counts.
    private let fragile: [String: Set<String>]
    private let providerCounts: [String: Int]

    init(network: Network, context: GapContext) {
        var fragile: [String: Set<String>] = [:]
        providerCounts = context.providers.mapValues(\.count)
        for service in network.services where service.required {
            var languages: [String] = []
            for tag in network.requiredLanguages(of: service) where !languages.contains(tag) { languages.append(tag) }
            for language in languages {
                var covering = Set(context.directProviders(of: service.id, in: language))
                for entry in context.interpretedProviders(of: service.id, in: language) { covering.insert(entry.actor) }
                if covering.count == 1, let only = covering.first { fragile[only, default: []].insert(service.id) }
            }
            for district in Set(network.requiredDistricts(of: service)) {
                let covering = Set(context.districtProviders(of: service.id, in: district))
                if covering.count == 1, let only = covering.first { fragile[only, default: []].insert(service.id) }
            }
        }
        var refers: [String: Set<String>] = [:]
        for link in network.links where link.type == .refers { refers[link.from, default: []].insert(link.to) }
        var steps: Set<[String]> = []
        for pathway in network.pathways {
            for (a, b) in zip(pathway.stages, pathway.stages.dropFirst()) where steps.insert([a, b]).inserted {
                let toProviders = Set(context.providers[b] ?? [])
                var pairs = 0
                var involving: [String: Int] = [:]
                for x in context.providers[a] ?? [] {
                    if toProviders.contains(x) {
                        pairs += 1
                        involving[x, default: 0] += 1
                    }
                    for y in refers[x] ?? [] where y != x && toProviders.contains(y) {
                        pairs += 1
                        involving[x, default: 0] += 1
                        involving[y, default: 0] += 1
                    }
                }
                guard pairs > 0 else { continue }
                for (actor, count) in involving where count == pairs {
                    fragile[actor, default: []].formUnion([a, b])
                }
            }
        }
        self.fragile = fragile
    }

    /// Whether the loss of `actor`, a provider of `service`, may change the service's gaps or cells.
    func mayChange(_ service: String, losing actor: String) -> Bool {
        (providerCounts[service] ?? 0) <= 2 || (fragile[actor]?.contains(service) ?? false)
    }
}
