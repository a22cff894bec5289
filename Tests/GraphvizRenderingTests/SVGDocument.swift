import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG file read by a real XML parser, flattened into what the tests ask about: which elements
/// exist (so markup smuggled in through a name would show up as an element), their attributes,
/// and the text inside them.
struct SVGDocument {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
        /// Ids of the enclosing `<g>` elements, innermost last.
        var groupIDs: [String]
    }

    var elements: [Element] = []

    init(_ data: [UInt8]) throws {
        let delegate = Collector()
        let parser = XMLParser(data: Data(data))
        parser.delegate = delegate
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else {
            throw SVGParseError(description: parser.parserError.map { "\($0)" } ?? "unknown XML error")
        }
        elements = delegate.elements
    }

    struct SVGParseError: Error, CustomStringConvertible { var description: String }

    var nodeGroups: [Element] { elements.filter { $0.name == "g" && $0.attributes["class"] == "node" } }
    var actorIDs: [String] { nodeGroups.compactMap { $0.attributes["id"] }.filter { $0.hasPrefix("actor-") } }
    /// The node ids of an overview (`OverviewDiagram`), in drawing order.
    var groupIDs: [String] { nodeGroups.compactMap { $0.attributes["id"] }.filter { $0.hasPrefix("group-") } }
    var edgeGroups: [Element] { elements.filter { $0.name == "g" && $0.attributes["class"] == "edge" } }

    /// All text of the `<text>` elements inside the node group with this id, one string per line.
    func textLines(inGroup id: String) -> [String] {
        elements.filter { $0.name == "text" && $0.groupIDs.contains(id) }.map(\.text)
    }

    func tooltip(ofGroup id: String) -> String? {
        elements.first { $0.name == "a" && $0.groupIDs.contains(id) }?.attributes["xlink:title"]
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var open: [Int] = []
        var groups: [String] = []
        var groupDepths: [Int] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if name == "g" {
                groups.append(attributes["id"] ?? "")
                groupDepths.append(open.count)
            }
            elements.append(Element(name: name, attributes: attributes, text: "", groupIDs: groups))
            open.append(elements.count - 1)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
            if name == "g", groupDepths.last == open.count {
                groups.removeLast()
                groupDepths.removeLast()
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let last = open.last { elements[last].text += string }
        }
    }
}
