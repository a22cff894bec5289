import GraphvizRendering
import NetworkAnalysis
import NetworkModel
import Wording
import OutputFiles

/// The report's opening picture for a network too big to read actor by actor: the same overview
/// `actormap render --collapse` draws, by kind and, when actors name districts, by district, each
/// with a table of its groups as the text alternative.
///
/// Why in the report and not only on the command line: a report writer with a regional map of
/// thousands of actors gets a full diagram that is a grey tangle at page size. The council needs
/// "how many of whom, and who works with whom" first; the full diagram stays below for zooming.
enum OverviewReportSection {
    /// One overview, drawn and counted.
    struct Figure {
        var criterion: GroupingCriterion
        /// The SVG as Graphviz wrote it, also saved beside the report as `fileName`.
        var svg: [UInt8]
        var grouping: ActorGrouping
        var warnings: [String]

        var fileName: String { "overview-\(criterion.rawValue).svg" }
    }

    /// Overviews start above the size at which the command line suggests them.
    static func isWanted(for network: Network) -> Bool {
        network.actors.count > Layout.overviewSuggestionLimit
    }

    /// By kind always; by district only when some actor names one (otherwise every actor would sit
    /// in the one city-wide group, a picture that says nothing).
    static func figures(for network: Network, highlights: DiagramHighlights,
                        language: OutputLanguage = .en) throws -> [Figure] {
        guard isWanted(for: network) else { return [] }
        var criteria: [GroupingCriterion] = [.kind]
        if network.actors.contains(where: { !$0.districts.isEmpty }) { criteria.append(.district) }
        return try criteria.map { criterion in
            let diagram = OverviewDiagram(network: network, by: criterion,
                                          options: OverviewOptions(idPrefix: "\(criterion.rawValue)-", language: language),
                                          highlights: highlights)
            let rendered = try diagram.render(as: .svg)
            return Figure(criterion: criterion, svg: rendered.data, grouping: diagram.grouping, warnings: rendered.warnings)
        }
    }

    /// `wholeDiagramFollows`: false when the report leaves out the diagram of every actor
    /// (`ReportBounds`), which the lead paragraph then says instead of pointing below.
    static func section(_ figures: [Figure], network: Network, strings: ReportStrings,
                        wholeDiagramFollows: Bool = true) -> ReportSection? {
        guard !figures.isEmpty else { return nil }
        let hint = wholeDiagramFollows ? strings.words.overviewHint(actors: network.actors.count)
            : strings.words.overviewHintWithoutDiagram(actors: network.actors.count)
        var html: HTML = "<section id=\"overview\">\n<h2>\(strings.overview)</h2>\n"
        // Not a `hint` (those are hidden in print): the paper needs to say what circles and lines mean.
        html += "<p>\(hint)</p>\n"
        var markdown = hint + "\n\n"
        for figure in figures {
            let heading = figure.criterion == .kind ? strings.overviewByKind : strings.overviewByDistrict
            let anchor = "overview-\(figure.criterion.rawValue)"
            let svg = String(decoding: figure.svg, as: UTF8.self)
            let table = groupTable(figure.grouping, strings: strings)
            html += """
            <h3>\(heading)</h3>
            <figure aria-describedby="\(anchor)-text">
            <div class="overview">
            \(HTMLReport.inlineSVG(svg))
            </div>
            <figcaption id="\(anchor)-text">
            \(table.html().trimmingTrailingNewlines())
            </figcaption>
            </figure>

            """
            markdown += "### \(heading)\n\n![\(MarkdownReport.inline(network.title)): \(MarkdownReport.inline(heading))]"
                + "(\(figure.fileName))\n\n" + table.markdown() + "\n"
        }
        html += "</section>"
        return ReportSection(anchor: "overview", title: strings.overview, html: html, markdown: markdown)
    }

    /// The figures of the picture as a table: what a screen reader reads, and what a writer copies.
    static func groupTable(_ grouping: ActorGrouping, strings: ReportStrings) -> Table {
        var between = Array(repeating: 0, count: grouping.groups.count)
        for connection in grouping.connections {
            between[connection.first] += connection.total
            between[connection.second] += connection.total
        }
        var table = Table(columns: [strings.overviewGroup, strings.actors, strings.coordinators,
                                    strings.overviewLinksInside, strings.overviewLinksBetween],
                          alignments: [.left, .right, .right, .right, .right])
        for (index, group) in grouping.groups.enumerated() {
            let words = strings.words
            table.append([name(of: group.key, strings: strings), words.integer(group.members.count),
                          words.integer(group.coordinators), words.integer(group.linksInside), words.integer(between[index])])
        }
        return table
    }

    static func name(of key: ActorGrouping.Key, strings: ReportStrings) -> String {
        switch key {
        case .kind(let kind): return strings.words.kind(kind)
        case .district(let district): return district
        case .noDistrict: return strings.overviewNoDistrict
        }
    }
}
