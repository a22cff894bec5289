import NetworkModel

/// Writes a network as a FORMAT.md file. Every string is double-quoted with YAML escapes, so no
/// name can turn into a number, a boolean, a comment or a key (`no`, `1.0`, `# Verein`,
/// `a: b`); numbers and booleans are written plain because the loader reads them only plain.
public enum YAMLNetworkWriter {
    public static func yaml(_ network: Network, header: String? = nil) -> String {
        var out = ""
        if let header {
            for line in header.split(separator: "\n", omittingEmptySubsequences: false) {
                out += "# \(line)\n"
            }
            out += "\n"
        }
        out += "network: \(quoted(network.title))\n"
        if let description = network.description { out += "description: \(quoted(description))\n" }
        if let asOf = network.asOf { out += "as_of: \(quoted(asOf.description))\n" }
        if !network.languages.isEmpty { out += "languages: \(list(network.languages))\n" }
        if !network.districts.isEmpty { out += "districts: \(list(network.districts))\n" }
        if !network.services.isEmpty {
            out += "\nservices:\n"
            for service in network.services {
                out += "  - id: \(quoted(service.id))\n    name: \(quoted(service.name))\n"
                if !service.required { out += "    required: false\n" }
                if let languages = service.languages { out += "    languages: \(list(languages))\n" }
                if let districts = service.districts { out += "    districts: \(list(districts))\n" }
                if service.interpreting { out += "    interpreting: true\n" }
            }
        }
        out += "\nactors:\n"
        for actor in network.actors {
            out += actorText(actor)
        }
        if !network.links.isEmpty {
            out += "\nlinks:\n"
            for link in network.links {
                out += "  - from: \(quoted(link.from))\n    to: \(quoted(link.to))\n    type: \(quoted(link.type.rawValue))\n"
                out += "    weight: \(number(link.weight))\n"
                if let since = link.since { out += "    since: \(quoted(since.description))\n" }
                if let until = link.until { out += "    until: \(quoted(until.description))\n" }
                if let note = link.note { out += "    note: \(quoted(note))\n" }
                if !link.sources.isEmpty { out += "    source: \(list(link.sources))\n" }
            }
        }
        if !network.pathways.isEmpty {
            out += "\npathways:\n"
            for pathway in network.pathways {
                out += "  - id: \(quoted(pathway.id))\n    name: \(quoted(pathway.name))\n    stages: \(list(pathway.stages))\n"
            }
        }
        if !network.accepted.isEmpty {
            out += "\naccepted:\n"
            for entry in network.accepted {
                out += "  - kind: \(quoted(entry.kind))\n"
                for (key, value) in entry.givenIDs { out += "    \(key): \(quoted(value))\n" }
                out += "    reason: \(quoted(entry.reason))\n"
                if let until = entry.until { out += "    until: \(quoted(until.description))\n" }
            }
        }
        return out
    }

    private static func actorText(_ actor: Actor) -> String {
        var out = "  - id: \(quoted(actor.id))\n    name: \(quoted(actor.name))\n    kind: \(quoted(actor.kind.rawValue))\n"
        out += "    sector: \(quoted(actor.sector.rawValue))\n    coordinator: \(actor.coordinator)\n"
        if !actor.languages.isEmpty { out += "    languages: \(list(actor.languages))\n" }
        if !actor.districts.isEmpty { out += "    districts: \(list(actor.districts))\n" }
        if let url = actor.url { out += "    url: \(quoted(url))\n" }
        if let contact = actor.contact { out += "    contact: \(quoted(contact))\n" }
        if !actor.tags.isEmpty { out += "    tags: \(list(actor.tags))\n" }
        if let influence = actor.influence { out += "    influence: \(number(influence))\n" }
        if !actor.sources.isEmpty { out += "    source: \(list(actor.sources))\n" }
        if let verified = actor.verified { out += "    verified: \(quoted(verified.description))\n" }
        if actor.person { out += "    person: true\n" }
        if !actor.offers.isEmpty {
            out += "    offers:\n"
            for offer in actor.offers {
                out += "      - service: \(quoted(offer.service))\n"
                if offer.hasOwnLanguages { out += "        languages: \(list(offer.languages))\n" }
                if offer.hasOwnDistricts { out += "        districts: \(list(offer.districts))\n" }
                if let capacity = offer.capacity { out += "        capacity: \(capacity)\n" }
            }
        }
        return out
    }

    static func list(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ", ") + "]"
    }

    /// Shortest text that reads back as the same double.
    static func number(_ value: Double) -> String { NumberText.plain(value) }

    /// A YAML double-quoted scalar (YAML 1.2 §5.7, §7.3.1). Line breaks, tabs, the NEL/LS/PS line
    /// separators (which YAML would fold) and anything outside YAML's printable set are escaped.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\0": out += "\\0"
            default:
                let value = scalar.value
                let printable = (0x20...0x7E).contains(value) || (0xA0...0xD7FF).contains(value)
                    || ((0xE000...0xFFFD).contains(value) && value != 0xFEFF) || (0x10000...0x10FFFF).contains(value)
                if printable {
                    out.unicodeScalars.append(scalar)
                } else if value <= 0xFFFF {
                    out += "\\u" + hex(value, width: 4)
                } else {
                    out += "\\U" + hex(value, width: 8)
                }
            }
        }
        return out + "\""
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
