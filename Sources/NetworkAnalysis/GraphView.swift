/// Which reading of the links an analysis uses (FORMAT.md, "How analyses read the graph").
/// The default is the undirected simple graph; the two flags combine as networkx does when a
/// `DiGraph` carries a `weight` attribute: every arc's weight is the sum of the weights of the links
/// that produce that arc.
public struct GraphView: Hashable, Sendable, CustomStringConvertible {
    /// Directed link types keep their direction; `cooperates` and `partners` become two arcs.
    public var directed: Bool
    /// A pair's (or arc's) weight is the sum of its links' weights; path measures use `1 / weight`.
    public var weighted: Bool

    public init(directed: Bool = false, weighted: Bool = false) {
        self.directed = directed
        self.weighted = weighted
    }

    public static let undirected = GraphView()

    public var description: String {
        switch (directed, weighted) {
        case (false, false): return "undirected"
        case (true, false): return "directed"
        case (false, true): return "weighted"
        case (true, true): return "directed-weighted"
        }
    }
}
