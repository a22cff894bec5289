import NetworkModel
import Wording

/// The title and the "Nobody offers" note, drawn as an HTML-like table in the graph's own label
/// above the diagram, and the key: each kind's shape and colour, each link type's line and
/// arrowhead, and each mark, drawn by Graphviz as the diagram draws them (`DiagramKeyDrawing`
/// places them under the drawing after layout).
///
/// A key in the label could only show coloured rectangles: HTML-like labels have no ellipses,
/// houses or folders. A key of nodes in a cluster stays in one piece only in `dot` and `fdp`
/// (`neato`, `sfdp`, `circo` and `twopi` ignore clusters and would scatter the samples among the
/// actors), so the key's nodes are added to the laid-out drawing at fixed places instead. It
/// lists only the kinds, link types and marks that occur in this diagram, so it stays short.
struct DiagramLegend: LegendCells {
    var network: Network
    var options: DiagramOptions
    var highlights: DiagramHighlights
    var hasUnreachable: Bool
    var hasSinglePointOfFailure: Bool
    var hasSingleProvider: Bool

    var words: Words { options.language.words }

    /// What one line of the key shows beside its words.
    enum Sample: Equatable {
        case kind(ActorKind)
        case sector(Sector)
        case link(LinkType)
        case coordinator
        case sized
        case unreachable
        case singlePointOfFailure
        case singleProvider
    }

    struct Entry: Equatable {
        var sample: Sample
        var words: String
    }

    struct Key: Equatable {
        var heading: String
        var entries: [Entry]
    }

    /// The title and the note under it; `nil` when there is neither.
    /// Shortened (title and list of services at 1,000 characters each) where the full one would
    /// pass `DOTEscaping.htmlLabelLimit`, which Graphviz's `dot` refuses.
    var titleHTML: String? {
        guard let full = titleHTML(textLimit: nil) else { return nil }
        return full.utf8.count <= DOTEscaping.htmlLabelLimit ? full : titleHTML(textLimit: 1_000)
    }

    private func titleHTML(textLimit limit: Int?) -> String? {
        func cut(_ text: String) -> String { limit.map { DOTEscaping.shortened(text, to: $0) } ?? text }
        var rows: [String] = []
        if !network.title.isEmpty || network.asOf != nil {
            rows.append(titleRow(network, words: words, span: nil, cut: cut))
        }
        if !highlights.missingServices.isEmpty {
            rows.append(nobodyOffersRow(highlights.missingServices, words: words, span: nil, cut: cut))
        }
        guard !rows.isEmpty else { return nil }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"2\">" + rows.joined() + "</TABLE>"
    }

    /// The keys side by side under the drawing; empty without `showLegend`.
    var keys: [Key] {
        guard options.showLegend else { return [] }
        return [Key(heading: words[.legendActors], entries: actorEntries), Key(heading: words[.legendLinks], entries: linkEntries),
                Key(heading: words[.legendMarks], entries: markEntries)].filter { !$0.entries.isEmpty }
    }

    private var actorEntries: [Entry] {
        let kinds = ActorKind.allCases.filter { kind in network.actors.contains { $0.kind == kind } }
        var entries = kinds.map { Entry(sample: .kind($0), words: words.kind($0)) }
        let sectors = Sector.allCases.filter { sector in network.actors.contains { $0.sector == sector } }
        if sectors.count > 1 || sectors.first != .public {
            entries += sectors.map { Entry(sample: .sector($0), words: sectorDescription($0)) }
        }
        return entries
    }

    private var linkEntries: [Entry] {
        let types = LinkType.allCases.filter { type in network.links.contains { $0.type == type } }
        return types.map { Entry(sample: .link($0), words: words.linkType($0)) }
    }

    private var markEntries: [Entry] {
        var entries: [Entry] = []
        if network.actors.contains(where: \.coordinator) {
            entries.append(Entry(sample: .coordinator, words: words[.markCoordinator]))
        }
        if options.sizeBy != nil {
            let measure = options.sizeMeasureName ?? words[.theChosenMeasure]
            entries.append(Entry(sample: .sized, words: words.sizeMark(measure: measure)))
        }
        if hasUnreachable {
            entries.append(Entry(sample: .unreachable, words: words[.markUnreachable]))
        }
        if hasSinglePointOfFailure {
            entries.append(Entry(sample: .singlePointOfFailure, words: words[.markSinglePointOfFailure]))
        }
        if hasSingleProvider {
            entries.append(Entry(sample: .singleProvider, words: words[.markSingleProvider]))
        }
        return entries
    }

    private func sectorDescription(_ sector: Sector) -> String {
        switch sector {
        case .public: return words[.fillPublic]
        case .civilSociety: return words[.fillCivilSociety]
        case .private: return words[.fillPrivate]
        }
    }
}

/// The cells both legends (`DiagramLegend`, `OverviewLegend`) are built from, so a key reads the
/// same in the actor diagram and in the overview.
protocol LegendCells {}

extension LegendCells {
    /// The network's title and its date: the first row of both legends. `span`: the columns the
    /// row spans in a legend of several (`COLSPAN`); `cut` shortens text that would be too long.
    func titleRow(_ network: Network, words: Words, span: Int?, cut: (String) -> String = { $0 }) -> String {
        var title = "<FONT POINT-SIZE=\"15\"><B>\(DOTEscaping.htmlText(cut(network.title)))</B></FONT>"
        if let asOf = network.asOf {
            title += "<FONT POINT-SIZE=\"10\" COLOR=\"\(DiagramStyle.mutedTextColor)\">   "
                + "\(DOTEscaping.htmlText(words[.asOfLower])) \(DOTEscaping.htmlText(words.date(asOf)))</FONT>"
        }
        return "<TR><TD ALIGN=\"LEFT\"\(colspan(span))>\(title)</TD></TR>"
    }

    /// The services nobody offers, framed in the problem colour under the title of both legends.
    func nobodyOffersRow(_ services: [String], words: Words, span: Int?, cut: (String) -> String = { $0 }) -> String {
        let names = DOTEscaping.htmlText(cut(services.joined(separator: ", ")))
        return "<TR><TD ALIGN=\"LEFT\"\(colspan(span)) BORDER=\"2\" COLOR=\"\(DiagramStyle.problemColor)\" CELLPADDING=\"5\">"
            + "<FONT POINT-SIZE=\"12\" COLOR=\"\(DiagramStyle.problemColor)\"><B>⚠ \(DOTEscaping.htmlText(words[.nobodyOffers])) </B></FONT>"
            + "<FONT POINT-SIZE=\"12\">\(names)</FONT></TD></TR>"
    }

    private func colspan(_ span: Int?) -> String {
        span.map { " COLSPAN=\"\($0)\"" } ?? ""
    }

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
