import NetworkAnalysis
import NetworkModel
import Wording

/// How far the report can be trusted: how many facts name a source and when they were last
/// checked. Dates come from the file, never from the clock, so the report stays reproducible.
public enum FreshnessReportSection {
    public static func section(_ network: Network, actorsByID: [String: Actor], strings: ReportStrings) -> ReportSection {
        let freshness = DataFreshness(network)
        let words = strings.words
        var sentences = [words.actorsNamingSource(freshness.actorsWithSource, of: freshness.actorCount)]
        if let oldest = freshness.oldestCheck, let newest = freshness.newestCheck {
            sentences.append(words.actorsChecked(freshness.actorsChecked, oldest: oldest, newest: newest))
        } else {
            sentences.append(strings.freshnessNeverChecked)
        }
        let names = freshness.unsourced.map { actorsByID[$0]?.name ?? $0 }
        var html: HTML = "<section id=\"freshness\">\n<h2>\(strings.freshness)</h2>\n"
        html += "<p>\(sentences.map(HTML.init(text:)).joined(separator: " "))</p>\n"
        var markdown = sentences.joined(separator: " ") + "\n\n"
        if !names.isEmpty {
            html += "<p>\(strings.freshnessUnsourced) \(names.map(HTML.init(text:)).joined(separator: ", "))</p>\n"
            markdown += "\(strings.freshnessUnsourced) \(names.map(MarkdownReport.inline).joined(separator: ", "))\n\n"
        }
        return ReportSection(anchor: "freshness", title: strings.freshness, html: html + "</section>", markdown: markdown)
    }
}
