import GraphvizRendering
import NetworkModel

/// The small diagram in an actor's profile: the actor and everybody one link away
/// (`FocusNetwork`), with the whole network's gap marks. Only for actors with more than a handful
/// of ties, where the list of ties stops being easy to picture; ids are prefixed
/// `focus-<actor id>-`, so a page with thirty of them still has every id once.
enum FocusDiagrams {
    /// Ties (links in either direction, a link to itself not counted) from which a profile gets
    /// its diagram.
    static let minimumTies = 5
    /// Up to this size every actor with `minimumTies` gets its diagram; above it (a regional map
    /// of thousands of profiles, where a diagram each would take minutes and bury the page) only
    /// the coordinators and then the most central actors, `ReportBounds.largeFocusDiagramLimit`
    /// in all.
    static let actorLimit = Layout.overviewSuggestionLimit

    /// `centralFirst`: actor ids, the most central first (betweenness), for the choice in a large
    /// network.
    static func render(network: Network, options: DiagramOptions, highlights: DiagramHighlights,
                       centralFirst: [String] = []) throws -> [String: String] {
        var ties: [String: Int] = [:]
        for link in network.links where link.from != link.to {
            ties[link.from, default: 0] += 1
            ties[link.to, default: 0] += 1
        }
        let chosen: [String]
        if network.actors.count <= actorLimit {
            chosen = network.actors.map(\.id).filter { (ties[$0] ?? 0) >= minimumTies }
        } else {
            chosen = largeNetworkChoice(network, ties: ties, centralFirst: centralFirst)
        }
        var marks = highlights
        // Services nobody offers are about the whole network, not about one actor's surroundings.
        marks.missingServices = []
        var result: [String: String] = [:]
        let neighbours = FocusNetwork.neighbours(in: network)
        let finite = (options.sizeBy ?? [:]).filter { $0.value.isFinite }
        let finiteRange = finite.min(by: { $0.value < $1.value }).flatMap { smallest in
            finite.max(by: { $0.value < $1.value }).map { (smallest: smallest, largest: $0) }
        }
        for id in chosen where result[id] == nil {
            guard let part = FocusNetwork.around(id, in: network, depth: 1, neighbours: neighbours) else { continue }
            var focus = options
            // Sizes stay relative to the whole network (`NetworkDiagram` scales by the range of the
            // values given), so the smallest and largest are kept beside the part's own: scaling
            // all 10,000 for each drawing cost more than the drawing.
            if let sizes = options.sizeBy, let range = finiteRange {
                var own = [range.smallest.key: range.smallest.value, range.largest.key: range.largest.value]
                for actor in part.actors { own[actor.id] = sizes[actor.id] }
                focus.sizeBy = own
            }
            focus.layout = Layout.automatic(forActors: part.actors.count, links: part.links.count)
            focus.idPrefix = "focus-\(id)-"
            focus.showServices = false
            focus.showLegend = false
            let svg = try NetworkDiagram(network: part, options: focus, highlights: marks).render(as: .svg).data
            result[id] = String(decoding: svg, as: UTF8.self)
        }
        return result
    }

    /// Coordinators first (the most central of them first), then the most central others, each
    /// with `minimumTies` or more: the profiles a reader of a large network opens first.
    static func largeNetworkChoice(_ network: Network, ties: [String: Int], centralFirst: [String]) -> [String] {
        let coordinators = Set(network.actors.filter(\.coordinator).map(\.id))
        let ranked = centralFirst.filter { coordinators.contains($0) } + centralFirst.filter { !coordinators.contains($0) }
        return Array(ranked.filter { (ties[$0] ?? 0) >= minimumTies }.prefix(ReportBounds.largeFocusDiagramLimit))
    }
}
