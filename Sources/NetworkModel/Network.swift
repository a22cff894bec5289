/// A whole network as the loader returns it: every file merged, every default applied, every
/// reference checked. Analyses may rely on ids being unique and links naming existing actors.
public struct Network: Hashable, Sendable {
    public var title: String
    public var description: String?
    public var asOf: CalendarDate?
    /// Languages the required services must be available in.
    public var languages: [String]
    /// Areas every required service must cover.
    public var districts: [String]
    public var services: [Service]
    public var actors: [Actor]
    public var links: [Link]
    public var pathways: [Pathway]
    /// Gaps the network's keepers accept, with their reasons (FORMAT.md 1.1), in file order.
    public var accepted: [AcceptedGap]
    /// Every file that was read, root first, for provenance in reports.
    public var files: [String]

    public init(title: String, description: String? = nil, asOf: CalendarDate? = nil, languages: [String] = [],
                districts: [String] = [], services: [Service] = [], actors: [Actor] = [], links: [Link] = [],
                pathways: [Pathway] = [], accepted: [AcceptedGap] = [], files: [String] = []) {
        self.title = title
        self.description = description
        self.asOf = asOf
        self.languages = languages
        self.districts = districts
        self.services = services
        self.actors = actors
        self.links = links
        self.pathways = pathways
        self.accepted = accepted
        self.files = files
    }

    public func actor(_ id: String) -> Actor? { actors.first { $0.id == id } }
    public func service(_ id: String) -> Service? { services.first { $0.id == id } }

    /// The languages a service must be offered in, after the network-wide default.
    public func requiredLanguages(of service: Service) -> [String] { service.languages ?? languages }

    /// The districts a service must cover, after the network-wide default (`[]`: no district need).
    public func requiredDistricts(of service: Service) -> [String] { service.districts ?? districts }

    public var coordinators: [Actor] { actors.filter(\.coordinator) }
}
