import NetworkAnalysis
import NetworkModel
import Wording

/// Everything a report shows, computed before any writing starts, so that writing cannot fail
/// half-way through because an analysis did.
public struct ReportContent {
    public var network: Network
    public var summary: NetworkSummary
    public var centrality: CentralityResult
    /// Graphviz's SVG, or `nil` to leave the diagram out.
    public var diagramSVG: String?
    public var language: ReportLanguage
    /// Sections that come before the diagram: the overview of a network too big to read actor by
    /// actor, which a reader needs before the full tangle.
    public var leadSections: [ReportSection] = []
    /// Sections contributed by analyses (gaps, coverage, pathways), in reading order.
    public var extraSections: [ReportSection]
    /// Further key figures, such as the number of gaps.
    public var extraFigures: [(Int, String)]
    /// A time stamp only when asked for (`--stamp`): identical input gives identical output.
    public var stamp: String?
    /// Per actor id, the small diagram of its surroundings its profile shows (`FocusDiagrams`).
    var focusDiagrams: [String: String] = [:]
    /// The diagram as it goes on paper; `nil`: on paper the diagram gives way to the overviews and
    /// tables (`PrintDiagram`).
    var printDiagram: PrintDiagram?
    /// Rows of the centrality table in the page, the most central first; `nil`: every actor. The
    /// CSV beside the report always has them all (`ReportBounds`).
    var tableRowLimit: Int?
    /// The actors with a profile; `nil`: every actor. A name links to a profile only where there
    /// is one, so a shortened report has no link that leads nowhere.
    var profiledActorIDs: Set<String>?
    /// Actors by id, built once: `Network.actor(_:)` searches the list, which inside a loop over
    /// actors is quadratic at the size of a national map.
    public let actorsByID: [String: Actor]

    public init(network: Network, summary: NetworkSummary, centrality: CentralityResult, diagramSVG: String?,
                language: ReportLanguage, extraSections: [ReportSection] = [], extraFigures: [(Int, String)] = [],
                stamp: String? = nil) {
        self.network = network
        self.summary = summary
        self.centrality = centrality
        self.diagramSVG = diagramSVG
        self.language = language
        self.extraSections = extraSections
        self.extraFigures = extraFigures
        self.stamp = stamp
        actorsByID = Dictionary(network.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// One titled part of the report, already in HTML and in Markdown.
public struct ReportSection: Sendable {
    public var anchor: String
    public var title: String
    /// Built through `HTML`, so every word from the network in it is escaped.
    public var html: HTML
    public var markdown: String

    public init(anchor: String, title: String, html: HTML, markdown: String) {
        self.anchor = anchor
        self.title = title
        self.html = html
        self.markdown = markdown
    }
}
