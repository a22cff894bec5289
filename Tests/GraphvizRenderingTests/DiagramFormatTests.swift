import Testing
@testable import GraphvizRendering

@Suite("Diagram format from a file name")
struct DiagramFormatTests {
    @Test(arguments: [("out.SVG", DiagramFormat.svg), ("a.b/c.png", .png), ("x.pdf", .pdf), ("x.dot", .dot)])
    func formatFromExtension(path: String, format: DiagramFormat) {
        #expect(DiagramFormat(pathExtensionOf: path) == format)
    }

    @Test(arguments: ["out.jpg", "noextension", "a.svg/b"])
    func unknownExtensions(path: String) {
        #expect(DiagramFormat(pathExtensionOf: path) == nil)
    }
}
