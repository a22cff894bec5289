import Foundation
import Testing

/// Issue 21, finding 10: a name with an unterminated RIGHT-TO-LEFT OVERRIDE must not reverse the
/// names after it. In the diagram and the report every such name sits inside its own isolate
/// (U+2068 … U+2069); Latin names stay exactly as written.
struct BidiIsolationTests {
    static let network = """
    network: Bidi
    actors:
      - {id: comm, name: Büro, kind: commissioner}
      - {id: evil, name: "Verein \\u202Eabc", kind: association}
      - {id: club, name: Sportclub, kind: association}
      - {id: ar, name: "جمعية الجالية", kind: migrant-organisation}
    links:
      - {from: comm, to: evil, type: supports}
      - {from: evil, to: club, type: cooperates}
      - {from: comm, to: ar, type: supports}

    """

    /// Every override and every Arabic letter inside an open isolate, and every isolate closed.
    func checkIsolated(_ text: String, in file: String) {
        var depth = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x2068: depth += 1
            case 0x2069: depth -= 1
            case 0x202E, 0x0600...0x06FF: #expect(depth > 0, "\(file): U+\(String(scalar.value, radix: 16)) outside an isolate")
            default: break
            }
        }
        #expect(depth == 0, "\(file): an isolate left open")
        #expect(!text.contains("\u{2068}Sportclub"), "\(file)")
    }

    @Test func diagramAndReportIsolateEveryRightToLeftName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-bidi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("net.yaml")
        try Self.network.write(to: file, atomically: true, encoding: .utf8)
        let svg = folder.appendingPathComponent("net.svg").path
        #expect(try CommandRunner.run(["render", file.path, "-o", svg]).status == 0)
        let report = folder.appendingPathComponent("report").path
        #expect(try CommandRunner.run(["report", file.path, "-o", report]).status == 0)
        for path in [svg, report + "/index.html", report + "/report.md", report + "/network.svg"] {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains("Sportclub"))
            checkIsolated(text, in: path)
        }
    }
}
