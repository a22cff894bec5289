/// Someone in the network: an office, an association, a commissioner. Defaults (sector from kind,
/// coordinator for commissioners) are already applied when the loader returns it.
public struct Actor: Hashable, Sendable {
    public var id: String
    public var name: String
    public var kind: ActorKind
    public var sector: Sector
    /// Coordinators are the centre that every actor should be able to reach.
    public var coordinator: Bool
    public var languages: [String]
    /// `[]` means city-wide.
    public var districts: [String]
    public var offers: [Offer]
    public var url: String?
    public var contact: String?
    public var tags: [String]
    /// Perceived influence, 0 to 10, as people in the network rate it (Net-Map).
    public var influence: Double?
    public var sources: [String]
    public var verified: CalendarDate?
    /// A named person, pseudonymised in `--public` outputs.
    public var person: Bool
    public var location: SourceLocation?

    public init(id: String, name: String, kind: ActorKind, sector: Sector? = nil, coordinator: Bool? = nil,
                languages: [String] = [], districts: [String] = [], offers: [Offer] = [],
                url: String? = nil, contact: String? = nil, tags: [String] = [], influence: Double? = nil,
                sources: [String] = [], verified: CalendarDate? = nil, person: Bool = false,
                location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.sector = sector ?? kind.defaultSector
        self.coordinator = coordinator ?? kind.isCoordinatorByDefault
        self.languages = languages
        self.districts = districts
        self.offers = offers
        self.url = url
        self.contact = contact
        self.tags = tags
        self.influence = influence
        self.sources = sources
        self.verified = verified
        self.person = person
        self.location = location
    }

    public func offers(_ serviceID: String) -> Bool {
        offers.contains { $0.service == serviceID }
    }
}
