import NetworkModel

/// Every gap check of CLI.md run on one network, the result in CLI.md's order: severity, kind,
/// then the ids involved. Pure: the same network always gives the same list.
public struct GapAnalysis: Sendable {
    public let network: Network
    public let gaps: [Gap]

    public init(network: Network) {
        self.init(context: GapContext(network: network))
    }

    public init(context: GapContext) {
        network = context.network
        let checks: [(GapContext) -> [Gap]] = [
            MissingServiceCheck.gaps, LanguageGapCheck.gaps, DistrictGapCheck.gaps, SingleProviderCheck.gaps,
            NoCoordinatorCheck.gaps, UnreachableCheck.gaps, SinglePointOfFailureCheck.gaps,
            UnlinkedMigrantOrganisationCheck.gaps, PathwayBreakCheck.gaps,
        ]
        gaps = checks.flatMap { $0(context) }.sorted()
    }

    public static func gaps(in network: Network) -> [Gap] { GapAnalysis(network: network).gaps }
}
