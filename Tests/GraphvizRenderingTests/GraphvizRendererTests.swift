import Foundation
import NetworkModel
import Testing
@testable import GraphvizRendering

@Suite("Graphviz in-process", .serialized)
struct GraphvizRendererTests {
    static let small = NetworkDiagram(network: SampleNetworks.city, highlights: SampleNetworks.cityHighlights)

    @Test func pluginsLoadInProcess() throws {
        let formats = try GraphvizRenderer.availableFormats()
        for format in ["svg", "png", "pdf"] {
            #expect(formats.contains { $0 == format || $0.hasPrefix(format + ":") }, "\(formats)")
        }
    }

    @Test func pngStartsWithItsSignature() throws {
        let data = try Self.small.render(as: .png).data
        #expect(Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    @Test func pdfStartsWithItsSignature() throws {
        let data = try Self.small.render(as: .pdf).data
        #expect(Array(data.prefix(5)) == Array("%PDF-".utf8))
    }

    @Test func malformedDOTIsASwiftErrorNotStderr() throws {
        var thrown: GraphvizError?
        let printed = try capturingStandardError {
            #expect(throws: GraphvizError.self) {
                do {
                    _ = try GraphvizRenderer.render(dot: "digraph { a -> ; }", layout: .dot, format: .svg)
                } catch let error as GraphvizError {
                    thrown = error
                    throw error
                }
            }
        }
        #expect(thrown?.stage == .parse)
        #expect(thrown?.messages.contains { $0.contains("syntax error") } == true, "\(String(describing: thrown))")
        // Other tests print their progress to the same stderr while this one runs, so the capture
        // is checked for Graphviz's words, not for emptiness.
        #expect(!printed.contains("syntax error"), "Graphviz wrote to stderr: \(printed)")
    }

    @Test func unknownLayoutIsASwiftErrorNotStderr() throws {
        var thrown: GraphvizError?
        let printed = try capturingStandardError {
            do {
                _ = try GraphvizRenderer.render(dot: "digraph { a -> b }", engine: "nonesuch", graphvizFormat: "svg")
            } catch let error as GraphvizError {
                thrown = error
            }
        }
        #expect(thrown?.stage == .layout)
        #expect(thrown?.messages.first?.contains("nonesuch") == true, "\(String(describing: thrown))")
        #expect(!printed.contains("nonesuch"), "Graphviz wrote to stderr: \(printed)")
    }

    /// Graphviz returns success for a label it could not parse and draws the node's name instead;
    /// the `dot` command line exits 1 for it, and so do we rather than ship a wrong diagram.
    @Test func anUnparsableHTMLLabelFailsInsteadOfFallingBack() throws {
        var thrown: GraphvizError?
        do {
            _ = try GraphvizRenderer.render(dot: "digraph { a [label=<<b>x>] }", layout: .dot, format: .svg)
        } catch let error as GraphvizError {
            thrown = error
        }
        #expect(thrown?.stage == .layout)
        #expect(thrown?.messages.contains { $0.contains("mismatched tag") } == true, "\(String(describing: thrown))")
    }

    @Test func unknownFormatIsASwiftError() throws {
        #expect(throws: GraphvizError.self) {
            _ = try GraphvizRenderer.render(dot: "digraph { a -> b }", engine: "dot", graphvizFormat: "nonesuch")
        }
    }

    @Test func anErrorLeavesGraphvizUsable() throws {
        _ = try? GraphvizRenderer.render(dot: "digraph {", layout: .dot, format: .svg)
        let svg = try SVGDocument(Self.small.render(as: .svg).data)
        #expect(svg.actorIDs.count == SampleNetworks.city.actors.count)
    }

    @Test func concurrentCallersAreSerialized() async throws {
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<8 {
                group.addTask {
                    let layout = Layout.allCases[index % Layout.allCases.count]
                    let diagram = NetworkDiagram(network: SampleNetworks.city, options: DiagramOptions(layout: layout))
                    return try SVGDocument(diagram.render(as: .svg).data).actorIDs.count
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: SampleNetworks.city.actors.count, count: 8))
    }
}

/// Runs `body` with file descriptor 2 pointing at a temporary file and returns what was written
/// there, so a test can prove that Graphviz's complaints did not reach the terminal.
func capturingStandardError(_ body: () throws -> Void) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)").path
    let capture = open(path, O_CREAT | O_RDWR | O_TRUNC, 0o600)
    guard capture >= 0 else { throw CocoaError(.fileWriteUnknown) }
    defer {
        close(capture)
        unlink(path)
    }
    fflush(nil)
    let saved = dup(2)
    dup2(capture, 2)
    defer {
        fflush(nil)
        dup2(saved, 2)
        close(saved)
    }
    try body()
    fflush(nil)
    return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
}
