import NetworkModel
import Wording

/// Makes the SVG speak to screen readers: a document `<title>` and `<desc>`, `role="img"` and an
/// `aria-label` on the root element. Graphviz gives the SVG only the graph's name as a title, so
/// without this a reader hears "actormap" and nothing about the network.
enum SVGAccessibility {
    static func annotate(_ svg: [UInt8], network: Network, words: Words = Words(.en)) -> [UInt8] {
        annotate(svg, title: words.diagramTitle(network.title), description: description(of: network, words: words))
    }

    /// The same for any picture: `title` becomes the `<title>` and the `aria-label`, `description`
    /// the `<desc>`.
    static func annotate(_ svg: [UInt8], title: String, description: String) -> [UInt8] {
        let text = String(decoding: svg, as: UTF8.self)
        guard let start = text.range(of: "<svg"), let end = text[start.upperBound...].firstIndex(of: ">") else { return svg }
        let label = escape(title)
        var annotated = String(text[..<end])
        annotated += " role=\"img\" aria-label=\"\(label)\">\n"
        annotated += "<title>\(label)</title>\n<desc>\(escape(description))</desc>"
        annotated += text[text.index(after: end)...]
        return Array(annotated.utf8)
    }

    /// One paragraph that says what the picture shows, for those who cannot see it.
    static func description(of network: Network, words: Words = Words(.en)) -> String {
        var counts: [(ActorKind, Int)] = []
        for kind in ActorKind.allCases {
            let count = network.actors.filter { $0.kind == kind }.count
            if count > 0 { counts.append((kind, count)) }
        }
        var sentences = [words.language == .en
            ? "\(network.actors.count) actors (\(counts.map { "\($0.1) \($0.0.label.lowercased())" }.joined(separator: ", "))) "
                + "joined by \(network.links.count) links."
            : words.diagramSummary(actors: network.actors.count, kinds: counts, links: network.links.count)]
        let coordinators = network.actors.filter(\.coordinator).map(\.name)
        if !coordinators.isEmpty {
            sentences.append(words.labelled(words[.coordinating], coordinators.joined(separator: ", ")) + ".")
        }
        sentences.append(words[.diagramTooltipNote])
        return sentences.joined(separator: " ")
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
