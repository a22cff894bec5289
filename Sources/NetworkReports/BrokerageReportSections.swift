import NetworkAnalysis
import NetworkModel

/// The report's sections on who brokers between sectors and, where the file rates actors'
/// influence, how perceived influence compares with measured position. Their sentences come from
/// the analyses in English; a German report shows the tables and figures without them.
public enum BrokerageReportSections {
    public static func brokerage(_ network: Network, language: ReportLanguage) -> ReportSection? {
        let result = BrokerageAnalysis.analyse(network, grouping: .sector)
        guard result.totals.total > 0 else { return nil }
        let german = language == .de
        let title = german ? "Wer zwischen den Sektoren vermittelt" : "Who brokers between sectors"
        var table = BrokerageOutput.table(result)
        table.rows = table.rows.filter { $0.last != "0" }
        let load = result.coordinatorLoad
        let loadText = german
            ? "Anteil der kürzesten Wege zwischen Zivilgesellschaft und öffentlichen Stellen, die über eine koordinierende Stelle laufen: \(ReportNumber.short(load.share))."
            : "Share of the shortest paths between civil-society and public actors that run through a coordinator: \(ReportNumber.short(load.share))."
        let sentences = german ? [] : result.sentences
        var html = "<section id=\"brokerage\">\n<h2>\(HTMLEscaping.escape(title))</h2>\n"
        if !sentences.isEmpty {
            html += "<ul>\n" + sentences.map { "<li>\(HTMLEscaping.escape($0))</li>\n" }.joined() + "</ul>\n"
        }
        html += "<p>\(HTMLEscaping.escape(loadText))</p>\n" + table.html() + "</section>"
        var markdown = sentences.map { "- \(MarkdownReport.inline($0))\n" }.joined()
        markdown += (sentences.isEmpty ? "" : "\n") + loadText + "\n\n" + table.markdown() + "\n"
        return ReportSection(anchor: "brokerage", title: title, html: html, markdown: markdown)
    }

    /// `nil` unless some actor carries an `influence` rating.
    public static func influence(_ network: Network, centrality: CentralityResult,
                                 language: ReportLanguage) -> ReportSection? {
        guard network.actors.contains(where: { $0.influence != nil }) else { return nil }
        let result = InfluenceAnalysis.compare(network, centrality: centrality, measure: .betweenness)
        let german = language == .de
        let title = german ? "Gesehener und gemessener Einfluss" : "Perceived and measured influence"
        let sentences = german ? [] : result.sentences
        let table = InfluenceOutput.table(result)
        var html = "<section id=\"influence\">\n<h2>\(HTMLEscaping.escape(title))</h2>\n"
        if !sentences.isEmpty {
            html += "<ul>\n" + sentences.map { "<li>\(HTMLEscaping.escape($0))</li>\n" }.joined() + "</ul>\n"
        }
        html += table.html() + "</section>"
        let markdown = sentences.map { "- \(MarkdownReport.inline($0))\n" }.joined() + (sentences.isEmpty ? "" : "\n")
            + table.markdown() + "\n"
        return ReportSection(anchor: "influence", title: title, html: html, markdown: markdown)
    }
}
