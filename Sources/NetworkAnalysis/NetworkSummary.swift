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
    /// Places (or cases) per year summed over the offers of each service that give `capacity`, in
    /// catalogue order, only services where at least one offer gives it; `offers` counts all the
    /// service's offers, so "640 places from 2 of 3 offers" says how complete the figure is.
    public var capacityByService: [(service: Service, places: Int, offersWithCapacity: Int, offers: Int)]
    /// Places per district over every service, as the coverage matrix counts them: an offer naming
    /// no district serves every district and counts in each, so the districts can add up to more
    /// than the total. The network's districts in file order, then others offers name, sorted;
    /// empty when no offer gives a capacity.
    public var capacityByDistrict: [(district: String, places: Int)]

    public init(_ network: Network) {
        title = network.title
        asOf = network.asOf
        actorCount = network.actors.count
        linkCount = network.links.count
        serviceCount = network.services.count
        pathwayCount = network.pathways.count
        byKind = ActorKind.allCases.compactMap { kind in
            let count = network.actors.count(where: { $0.kind == kind })
            return count > 0 ? (kind, count) : nil
        }
        bySector = Sector.allCases.compactMap { sector in
            let count = network.actors.count(where: { $0.sector == sector })
            return count > 0 ? (sector, count) : nil
        }
        byLinkType = LinkType.allCases.compactMap { type in
            let count = network.links.count(where: { $0.type == type })
            return count > 0 ? (type, count) : nil
        }
        coordinators = network.coordinators.sorted { $0.id < $1.id }
        let graph = CompactGraph(network: network, view: .undirected)
        components = connectedComponents(graph)
            .map { $0.map { graph.ids[$0] } }
            .sorted { $0.count != $1.count ? $0.count > $1.count : ($0.first ?? "") < ($1.first ?? "") }
        // One pass over the actors and their offers, not one per service: `filter` copied every
        // matching actor, and at 10,000 actors and 35 services that was a third of `summary`.
        var providerCount: [String: Int] = [:]
        for actor in network.actors {
            for service in Set(actor.offers.map(\.service)) { providerCount[service, default: 0] += 1 }
        }
        providers = network.services.map { service in (service, providerCount[service.id] ?? 0) }
        let offers = network.actors.flatMap(\.offers)
        let offersByService = Dictionary(grouping: offers, by: \.service)
        capacityByService = network.services.compactMap { service in
            let ofService = offersByService[service.id] ?? []
            let known = ofService.compactMap(\.capacity)
            return known.isEmpty ? nil : (service, known.reduce(0, +), known.count, ofService.count)
        }
        if capacityByService.isEmpty {
            capacityByDistrict = []
        } else {
            var districts: [String] = []
            for district in network.districts where !districts.contains(district) { districts.append(district) }
            districts += Set(offers.flatMap(\.districts)).subtracting(districts).sorted()
            let withCapacity = offers.filter { $0.capacity != nil }
            capacityByDistrict = districts.map { district in
                (district, withCapacity.filter { $0.coversEveryDistrict || $0.districts.contains(district) }
                    .reduce(0) { $0 + ($1.capacity ?? 0) })
            }
        }
    }
}
