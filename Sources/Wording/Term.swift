/// Every fixed word and phrase a reader sees, as one key each. The translations are switches
/// over this enum without a `default` (`Term+English.swift` and its siblings), so a key added
/// here and forgotten in one language does not compile; `WordingTests` checks that none is
/// empty and none is left in English by mistake.
public enum Term: String, CaseIterable, Sendable, Hashable {
    // MARK: Report: title, figures, sections
    case reportTitle
    case asOf
    case keyFigures
    case actors
    case links
    case services
    case pathways
    case coordinators
    case coordinator
    case noCoordinator
    case groups
    case allConnected
    case diagram
    case diagramHint
    case diagramTextAlternative
    case gaps
    case noGaps
    case highGaps
    case severityHigh
    case severityMedium
    case severityLow
    case freshness
    case freshnessNeverChecked
    case freshnessUnsourced
    case coverage
    case coverageLanguages
    case coverageDistricts
    case coverageHint
    case service
    case pathwayBreak
    case pathwayOK
    case centrality
    case centralityHint
    case profiles
    case kind
    case sector
    case languages
    case districts
    case cityWide
    case none
    case offers
    case ties
    case measures
    case name
    case yes
    case no
    case sources
    case verified
    case generatedBy
    case zoomIn
    case zoomOut
    case zoomReset
    case backToDiagram
    case required
    case providers
    case capacity
    case overview
    case overviewByKind
    case overviewByDistrict
    case overviewGroup
    case overviewLinksInside
    case overviewLinksBetween
    case noDistrict
    case involved
    case message
    case acceptedGaps
    case accepted
    case reason
    case placesColumn
    case coverageLegend
    case coverageByLanguage
    case coverageByDistrict
    case noLanguagesNamed
    case noDistrictsNamed
    case capacityPerService
    case offersGivingCapacity
    case capacityPerDistrict
    case district
    case capacityNote
    // MARK: Actor kinds
    case kindCommissioner
    case kindOffice
    case kindAuthority
    case kindAssociation
    case kindMigrantOrganisation
    case kindServiceProvider
    case kindWorkingGroup
    case kindMunicipality
    case kindOther
    // MARK: Sectors
    case sectorPublic
    case sectorCivilSociety
    case sectorPrivate
    // MARK: Link types as the legend says them (verb phrases)
    case linkCoordinates
    case linkFunds
    case linkSupports
    case linkRefers
    case linkReportsTo
    case linkMemberOf
    case linkInforms
    case linkCooperates
    case linkPartners
    // MARK: Gap kinds as labels
    case gapMissingService
    case gapLanguage
    case gapDistrict
    case gapSingleProvider
    case gapNoCoordinator
    case gapUnreachable
    case gapSinglePointOfFailure
    case gapUnlinkedMigrantOrganisation
    case gapPathwayBreak
    // MARK: Measures
    case measureDegree
    case measureInDegree
    case measureOutDegree
    case measureDegreeCentrality
    case measureBetweenness
    case measureCloseness
    case measureHarmonic
    case measureEigenvector
    case measurePagerank
    case measureCore
    case measureClustering
    case measureConstraint
    case measureEffectiveSize
    // MARK: Brokerage
    case brokerageTitle
    case group
    case total
    case roleCoordinator
    case roleGatekeeper
    case roleRepresentative
    case roleItinerant
    case roleLiaison
    // MARK: Influence
    case influenceTitle
    case influence
    case perceivedRank
    case measuredRank
    case finding
    case seenButPeripheral
    case centralButUnseen
    case notMeasured
    case notRated
    // MARK: Diagram legend and marks
    case legendActors
    case legendLinks
    case legendMarks
    case legendGroups
    case legendLines
    case asOfLower
    case nobodyOffers
    case fillPublic
    case fillCivilSociety
    case fillPrivate
    case markCoordinator
    case markUnreachable
    case markSinglePointOfFailure
    case markSingleProvider
    case theChosenMeasure
    case badgeUnreachable
    case badgeSinglePointOfFailure
    case badgeOnlyProviderOfAService
    case badgeOnlyProvider
    case notGiven
    case networkDiagram
    case coordinating
    case diagramTooltipNote
    // MARK: Overview diagram
    case byKind
    case byDistrict
    case overviewOf
    case overviewTooltipNote
    case overviewDistrictRule
    case noActorsBasedHere
    case largestGroups
    case mostLinksBetween
    case kinds
    case sectors
    case legendArea
    case legendSmallGroups
    case legendDistrictGroup
    case legendNoDistrictGroup
    case legendLinesBetween
    case legendWiderLine
    case legendDirectedLines
    case legendArrow
    case legendNoArrow
    case legendHasCoordinator
    case legendNoActorBased
    case legendProblemOutline
    case legendHasOnlyProvider
    case legendLinksInside
    case weight
    case bothWays
    // MARK: Command line: summary, centrality, route, scenario, diff
    case summaryTitle
    case byKindHeading
    case bySectorHeading
    case byLinkTypeHeading
    case linkType
    case count
    case components
    case route
    case stage
    case stagesHeading
    case handOvers
    case status
    case scenarioTitle
    case removed
    case cutOff
    case servicesLost
    case gapsOpened
    case gapsClosed
    case gapsGone
    case added
    case changed
    case validFile
    case and
    case or
    // MARK: Report: the explorer above the diagram (issue 23)
    case explorer
    case explorerFind
    case explorerFound
    case explorerFilter
    case explorerAll
    case explorerLanguage
    case explorerServiceOffered
    case explorerGapMarks
    case explorerClear
    case explorerFocus
    case explorerDepth
    case explorerFocusHint
    case explorerWhatIf
    case explorerCoverageLost
    case explorerPathwaysBroken
    case explorerNothing
    case explorerPathway
    case explorerShowRoute
    case explorerRouteHolds
    case explorerRouteBreaks
    case explorerRouteVia
    case explorerNobodyServes
    case explorerClose
    case explorerNoScript
}

extension Term {
    /// Keys whose words are the same in every language: names and accepted loanwords.
    public static let sameInEveryLanguage: Set<Term> = [.measurePagerank]
    /// Keys whose words are rightly the same as the English ones in one language: "Name" and
    /// "Status" in German, "Association" and "Total" in French. Anything else equal to the
    /// English is taken for a forgotten translation by the tests.
    public static let sameAsEnglish: [OutputLanguage: Set<Term>] = [
        .de: [.name, .status],
        .fr: [.sources, .capacity, .message, .kindAssociation, .total],
        .sl: [],
    ]
}
