import NetworkModel

/// The figures a commissioner checks first: how many actors of which kind and sector, how they
/// are tied, who coordinates, and whether the network holds together or falls apart into groups.
public struct NetworkSummary: Sendable {
    public var title: String
    public var asOf: CalendarDate?
    public var actorCount: Int
    public var linkCount: Int
    public var serviceCount: Int
    public var pathwayCount: Int
    /// Kinds in the order of FORMAT.md, only those present.
    public var byKind: [(kind: ActorKind, count: Int)]
    public var bySector: [(sector: Sector, count: Int)]
    public var byLinkType: [(type: LinkType, count: Int)]
    public var coordinators: [Actor]
    /// Groups of actors tied to each other (undirected), largest first, ties by first id; ids sorted.
    public var components: [[String]]
    /// How many actors offer each catalogue service, in catalogue order.
    public var providers: [(service: Service, count: Int)]

    public init(_ network: Network) {
        title = network.title
        asOf = network.asOf
        actorCount = network.actors.count
        linkCount = network.links.count
        serviceCount = network.services.count
        pathwayCount = network.pathways.count
        byKind = ActorKind.allCases.compactMap { kind in
            let count = network.actors.filter { $0.kind == kind }.count
            return count > 0 ? (kind, count) : nil
        }
        bySector = Sector.allCases.compactMap { sector in
            let count = network.actors.filter { $0.sector == sector }.count
            return count > 0 ? (sector, count) : nil
        }
        byLinkType = LinkType.allCases.compactMap { type in
            let count = network.links.filter { $0.type == type }.count
            return count > 0 ? (type, count) : nil
        }
        coordinators = network.coordinators.sorted { $0.id < $1.id }
        let graph = CompactGraph(network: network, view: .undirected)
        components = connectedComponents(graph)
            .map { $0.map { graph.ids[$0] } }
            .sorted { $0.count != $1.count ? $0.count > $1.count : ($0.first ?? "") < ($1.first ?? "") }
        providers = network.services.map { service in
            (service, network.actors.filter { $0.offers(service.id) }.count)
        }
    }
}
