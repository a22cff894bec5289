import Foundation
import Testing

/// Issue 24: `render -o x.dot` writes labels and quoted strings that Graphviz's own `dot` reads
/// (it stops at 16,384 bytes: "longer than 16384?"), shortening the longest with a note on
/// standard error; the same network renders in this process as before.
struct DOTLabelLimitTests {
    static var dotProgram: String? {
        ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// One actor at every text cap at once: a name of 4,000 `&` (20,000 bytes escaped), six
    /// services it alone offers with names of 4,000 `"`, ten districts of 4,000 letters.
    static func hostileNetwork() -> String {
        let name = String(repeating: "&", count: 4_000)
        let quote = String(repeating: "\\\"", count: 3_999)
        let districts = (0..<10).map { "D\($0)" + String(repeating: "ž", count: 3_990) }
        var lines = ["network: Long", "districts: [\(districts.joined(separator: ", "))]", "services:"]
        lines += (0..<6).map { "  - {id: s\($0), name: \"\($0)\(quote)\"}" }
        lines += ["actors:",
                  "  - {id: long, name: \"\(name)\", kind: association, districts: [\(districts.joined(separator: ", "))], "
                    + "offers: [\((0..<6).map { "{service: s\($0)}" }.joined(separator: ", "))]}",
                  "  - {id: c, name: Zentrum Ελπίδα, kind: commissioner}",
                  "links:", "  - {from: c, to: long, type: coordinates}"]
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func dotReadsTheDOTOfTheLongestLabels() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-dotlabel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("long.yaml")
        try Self.hostileNetwork().write(to: input, atomically: true, encoding: .utf8)
        let dotFile = folder.appendingPathComponent("x.dot")
        let outcome = try CommandRunner.run(["render", input.path, "-o", dotFile.path, "--highlight-gaps"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr == "actormap: note: the box of actor 'long' shows its name, services, languages and marks "
            + "shortened to 400 characters each, as Graphviz's dot reads no label over 16,384 characters; its tooltip keeps more\n")
        let text = try String(contentsOf: dotFile, encoding: .utf8)
        #expect(text.contains("<B>" + String(repeating: "&amp;", count: 400) + "…</B>"))
        // The tooltip, a quoted string under the same limit, keeps 2,000.
        #expect(text.contains("tooltip=\"" + String(repeating: "&amp;", count: 2_000) + "…\"]"))
        // The commissioner's box is as before: no note, no cut.
        #expect(text.contains("<B>Zentrum Ελπίδα</B>"))

        // The same file in Graphviz's own program.
        guard let program = Self.dotProgram else {
            print("DOTLabelLimitTests: no dot program installed; skipped reading x.dot with it")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-Tsvg", dotFile.path, "-o", folder.appendingPathComponent("x.svg").path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
        let svg = try String(contentsOf: folder.appendingPathComponent("x.svg"), encoding: .utf8)
        #expect(svg.contains("Zentrum Ελπίδα"))

        // In this process, to SVG: drawn, with the same note.
        let inProcess = try CommandRunner.run(["render", input.path, "-o", folder.appendingPathComponent("y.svg").path])
        #expect(inProcess.status == 0, "\(inProcess.stderr)")
        #expect(inProcess.stderr.contains("the box of actor 'long' shows its name"))
    }
}
