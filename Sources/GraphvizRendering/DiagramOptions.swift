import Wording

/// A Graphviz layout engine. Only engines shipped with every Graphviz build are offered, so a
/// diagram made on one machine can be made again on another.
public enum Layout: String, CaseIterable, Sendable {
    /// Layered: good when links mostly run one way (coordinates, funds, reports-to).
    case dot
    /// Spring model: good for small networks without a hierarchy.
    case neato
    /// Force-directed, honours clusters.
    case fdp
    /// Multiscale force-directed: the one to use for networks of hundreds or thousands of actors.
    case sfdp
    /// Circular: shows the ring and the bridges between groups.
    case circo
    /// Radial around the first coordinator: who is how many steps away from the centre.
    case twopi

    /// Only `dot` and `fdp` draw clusters; the others ignore them, which is not an error.
    public var drawsClusters: Bool { self == .dot || self == .fdp }

    /// The layered `dot` layout reads best for a handful of ranks, but past a few dozen actors
    /// its ranks grow wider than a page (Luxembourg's 23 communes side by side), and past a few
    /// thousand it takes minutes (244 s for 3,000 measured here) where `sfdp` takes seconds.
    /// Above this many actors the default is `sfdp`.
    public static let layeredLimit = 40

    /// Above this many actors even `sfdp` gives a picture of dots and lines (300 actors fill a
    /// page with labels too small to read), so the command line suggests an overview
    /// (`OverviewDiagram`) when it picks a layout by itself.
    public static let overviewSuggestionLimit = 300

    /// The layout chosen when none is asked for.
    public static func automatic(forActors count: Int) -> Layout {
        count <= layeredLimit ? .dot : .sfdp
    }

    /// Above this many links `dot` is not chosen by itself even for a few actors: 40 actors with
    /// all 12,480 links a file allows took 13 s in `dot`, well under one in `sfdp`.
    public static let layeredLinkLimit = 400

    /// As `automatic(forActors:)`, and `sfdp` for a dense network of few actors.
    public static func automatic(forActors count: Int, links: Int) -> Layout {
        count <= layeredLimit && links <= layeredLinkLimit ? .dot : .sfdp
    }

    /// Why a layout asked for by name would not finish in reasonable time or memory, or nil.
    /// Measured here: `dot` took 244 s for 3,000 actors and over 600 s and 12 GB for 2,000 actors
    /// with 20,000 links; `neato`, `fdp` and `circo` keep all-pairs distances or an n² model, which
    /// past a few thousand actors costs gigabytes. Such a request is refused unless it is forced
    /// (`--force-layout`), and the automatic choice never makes it.
    public func impracticality(actors: Int, links: Int) -> String? {
        let formatted = "\(actors) actors and \(links) links"
        switch self {
        case .dot where actors > 1_000 || links > 5_000:
            return "the layered dot layout of \(formatted) would take many minutes and gigabytes of memory"
        case .neato, .fdp, .circo:
            guard actors > 2_000 || links > 20_000 else { return nil }
            return "the \(rawValue) layout of \(formatted) would take many minutes and gigabytes of memory"
        default:
            return nil
        }
    }

    /// Why `automatic` left `dot`, as the commands say it when they pick a layout by themselves.
    public static var automaticChoiceReason: String {
        "because a layered dot diagram of more than \(layeredLimit) actors is too wide to read; choose another with --layout"
    }

    /// Why `automatic(forActors:links:)` left `dot` for this network: its width, or (few actors,
    /// very many links) the time `dot` takes to route them.
    public static func automaticChoiceReason(actors: Int, links: Int) -> String {
        guard actors <= layeredLimit else { return automaticChoiceReason }
        return "because a layered dot diagram of more than \(layeredLinkLimit) links takes dot many seconds to route; "
            + "choose another with --layout"
    }
}

/// How actors are grouped into boxes (clusters) in layouts that draw them.
public enum ClusterBy: String, CaseIterable, Sendable {
    case kind
    /// Actors present in exactly the same districts share a box; city-wide actors stay outside.
    case district
    case none
}

/// What the caller decides about a diagram. Measures and gaps are computed elsewhere
/// (NetworkAnalysis) and passed in as plain values, so rendering never depends on how they are
/// computed and tests can hand in any numbers.
public struct DiagramOptions: Sendable {
    public var layout: Layout
    public var clusterBy: ClusterBy
    /// A measure per actor id (for example betweenness); nodes grow with it. Actors missing from
    /// the dictionary, or with a value that is not finite, get the smallest size.
    public var sizeBy: [String: Double]?
    /// Named in tooltips next to each actor's value ("betweenness: 0.41").
    public var sizeMeasureName: String?
    /// When true, undirected link types are drawn with arrowheads at both ends (they count as two
    /// arcs in directed analyses). Directed types always carry their arrowhead; undirected types
    /// never carry one when false.
    public var directed: Bool
    /// List each actor's services in its box. Turn off for very large networks, where labels
    /// would dominate the picture.
    public var showServices: Bool
    /// The legend and title under the diagram.
    public var showLegend: Bool
    /// When set, each actor's box links to `#<prefix><actor id>`: a report points it at the
    /// actor's profile, so a reader clicks from the picture to the facts.
    public var actorLinkPrefix: String?
    /// Put before every element id (and given to the graph as its id, which Graphviz puts before
    /// the ids it makes up), so that several diagrams inline in one HTML page, the whole network
    /// and one per actor, keep their ids unique.
    public var idPrefix: String
    /// For paper: names only (no services, languages or lists in badges), no title or key (the
    /// page has its heading, and the key is drawn apart: `NetworkDiagram.renderKey`), and force
    /// layouts packed tighter. A diagram of 30 actors then prints on an A4 page with its smallest
    /// words above 6 points, where the full one would print them at 3.
    public var compact: Bool
    /// The language of every word the diagram carries: legend, marks, tooltips, the SVG's title
    /// and description (`--lang`).
    public var language: OutputLanguage

    public init(layout: Layout = .dot, clusterBy: ClusterBy = .none, sizeBy: [String: Double]? = nil,
                sizeMeasureName: String? = nil, directed: Bool = false, showServices: Bool = true,
                showLegend: Bool = true, actorLinkPrefix: String? = nil, idPrefix: String = "",
                compact: Bool = false, language: OutputLanguage = .en) {
        self.layout = layout
        self.clusterBy = clusterBy
        self.sizeBy = sizeBy
        self.sizeMeasureName = sizeMeasureName
        self.directed = directed
        self.showServices = showServices
        self.showLegend = showLegend
        self.actorLinkPrefix = actorLinkPrefix
        self.idPrefix = idPrefix
        self.compact = compact
        self.language = language
    }
}

/// Problems another library found, to be marked in the diagram. All ids are actor ids except
/// `missingServices`, which holds service names as a reader should see them.
public struct DiagramHighlights: Sendable, Equatable {
    /// Actors with no path to any coordinator.
    public var unreachable: Set<String>
    /// Actors whose dropping out cuts others off from every coordinator.
    public var singlePointsOfFailure: Set<String>
    /// Actors that are the only provider of some required service.
    public var singleProviders: Set<String>
    /// Required services nobody offers.
    public var missingServices: [String]

    public init(unreachable: Set<String> = [], singlePointsOfFailure: Set<String> = [],
                singleProviders: Set<String> = [], missingServices: [String] = []) {
        self.unreachable = unreachable
        self.singlePointsOfFailure = singlePointsOfFailure
        self.singleProviders = singleProviders
        self.missingServices = missingServices
    }

    public static let none = DiagramHighlights()

    public var isEmpty: Bool {
        unreachable.isEmpty && singlePointsOfFailure.isEmpty && singleProviders.isEmpty && missingServices.isEmpty
    }
}
