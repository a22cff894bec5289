/// A gap the network's keepers have decided to live with (FORMAT.md 1.1, `accepted`): a legal
/// monopoly, a service deliberately left to a neighbouring town. It is still found and listed,
/// with its reason, but no longer counts as a failure. The model keeps the entry as written; which
/// gap it matches, and whether it still holds, is the gap analysis' business.
public struct AcceptedGap: Hashable, Sendable {
    /// The gap kind as spelled in CLI.md (`single-provider`, `district`, ...).
    public var kind: String
    public var service: String?
    public var actor: String?
    public var language: String?
    public var district: String?
    public var pathway: String?
    public var fromStage: String?
    public var toStage: String?
    /// Why the gap is accepted, shown wherever the gap is shown.
    public var reason: String
    /// After this day the acceptance no longer holds.
    public var until: CalendarDate?
    public var location: SourceLocation?

    public init(kind: String, service: String? = nil, actor: String? = nil, language: String? = nil,
                district: String? = nil, pathway: String? = nil, fromStage: String? = nil, toStage: String? = nil,
                reason: String, until: CalendarDate? = nil, location: SourceLocation? = nil) {
        self.kind = kind
        self.service = service
        self.actor = actor
        self.language = language
        self.district = district
        self.pathway = pathway
        self.fromStage = fromStage
        self.toStage = toStage
        self.reason = reason
        self.until = until
        self.location = location
    }

    /// The id keys each gap kind carries, in CLI.md's order of kinds. The model cannot see the
    /// analysis' `GapKind`, so the kinds are spelled here once; a test holds the two lists equal.
    public static let keysByKind: [(kind: String, keys: [String])] = [
        ("missing-service", ["service"]),
        ("language", ["service", "language"]),
        ("district", ["service", "district"]),
        ("single-provider", ["service", "actor"]),
        ("no-coordinator", []),
        ("unreachable", ["actor"]),
        ("single-point-of-failure", ["actor"]),
        ("unlinked-migrant-organisation", ["actor"]),
        ("pathway-break", ["pathway", "from_stage", "to_stage"]),
    ]

    /// Every id key an entry may give, as spelled in the file.
    public static let idKeys = ["service", "actor", "language", "district", "pathway", "from_stage", "to_stage"]

    /// The ids the entry gives, by key as spelled in the file, in `idKeys` order.
    public var givenIDs: [(key: String, value: String)] {
        let values = [service, actor, language, district, pathway, fromStage, toStage]
        return zip(AcceptedGap.idKeys, values).compactMap { key, value in value.map { (key, $0) } }
    }
}
