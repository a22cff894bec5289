import NetworkAnalysis
import NetworkModel
import Wording
import OutputFiles

/// The report's sections on who brokers between sectors and, where the file rates actors'
/// influence, how perceived influence compares with measured position. The tables are built
/// here in the report's language (sectors, roles, findings and decimals as the reader writes
/// them); the sentences are the catalogue's (Words+Brokerage, Words+Influence), in the report's language too.
public enum BrokerageReportSections {
    /// `bounds`: above `ReportBounds.tableRowLimit` actors the table keeps the actors who broker
    /// most, and the coordinators' load (a search from every actor of one sector, all-pairs like
    /// betweenness) is left to `actormap brokerage`, as the section says.
    public static func brokerage(_ network: Network, language: ReportLanguage,
                                 bounds: ReportBounds = ReportBounds(drawsWholeDiagram: true, tableRows: nil)) -> ReportSection? {
        let result = BrokerageAnalysis.analyse(network, grouping: .sector, coordinatorLoad: bounds.tableRows == nil)
        guard result.totals.total > 0 else { return nil }
        let words = language.words
        let title = words[.brokerageTitle]
        var table = brokerageTable(result, words: words)
        // Both notes are the catalogue's words and numbers, no data: Markdown as they are.
        var shortened: String?
        if let limit = bounds.tableRows, table.rows.count > limit {
            shortened = words.brokerageTableShortened(shown: limit, of: table.rows.count)
            table.rows = Array(table.rows.prefix(limit))
        }
        let loadText = result.coordinatorLoad.map { words.coordinatorShare($0.share) }
            ?? words.coordinatorLoadLeftOut(actors: network.actors.count)
        let sentences = words.brokerageSentences(result)
        var html: HTML = "<section id=\"brokerage\">\n<h2>\(title)</h2>\n"
        if !sentences.isEmpty {
            html += "<ul>\n" + sentences.map { "<li>\($0)</li>\n" as HTML }.joined() + "</ul>\n"
        }
        html += "<p>\(loadText)</p>\n" + table.html()
        if let shortened { html += "<p>\(shortened)</p>\n" }
        html += "</section>"
        var markdown = sentences.map { "- \(MarkdownReport.inline($0))\n" }.joined()
        markdown += (sentences.isEmpty ? "" : "\n") + loadText + "\n\n" + table.markdown() + "\n"
        if let shortened { markdown += "\n" + shortened + "\n" }
        return ReportSection(anchor: "brokerage", title: title, html: html, markdown: markdown)
    }

    /// Actors that broker at all, with their group named as the reader names it.
    static func brokerageTable(_ result: BrokerageResult, words: Words) -> Table {
        var table = Table(columns: [words[.name], words[.group]] + BrokerageRole.allCases.map(words.brokerageRole)
                            + [words[.total]],
                          alignments: [.left, .left] + BrokerageRole.allCases.map { _ in .right } + [.right])
        for row in result.rows where row.counts.total > 0 {
            table.append([row.name, groupName(row.group, grouping: result.grouping, words: words)]
                + BrokerageRole.allCases.map { words.integer(row.counts[$0]) } + [words.integer(row.counts.total)])
        }
        return table
    }

    static func groupName(_ group: String, grouping: BrokerageGrouping, words: Words) -> String {
        switch grouping {
        case .sector: return Sector(rawValue: group).map(words.sector) ?? group
        case .kind: return ActorKind(rawValue: group).map(words.kind) ?? group
        }
    }

    /// `nil` unless some actor carries an `influence` rating.
    public static func influence(_ network: Network, centrality: CentralityResult,
                                 language: ReportLanguage) -> ReportSection? {
        guard network.actors.contains(where: { $0.influence != nil }) else { return nil }
        let result = InfluenceAnalysis.compare(network, centrality: centrality, measure: .betweenness)
        let words = language.words
        let title = words[.influenceTitle]
        let sentences = words.influenceSentences(result)
        let table = influenceTable(result, words: words)
        var html: HTML = "<section id=\"influence\">\n<h2>\(title)</h2>\n"
        if !sentences.isEmpty {
            html += "<ul>\n" + sentences.map { "<li>\($0)</li>\n" as HTML }.joined() + "</ul>\n"
        }
        html += table.html() + "</section>"
        let markdown = sentences.map { "- \(MarkdownReport.inline($0))\n" }.joined() + (sentences.isEmpty ? "" : "\n")
            + table.markdown() + "\n"
        return ReportSection(anchor: "influence", title: title, html: html, markdown: markdown)
    }

    /// Rated actors by perceived rank, then those not measured or not rated, each finding in words.
    static func influenceTable(_ result: InfluenceComparison, words: Words) -> Table {
        let seen = Set(result.seenButPeripheral), unseen = Set(result.centralButUnseen)
        func number(_ value: Double?) -> String { ReportNumber.short(value, in: words) }
        var table = Table(columns: [words[.name], words[.influence], words.measure(result.measure), words[.perceivedRank],
                                    words[.measuredRank], words[.finding]],
                          alignments: [.left, .right, .right, .right, .right, .left])
        for row in result.rows {
            let finding = seen.contains(row.id) ? words[.seenButPeripheral] : unseen.contains(row.id) ? words[.centralButUnseen] : ""
            table.append([row.name, number(row.influence), number(row.measured), number(row.perceivedRank),
                          number(row.measuredRank), finding])
        }
        for id in result.notMeasured {
            table.append([id, "", "", "", "", words[.notMeasured]])
        }
        for actor in result.notRated {
            table.append([actor.name, "", number(actor.measured), "", "", words[.notRated]])
        }
        return table
    }
}
