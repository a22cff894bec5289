import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The base of the workbook's XML readers: reads one part whole, or says where it breaks.
/// Subclasses see elements and text through `open`, `close` and `text`.
///
/// Why: on Linux, `XMLParser.parse()` returns true for a part cut off in the middle; it sets
/// `parserError` for a mismatched tag and nothing at all when the cut falls after a start tag.
/// A part therefore counts as read only with no error, at least one element, and every element
/// it opened closed again. Read as far as it goes, a damaged part would lose strings, sheets or
/// date formats without a word, and an import would go on with wrong cells.
class XMLPartParser: NSObject, XMLParserDelegate {
    /// Where a part breaks, as the parser counts lines and columns.
    struct Damage: Equatable {
        var line: Int
        var column: Int

        /// The sentence for a damaged `part` ("b.xlsx: 'xl/styles.xml'", "b.xlsx: the worksheet
        /// 'actors'"), with what a person can do about it.
        func sentence(for part: String) -> String {
            "\(part) is damaged XML at line \(line), column \(column); \(XLSXReader.saveAgain)"
        }
    }

    private var depth = 0
    private var elements = 0

    /// Reads `data` with this parser; `nil` when the part was read whole.
    func read(_ data: Data) -> Damage? {
        let parser = XMLParser(data: data)
        parser.delegate = self
        let finished = parser.parse()
        guard !finished || parser.parserError != nil || depth != 0 || elements == 0 else { return nil }
        return Damage(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))
    }

    func open(_ name: String, attributes: [String: String]) {}
    func close(_ name: String) {}
    func text(_ string: String) {}

    final func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                      qualifiedName: String?, attributes: [String: String] = [:]) {
        depth += 1
        elements += 1
        open(localName(elementName), attributes: attributes)
    }

    final func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        close(localName(elementName))
    }

    final func parser(_ parser: XMLParser, foundCharacters string: String) {
        text(string)
    }
}

/// An element's name without its namespace prefix (`x:sheet` → `sheet`).
func localName(_ name: String) -> String {
    name.split(separator: ":").last.map(String.init) ?? name
}
