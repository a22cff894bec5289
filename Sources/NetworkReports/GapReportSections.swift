import NetworkAnalysis
import NetworkModel

/// The parts of a report that come from the gap analysis: the gaps by severity, the coverage
/// matrices, and each pathway drawn as its stages with the hand-overs between them.
public enum GapReportSections {
    public static func gaps(_ gaps: [Gap], network: Network, language: ReportLanguage) -> ReportSection {
        let strings = language.strings
        func message(_ gap: Gap) -> String {
            language == .de ? GermanGapMessages.message(for: gap, in: network) : gap.message
        }
        var html = "<section id=\"gaps\">\n<h2>\(HTMLEscaping.escape(strings.gaps)) (\(gaps.count))</h2>\n"
        var markdown = ""
        if gaps.isEmpty {
            html += "<p>\(HTMLEscaping.escape(strings.noGaps))</p>\n"
            markdown += strings.noGaps + "\n\n"
        }
        for severity in GapSeverity.allCases {
            let group = gaps.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            let label = severityLabel(severity, strings)
            html += "<h3>\(HTMLEscaping.escape(label)) (\(group.count))</h3>\n"
            markdown += "### \(label) (\(group.count))\n\n"
            for gap in group {
                html += "<div class=\"gap \(severity.rawValue)\"><span class=\"kind\">\(HTMLEscaping.escape(gap.kind.rawValue))</span>"
                    + "\(HTMLEscaping.escape(message(gap)))</div>\n"
                markdown += "- **\(gap.kind.rawValue)**: \(MarkdownReport.inline(message(gap)))\n"
            }
            markdown += "\n"
        }
        return ReportSection(anchor: "gaps", title: strings.gaps, html: html + "</section>", markdown: markdown)
    }

    /// `nil` when the network names neither languages nor districts: an empty matrix says nothing.
    public static func coverage(_ matrix: CoverageMatrix, strings: ReportStrings) -> ReportSection? {
        let parts = [(matrix.languages, strings.coverageLanguages), (matrix.districts, strings.coverageDistricts)]
            .filter { !$0.0.columns.isEmpty && !$0.0.rows.isEmpty }
        guard !parts.isEmpty else { return nil }
        var html = "<section id=\"coverage\">\n<h2>\(HTMLEscaping.escape(strings.coverage))</h2>\n"
        html += "<p class=\"hint\">\(HTMLEscaping.escape(strings.coverageHint))</p>\n"
        var markdown = strings.coverageHint + "\n\n"
        for (part, title) in parts {
            html += "<h3>\(HTMLEscaping.escape(title))</h3>\n<table>\n<thead><tr><th>\(HTMLEscaping.escape(strings.service))</th>"
            html += part.columns.map { "<th class=\"num\">\(HTMLEscaping.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            var table = Table(columns: [strings.service] + part.columns,
                              alignments: [.left] + part.columns.map { _ in .right })
            for row in part.rows {
                html += "<tr><td>\(HTMLEscaping.escape(row.name))</td>"
                for count in row.counts {
                    let css = count == 0 ? "missing" : (count == 1 ? "thin" : "covered")
                    html += "<td class=\"\(css)\">\(count == 0 ? "–" : String(count))</td>"
                }
                html += "</tr>\n"
                table.append([row.name] + row.counts.map { $0 == 0 ? "–" : String($0) })
            }
            html += "</tbody>\n</table>\n"
            markdown += "### \(title)\n\n" + table.markdown() + "\n"
        }
        return ReportSection(anchor: "coverage", title: strings.coverage, html: html + "</section>", markdown: markdown)
    }

    /// Each pathway as a row of stages: who offers each stage, and whether anyone hands people
    /// on to the next (a `pathway-break` gap marks the hand-over as broken).
    public static func pathways(_ network: Network, gaps: [Gap], strings: ReportStrings) -> ReportSection? {
        guard !network.pathways.isEmpty else { return nil }
        let services = Dictionary(uniqueKeysWithValues: network.services.map { ($0.id, $0.name) })
        let breaks = Set(gaps.filter { $0.kind == .pathwayBreak }.map { "\($0.pathway ?? "")|\($0.fromStage ?? "")|\($0.toStage ?? "")" })
        var html = "<section id=\"pathways\">\n<h2>\(HTMLEscaping.escape(strings.pathwaysHeading))</h2>\n"
        var markdown = ""
        for pathway in network.pathways {
            html += "<h3>\(HTMLEscaping.escape(pathway.name))</h3>\n<ol class=\"pathway\">\n"
            markdown += "### \(MarkdownReport.inline(pathway.name))\n\n"
            for (index, stage) in pathway.stages.enumerated() {
                let providers = network.actors.filter { $0.offers(stage) }.map(\.name).sorted()
                let who = providers.isEmpty ? strings.none : providers.joined(separator: ", ")
                html += "<li><div class=\"stage\">\(index + 1). \(HTMLEscaping.escape(services[stage] ?? stage))"
                    + "<small>\(HTMLEscaping.escape(strings.providers)): \(HTMLEscaping.escape(who))</small></div>"
                markdown += "\(index + 1). **\(MarkdownReport.inline(services[stage] ?? stage))**: "
                    + "\(strings.providers): \(MarkdownReport.inline(who))\n"
                if index + 1 < pathway.stages.count {
                    let broken = breaks.contains("\(pathway.id)|\(stage)|\(pathway.stages[index + 1])")
                    let text = broken ? "✖ " + strings.pathwayBreak : "→ " + strings.pathwayOK
                    html += "<span class=\"handover\(broken ? " broken" : "")\">\(HTMLEscaping.escape(text))</span>"
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
