import Foundation
import Testing
@testable import GraphvizRendering
import NetworkModel

/// `render --paper`: a PDF page of the paper's size with the drawing fitted inside 15 mm margins.
struct PaperPageTests {
    @Test func aWideDrawingTurnsTheA4PageAndShrinksToItsWidth() {
        let page = PaperPage(size: .a4)
        #expect(page.pageSize(drawingWidth: 1000, drawingHeight: 500) == (842, 595))
        // (842 - 2 × 42.52) / 1000 = 0.75696; the height would allow (595 - 85.04) / 500 = 1.01992.
        #expect(abs(page.scale(drawingWidth: 1000, drawingHeight: 500) - 0.75696) < 1e-9)
    }

    @Test func aTallDrawingKeepsThePagePortraitUnlessLandscapeIsAsked() {
        #expect(PaperPage(size: .a4).pageSize(drawingWidth: 500, drawingHeight: 1000) == (595, 842))
        #expect(PaperPage(size: .a4, landscape: true).pageSize(drawingWidth: 500, drawingHeight: 1000) == (842, 595))
        #expect(PaperPage(size: .a3).pageSize(drawingWidth: 500, drawingHeight: 1000) == (842, 1191))
        #expect(PaperPage(size: .letter).pageSize(drawingWidth: 500, drawingHeight: 1000) == (612, 792))
    }

    @Test func aSmallDrawingIsNeverEnlarged() {
        #expect(PaperPage(size: .a4).scale(drawingWidth: 200, drawingHeight: 100) == 1)
        // Centred: the margins share what the drawing leaves free, (595 - 200) / 2 pt across.
        let attributes = Dictionary(uniqueKeysWithValues: PaperPage(size: .a4).attributes(drawingWidth: 200, drawingHeight: 100))
        #expect(attributes["size"] == "\"2.777778,1.388889\"")
        #expect(attributes["margin"] == "\"4.458333,3.437500\"")
        #expect(attributes["pad"] == "0")
    }

    /// cairo writes the page as `/MediaBox [ 0 0 W H ]`, uncompressed.
    static func mediaBox(_ pdf: [UInt8]) -> String? {
        let text = String(decoding: pdf, as: UTF8.self)
        guard let start = text.range(of: "/MediaBox [ "), let end = text[start.upperBound...].range(of: " ]") else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
    }

    @Test(arguments: [(PaperPage(size: .a4), "0 0 842 595"), (PaperPage(size: .a4, landscape: false), "0 0 595 842"),
                      (PaperPage(size: .a3), "0 0 1191 842"), (PaperPage(size: .letter), "0 0 792 612")])
    func theCityDiagramFillsThePage(_ paper: PaperPage, mediaBox: String) throws {
        // The city diagram is wider than tall, so every page turns to landscape unless told not to.
        let diagram = NetworkDiagram(network: SampleNetworks.city, highlights: SampleNetworks.cityHighlights)
        let pdf = try diagram.render(as: .pdf, paper: paper)
        #expect(Self.mediaBox(pdf.data) == mediaBox)
    }

    @Test func withoutPaperThePDFHasTheDrawingsOwnSize() throws {
        let diagram = NetworkDiagram(network: SampleNetworks.city, highlights: SampleNetworks.cityHighlights)
        let box = try #require(Self.mediaBox(try diagram.render(as: .pdf).data))
        let sizes = box.split(separator: " ").compactMap { Double($0) }
        #expect(sizes.count == 4 && sizes[2] > 842)
    }

    @Test func theOverviewIsFittedToo() throws {
        let overview = OverviewDiagram(network: SampleNetworks.city, by: .kind)
        let box = try #require(Self.mediaBox(try overview.render(as: .pdf, paper: PaperPage(size: .a4, landscape: true)).data))
        #expect(box == "0 0 842 595")
    }

    @Test func theSVGCarriesWidthHeightAndViewBox() throws {
        let svg = try NetworkDiagram(network: SampleNetworks.city).render(as: .svg)
        let root = try #require(try SVGDocument(svg.data).elements.first { $0.name == "svg" })
        let width = try #require(root.attributes["width"]), height = try #require(root.attributes["height"])
        #expect(width.hasSuffix("pt") && height.hasSuffix("pt"))
        let viewBox = try #require(root.attributes["viewBox"]).split(separator: " ").compactMap { Double($0) }
        #expect(viewBox.count == 4)
        // 1 pt of width per unit of the view box: the drawing embeds at its natural size.
        #expect(abs((Double(width.dropLast(2)) ?? 0) - viewBox[2]) < 1.5)
        #expect(abs((Double(height.dropLast(2)) ?? 0) - viewBox[3]) < 1.5)
    }
}
