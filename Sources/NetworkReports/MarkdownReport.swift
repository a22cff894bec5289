import NetworkAnalysis
import NetworkModel
import Wording
import OutputFiles

/// `report.md`: the same report for people who paste into a wiki, a repository or a paper.
/// GitHub-flavoured Markdown, the diagram beside it as `network.svg`.
public struct MarkdownReport {
    public var content: ReportContent

    public init(content: ReportContent) {
        self.content = content
    }

    public func render() -> String {
        let strings = content.language.strings
        let network = content.network
        let summary = content.summary
        var out = "# \(MarkdownReport.inline(network.title))\n\n"
        var lead: [String] = []
        if let asOf = network.asOf { lead.append("\(strings.asOf) \(strings.words.date(asOf))") }
        if let description = network.description { lead.append(MarkdownReport.inline(description)) }
        if !lead.isEmpty { out += lead.joined(separator: " · ") + "\n\n" }

        out += "## \(strings.keyFigures)\n\n"
        var figures = Table(columns: ["", ""], alignments: [.left, .right])
        figures.append([strings.actors, String(summary.actorCount)])
        figures.append([strings.links, String(summary.linkCount)])
        figures.append([strings.services, String(summary.serviceCount)])
        figures.append([strings.pathways, String(summary.pathwayCount)])
        for (value, label) in content.extraFigures { figures.append([label, String(value)]) }
        out += figures.markdown() + "\n"
        if summary.coordinators.isEmpty {
            out += strings.noCoordinator + "\n\n"
        } else {
            out += "**\(strings.coordinators):** " + summary.coordinators.map { MarkdownReport.inline($0.name) }.joined(separator: ", ") + "\n\n"
        }
        if summary.components.count > 1 {
            out += "**\(strings.groups) (\(summary.components.count)):**\n\n"
            for component in summary.components {
                out += "- " + component.map { MarkdownReport.inline(content.actorsByID[$0]?.name ?? $0) }.joined(separator: ", ") + "\n"
            }
            out += "\n"
        } else {
            out += strings.allConnected + "\n\n"
        }
        for section in content.leadSections {
            out += "## \(section.title)\n\n" + section.markdown
            if !section.markdown.hasSuffix("\n\n") { out += "\n" }
        }
        if content.diagramSVG != nil {
            out += "## \(strings.diagram)\n\n![\(MarkdownReport.inline(network.title))](network.svg)\n\n"
        }
        for section in content.extraSections {
            out += "## \(section.title)\n\n" + section.markdown
            if !section.markdown.hasSuffix("\n\n") { out += "\n" }
        }
        out += "## \(strings.centrality)\n\n"
        let measures: [(CentralityMeasure, String)] = [(.degree, "degree"), (.betweenness, "betweenness"),
                                                      (.closeness, "closeness"), (.pagerank, "pagerank"),
                                                      (.constraint, "constraint")]
        var table = Table(columns: [strings.name, strings.kind] + measures.map { strings.measureLabels[$0.1] ?? $0.1 },
                          alignments: [.left, .left] + measures.map { _ in .right })
        for row in content.centrality.sorted(by: .betweenness).prefix(content.tableRowLimit ?? Int.max) {
            table.append([row.name, strings.kindLabels[row.kind.rawValue] ?? row.kind.rawValue]
                         + measures.map { ReportNumber.short($0.0.value(in: row), in: strings.words) })
        }
        out += table.markdown() + "\n"
        if let limit = content.tableRowLimit, content.centrality.rows.count > limit {
            out += strings.words.tableShortened(shown: limit, of: content.centrality.rows.count, file: "centrality.csv") + "\n\n"
        }
        out += "---\n\n\(strings.generatedBy)\(content.stamp.map { " · \($0)" } ?? "")\n"
        return out
    }

    /// Text in running Markdown: characters that would start markup are escaped.
    public static func inline(_ text: String) -> String { MarkdownText.inline(text) }
}
