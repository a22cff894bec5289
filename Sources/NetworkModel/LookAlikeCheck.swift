/// Two actors (or services) a reader cannot tell apart: ids that differ only in case or in
/// characters that look alike (`VHS` and `vhs`, `caritas-1` and `caritas-l`), and names that differ
/// only by invisible characters. Both are allowed, since a file may mean them, but each pair is a
/// warning naming both, because a diagram or report shows them as one.
enum LookAlikeCheck {
    static func warnings(for network: Network) -> [Diagnostic] {
        idWarnings(network.actors.map { ($0.id, $0.location) }, what: "actor")
            + idWarnings(network.services.map { ($0.id, $0.location) }, what: "service")
            + nameWarnings(network.actors)
    }

    /// What an id looks like to a reader: lower case, with `I` and `1` as `l`, `0` as `o`, `rn` as
    /// `m` and `vv` as `w`.
    static func skeleton(_ id: String) -> String {
        // Ids are ASCII (`Identifier.isValid`): bytes, not characters, for 100,000 actors.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(id.utf8.count)
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "I"), UInt8(ascii: "1"): bytes.append(UInt8(ascii: "l"))
            case UInt8(ascii: "0"): bytes.append(UInt8(ascii: "o"))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte | 0x20)
            case UInt8(ascii: "n") where bytes.last == UInt8(ascii: "r"): bytes[bytes.count - 1] = UInt8(ascii: "m")
            case UInt8(ascii: "v") where bytes.last == UInt8(ascii: "v"): bytes[bytes.count - 1] = UInt8(ascii: "w")
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func idWarnings(_ items: [(id: String, location: SourceLocation?)], what: String) -> [Diagnostic] {
        var first: [String: (id: String, location: SourceLocation?)] = [:]
        var warnings: [Diagnostic] = []
        for item in items {
            let key = skeleton(item.id)
            if let earlier = first[key] {
                let place = earlier.location.map { " (first at \($0))" } ?? ""
                warnings.append(.warning("\(what) ids '\(earlier.id)' and '\(item.id)' differ only in case or in characters "
                                         + "that look alike\(place); a reader cannot tell them apart", at: item.location))
            } else {
                first[key] = item
            }
        }
        return warnings
    }

    private static func nameWarnings(_ actors: [Actor]) -> [Diagnostic] {
        // Only a name with a character outside ASCII can hide one: most networks build no table.
        let hiding = actors.indices.filter { index in
            actors[index].name.utf8.contains { $0 >= 0x80 } && TextRules.visible(actors[index].name) != actors[index].name
        }
        guard !hiding.isEmpty else { return [] }
        let hidingSet = Set(hiding)
        var byVisibleName: [String: Int] = [:]
        for (index, actor) in actors.enumerated() {
            let visible = hidingSet.contains(index) ? TextRules.visible(actor.name) : actor.name
            if byVisibleName[visible] == nil { byVisibleName[visible] = index }
        }
        var warnings: [Diagnostic] = []
        for index in hiding {
            let visible = TextRules.visible(actors[index].name)
            guard let other = byVisibleName[visible], other != index, actors[other].name != actors[index].name else { continue }
            let (earlier, later) = other < index ? (actors[other], actors[index]) : (actors[index], actors[other])
            let place = earlier.location.map { " (at \($0))" } ?? ""
            warnings.append(.warning("actors '\(earlier.id)'\(place) and '\(later.id)' have names that look the same "
                                     + "and differ only by invisible characters", at: later.location))
        }
        return warnings
    }
}
