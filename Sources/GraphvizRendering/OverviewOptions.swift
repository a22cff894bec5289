import NetworkAnalysis
import Wording

/// What the caller decides about an overview. Deliberately smaller than `DiagramOptions`: sizes
/// by a measure, clusters and service lists belong to single actors, and an overview that
/// accepted them would have to ignore them.
public struct OverviewOptions: Sendable {
    /// nil: chosen by the number of groups (`OverviewDiagram.automaticLayout(forGroups:)`).
    public var layout: Layout?
    /// When true, each pair of groups gets up to two arrows, one per direction, each counting
    /// the directed links that run that way plus the undirected ones (which count both ways, as
    /// they become two arcs in directed analyses). When false, one line per pair counts all links.
    public var directed: Bool
    public var showLegend: Bool
    /// Put before every element id (and given to the graph as its id), so that two overviews
    /// inline in one HTML page, by kind and by district, keep their ids unique.
    public var idPrefix: String
    /// The language of the overview's words: title, legend, labels, tooltips (`--lang`).
    public var language: OutputLanguage

    public init(layout: Layout? = nil, directed: Bool = false, showLegend: Bool = true, idPrefix: String = "",
                language: OutputLanguage = .en) {
        self.layout = layout
        self.directed = directed
        self.showLegend = showLegend
        self.idPrefix = idPrefix
        self.language = language
    }
}
