import NetworkModel

/// Every gap check of CLI.md run on one network, the result in CLI.md's order: severity, kind,
/// then the ids involved; gaps the network's `accepted` list covers are marked, and entries of
/// that list that cover nothing are warnings. Pure: the same network and day give the same list.
public struct GapAnalysis: Sendable {
    public let network: Network
    public let gaps: [Gap]
    /// `FILE:LINE:COL: warning:` for each `accepted` entry that names an unknown id, has expired,
    /// or matches no gap, in file order.
    public let acceptanceWarnings: [Diagnostic]

    /// `today` decides whether an acceptance has expired when the network has no `as_of`.
    public init(network: Network, today: CalendarDate? = nil) {
        self.init(context: GapContext(network: network), today: today)
    }

    public init(context: GapContext, today: CalendarDate? = nil) {
        network = context.network
        let checks: [(GapContext) -> [Gap]] = [
            MissingServiceCheck.gaps, LanguageGapCheck.gaps, DistrictGapCheck.gaps, SingleProviderCheck.gaps,
            NoCoordinatorCheck.gaps, UnreachableCheck.gaps, SinglePointOfFailureCheck.gaps,
            UnlinkedMigrantOrganisationCheck.gaps, PathwayBreakCheck.gaps,
        ]
        let found = checks.flatMap { $0(context) }.sorted()
        (gaps, acceptanceWarnings) = AcceptedGapMatching.apply(context.network, to: found, today: today)
    }

    /// The gaps that count for `--fail-on-gaps` at `minimum` severity: open, and at least that severe.
    public func failing(atLeast minimum: GapSeverity) -> [Gap] {
        gaps.filter { $0.isOpen && $0.severity <= minimum }
    }

    public static func gaps(in network: Network) -> [Gap] { GapAnalysis(network: network).gaps }
}
