import NetworkModel

/// One actor's surroundings as a network of its own: the actor, every actor at most `depth`
/// links away from it (whichever way the links run), and the links among them. "Show me
/// everything around the immigration office" is a question about who is near, so direction does
/// not limit the steps; the links drawn keep their direction.
///
/// The gaps are not computed on this part: an actor that looks well connected here may be cut
/// off from every coordinator in the whole network. The caller passes the whole network's gap
/// marks to `NetworkDiagram` instead (`DiagramHighlights` holds ids, so marks of actors outside
/// the part are simply not drawn).
public enum FocusNetwork {
    /// `nil` when no actor has the id. Actors and links keep the order of the whole network, so
    /// the same network gives the same DOT text.
    public static func around(_ id: String, in network: Network, depth: Int) -> Network? {
        around(id, in: network, depth: depth, neighbours: neighbours(in: network))
    }

    /// Every actor's neighbours, whichever way the links run: built once by a caller that draws
    /// the surroundings of many actors (the report's profiles), where building it per actor cost
    /// more than the drawings at 10,000 actors.
    public static func neighbours(in network: Network) -> [String: [String]] {
        var neighbours: [String: [String]] = [:]
        for link in network.links where link.from != link.to {
            neighbours[link.from, default: []].append(link.to)
            neighbours[link.to, default: []].append(link.from)
        }
        return neighbours
    }

    /// As `around(_:in:depth:)`, with the neighbours from `neighbours(in:)` of the same network.
    public static func around(_ id: String, in network: Network, depth: Int, neighbours: [String: [String]]) -> Network? {
        guard let focus = network.actors.first(where: { $0.id == id }) else { return nil }
        var kept: Set<String> = [id]
        var frontier = [id]
        for _ in 0..<max(0, depth) where !frontier.isEmpty {
            var next: [String] = []
            for current in frontier {
                for other in neighbours[current] ?? [] where kept.insert(other).inserted {
                    next.append(other)
                }
            }
            frontier = next
        }
        var part = network
        part.title = title(of: network, around: focus, depth: depth)
        part.actors = network.actors.filter { kept.contains($0.id) }
        part.links = network.links.filter { kept.contains($0.from) && kept.contains($0.to) }
        return part
    }

    /// The diagram's title: "Halle (Saale) …: around Dienstleistungszentrum (1 step)".
    static func title(of network: Network, around actor: Actor, depth: Int) -> String {
        let steps = depth == 1 ? "1 step" : "\(depth) steps"
        return network.title.isEmpty ? "Around \(actor.name) (\(steps))" : "\(network.title): around \(actor.name) (\(steps))"
    }
}
