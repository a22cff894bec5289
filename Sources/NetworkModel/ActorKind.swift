/// What sort of body an actor is. The kind decides the default sector and whether the actor
/// coordinates, so a file stays short for the common case.
public enum ActorKind: String, CaseIterable, Sendable, Hashable, Codable {
    case commissioner
    /// A unit of the city administration.
    case office
    /// A state or federal body: job centre, ministry, immigration authority.
    case authority
    /// Civil society.
    case association
    case migrantOrganisation = "migrant-organisation"
    /// Welfare organisation, school, course provider.
    case serviceProvider = "service-provider"
    /// Arbeitskreis, network, commission.
    case workingGroup = "working-group"
    case municipality
    case other

    public var defaultSector: Sector {
        switch self {
        case .commissioner, .office, .authority, .municipality: return .public
        default: return .civilSociety
        }
    }

    public var isCoordinatorByDefault: Bool { self == .commissioner }

    /// Plain-language label for tables, legends and reports.
    public var label: String {
        switch self {
        case .commissioner: return "Commissioner"
        case .office: return "City office"
        case .authority: return "Authority"
        case .association: return "Association"
        case .migrantOrganisation: return "Migrant organisation"
        case .serviceProvider: return "Service provider"
        case .workingGroup: return "Working group"
        case .municipality: return "Municipality"
        case .other: return "Other"
        }
    }
}
