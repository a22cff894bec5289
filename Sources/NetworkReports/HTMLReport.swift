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
        var sections: [HTML] = [header(), keyFigures()]
        sections.append(contentsOf: content.leadSections.map(\.html))
        let explorer = content.diagramSVG == nil ? nil
            : ExplorerData(network: network, gaps: GapAnalysis.gaps(in: network), language: content.language)
        if let svg = content.diagramSVG { sections.append(diagram(svg, explorer: explorer)) }
        sections.append(contentsOf: content.extraSections.map(\.html))
        sections.append(centralityTable())
        sections.append(profiles())
        // The data block and the explorer's script only with the diagram they work on.
        var scripts = HTML()
        if let explorer {
            scripts = """

            <script type="application/json" id="explorer-data">\(HTML(trusted: explorer.scriptBlockText))</script>
            <script>
            \(HTML(trusted: HTMLPageAssets.explorerScript))
            </script>
            """
        }
        let page: HTML = """
        <!DOCTYPE html>
        <html lang="\(content.language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(network.title) – \(strings.reportTitle)</title>
        <style>
        \(HTML(trusted: HTMLPageAssets.style))
        </style>
        </head>
        <body>
        <main>
        \(sections.joined(separator: "\n"))
        <footer>\(strings.generatedBy)\(content.stamp.map { " · \($0)" as HTML } ?? HTML())</footer>
        </main>
        <script>
        \(HTML(trusted: HTMLPageAssets.script))
        </script>\(scripts)
        </body>
        </html>

        """
        return page.markup
    }

    func header() -> HTML {
        var html: HTML = "<header>\n<h1>\(network.title)</h1>\n"
        var lead: [HTML] = []
        if let asOf = network.asOf { lead.append(HTML(text: "\(strings.asOf) \(words.date(asOf))")) }
        if let description = network.description { lead.append(HTML(text: description)) }
        if !lead.isEmpty { html += "<p class=\"lead\">\(lead.joined(separator: " · "))</p>\n" }
        var toc = [("figures", strings.keyFigures)]
        toc += content.leadSections.map { ($0.anchor, $0.title) }
        if content.diagramSVG != nil { toc.append(("diagram", strings.diagram)) }
        toc += content.extraSections.map { ($0.anchor, $0.title) }
        toc += [("centrality", strings.centrality), ("profiles", strings.profiles)]
        html += "<nav class=\"toc\">\(toc.map { "<a href=\"#\($0.0)\">\($0.1)</a>" as HTML }.joined())</nav>\n"
        return html + "</header>"
    }

    func keyFigures() -> HTML {
        let summary = content.summary
        var figures = [(summary.actorCount, strings.actors), (summary.linkCount, strings.links),
                       (summary.serviceCount, strings.services), (summary.pathwayCount, strings.pathways)]
        figures += content.extraFigures
        var html: HTML = "<section id=\"figures\">\n<h2>\(strings.keyFigures)</h2>\n<div class=\"figures\">\n"
        for (value, label) in figures {
            html += "<div class=\"figure\"><b>\(value)</b><span>\(label)</span></div>\n"
        }
        html += "</div>\n"
        if summary.coordinators.isEmpty {
            html += "<p>\(strings.noCoordinator)</p>\n"
        } else {
            html += "<p><strong>\(strings.coordinators):</strong> \(summary.coordinators.map(actorLink).joined(separator: ", "))</p>\n"
        }
        if summary.components.count <= 1 {
            html += "<p>\(strings.allConnected)</p>\n"
        } else {
            html += "<p><strong>\(strings.groups) (\(summary.components.count)):</strong></p>\n<ul>\n"
            for component in summary.components {
                html += "<li>\(component.compactMap { content.actorsByID[$0] }.map(actorLink).joined(separator: ", "))</li>\n"
            }
            html += "</ul>\n"
        }
        return html + "</section>"
    }

    /// The SVG goes in as Graphviz wrote it, minus the XML prolog that is not allowed inside HTML;
    /// with the explorer's controls above it and its panel beside it.
    func diagram(_ svg: String, explorer: ExplorerData?) -> HTML {
        let zoom: HTML = """
        <div class="zoom noprint" role="group"><button type="button" data-zoom="in">\(strings.zoomIn)</button>\
        <button type="button" data-zoom="out">\(strings.zoomOut)</button>\
        <button type="button" data-zoom="reset">\(strings.zoomReset)</button></div>
        """
        var controls = HTML()
        var panel = HTML()
        if let explorer {
            controls = ExplorerControls(network: network, words: words, hasRoutes: explorer.hasRoutes).html
            panel = """
            <aside id="xp-panel" class="xp-panel noprint" hidden aria-label="\(words[.explorer])">\
            <button type="button" id="xp-close">\(words[.explorerClose])</button><div id="xp-panel-body"></div></aside>

            """
        }
        // On paper: the compact drawing and its key, or (none legible on A4) the text alternative.
        var paper = HTML()
        if let print = content.printDiagram {
            paper = "<div class=\"diagram-print print-only\">\n\(Self.inlineSVG(print.svg))\n</div>\n"
            if let key = print.keySVG { paper += "<div class=\"diagram-print-key print-only\">\n\(Self.inlineSVG(key))\n</div>\n" }
        }
        return """
        <section id="diagram" class="\(content.printDiagram == nil ? "print-replaced" : "print-compact")">
        <h2>\(strings.diagram)</h2>
        <p class="hint">\(strings.diagramHint)</p>
        \(zoom)
        \(controls)<figure aria-describedby="diagram-text">
        <div class="xp-layout">
        <div class="diagram">
        \(Self.inlineSVG(svg))
        </div>
        \(panel)</div>
        <figcaption id="diagram-text" class="hint"><a href="#centrality">\(strings.diagramTextAlternative)</a></figcaption>
        </figure>
        \(paper)</section>
        """
    }

    /// An SVG as Graphviz wrote it (names in it escaped by GraphvizRendering), minus the XML
    /// prolog that is not allowed inside HTML.
    static func inlineSVG(_ svg: String) -> HTML {
        let start = svg.range(of: "<svg")?.lowerBound ?? svg.startIndex
        return HTML(trusted: String(svg[start...].trimmingTrailingNewlines()))
    }

    /// Rows start sorted by betweenness, so the table is useful before any script runs.
    func centralityTable() -> HTML {
        let measures: [(CentralityMeasure, String)] = [
            (.degree, "degree"), (.betweenness, "betweenness"), (.closeness, "closeness"),
            (.eigenvector, "eigenvector"), (.pagerank, "pagerank"), (.core, "core"),
            (.clustering, "clustering"), (.constraint, "constraint"),
        ]
        var html: HTML = "<section id=\"centrality\">\n<h2>\(strings.centrality)</h2>\n"
        html += "<p class=\"hint\">\(strings.centralityHint)</p>\n"
        html += "<table class=\"sortable\">\n<thead><tr><th>\(strings.name)</th><th>\(strings.kind)</th>"
        for (_, key) in measures {
            html += "<th class=\"num\">\(strings.measureLabels[key] ?? key)</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in content.centrality.sorted(by: .betweenness).prefix(content.tableRowLimit ?? Int.max) {
            let name: HTML = hasProfile(row.id) ? "<a href=\"#profile-\(fragment: row.id)\">\(row.name)</a>" : HTML(text: row.name)
            html += "<tr><td data-value=\"\(row.name.lowercased())\">\(name)</td>"
            html += "<td>\(strings.kindLabels[row.kind.rawValue] ?? row.kind.rawValue)</td>"
            for (measure, _) in measures {
                let value = measure.value(in: row)
                html += "<td class=\"num\" data-value=\"\(value.map { JSONValue.format($0) } ?? "")\">\(ReportNumber.short(value, in: words))</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        if let limit = content.tableRowLimit, content.centrality.rows.count > limit {
            html += "<p>\(words.tableShortened(shown: limit, of: content.centrality.rows.count, file: "centrality.csv"))</p>\n"
        }
        return html + "</section>"
    }

    func profiles() -> HTML {
        let rows = Dictionary(uniqueKeysWithValues: content.centrality.rows.map { ($0.id, $0) })
        let services = Dictionary(uniqueKeysWithValues: network.services.map { ($0.id, $0) })
        // Indexed once: filtering every link for every actor is quadratic and takes minutes at
        // the size of a national map.
        var tiesByActor: [String: [Link]] = [:]
        for link in network.links {
            tiesByActor[link.from, default: []].append(link)
            if link.to != link.from { tiesByActor[link.to, default: []].append(link) }
        }
        var html: HTML = "<section id=\"profiles\">\n<h2>\(strings.profiles)</h2>\n"
        if let profiled = content.profiledActorIDs {
            html += "<p>\(words.profilesShortened(shown: profiled.count, of: network.actors.count, file: "centrality.csv"))</p>\n"
        }
        html += "<div class=\"profiles\">\n"
        for actor in network.actors.sorted(by: { $0.id < $1.id }) where hasProfile(actor.id) {
            html += "<article class=\"profile\" id=\"profile-\(fragment: actor.id)\">\n"
            html += "<h3>\(actor.name)</h3>\n<dl>\n"
            func item(_ label: String, _ value: HTML) {
                html += "<dt>\(label)</dt><dd>\(value)</dd>\n"
            }
            var kind = HTML(text: strings.kindLabels[actor.kind.rawValue] ?? actor.kind.rawValue)
            if actor.coordinator { kind += " · <strong>\(words.capitalised(words[.coordinator]))</strong>" }
            item(strings.kind, kind)
            item(strings.sector, HTML(text: strings.sectorLabels[actor.sector.rawValue] ?? actor.sector.rawValue))
            item(strings.languages, HTML(text: actor.languages.isEmpty ? strings.none
                 : actor.languages.map(words.languageName).joined(separator: ", ")))
            item(strings.districts, HTML(text: actor.districts.isEmpty ? strings.cityWide : actor.districts.joined(separator: ", ")))
            if !actor.offers.isEmpty {
                let offers = actor.offers.map { offer -> HTML in
                    let name = services[offer.service]?.name ?? offer.service
                    var detail: [String] = []
                    if offer.hasOwnLanguages { detail.append(offer.languages.map(words.languageName).joined(separator: ", ")) }
                    if offer.hasOwnDistricts { detail.append(offer.districts.isEmpty ? strings.cityWide : offer.districts.joined(separator: ", ")) }
                    if let capacity = offer.capacity { detail.append("\(words.integer(capacity)) \(words[.capacity])") }
                    return HTML(text: name + (detail.isEmpty ? "" : " (" + detail.joined(separator: "; ") + ")"))
                }
                item(strings.offers, offers.joined(separator: "<br>"))
            }
            let ties = (tiesByActor[actor.id] ?? [])
                .sorted { ($0.from, $0.to, $0.type.rawValue) < ($1.from, $1.to, $1.type.rawValue) }
            if !ties.isEmpty {
                let lines = ties.map { link -> HTML in
                    let other = link.from == actor.id ? link.to : link.from
                    let arrow = !link.type.isDirected ? "↔" : (link.from == actor.id ? "→" : "←")
                    let otherActor = content.actorsByID[other]
                    return "\(arrow) \(words.linkType(link.type)) \(otherActor.map(actorLink) ?? HTML(text: other))"
                }
                item(strings.ties, lines.joined(separator: "<br>"))
            }
            if let row = rows[actor.id] {
                let text = "\(strings.measureLabels["degree"] ?? "degree") \(ReportNumber.short(row.degree, in: words)), "
                    + "\(strings.measureLabels["betweenness"] ?? "betweenness") \(ReportNumber.short(row.betweenness, in: words)), "
                    + "\(strings.measureLabels["pagerank"] ?? "pagerank") \(ReportNumber.short(row.pagerank, in: words))"
                item(strings.measures, HTML(text: text))
            }
            if !actor.sources.isEmpty {
                item(strings.sources, actor.sources.map(sourceHTML).joined(separator: "<br>"))
            }
            if let verified = actor.verified { item(strings.verified, HTML(text: words.date(verified))) }
            if let focus = content.focusDiagrams[actor.id] {
                html += "</dl>\n<div class=\"focus\">\n\(Self.inlineSVG(focus))\n</div>\n<dl>\n"
            }
            if content.diagramSVG != nil {
                html += "</dl>\n<p class=\"noprint\"><a href=\"#diagram\">\(strings.backToDiagram)</a></p>\n</article>\n"
            } else {
                html += "</dl>\n</article>\n"
            }
        }
        return html + "</div>\n</section>"
    }

    func actorLink(_ actor: Actor) -> HTML {
        guard hasProfile(actor.id) else { return HTML(text: actor.name) }
        return "<a href=\"#profile-\(fragment: actor.id)\">\(actor.name)</a>"
    }

    /// A large network's report has profiles of its most central actors only (`ReportBounds`).
    func hasProfile(_ id: String) -> Bool {
        content.profiledActorIDs?.contains(id) ?? true
    }

    /// A source that is a web address becomes a link; anything else stays text.
    func sourceHTML(_ source: String) -> HTML {
        if source.hasPrefix("https://") || source.hasPrefix("http://") {
            return "<a href=\"\(source)\" rel=\"noreferrer\">\(source)</a>"
        }
        return HTML(text: source)
    }
}

extension Substring {
    func trimmingTrailingNewlines() -> Substring {
        var text = self
        while text.last?.isNewline == true { text = text.dropLast() }
        return text
    }
}
