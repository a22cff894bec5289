import NetworkModel

/// FORMAT.md 1.1's interpreting: an actor offering an interpreting service in languages L makes
/// the offers of every actor it is linked to (any link type, either direction) usable in L too.
/// Worked out once per network, so that the language gap check, the coverage matrix, the single
/// point of failure check and `route` agree on what "usable through interpreting" means.
///
/// What it never does: extend an interpreting service (interpreting does not extend
/// interpreting), extend the interpreter's own offers, or extend districts.
///
/// Complexity: O(m + Σ interpreting offers' languages) to build; a query is O(k) for the k
/// interpreting languages reaching the actor.
public struct InterpretingReach: Sendable {
    /// For each actor linked to an interpreter: every (language as the interpreting offer names it,
    /// interpreter id) that reaches it, sorted by language, then interpreter.
    private let reach: [String: [(language: String, interpreter: String)]]
    /// The ids of the services marked `interpreting: true`.
    public let interpretingServices: Set<String>

    public init(network: Network) {
        let interpretingServices = Set(network.services.filter(\.interpreting).map(\.id))
        self.interpretingServices = interpretingServices
        var languagesOf: [String: [String]] = [:]
        if !interpretingServices.isEmpty {
            for actor in network.actors {
                let languages = actor.offers.filter { interpretingServices.contains($0.service) }.flatMap(\.languages)
                if !languages.isEmpty { languagesOf[actor.id] = languages }
            }
        }
        var reach: [String: Set<[String]>] = [:]
        for link in network.links {
            for (interpreter, partner) in [(link.from, link.to), (link.to, link.from)] {
                guard let languages = languagesOf[interpreter] else { continue }
                for language in languages { reach[partner, default: []].insert([language, interpreter]) }
            }
        }
        self.reach = reach.mapValues { pairs in
            pairs.map { (language: $0[0], interpreter: $0[1]) }
                .sorted { ($0.language, $0.interpreter) < ($1.language, $1.interpreter) }
        }
    }

    /// Whether the network has any interpreting at all; when not, every query answers "none".
    public var isEmpty: Bool { reach.isEmpty }

    /// The interpreters (sorted ids) that make `actor`'s offer of `service` usable in `language`;
    /// empty for an interpreting service and for an actor no interpreter is linked to.
    public func interpreters(for actor: String, service: String, language: String) -> [String] {
        guard !interpretingServices.contains(service), let pairs = reach[actor] else { return [] }
        var result: [String] = []
        for pair in pairs where LanguageNames.serves(pair.language, language) && !result.contains(pair.interpreter) {
            result.append(pair.interpreter)
        }
        return result.sorted()
    }
}
