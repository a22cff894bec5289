import GraphvizRendering
import NetworkAnalysis
import NetworkModel
import Wording

/// Computes everything a report shows and turns it into the files of the report folder:
/// `index.html`, `report.md`, `network.svg`, `centrality.csv`, `gaps.csv`, and for a network of more
/// than 300 actors `overview-kind.svg` (and `overview-district.svg`). Above 1,000 actors the
/// diagram of every actor (`network.svg`) is left out and the page's tables are shortened
/// (`ReportBounds`). Nothing is written here, so a failure (a Graphviz error, say) leaves no
/// half-written report behind.
public struct ReportBuilder {
    public var language: ReportLanguage
    public var layout: Layout?
    public var stamp: String?
    /// `nil`: the bounds for the network's size.
    public var bounds: ReportBounds?

    public init(language: ReportLanguage = .en, layout: Layout? = nil, stamp: String? = nil, bounds: ReportBounds? = nil) {
        self.language = language
        self.layout = layout
        self.stamp = stamp
        self.bounds = bounds
    }

    public struct Output {
        public var files: [(name: String, bytes: [UInt8])]
        /// Graphviz's warnings, for the command to pass on.
        public var warnings: [String]
        /// What the diagram changed to be drawn (a shortened label), for the command to pass on.
        public var notes: [String] = []
        public var layout: Layout
        /// The overviews the report opens with (none for a network small enough to read actor by actor).
        public var overviews: [GroupingCriterion]
        /// What the report drew and listed of the network.
        public var bounds: ReportBounds
    }

    public func build(_ network: Network) throws -> Output {
        let strings = language.strings
        let summary = NetworkSummary(network)
        let centrality = CentralityResult(network: network, view: .undirected)
        let gaps = GapAnalysis.gaps(in: network)
        let coverage = CoverageMatrix(network: network)
        let chosenLayout = layout ?? Layout.automatic(forActors: network.actors.count, links: network.links.count)
        let sizes = Dictionary(uniqueKeysWithValues: centrality.rows.map { ($0.id, $0.betweenness) })
        let options = DiagramOptions(layout: chosenLayout, sizeBy: sizes,
                                     sizeMeasureName: strings.measureLabels["betweenness"] ?? "betweenness",
                                     showServices: network.actors.count <= 300, actorLinkPrefix: "profile-", language: language)
        let highlights = DiagramHighlights(gaps: gaps, network: network)
        let bounds = self.bounds ?? ReportBounds(actors: network.actors.count, links: network.links.count)
        let rendered = try bounds.drawsWholeDiagram
            ? NetworkDiagram(network: network, options: options, highlights: highlights).render(as: .svg) : nil
        let overviews = try OverviewReportSection.figures(for: network, highlights: highlights, language: language)

        let highGaps = gaps.filter { $0.severity == .high }.count
        var content = ReportContent(
            network: network, summary: summary, centrality: centrality,
            diagramSVG: rendered.map { String(decoding: $0.data, as: UTF8.self) }, language: language,
            extraFigures: [(gaps.count, strings.gaps), (highGaps, strings.highGaps)], stamp: stamp)
        let rowsByBetweenness = centrality.sorted(by: .betweenness)
        content.tableRowLimit = bounds.tableRows
        content.profiledActorIDs = bounds.profiledActors(network, tableRows: rowsByBetweenness)
        content.printDiagram = try PrintDiagram.make(network: network, options: options, highlights: highlights)
        content.focusDiagrams = try FocusDiagrams.render(network: network, options: options, highlights: highlights,
                                                         centralFirst: rowsByBetweenness.map(\.id))
        if let section = OverviewReportSection.section(overviews, network: network, strings: strings,
                                                       wholeDiagramFollows: rendered != nil) {
            content.leadSections = [section]
        }
        content.extraSections = [GapReportSections.gaps(gaps, network: network, language: language)]
        if let section = GapReportSections.coverage(coverage, strings: strings) { content.extraSections.append(section) }
        if let section = GapReportSections.pathways(network, gaps: gaps, strings: strings) { content.extraSections.append(section) }
        if let section = BrokerageReportSections.brokerage(network, language: language, bounds: bounds) { content.extraSections.append(section) }
        if let section = BrokerageReportSections.influence(network, centrality: centrality, language: language) {
            content.extraSections.append(section)
        }
        content.extraSections.append(SuggestionReportSection.section(network, language: language))
        content.extraSections.append(
            FreshnessReportSection.section(network, actorsByID: content.actorsByID, strings: strings))
        let rows = centrality.sorted(by: nil)
        var files: [(String, [UInt8])] = [
            ("index.html", Array(HTMLReport(content: content).render().utf8)),
            ("report.md", Array(MarkdownReport(content: content).render().utf8)),
        ]
        if let rendered { files.append(("network.svg", Array(rendered.data))) }
        files += overviews.map { ($0.fileName, $0.svg) }
        files += [
            ("centrality.csv", Array(CentralityOutput.table(centrality, rows: rows, precise: true).csv().utf8)),
            ("gaps.csv", Array(GapOutput.csv(gaps).utf8)),
        ]
        return Output(files: files, warnings: (rendered?.warnings ?? []) + overviews.flatMap(\.warnings),
                      notes: rendered?.notes ?? [], layout: chosenLayout, overviews: overviews.map(\.criterion), bounds: bounds)
    }
}
