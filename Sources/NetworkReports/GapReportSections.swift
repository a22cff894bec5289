import NetworkAnalysis
import NetworkModel
import Wording
import OutputFiles

/// The parts of a report that come from the gap analysis: the gaps by severity, the coverage
/// matrices, and each pathway drawn as its stages with the hand-overs between them.
public enum GapReportSections {
    /// The gaps as people read them: grouped (`GapGrouping`), open ones by severity, then the
    /// accepted ones with their reasons.
    public static func gaps(_ gaps: [Gap], network: Network, language: ReportLanguage) -> ReportSection {
        let strings = language.strings
        let groups = GapGrouping.groups(gaps, in: network, languageName: language.words.languageName)
        func sentence(_ group: GapGroup) -> String { GapSentences.sentence(for: group, in: network, language: language) }
        let open = gaps.filter(\.isOpen).count
        var html: HTML = "<section id=\"gaps\">\n<h2>\(strings.gaps) (\(open))</h2>\n"
        var markdown = ""
        if open == 0 {
            html += "<p>\(strings.noGaps)</p>\n"
            markdown += strings.noGaps + "\n\n"
        }
        for severity in GapSeverity.allCases {
            let group = groups.filter { $0.isOpen && $0.severity == severity }
            guard !group.isEmpty else { continue }
            let count = group.reduce(0) { $0 + $1.gaps.count }
            let label = severityLabel(severity, strings)
            html += "<h3>\(label) (\(count))</h3>\n"
            markdown += "### \(label) (\(count))\n\n"
            for entry in group {
                let kind = language.words.gapKind(entry.kind)
                html += "<div class=\"gap \(severity.rawValue)\"><span class=\"kind\">\(kind)</span>"
                    + "\(sentence(entry))</div>\n"
                markdown += "- **\(MarkdownReport.inline(kind))**: \(MarkdownReport.inline(sentence(entry)))\n"
            }
            markdown += "\n"
        }
        let accepted = groups.filter { !$0.isOpen }
        if !accepted.isEmpty {
            let count = accepted.reduce(0) { $0 + $1.gaps.count }
            let label = language.words[.accepted]
            let reasonLabel = language.words[.reason]
            html += "<h3>\(label) (\(count))</h3>\n"
            markdown += "### \(label) (\(count))\n\n"
            for entry in accepted {
                let kind = language.words.gapKind(entry.kind)
                let reason = entry.acceptance.map { GapSentences.acceptance($0, language: language) } ?? ""
                html += "<div class=\"gap accepted\"><span class=\"kind\">\(kind)</span>"
                    + "\(sentence(entry))<small class=\"reason\">\(reasonLabel): "
                    + "\(reason)</small></div>\n"
                markdown += "- **\(MarkdownReport.inline(kind))**: \(MarkdownReport.inline(sentence(entry))) "
                    + "(\(reasonLabel): \(MarkdownReport.inline(reason)))\n"
            }
            markdown += "\n"
        }
        return ReportSection(anchor: "gaps", title: strings.gaps, html: html + "</section>", markdown: markdown)
    }

    /// `nil` when the network names neither languages nor districts: an empty matrix says nothing.
    /// Each cell shows its state: providers (and places where offers give them), "i" through
    /// interpreting, "–" missing (a gap colour), "·" not needed (neutral, never a gap colour).
    public static func coverage(_ matrix: CoverageMatrix, strings: ReportStrings) -> ReportSection? {
        let parts = [(matrix.languages, strings.coverageLanguages), (matrix.districts, strings.coverageDistricts)]
            .filter { !$0.0.columns.isEmpty && !$0.0.rows.isEmpty }
        guard !parts.isEmpty else { return nil }
        var html: HTML = "<section id=\"coverage\">\n<h2>\(strings.coverage)</h2>\n"
        html += "<p class=\"hint\">\(strings.coverageHint)</p>\n"
        let legend = strings.words[.coverageLegend]
        html += "<p class=\"hint\">\(legend)</p>\n"
        var markdown = strings.coverageHint + "\n\n" + legend + "\n\n"
        for (part, title) in parts {
            let places = part.rows.contains { $0.capacity != nil }
            let placesLabel = strings.words[.placesColumn]
            html += "<h3>\(title)</h3>\n<table>\n<thead><tr><th>\(strings.service)</th>"
            // Languages by name for a reader of another language; English keeps the tags it always showed.
            let columns = title == strings.coverageLanguages && strings.words.language != .en
                ? part.columns.map(strings.words.languageName) : part.columns
            html += columns.map { "<th class=\"num\">\($0)</th>" as HTML }.joined()
            html += (places ? "<th class=\"num\">\(placesLabel)</th>" : "") + "</tr></thead>\n<tbody>\n"
            var table = Table(columns: [strings.service] + columns + (places ? [placesLabel] : []),
                              alignments: [.left] + part.columns.map { _ in .right } + (places ? [.right] : []))
            for row in part.rows {
                html += "<tr><td>\(row.name)</td>"
                var cells: [String] = []
                for (index, cell) in row.cells.enumerated() {
                    let text = GapOutput.cellText(cell, capacity: row.capacities?[index])
                    let css: String
                    switch cell {
                    case .offered(let providers): css = providers == 1 ? "thin" : "covered"
                    case .throughInterpreting: css = "interpreted"
                    case .missing: css = "missing"
                    case .notNeeded: css = "not-needed"
                    }
                    html += "<td class=\"\(css)\">\(text)</td>"
                    cells.append(text)
                }
                let total = row.capacity.map(String.init) ?? ""
                if places { html += "<td class=\"num\">\(total)</td>" }
                html += "</tr>\n"
                table.append([row.name] + cells + (places ? [total] : []))
            }
            html += "</tbody>\n</table>\n"
            markdown += "### \(title)\n\n" + table.markdown() + "\n"
        }
        return ReportSection(anchor: "coverage", title: strings.coverage, html: html + "</section>", markdown: markdown)
    }

    /// Each pathway as a row of stages: who offers each stage, and whether anyone hands people
    /// on to the next (a `pathway-break` gap marks the hand-over as broken; an accepted one carries
    /// its reason, so the reader sees why nobody refers people there).
    public static func pathways(_ network: Network, gaps: [Gap], strings: ReportStrings) -> ReportSection? {
        guard !network.pathways.isEmpty else { return nil }
        let services = Dictionary(uniqueKeysWithValues: network.services.map { ($0.id, $0.name) })
        var breaks: [String: GapAcceptance?] = [:]
        for gap in gaps where gap.kind == .pathwayBreak {
            breaks["\(gap.pathway ?? "")|\(gap.fromStage ?? "")|\(gap.toStage ?? "")"] = .some(gap.accepted)
        }
        var html: HTML = "<section id=\"pathways\">\n<h2>\(strings.pathwaysHeading)</h2>\n"
        var markdown = ""
        for pathway in network.pathways {
            html += "<h3>\(pathway.name)</h3>\n<ol class=\"pathway\">\n"
            markdown += "### \(MarkdownReport.inline(pathway.name))\n\n"
            for (index, stage) in pathway.stages.enumerated() {
                let providers = network.actors.filter { $0.offers(stage) }.map(\.name).sorted()
                let who = providers.isEmpty ? strings.none : providers.joined(separator: ", ")
                html += "<li><div class=\"stage\">\(index + 1). \(services[stage] ?? stage)"
                    + "<small>\(strings.providers): \(who)</small></div>"
                markdown += "\(index + 1). **\(MarkdownReport.inline(services[stage] ?? stage))**: "
                    + "\(strings.providers): \(MarkdownReport.inline(who))\n"
                if index + 1 < pathway.stages.count {
                    let found = breaks["\(pathway.id)|\(stage)|\(pathway.stages[index + 1])"]
                    let broken = found != nil
                    var text = broken ? "✖ " + strings.pathwayBreak : "→ " + strings.pathwayOK
                    if let acceptance = found ?? nil {
                        text += " (\(strings.words[.accepted]): "
                            + GapSentences.acceptance(acceptance, language: strings.words.language) + ")"
                    }
                    html += "<span class=\"handover\(broken ? " broken" : "")\">\(text)</span>"
                    markdown += "   - \(broken ? "**\(text)**" : text)\n"
                }
                html += "</li>\n"
            }
            html += "</ol>\n"
            markdown += "\n"
        }
        return ReportSection(anchor: "pathways", title: strings.pathwaysHeading, html: html + "</section>", markdown: markdown)
    }

    static func severityLabel(_ severity: GapSeverity, _ strings: ReportStrings) -> String {
        switch severity {
        case .high: return strings.severityHigh
        case .medium: return strings.severityMedium
        case .low: return strings.severityLow
        }
    }
}
