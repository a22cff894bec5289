import Foundation
import Testing
@testable import GraphvizRendering
import NetworkModel
import Wording

/// The key under the diagram draws each kind's shape, each link type's line and each mark as the
/// diagram draws them, whichever engine laid out the actors.
struct DiagramKeyTests {
    /// The key's groups in the SVG, by the words beside each sample.
    static func samples(_ svg: SVGDocument, prefix: String = "") -> [String: SVGDocument.Element] {
        var result: [String: SVGDocument.Element] = [:]
        for group in svg.elements where group.name == "g" {
            guard let id = group.attributes["id"], id.hasPrefix(prefix + "key-words-") else { continue }
            let entry = id.dropFirst((prefix + "key-words-").count)
            let words = svg.textLines(inGroup: id).joined(separator: " ")
            if let sample = svg.elements.first(where: {
                $0.name == "g" && ($0.attributes["id"] == prefix + "key-sample-\(entry)" || $0.attributes["id"] == prefix + "key-line-\(entry)")
            }) {
                result[words] = sample
            }
        }
        return result
    }

    /// The drawing elements inside the group with this id.
    static func shapes(in svg: SVGDocument, group id: String) -> [SVGDocument.Element] {
        svg.elements.filter { ["ellipse", "polygon", "path", "polyline"].contains($0.name) && $0.groupIDs.contains(id) }
    }

    @Test(arguments: [Layout.dot, .sfdp, .circo])
    func kindsAreDrawnWithTheirShapesAndColours(_ layout: Layout) throws {
        let diagram = NetworkDiagram(network: SampleNetworks.city, options: DiagramOptions(layout: layout),
                                     highlights: SampleNetworks.cityHighlights)
        let svg = try SVGDocument(try diagram.render(as: .svg).data)
        let samples = Self.samples(svg)
        // The city network's nine kinds, three sectors, nine link types, and four marks.
        #expect(samples.count == 9 + 3 + 9 + 4, "\(samples.keys.sorted())")
        let association = try #require(samples["Association"]?.attributes["id"])
        let ellipse = try #require(Self.shapes(in: svg, group: association).first)
        #expect(ellipse.name == "ellipse")
        #expect(ellipse.attributes["stroke"]?.uppercased() == DiagramStyle.color(of: .association))
        #expect(ellipse.attributes["fill"]?.uppercased() == DiagramStyle.tint(of: .association))
        // A house has five corners (and Graphviz closes the polygon with the first one again).
        let commissioner = try #require(samples["Commissioner"]?.attributes["id"])
        let house = try #require(Self.shapes(in: svg, group: commissioner).first)
        #expect(house.name == "polygon")
        #expect(house.attributes["points"]?.split(separator: " ").count == 6)
        // The 3-D box: its front and the two faces of its depth.
        let authority = try #require(samples["Authority"]?.attributes["id"])
        #expect(Self.shapes(in: svg, group: authority).count >= 2)
    }

    @Test func linkTypesAreDrawnWithTheirLineAndArrowhead() throws {
        let diagram = NetworkDiagram(network: SampleNetworks.city)
        let svg = try SVGDocument(try diagram.render(as: .svg).data)
        let samples = Self.samples(svg)
        let supports = try #require(samples["supports"]?.attributes["id"])
        let line = try #require(Self.shapes(in: svg, group: supports).first { $0.name == "path" })
        #expect(line.attributes["stroke"]?.uppercased() == DiagramStyle.style(of: .supports).color)
        #expect(line.attributes["stroke-dasharray"] == "5,2")
        #expect(Self.shapes(in: svg, group: supports).contains { $0.name == "polygon" })
        // Cooperation runs both ways: no arrowhead.
        let cooperates = try #require(samples["cooperates with"]?.attributes["id"])
        #expect(Self.shapes(in: svg, group: cooperates).map(\.name) == ["path"])
        // "is member of" ends in a circle (odot), as in the diagram.
        let member = try #require(samples["is member of"]?.attributes["id"])
        #expect(Self.shapes(in: svg, group: member).contains { $0.name == "ellipse" })
    }

    @Test func marksAreDrawnAsTheActorsCarryThem() throws {
        let diagram = NetworkDiagram(network: SampleNetworks.city, highlights: SampleNetworks.cityHighlights)
        let svg = try SVGDocument(try diagram.render(as: .svg).data)
        let samples = Self.samples(svg)
        let unreachable = try #require(samples["red dashed outline: no path to a coordinator"]?.attributes["id"])
        let outline = try #require(Self.shapes(in: svg, group: unreachable).first)
        #expect(outline.attributes["stroke"]?.uppercased() == DiagramStyle.problemColor)
        #expect(outline.attributes["stroke-dasharray"] != nil)
        let coordinator = try #require(samples["double outline: coordinator"]?.attributes["id"])
        #expect(Self.shapes(in: svg, group: coordinator).count == 2)
    }

    @Test func withoutTheLegendThereIsNoKeyAndTheTitleStays() throws {
        let diagram = NetworkDiagram(network: SampleNetworks.city, options: DiagramOptions(showLegend: false))
        let svg = try SVGDocument(try diagram.render(as: .svg).data)
        #expect(Self.samples(svg).isEmpty)
        #expect(svg.elements.contains { $0.name == "text" && $0.text == "Halle (Saale) – Integration network" })
    }

    @Test func theDOTTextHasNoKeyAndThePNGAndPDFAreDrawn() throws {
        let diagram = NetworkDiagram(network: SampleNetworks.city)
        #expect(!diagram.dot.contains("_key_"))
        #expect(try diagram.render(as: .png).data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try diagram.render(as: .pdf).data.starts(with: Array("%PDF".utf8)))
    }

    @Test func anIDPrefixReachesEveryIDOfTheSVG() throws {
        let diagram = NetworkDiagram(network: SampleNetworks.city,
                                     options: DiagramOptions(actorLinkPrefix: "profile-", idPrefix: "focus-dlz-"),
                                     highlights: SampleNetworks.cityHighlights)
        let svg = try SVGDocument(try diagram.render(as: .svg).data)
        let ids = svg.elements.compactMap { $0.attributes["id"] }
        #expect(ids.count > 40)
        // Graphviz names the link around an element `a_<its id>`: unique as well.
        let unprefixed = ids.filter { !$0.hasPrefix("focus-dlz-") && !$0.hasPrefix("a_focus-dlz-") }
        #expect(unprefixed.isEmpty, "\(unprefixed)")
        #expect(ids.contains("focus-dlz-actor-vemo"))
    }
}

/// The key alone goes on a landscape A4 page: drawn in one band, the German key of the city
/// network (nine kinds, three sectors, nine link types, four marks) is far wider than the page
/// and printed its words below 6 points; its columns now continue in a band below.
struct PrintedKeyTests {
    @Test(arguments: [OutputLanguage.en, .de, .fr, .sl])
    func theKeyAloneFitsALandscapePage(_ language: OutputLanguage) throws {
        let diagram = NetworkDiagram(network: SampleNetworks.city, options: DiagramOptions(layout: .dot, language: language),
                                     highlights: SampleNetworks.cityHighlights)
        let key = try #require(try diagram.renderKey(as: .svg))
        let text = String(decoding: key.data, as: UTF8.self)
        let viewBox = try #require(text.firstMatch(of: /viewBox="([-0-9.]+) ([-0-9.]+) ([0-9.]+) ([0-9.]+)"/))
        let width = try #require(Double(viewBox.3))
        // 277 mm in points, the page inside the report's margins.
        #expect(width <= 277 / 25.4 * 72, "key \(width) points wide")
        // Every entry is still there, each key's heading at least once.
        let svg = try SVGDocument(key.data)
        #expect(DiagramKeyTests.samples(svg, prefix: "only").count == 9 + 3 + 9 + 4)
    }

    @Test func aKeyThatContinuesInTheNextBandRepeatsItsHeading() throws {
        let diagram = NetworkDiagram(network: SampleNetworks.city, options: DiagramOptions(layout: .dot, language: .de),
                                     highlights: SampleNetworks.cityHighlights)
        let key = try #require(try diagram.renderKey(as: .svg))
        let ids = try SVGDocument(key.data).elements.filter { $0.name == "g" }.compactMap { $0.attributes["id"] }
        let continued = ids.filter { $0.wholeMatch(of: /onlykey-heading-\d+-continued/) != nil }.count
        let bands = ids.filter { $0.wholeMatch(of: /onlykey-heading-\d+/) != nil }.count
        #expect(bands >= 3)
        #expect(continued >= 1, "the German key is too wide for one band, so some key continues")
    }
}
