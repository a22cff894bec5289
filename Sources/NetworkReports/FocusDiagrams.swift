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
    /// A report of a regional map lists thousands of profiles; a diagram each would take minutes
    /// and make the page unreadable, so only networks up to the overview limit get them.
    static let actorLimit = Layout.overviewSuggestionLimit

    static func render(network: Network, options: DiagramOptions, highlights: DiagramHighlights) throws -> [String: String] {
        guard network.actors.count <= actorLimit else { return [:] }
        var ties: [String: Int] = [:]
        for link in network.links where link.from != link.to {
            ties[link.from, default: 0] += 1
            ties[link.to, default: 0] += 1
        }
        var marks = highlights
        // Services nobody offers are about the whole network, not about one actor's surroundings.
        marks.missingServices = []
        var result: [String: String] = [:]
        for actor in network.actors where (ties[actor.id] ?? 0) >= minimumTies && result[actor.id] == nil {
            guard let part = FocusNetwork.around(actor.id, in: network, depth: 1) else { continue }
            var focus = options
            focus.layout = Layout.automatic(forActors: part.actors.count, links: part.links.count)
            focus.idPrefix = "focus-\(actor.id)-"
            focus.showServices = false
            focus.showLegend = false
            let svg = try NetworkDiagram(network: part, options: focus, highlights: marks).render(as: .svg).data
            result[actor.id] = String(decoding: svg, as: UTF8.self)
        }
        return result
    }
}
