/// A tie between two actors. Direction is in the type (see `LinkType.isDirected`).
public struct Link: Hashable, Sendable {
    public var from: String
    public var to: String
    public var type: LinkType
    /// Tie strength, higher is stronger; path measures use `1 / weight` as distance.
    public var weight: Double
    public var since: CalendarDate?
    public var until: CalendarDate?
    public var note: String?
    public var sources: [String]
    public var location: SourceLocation?

    public init(from: String, to: String, type: LinkType, weight: Double = 1, since: CalendarDate? = nil,
                until: CalendarDate? = nil, note: String? = nil, sources: [String] = [],
                location: SourceLocation? = nil) {
        self.from = from
        self.to = to
        self.type = type
        self.weight = weight
        self.since = since
        self.until = until
        self.note = note
        self.sources = sources
        self.location = location
    }

    /// `from`, `to` and `type` identify a link: the same triple twice is an error.
    public var key: LinkKey { LinkKey(from: from, to: to, type: type) }
}

public struct LinkKey: Hashable, Sendable, Comparable {
    public var from: String
    public var to: String
    public var type: LinkType

    public init(from: String, to: String, type: LinkType) {
        self.from = from
        self.to = to
        self.type = type
    }

    public static func < (lhs: LinkKey, rhs: LinkKey) -> Bool {
        (lhs.from, lhs.to, lhs.type.rawValue) < (rhs.from, rhs.to, rhs.type.rawValue)
    }
}
