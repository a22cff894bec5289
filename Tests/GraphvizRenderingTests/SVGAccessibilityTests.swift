import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import GraphvizRendering
import NetworkModel

/// Screen readers need the picture described: title, description, role and label on the root.
struct SVGAccessibilityTests {
    @Test func theDocumentHasTitleDescriptionRoleAndLabel() throws {
        let network = Network(title: "Netz \"A\" & <B>", actors: [
            Actor(id: "c", name: "Beauftragte", kind: .commissioner),
            Actor(id: "v", name: "Verein", kind: .association),
        ], links: [Link(from: "c", to: "v", type: .supports)])
        let svg = String(decoding: try NetworkDiagram(network: network).render(as: .svg).data, as: UTF8.self)
        #expect(svg.contains("role=\"img\" aria-label=\"Netz &quot;A&quot; &amp; &lt;B&gt;: network diagram\">"))
        #expect(svg.contains("<title>Netz &quot;A&quot; &amp; &lt;B&gt;: network diagram</title>\n<desc>2 actors (1 commissioner, 1 association) joined by 1 links. Coordinating: Beauftragte."))
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        // The document title comes before Graphviz's own graph title.
        let titles = svg.components(separatedBy: "<title>").dropFirst().map { $0.components(separatedBy: "</title>")[0] }
        #expect(titles.first == "Netz &quot;A&quot; &amp; &lt;B&gt;: network diagram")
    }
}
