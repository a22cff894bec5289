import NetworkModel

/// Gaps of one kind and one service, as people read them: one entry "Counselling is offered in no
/// Tigrinya, Kurdish or Pashto" instead of three lines (CLI.md round 2). JSON keeps one object per
/// gap; every human form (table, Markdown, the report) lists these groups.
public struct GapGroup: Sendable, Equatable {
    public var kind: GapKind
    public var severity: GapSeverity
    /// The service every gap of the group is about, for the service kinds.
    public var service: String?
    /// The acceptance shared by every gap of the group; `nil` for open gaps.
    public var acceptance: GapAcceptance?
    /// The gaps, sorted by the name of what varies among them (language, district, actor).
    public var gaps: [Gap]

    public init(kind: GapKind, severity: GapSeverity, service: String?, acceptance: GapAcceptance?, gaps: [Gap]) {
        self.kind = kind
        self.severity = severity
        self.service = service
        self.acceptance = acceptance
        self.gaps = gaps
    }

    public var isOpen: Bool { acceptance == nil }
}

/// Builds the groups, the one place that decides what belongs together and in which order a
/// reader meets it: open gaps before accepted ones, then severity, then kind in CLI.md's order,
/// then by the *names* of the services, actors and pathways involved (never by id: a reader does
/// not know ids, and an order by them looks random).
///
/// Grouped: `language` and `district` gaps of one service; `unreachable` and
/// `unlinked-migrant-organisation` gaps (their actors are listed together). Every other gap is an
/// entry of its own: a single point of failure has its own cut-off actors, a pathway break its
/// own step. Gaps are grouped only with gaps of the same severity and the same acceptance.
public enum GapGrouping {
    /// `languageName` turns a tag into the name the reader sees, for sorting languages by name.
    public static func groups(_ gaps: [Gap], in network: Network,
                              languageName: (String) -> String = LanguageNames.display) -> [GapGroup] {
        let actorNames = Dictionary(network.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let serviceNames = Dictionary(network.services.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let pathwayNames = Dictionary(network.pathways.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let pathwayStages = Dictionary(network.pathways.map { ($0.id, $0.stages) }, uniquingKeysWith: { first, _ in first })
        func actor(_ id: String?) -> String { id.map { actorNames[$0] ?? $0 } ?? "" }
        func service(_ id: String?) -> String { id.map { serviceNames[$0] ?? $0 } ?? "" }

        /// What varies within a group, by name.
        func memberName(_ gap: Gap) -> String {
            switch gap.kind {
            case .language: return languageName(gap.language ?? "")
            case .district: return gap.district ?? ""
            default: return actor(gap.actor)
            }
        }
        /// What the entry is about, by name: the first sort key after severity and kind.
        func subject(_ gap: Gap) -> [String] {
            switch gap.kind {
            case .missingService, .language, .district: return [service(gap.service)]
            case .singleProvider: return [service(gap.service), actor(gap.actor)]
            case .pathwayBreak:
                let stages = pathwayStages[gap.pathway ?? ""] ?? []
                let position = stages.firstIndex(of: gap.fromStage ?? "") ?? stages.count
                // Steps in the pathway's own order, zero-padded so that text order is number order.
                let step = String(repeating: "0", count: max(0, 6 - String(position).count)) + String(position)
                return [gap.pathway.map { pathwayNames[$0] ?? $0 } ?? "", step, service(gap.toStage)]
            default: return [actor(gap.actor)]
            }
        }
        func groupable(_ kind: GapKind) -> Bool {
            [.language, .district, .unreachable, .unlinkedMigrantOrganisation].contains(kind)
        }
        struct Key: Hashable {
            var accepted: GapAcceptance?
            var severity: GapSeverity
            var kind: GapKind
            var service: String?
            /// For gaps that stand alone, the gap itself.
            var single: Gap?
        }
        var order: [Key] = []
        var members: [Key: [Gap]] = [:]
        for gap in gaps {
            let key = Key(accepted: gap.accepted, severity: gap.severity, kind: gap.kind, service: gap.service,
                          single: groupable(gap.kind) ? nil : gap)
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(gap)
        }
        let groups = order.map { key -> GapGroup in
            let sorted = (members[key] ?? []).sorted {
                ([memberName($0)] + $0.ids.map { $0 ?? "" }).lexicographicallyPrecedes([memberName($1)] + $1.ids.map { $0 ?? "" })
            }
            return GapGroup(kind: key.kind, severity: key.severity, service: key.service, acceptance: key.accepted,
                            gaps: sorted)
        }
        func sortKey(_ group: GapGroup) -> [String] {
            let first = group.gaps.first
            let subjectNames = first.map(subject) ?? []
            let members = group.gaps.map(memberName)
            return subjectNames + members + [group.acceptance?.reason ?? ""]
        }
        return groups.sorted { lhs, rhs in
            if lhs.isOpen != rhs.isOpen { return lhs.isOpen }
            if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
            if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
            let l = sortKey(lhs), r = sortKey(rhs)
            if l != r { return l.lexicographicallyPrecedes(r) }
            return (lhs.gaps.first?.ids.map { $0 ?? "" } ?? []).lexicographicallyPrecedes(rhs.gaps.first?.ids.map { $0 ?? "" } ?? [])
        }
    }
}
