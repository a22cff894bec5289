import NetworkAnalysis
import NetworkModel
import Wording
import OutputFiles

/// `index.html`: one self-contained page a commissioner can hand to the city council. Every
/// value from the network is escaped; nothing is fetched from anywhere.
public struct HTMLReport {
    public var content: ReportContent

    public init(content: ReportContent) {
        self.content = content
    }

    var strings: ReportStrings { content.language.strings }
    var words: Words { content.language.words }
    var network: Network { content.network }

    public func render() -> String {
        let title = HTMLEscaping.escape(network.title)
        var sections: [String] = [header(), keyFigures()]
        sections.append(contentsOf: content.leadSections.map(\.html))
        if let svg = content.diagramSVG { sections.append(diagram(svg)) }
        sections.append(contentsOf: content.extraSections.map(\.html))
        sections.append(centralityTable())
        sections.append(profiles())
        return """
        <!DOCTYPE html>
        <html lang="\(content.language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) – \(HTMLEscaping.escape(strings.reportTitle))</title>
        <style>
        \(HTMLPageAssets.style)
        </style>
        </head>
        <body>
        <main>
        \(sections.joined(separator: "\n"))
        <footer>\(HTMLEscaping.escape(strings.generatedBy))\(content.stamp.map { " · " + HTMLEscaping.escape($0) } ?? "")</footer>
        </main>
        <script>
        \(HTMLPageAssets.script)
        </script>
        </body>
        </html>

        """
    }

    func header() -> String {
        var html = "<header>\n<h1>\(HTMLEscaping.escape(network.title))</h1>\n"
        var lead: [String] = []
        if let asOf = network.asOf { lead.append(HTMLEscaping.escape("\(strings.asOf) \(words.date(asOf))")) }
        if let description = network.description { lead.append(HTMLEscaping.escape(description)) }
        if !lead.isEmpty { html += "<p class=\"lead\">\(lead.joined(separator: " · "))</p>\n" }
        var toc = [("figures", strings.keyFigures)]
        toc += content.leadSections.map { ($0.anchor, $0.title) }
        if content.diagramSVG != nil { toc.append(("diagram", strings.diagram)) }
        toc += content.extraSections.map { ($0.anchor, $0.title) }
        toc += [("centrality", strings.centrality), ("profiles", strings.profiles)]
        html += "<nav class=\"toc\">" + toc.map { "<a href=\"#\($0.0)\">\(HTMLEscaping.escape($0.1))</a>" }.joined() + "</nav>\n"
        return html + "</header>"
    }

    func keyFigures() -> String {
        let summary = content.summary
        var figures = [(summary.actorCount, strings.actors), (summary.linkCount, strings.links),
                       (summary.serviceCount, strings.services), (summary.pathwayCount, strings.pathways)]
        figures += content.extraFigures
        var html = "<section id=\"figures\">\n<h2>\(HTMLEscaping.escape(strings.keyFigures))</h2>\n<div class=\"figures\">\n"
        for (value, label) in figures {
            html += "<div class=\"figure\"><b>\(value)</b><span>\(HTMLEscaping.escape(label))</span></div>\n"
        }
        html += "</div>\n"
        if summary.coordinators.isEmpty {
            html += "<p>\(HTMLEscaping.escape(strings.noCoordinator))</p>\n"
        } else {
            let names = summary.coordinators.map(actorLink).joined(separator: ", ")
            html += "<p><strong>\(HTMLEscaping.escape(strings.coordinators)):</strong> \(names)</p>\n"
        }
        if summary.components.count <= 1 {
            html += "<p>\(HTMLEscaping.escape(strings.allConnected))</p>\n"
        } else {
            html += "<p><strong>\(HTMLEscaping.escape(strings.groups)) (\(summary.components.count)):</strong></p>\n<ul>\n"
            for component in summary.components {
                html += "<li>" + component.compactMap { content.actorsByID[$0] }.map(actorLink).joined(separator: ", ") + "</li>\n"
            }
            html += "</ul>\n"
        }
        return html + "</section>"
    }

    /// The SVG goes in as Graphviz wrote it, minus the XML prolog that is not allowed inside HTML.
    func diagram(_ svg: String) -> String {
        let start = svg.range(of: "<svg")?.lowerBound ?? svg.startIndex
        let zoom = """
        <div class="zoom noprint" role="group"><button type="button" data-zoom="in">\(HTMLEscaping.escape(strings.zoomIn))</button>\
        <button type="button" data-zoom="out">\(HTMLEscaping.escape(strings.zoomOut))</button>\
        <button type="button" data-zoom="reset">\(HTMLEscaping.escape(strings.zoomReset))</button></div>
        """
        // On paper: the compact drawing and its key, or (none legible on A4) the text alternative.
        var paper = ""
        if let print = content.printDiagram {
            paper = "<div class=\"diagram-print print-only\">\n\(Self.inlineSVG(print.svg))\n</div>\n"
            if let key = print.keySVG { paper += "<div class=\"diagram-print-key print-only\">\n\(Self.inlineSVG(key))\n</div>\n" }
        }
        return """
        <section id="diagram" class="\(content.printDiagram == nil ? "print-replaced" : "print-compact")">
        <h2>\(HTMLEscaping.escape(strings.diagram))</h2>
        <p class="hint">\(HTMLEscaping.escape(strings.diagramHint))</p>
        \(zoom)
        <figure aria-describedby="diagram-text">
        <div class="diagram">
        \(svg[start...].trimmingTrailingNewlines())
        </div>
        <figcaption id="diagram-text" class="hint"><a href="#centrality">\(HTMLEscaping.escape(strings.diagramTextAlternative))</a></figcaption>
        </figure>
        \(paper)</section>
        """
    }

    /// An SVG as Graphviz wrote it, minus the XML prolog that is not allowed inside HTML.
    static func inlineSVG(_ svg: String) -> Substring {
        let start = svg.range(of: "<svg")?.lowerBound ?? svg.startIndex
        return svg[start...].trimmingTrailingNewlines()
    }

    /// Rows start sorted by betweenness, so the table is useful before any script runs.
    func centralityTable() -> String {
        let measures: [(CentralityMeasure, String)] = [
            (.degree, "degree"), (.betweenness, "betweenness"), (.closeness, "closeness"),
            (.eigenvector, "eigenvector"), (.pagerank, "pagerank"), (.core, "core"),
            (.clustering, "clustering"), (.constraint, "constraint"),
        ]
        var html = "<section id=\"centrality\">\n<h2>\(HTMLEscaping.escape(strings.centrality))</h2>\n"
        html += "<p class=\"hint\">\(HTMLEscaping.escape(strings.centralityHint))</p>\n"
        html += "<table class=\"sortable\">\n<thead><tr><th>\(HTMLEscaping.escape(strings.name))</th><th>\(HTMLEscaping.escape(strings.kind))</th>"
        for (_, key) in measures {
            html += "<th class=\"num\">\(HTMLEscaping.escape(strings.measureLabels[key] ?? key))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in content.centrality.sorted(by: .betweenness).prefix(content.tableRowLimit ?? Int.max) {
            let name = hasProfile(row.id) ? "<a href=\"#profile-\(HTMLEscaping.fragment(row.id))\">\(HTMLEscaping.escape(row.name))</a>"
                : HTMLEscaping.escape(row.name)
            html += "<tr><td data-value=\"\(HTMLEscaping.escape(row.name.lowercased()))\">\(name)</td>"
            html += "<td>\(HTMLEscaping.escape(strings.kindLabels[row.kind.rawValue] ?? row.kind.rawValue))</td>"
            for (measure, _) in measures {
                let value = measure.value(in: row)
                html += "<td class=\"num\" data-value=\"\(value.map { JSONValue.format($0) } ?? "")\">\(ReportNumber.short(value, in: words))</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        if let limit = content.tableRowLimit, content.centrality.rows.count > limit {
            html += "<p>\(HTMLEscaping.escape(words.tableShortened(shown: limit, of: content.centrality.rows.count, file: "centrality.csv")))</p>\n"
        }
        return html + "</section>"
    }

    func profiles() -> String {
        let rows = Dictionary(uniqueKeysWithValues: content.centrality.rows.map { ($0.id, $0) })
        let services = Dictionary(uniqueKeysWithValues: network.services.map { ($0.id, $0) })
        // Indexed once: filtering every link for every actor is quadratic and takes minutes at
        // the size of a national map.
        var tiesByActor: [String: [Link]] = [:]
        for link in network.links {
            tiesByActor[link.from, default: []].append(link)
            if link.to != link.from { tiesByActor[link.to, default: []].append(link) }
        }
        var html = "<section id=\"profiles\">\n<h2>\(HTMLEscaping.escape(strings.profiles))</h2>\n"
        if let profiled = content.profiledActorIDs {
            html += "<p>\(HTMLEscaping.escape(words.profilesShortened(shown: profiled.count, of: network.actors.count, file: "centrality.csv")))</p>\n"
        }
        html += "<div class=\"profiles\">\n"
        for actor in network.actors.sorted(by: { $0.id < $1.id }) where hasProfile(actor.id) {
            html += "<article class=\"profile\" id=\"profile-\(HTMLEscaping.fragment(actor.id))\">\n"
            html += "<h3>\(HTMLEscaping.escape(actor.name))</h3>\n<dl>\n"
            func item(_ label: String, _ valueHTML: String) {
                html += "<dt>\(HTMLEscaping.escape(label))</dt><dd>\(valueHTML)</dd>\n"
            }
            var kind = HTMLEscaping.escape(strings.kindLabels[actor.kind.rawValue] ?? actor.kind.rawValue)
            if actor.coordinator { kind += " · <strong>\(HTMLEscaping.escape(strings.coordinators))</strong>" }
            item(strings.kind, kind)
            item(strings.sector, HTMLEscaping.escape(strings.sectorLabels[actor.sector.rawValue] ?? actor.sector.rawValue))
            item(strings.languages, actor.languages.isEmpty ? HTMLEscaping.escape(strings.none)
                 : HTMLEscaping.escape(actor.languages.map(words.languageName).joined(separator: ", ")))
            item(strings.districts, HTMLEscaping.escape(actor.districts.isEmpty ? strings.cityWide : actor.districts.joined(separator: ", ")))
            if !actor.offers.isEmpty {
                let offers = actor.offers.map { offer -> String in
                    let name = services[offer.service]?.name ?? offer.service
                    var detail: [String] = []
                    if offer.hasOwnLanguages { detail.append(offer.languages.map(words.languageName).joined(separator: ", ")) }
                    if offer.hasOwnDistricts { detail.append(offer.districts.isEmpty ? strings.cityWide : offer.districts.joined(separator: ", ")) }
                    if let capacity = offer.capacity { detail.append("\(words.integer(capacity)) \(words[.capacity])") }
                    return HTMLEscaping.escape(name + (detail.isEmpty ? "" : " (" + detail.joined(separator: "; ") + ")"))
                }
                item(strings.offers, offers.joined(separator: "<br>"))
            }
            let ties = (tiesByActor[actor.id] ?? [])
                .sorted { ($0.from, $0.to, $0.type.rawValue) < ($1.from, $1.to, $1.type.rawValue) }
            if !ties.isEmpty {
                let lines = ties.map { link -> String in
                    let other = link.from == actor.id ? link.to : link.from
                    let arrow = !link.type.isDirected ? "↔" : (link.from == actor.id ? "→" : "←")
                    let otherActor = content.actorsByID[other]
                    return "\(arrow) \(HTMLEscaping.escape(words.linkType(link.type))) " + (otherActor.map(actorLink) ?? HTMLEscaping.escape(other))
                }
                item(strings.ties, lines.joined(separator: "<br>"))
            }
            if let row = rows[actor.id] {
                let text = "\(strings.measureLabels["degree"] ?? "degree") \(ReportNumber.short(row.degree, in: words)), "
                    + "\(strings.measureLabels["betweenness"] ?? "betweenness") \(ReportNumber.short(row.betweenness, in: words)), "
                    + "\(strings.measureLabels["pagerank"] ?? "pagerank") \(ReportNumber.short(row.pagerank, in: words))"
                item(strings.measures, HTMLEscaping.escape(text))
            }
            if !actor.sources.isEmpty {
                item(strings.sources, actor.sources.map(sourceHTML).joined(separator: "<br>"))
            }
            if let verified = actor.verified { item(strings.verified, HTMLEscaping.escape(words.date(verified))) }
            if let focus = content.focusDiagrams[actor.id] {
                html += "</dl>\n<div class=\"focus\">\n\(Self.inlineSVG(focus))\n</div>\n<dl>\n"
            }
            if content.diagramSVG != nil {
                html += "</dl>\n<p class=\"noprint\"><a href=\"#diagram\">\(HTMLEscaping.escape(strings.backToDiagram))</a></p>\n</article>\n"
            } else {
                html += "</dl>\n</article>\n"
            }
        }
        return html + "</div>\n</section>"
    }

    func actorLink(_ actor: Actor) -> String {
        guard hasProfile(actor.id) else { return HTMLEscaping.escape(actor.name) }
        return "<a href=\"#profile-\(HTMLEscaping.fragment(actor.id))\">\(HTMLEscaping.escape(actor.name))</a>"
    }

    /// A large network's report has profiles of its most central actors only (`ReportBounds`).
    func hasProfile(_ id: String) -> Bool {
        content.profiledActorIDs?.contains(id) ?? true
    }

    /// A source that is a web address becomes a link; anything else stays text.
    func sourceHTML(_ source: String) -> String {
        let escaped = HTMLEscaping.escape(source)
        if source.hasPrefix("https://") || source.hasPrefix("http://") {
            return "<a href=\"\(escaped)\" rel=\"noreferrer\">\(escaped)</a>"
        }
        return escaped
    }
}

extension Substring {
    func trimmingTrailingNewlines() -> Substring {
        var text = self
        while text.last?.isNewline == true { text = text.dropLast() }
        return text
    }
}
