import GraphvizRendering
import NetworkAnalysis
import NetworkModel

/// How much of a large network the report draws and lists (issues 19 and 24).
///
/// Why bounds at all: at 20,000 actors the report took two to five minutes and wrote a 65 MB
/// `index.html`, nearly all of it the diagram of every actor (an `sfdp` layout, 70 % of the time
/// at 3,000 actors) and one table row and one profile per actor. Nobody reads a diagram of
/// thousands of dots, and a browser struggles with a page of that size. What a reader can use
/// stays: the overviews by kind and district, the focus diagrams of the coordinators and the most
/// central actors, the gaps, and the tables of the most central actors, with every actor's
/// figures in `centrality.csv` beside the page. The page says what it leaves out, in the
/// reader's language.
public struct ReportBounds: Sendable, Equatable {
    /// Above this many actors (or `diagramLinkLimit` links) the diagram of every actor is left
    /// out of the report. The overviews start at 300 actors; up to 1,000 the whole diagram still
    /// serves for zooming into one corner, and `sfdp` draws it in about a second.
    public static let diagramActorLimit = 1_000
    /// A few actors with very many links lay out fast but draw as a solid block of lines.
    public static let diagramLinkLimit = 20_000
    /// Rows of the centrality table in `index.html` and `report.md`, and the profiles beside
    /// them (plus every coordinator's): the most central actors first.
    public static let tableRowLimit = 1_000
    /// Focus diagrams in a network above the overview size: coordinators first, then the most
    /// central actors. Each is a Graphviz layout of its own.
    public static let largeFocusDiagramLimit = 30

    /// Whether the diagram of every actor is drawn.
    public var drawsWholeDiagram: Bool
    /// The rows of the centrality table shown; `nil`: every actor.
    public var tableRows: Int?

    public init(drawsWholeDiagram: Bool, tableRows: Int?) {
        self.drawsWholeDiagram = drawsWholeDiagram
        self.tableRows = tableRows
    }

    /// The bounds for a network of this size.
    public init(actors: Int, links: Int) {
        drawsWholeDiagram = actors <= Self.diagramActorLimit && links <= Self.diagramLinkLimit
        tableRows = actors > Self.tableRowLimit ? Self.tableRowLimit : nil
    }

    /// The actors with a profile: every actor, or (the table shortened) the coordinators and the
    /// actors in the table, so that each name in the table links to a profile.
    func profiledActors(_ network: Network, tableRows rows: [CentralityResult.Row]) -> Set<String>? {
        guard let limit = tableRows else { return nil }
        var kept = Set(rows.prefix(limit).map(\.id))
        for actor in network.actors where actor.coordinator { kept.insert(actor.id) }
        return kept
    }
}
