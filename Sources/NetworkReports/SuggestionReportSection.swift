import NetworkAnalysis
import NetworkModel
import Wording

/// The report's "What would close the gaps": the first suggestions of `actormap suggest`
/// (issue 22), each with what it changes, why the data makes it plausible, what it closes and the
/// open gaps before and after, under a sentence that they are suggestions to discuss, not facts.
///
/// Each suggestion is checked by running the whole gap analysis again, so on a national map the
/// section would cost several times the report's own gap analysis; above `actorLimit` actors it
/// says so and points to the command instead of computing anything.
public enum SuggestionReportSection {
    /// As many as `actormap suggest --max 5` lists: few enough for a meeting's agenda.
    public static let shown = 5
    /// Above this many actors the section only points to `actormap suggest`. At 3,000 actors the
    /// five suggestions took 2.6 times the gap analysis (debug build); the report's diagram is
    /// drawn with sfdp from 1,000 actors on, and a report that big is a map to look at, not an
    /// agenda.
    public static let actorLimit = 2_000

    /// The reports' gaps use no "today" either (`GapAnalysis.gaps(in:)`): the section agrees with
    /// the report's own gap list, and the same file gives the same report on any day.
    public static func section(_ network: Network, language: ReportLanguage) -> ReportSection {
        let words = language.words
        let title = words.suggestionsSectionTitle
        guard network.actors.count <= actorLimit else {
            let sentence = words.suggestionsLeftOut(actors: network.actors.count, limit: actorLimit)
            return ReportSection(anchor: "suggestions", title: title,
                                 html: "<section id=\"suggestions\">\n<h2>\(title)</h2>\n"
                                     + "<p>\(sentence)</p>\n</section>",
                                 markdown: MarkdownReport.inline(sentence) + "\n\n")
        }
        let analysis = SuggestionAnalysis(network: network, max: shown)
        return section(analysis, language: language)
    }

    /// The section for suggestions already computed.
    public static func section(_ analysis: SuggestionAnalysis, language: ReportLanguage) -> ReportSection {
        let words = language.words
        let network = analysis.network
        let title = words.suggestionsSectionTitle
        let summary = words.suggestionsSummary(before: analysis.gapsBefore.count, after: analysis.gapsAfter.count,
                                               changes: analysis.suggestions.count)
        var lead = [words.suggestionsNotFacts]
        if !analysis.suggestions.isEmpty { lead.append(summary) }
        let items = analysis.suggestions.map { item($0, network: network, language: language) }
        let notes = SuggestionOutput.notes(analysis, language: language)

        var html: HTML = "<section id=\"suggestions\">\n<h2>\(title)</h2>\n"
        html += "<p>\(lead.map(HTML.init(text:)).joined(separator: " "))</p>\n"
        var markdown = lead.map(MarkdownReport.inline).joined(separator: " ") + "\n\n"
        if items.isEmpty {
            html += "<p>\(words.noSuggestions)</p>\n"
            markdown += MarkdownReport.inline(words.noSuggestions) + "\n\n"
        } else {
            html += "<ol class=\"suggestions\">\n"
            for (index, item) in items.enumerated() {
                html += "<li><p><strong>\(item.kind)</strong> \(item.change)</p>\n<ul>\n"
                html += item.details.map { "<li>\($0)</li>\n" as HTML }.joined() + "</ul></li>\n"
                markdown += "\(index + 1). **\(MarkdownReport.inline(item.kind))** \(MarkdownReport.inline(item.change))\n"
                markdown += item.details.map { "   - \(MarkdownReport.inline($0))\n" }.joined()
            }
            html += "</ol>\n"
            markdown += "\n"
            let shownFirst = words.suggestionsShownFirst(shown)
            html += "<p>\(shownFirst)</p>\n"
            markdown += MarkdownReport.inline(shownFirst) + "\n\n"
        }
        if !notes.isEmpty {
            html += "<p>\(notes.map(HTML.init(text:)).joined(separator: "<br>\n"))</p>\n"
            markdown += notes.map { MarkdownReport.inline($0) + "\n" }.joined(separator: "\n") + "\n"
        }
        return ReportSection(anchor: "suggestions", title: title, html: html + "</section>", markdown: markdown)
    }

    /// One suggestion as the report shows it: "Tie:" and the change, then why, what it closes,
    /// and the open gaps before → after, each already labelled in the reader's language.
    struct Item {
        var kind: String
        var change: String
        var details: [String]
    }

    static func item(_ change: SuggestedChange, network: Network, language: ReportLanguage) -> Item {
        let words = language.words
        let columns = words.suggestionColumns
        var kind = words.labelled(words.suggestionKind(change.kind), "")
        while kind.last == " " { kind.removeLast() }
        let count = "\(words.integer(change.openBefore)) → \(words.integer(change.openAfter))"
        return Item(kind: kind, change: words.suggestionChange(change, in: network),
                    details: [words.labelled(columns[3], words.suggestionReasons(change, in: network)),
                              words.labelled(columns[4], SuggestionOutput.closedText(change, network: network, language: language)),
                              words.labelled(columns[5], count)])
    }
}
