import NetworkModel

/// How urgent a gap is. The order of the cases is the order gaps are listed in: a newcomer who
/// cannot reach any help at all matters more than a service missing one of its languages.
public enum GapSeverity: String, CaseIterable, Sendable, Hashable, Comparable {
    case high
    case medium
    case low

    public var label: String {
        switch self {
        case .high: return "High"
        case .medium: return "Medium"
        case .low: return "Low"
        }
    }

    private var rank: Int { GapSeverity.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: GapSeverity, rhs: GapSeverity) -> Bool { lhs.rank < rhs.rank }
}

/// The gap kinds of CLI.md, declared in the order CLI.md lists them, because that order is the
/// second sort key of every gap list.
public enum GapKind: String, CaseIterable, Sendable, Hashable, Comparable {
    case missingService = "missing-service"
    case language
    case district
    case singleProvider = "single-provider"
    case noCoordinator = "no-coordinator"
    case unreachable
    case singlePointOfFailure = "single-point-of-failure"
    case unlinkedMigrantOrganisation = "unlinked-migrant-organisation"
    case pathwayBreak = "pathway-break"

    /// The severity a gap of this kind has unless its check judges the consequence (a single
    /// point of failure is `high` only when what it cuts off matters; CLI.md round 2).
    public var severity: GapSeverity {
        switch self {
        case .missingService, .noCoordinator, .unreachable, .singlePointOfFailure, .pathwayBreak: return .high
        case .language, .district, .singleProvider, .unlinkedMigrantOrganisation: return .medium
        }
    }

    private var rank: Int { GapKind.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: GapKind, rhs: GapKind) -> Bool { lhs.rank < rhs.rank }
}

/// One way a network falls short, with the ids of everything involved so that scripts can act
/// on it, and a sentence that names actors and services by their names so that people can.
///
/// Two gaps are the same gap when their kind and ids agree (`key`): messages carry counts and
/// names that may change between two snapshots without the gap itself changing.
public struct Gap: Sendable, Hashable, Comparable {
    public var kind: GapKind
    public var service: String?
    public var language: String?
    public var district: String?
    public var actor: String?
    public var pathway: String?
    public var fromStage: String?
    public var toStage: String?
    /// Only for `single-point-of-failure`: the actors that would lose every coordinator, sorted.
    public var cutOff: [String]?
    public var message: String
    /// How urgent the gap is: the kind's severity unless the check judged the consequence.
    public var severity: GapSeverity
    /// Set when an entry of the network's `accepted` list covers the gap (FORMAT.md 1.1).
    public var accepted: GapAcceptance?

    public init(kind: GapKind, service: String? = nil, language: String? = nil, district: String? = nil,
                actor: String? = nil, pathway: String? = nil, fromStage: String? = nil, toStage: String? = nil,
                cutOff: [String]? = nil, severity: GapSeverity? = nil, accepted: GapAcceptance? = nil,
                message: String) {
        self.kind = kind
        self.service = service
        self.language = language
        self.district = district
        self.actor = actor
        self.pathway = pathway
        self.fromStage = fromStage
        self.toStage = toStage
        self.cutOff = cutOff
        self.message = message
        self.severity = severity ?? kind.severity
        self.accepted = accepted
    }

    /// Open gaps count for `--fail-on-gaps`; accepted ones are listed but never fail a check.
    public var isOpen: Bool { accepted == nil }

    /// What identifies a gap across scenarios and snapshots: kind and ids, not the message, and not
    /// `cut_off` (an articulation point stays the same gap when the set it cuts off grows).
    public struct Key: Hashable, Sendable {
        public var kind: GapKind
        public var ids: [String?]
    }

    public var key: Key { Key(kind: kind, ids: ids) }

    /// The ids in CLI.md's field order; the third sort key.
    public var ids: [String?] { [service, language, district, actor, pathway, fromStage, toStage] }

    /// CLI.md's order: severity, then kind, then the ids involved (absent ids first), then the message
    /// so that the order is total.
    public static func < (lhs: Gap, rhs: Gap) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        for (l, r) in zip(lhs.ids, rhs.ids) where l != r {
            return (l ?? "") < (r ?? "")
        }
        if lhs.cutOff != rhs.cutOff { return (lhs.cutOff ?? []).lexicographicallyPrecedes(rhs.cutOff ?? []) }
        return lhs.message < rhs.message
    }
}

/// Why a gap is accepted, from the `accepted` entry that matched it.
public struct GapAcceptance: Sendable, Hashable {
    public var reason: String
    public var until: CalendarDate?
    /// The entry's place in the network file.
    public var location: SourceLocation?

    public init(reason: String, until: CalendarDate? = nil, location: SourceLocation? = nil) {
        self.reason = reason
        self.until = until
        self.location = location
    }
}
