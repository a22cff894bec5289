import NetworkModel

/// What several gap checks read, worked out once per analysis: names for messages, who offers
/// what, the undirected graph, and which actors reach a coordinator.
public struct GapContext: Sendable {
    public let network: Network
    public let graph: CompactGraph
    let actorNames: [String: String]
    let serviceNames: [String: String]
    /// Actor ids offering each service, sorted.
    let providers: [String: [String]]
    /// Node indices of the coordinators, ascending.
    let coordinatorNodes: [Int]
    /// For every node: does it reach a coordinator in the whole network?
    let reachesCoordinator: [Bool]
    /// Which offers interpreting makes usable in further languages.
    public let interpreting: InterpretingReach
    /// The offers of each service with the actor making each, actors in id order: built once,
    /// because sorting every actor again for each service and check cost seconds at 100,000 actors.
    private let offersByService: [String: [(actor: String, offer: Offer)]]

    public init(network: Network) {
        self.network = network
        graph = CompactGraph(network: network, view: .undirected)
        actorNames = Dictionary(network.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        serviceNames = Dictionary(network.services.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var providers: [String: [String]] = [:]
        for actor in network.actors {
            for service in Set(actor.offers.map(\.service)) { providers[service, default: []].append(actor.id) }
        }
        self.providers = providers.mapValues { $0.sorted() }
        var offersByService: [String: [(actor: String, offer: Offer)]] = [:]
        for actor in network.actors.sorted(by: { $0.id < $1.id }) {
            for offer in actor.offers { offersByService[offer.service, default: []].append((actor.id, offer)) }
        }
        self.offersByService = offersByService
        interpreting = InterpretingReach(network: network)
        let coordinatorIDs = Set(network.coordinators.map(\.id))
        let graph = self.graph
        coordinatorNodes = graph.ids.indices.filter { coordinatorIDs.contains(graph.ids[$0]) }
        reachesCoordinator = CoordinatorReach.reaching(graph, coordinators: coordinatorNodes, removed: [])
    }

    func actorName(_ id: String) -> String { actorNames[id] ?? id }
    func serviceName(_ id: String) -> String { serviceNames[id] ?? id }

    /// The required services, sorted by id: only these produce service gaps.
    var requiredServices: [Service] { network.services.filter(\.required).sorted { $0.id < $1.id } }

    /// The offers of one service with the actor making each, actors in id order.
    func offers(of service: String) -> [(actor: String, offer: Offer)] {
        offersByService[service] ?? []
    }

    /// Actors (ids, sorted) whose offer of `service` is made in `language` itself.
    public func directProviders(of service: String, in language: String) -> [String] {
        offers(of: service).filter { $0.offer.languages.contains { LanguageNames.serves($0, language) } }.map(\.actor)
    }

    /// Actors (ids, sorted) whose offer of `service` is not made in `language` but is usable in it
    /// through interpreting, each with the interpreters (ids, sorted) that make it so.
    public func interpretedProviders(of service: String, in language: String)
        -> [(actor: String, interpreters: [String])] {
        guard !interpreting.isEmpty else { return [] }
        return offers(of: service).compactMap { entry in
            guard !entry.offer.languages.contains(where: { LanguageNames.serves($0, language) }) else { return nil }
            let interpreters = interpreting.interpreters(for: entry.actor, service: service, language: language)
            return interpreters.isEmpty ? nil : (entry.actor, interpreters)
        }
    }

    /// Actors (ids, sorted) whose offer of `service` covers `district` (an offer naming no
    /// district covers all). Interpreting never extends districts.
    public func districtProviders(of service: String, in district: String) -> [String] {
        offers(of: service).filter { $0.offer.coversEveryDistrict || $0.offer.districts.contains(district) }.map(\.actor)
    }
}

/// Which actors can reach a coordinator over ties of any type and direction: a breadth-first search
/// from every coordinator at once over the undirected view, skipping removed nodes.
///
/// Complexity: O(n + m).
public enum CoordinatorReach {
    public static func reaching(_ graph: CompactGraph, coordinators: [Int], removed: Set<Int>) -> [Bool] {
        var seen = [Bool](repeating: false, count: graph.nodeCount)
        var queue: [Int] = []
        for c in coordinators where !removed.contains(c) && !seen[c] {
            seen[c] = true
            queue.append(c)
        }
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for e in graph.mutualOffsets[v]..<graph.mutualOffsets[v + 1] {
                let w = graph.mutualTargets[e]
                if !seen[w] && !removed.contains(w) {
                    seen[w] = true
                    queue.append(w)
                }
            }
        }
        return seen
    }
}

/// Joins names for a message: "A, B and C", at most `limit` shown and the rest counted, so a
/// message about a large network stays one readable line.
func listOfNames(_ names: [String], limit: Int = 8) -> String {
    guard names.count > 1 else { return names.first ?? "" }
    if names.count > limit {
        return names.prefix(limit).joined(separator: ", ") + " and \(names.count - limit) more"
    }
    return names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
}
