import NetworkModel

/// What `--remove` names: one actor by id, every actor of a kind, or every actor of a sector.
public enum RemovalSelector: Hashable, Sendable {
    case actor(String)
    case kind(ActorKind)
    case sector(Sector)

    /// A selector that names nothing in the network: a usage mistake, with a suggestion when a
    /// known word is close.
    public struct UnknownSelection: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// Reads `ID`, `kind:KIND` or `sector:SECTOR`, checking ids against `network`.
    public static func parse(_ text: String, in network: Network) throws(UnknownSelection) -> RemovalSelector {
        if text.hasPrefix("kind:") {
            let value = String(text.dropFirst("kind:".count))
            guard let kind = ActorKind(rawValue: value) else {
                let kinds = ActorKind.allCases.map(\.rawValue)
                throw UnknownSelection(description: "unknown actor kind '\(value)'\(Suggestion.hint(for: value, among: kinds)); "
                    + "kinds are \(kinds.joined(separator: ", "))")
            }
            return .kind(kind)
        }
        if text.hasPrefix("sector:") {
            let value = String(text.dropFirst("sector:".count))
            guard let sector = Sector(rawValue: value) else {
                let sectors = Sector.allCases.map(\.rawValue)
                throw UnknownSelection(description: "unknown sector '\(value)'\(Suggestion.hint(for: value, among: sectors)); "
                    + "sectors are \(sectors.joined(separator: ", "))")
            }
            return .sector(sector)
        }
        guard network.actor(text) != nil else {
            let ids = network.actors.map(\.id).sorted()
            throw UnknownSelection(description: "unknown actor '\(text)'\(Suggestion.hint(for: text, among: ids))")
        }
        return .actor(text)
    }

    /// The ids this selector names in `network`, sorted; a kind or sector nobody has names none.
    public func actorIDs(in network: Network) -> [String] {
        network.actors.filter { actor in
            switch self {
            case .actor(let id): return actor.id == id
            case .kind(let kind): return actor.kind == kind
            case .sector(let sector): return actor.sector == sector
            }
        }.map(\.id).sorted()
    }
}

extension Network {
    /// The network as it would be without these actors: their offers and every link touching them
    /// go with them. Services, pathways and needs stay: the city still needs what it needed.
    public func removing(_ ids: Set<String>) -> Network {
        var copy = self
        copy.actors.removeAll { ids.contains($0.id) }
        copy.links.removeAll { ids.contains($0.from) || ids.contains($0.to) }
        return copy
    }
}
