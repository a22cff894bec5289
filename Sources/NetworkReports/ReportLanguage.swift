import NetworkAnalysis
import NetworkModel
import Wording

/// The report's language is the catalogue's: `--lang en|de|fr|sl` picks one `Words`, and every
/// fixed word of the report comes from it. The network's own names stay as written.
public typealias ReportLanguage = OutputLanguage

extension OutputLanguage {
    public var strings: ReportStrings { ReportStrings(words: words) }
}

/// The report's fixed text under the names the report code reads them by, all taken from the
/// catalogue (`Wording`), so there is one place for each word and no second list to drift.
public struct ReportStrings: Sendable {
    public var words: Words

    public init(words: Words) {
        self.words = words
    }

    public static let english = ReportStrings(words: Words(.en))
    public static let german = ReportStrings(words: Words(.de))

    public var reportTitle: String { words[.reportTitle] }
    public var asOf: String { words[.asOf] }
    public var keyFigures: String { words[.keyFigures] }
    public var actors: String { words[.actors] }
    public var links: String { words[.links] }
    public var services: String { words[.services] }
    public var pathways: String { words[.pathways] }
    public var coordinators: String { words[.coordinators] }
    public var noCoordinator: String { words[.noCoordinator] }
    public var groups: String { words[.groups] }
    public var allConnected: String { words[.allConnected] }
    public var diagram: String { words[.diagram] }
    public var diagramHint: String { words[.diagramHint] }
    public var diagramTextAlternative: String { words[.diagramTextAlternative] }
    public var gaps: String { words[.gaps] }
    public var noGaps: String { words[.noGaps] }
    public var severityHigh: String { words[.severityHigh] }
    public var severityMedium: String { words[.severityMedium] }
    public var severityLow: String { words[.severityLow] }
    public var highGaps: String { words[.highGaps] }
    public var freshness: String { words[.freshness] }
    public var freshnessNeverChecked: String { words[.freshnessNeverChecked] }
    public var freshnessUnsourced: String { words[.freshnessUnsourced] }
    public var coverage: String { words[.coverage] }
    public var coverageLanguages: String { words[.coverageLanguages] }
    public var coverageDistricts: String { words[.coverageDistricts] }
    public var coverageHint: String { words[.coverageHint] }
    public var service: String { words[.service] }
    public var pathwaysHeading: String { words[.pathways] }
    public var pathwayBreak: String { words[.pathwayBreak] }
    public var pathwayOK: String { words[.pathwayOK] }
    public var centrality: String { words[.centrality] }
    public var centralityHint: String { words[.centralityHint] }
    public var profiles: String { words[.profiles] }
    public var kind: String { words[.kind] }
    public var sector: String { words[.sector] }
    public var languages: String { words[.languages] }
    public var districts: String { words[.districts] }
    public var cityWide: String { words[.cityWide] }
    public var none: String { words[.none] }
    public var offers: String { words[.offers] }
    public var ties: String { words[.ties] }
    public var measures: String { words[.measures] }
    public var name: String { words[.name] }
    public var yes: String { words[.yes] }
    public var no: String { words[.no] }
    public var sources: String { words[.sources] }
    public var verified: String { words[.verified] }
    public var generatedBy: String { words[.generatedBy] }
    public var zoomIn: String { words[.zoomIn] }
    public var zoomOut: String { words[.zoomOut] }
    public var zoomReset: String { words[.zoomReset] }
    public var backToDiagram: String { words[.backToDiagram] }
    public var required: String { words[.required] }
    public var providers: String { words[.providers] }
    public var overview: String { words[.overview] }
    public var overviewByKind: String { words[.overviewByKind] }
    public var overviewByDistrict: String { words[.overviewByDistrict] }
    public var overviewGroup: String { words[.overviewGroup] }
    public var overviewLinksInside: String { words[.overviewLinksInside] }
    public var overviewLinksBetween: String { words[.overviewLinksBetween] }
    public var overviewNoDistrict: String { words[.noDistrict] }

    /// Kinds, sectors and measures by the names the file and the CSV use.
    public var kindLabels: [String: String] {
        Dictionary(uniqueKeysWithValues: ActorKind.allCases.map { ($0.rawValue, words.kind($0)) })
    }
    public var sectorLabels: [String: String] {
        Dictionary(uniqueKeysWithValues: Sector.allCases.map { ($0.rawValue, words.sector($0)) })
    }
    public var measureLabels: [String: String] {
        Dictionary(uniqueKeysWithValues: CentralityMeasure.allCases.map { ($0.rawValue, words.measure($0)) })
    }
}
