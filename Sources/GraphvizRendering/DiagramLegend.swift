import NetworkModel

/// The title, the "Nobody offers" note and the key, drawn as one HTML-like table in the graph's
/// own label under the diagram.
///
/// A legend made of nodes in a cluster only stays in one piece in `dot` and `fdp`; `neato`,
/// `sfdp`, `circo` and `twopi` ignore clusters and would scatter the sample nodes among the
/// actors (and count them as actors). The graph label is placed after layout by every engine, so
/// the key looks the same whichever layout the clerk picks. It lists only the kinds, link types
/// and marks that occur in this diagram, so it stays short.
struct DiagramLegend: LegendCells {
    var network: Network
    var options: DiagramOptions
    var highlights: DiagramHighlights
    var hasUnreachable: Bool
    var hasSinglePointOfFailure: Bool
    var hasSingleProvider: Bool

    var html: String {
        var rows: [String] = []
        var title = "<FONT POINT-SIZE=\"15\"><B>\(DOTEscaping.htmlText(network.title))</B></FONT>"
        if let asOf = network.asOf {
            title += "<FONT POINT-SIZE=\"10\" COLOR=\"\(DiagramStyle.mutedTextColor)\">   as of \(asOf)</FONT>"
        }
        rows.append("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"3\">\(title)</TD></TR>")
        if !highlights.missingServices.isEmpty {
            let names = highlights.missingServices.map(DOTEscaping.htmlText).joined(separator: ", ")
            rows.append("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"3\" BORDER=\"2\" COLOR=\"\(DiagramStyle.problemColor)\" CELLPADDING=\"5\">"
                + "<FONT POINT-SIZE=\"12\" COLOR=\"\(DiagramStyle.problemColor)\"><B>⚠ Nobody offers: </B></FONT>"
                + "<FONT POINT-SIZE=\"12\">\(names)</FONT></TD></TR>")
        }
        if options.showLegend {
            rows.append(keyRow([("Actors", actorRows), ("Links", linkRows), ("Marks", markRows)]))
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"2\">" + rows.joined() + "</TABLE>"
    }

    private var actorRows: [String] {
        let kinds = ActorKind.allCases.filter { kind in network.actors.contains { $0.kind == kind } }
        var rows = kinds.map { kind in
            row(sample: swatch(fill: DiagramStyle.tint(of: kind), border: DiagramStyle.color(of: kind)), words: kind.label)
        }
        let sectors = Sector.allCases.filter { sector in network.actors.contains { $0.sector == sector } }
        if sectors.count > 1 || sectors.first != .public {
            rows += sectors.map { sector in
                row(sample: swatch(fill: sector == .public ? "#D9D9D9" : "#FFFFFF", border: "#666666"),
                    words: DiagramStyle.sectorDescription(sector))
            }
        }
        return rows
    }

    private var linkRows: [String] {
        let types = LinkType.allCases.filter { type in network.links.contains { $0.type == type } }
        return types.map { type in
            let style = DiagramStyle.style(of: type)
            let color = style.color.split(separator: ":").first.map(String.init) ?? style.color
            let arrow = type.isDirected ? "▶" : (options.directed ? "▶" : "")
            let lead = !type.isDirected && options.directed ? "◀" : ""
            let sample = "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"\(color)\">\(lead)\(style.sample)\(arrow)</FONT></TD>"
            return row(sample: sample, words: DiagramStyle.label(of: type))
        }
    }

    private var markRows: [String] {
        var rows: [String] = []
        if network.actors.contains(where: \.coordinator) {
            rows.append(row(sample: mark("◎", color: DiagramStyle.textColor), words: "double outline: coordinator"))
        }
        if options.sizeBy != nil {
            let measure = options.sizeMeasureName ?? "the chosen measure"
            rows.append(row(sample: mark("▢", color: DiagramStyle.textColor), words: "bigger box, larger name: higher \(measure)"))
        }
        if hasUnreachable {
            rows.append(row(sample: mark("╌╌", color: DiagramStyle.problemColor), words: "red dashed outline: no path to a coordinator"))
        }
        if hasSinglePointOfFailure {
            rows.append(row(sample: mark("━━", color: DiagramStyle.problemColor), words: "thick red outline: others are cut off without it"))
        }
        if hasSingleProvider {
            rows.append(row(sample: swatch(fill: DiagramStyle.warningFill, border: DiagramStyle.warningFill), words: "only provider of a service"))
        }
        return rows
    }
}

/// The cells both legends (`DiagramLegend`, `OverviewLegend`) are built from, so a key reads the
/// same in the actor diagram and in the overview.
protocol LegendCells {}

extension LegendCells {
    func table(heading: String, rows: [String]) -> String {
        guard !rows.isEmpty else { return "" }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"1\">"
            + "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT POINT-SIZE=\"10\"><B>\(heading)</B></FONT></TD></TR>"
            + rows.joined() + "</TABLE>"
    }

    /// Keys side by side in one row of the legend. Graphviz stretches a nested table to the
    /// height of its cell, spreading a short key's rows apart; padding every key to the same
    /// number of rows keeps their lines level with each other.
    func keyRow(_ keys: [(heading: String, rows: [String])]) -> String {
        let height = keys.map(\.rows.count).max() ?? 0
        let cells = keys.map { key in
            let padding = key.rows.isEmpty ? [] : Array(repeating: "<TR><TD COLSPAN=\"2\"> </TD></TR>", count: height - key.rows.count)
            return "<TD ALIGN=\"LEFT\" VALIGN=\"TOP\">" + table(heading: key.heading, rows: key.rows + padding) + "</TD>"
        }
        return "<TR>" + cells.joined() + "</TR>"
    }

    func row(sample: String, words: String) -> String {
        "<TR>\(sample)<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\">\(DOTEscaping.htmlText(words))</FONT></TD></TR>"
    }

    func swatch(fill: String, border: String) -> String {
        "<TD WIDTH=\"26\" HEIGHT=\"12\" BORDER=\"2\" BGCOLOR=\"\(fill)\" COLOR=\"\(border)\"></TD>"
    }

    func mark(_ glyph: String, color: String) -> String {
        "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"\(color)\">\(glyph)</FONT></TD>"
    }
}
