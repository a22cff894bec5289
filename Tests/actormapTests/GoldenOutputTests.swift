import Foundation
import Testing

/// What people read and other programs take in, pinned byte for byte to golden files in
/// `Goldens/`: the DOT text of two examples (one with Slovenian names), the Markdown report in
/// English and German, and every command's `--help`. A change to any of them shows in review as a
/// diff of these files (`ACTORMAP_RECORD=1` re-records and fails; see `GoldenFile`).
@Suite struct GoldenOutputTests {
    static let goldens = "Tests/actormapTests/Goldens"

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(arguments: ["halle", "shelter-novo-mesto"])
    func dotTextMatchesGoldenFile(name: String) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dot = folder.appendingPathComponent("\(name).dot")
        let outcome = try CommandRunner.run(["render", "networks/\(name).yaml", "-o", dot.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        try GoldenFile.check(try String(contentsOf: dot, encoding: .utf8), against: "\(Self.goldens)/render/\(name).dot")
    }

    @Test(arguments: [("halle", "en"), ("halle", "de"), ("east-belgium", "en"), ("east-belgium", "de")])
    func markdownReportMatchesGoldenFile(name: String, language: String) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CommandRunner.run(["report", "networks/\(name).yaml", "-o", folder.path, "--lang", language])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let markdown = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
        try GoldenFile.check(markdown, against: "\(Self.goldens)/report/\(name).\(language).md")
    }

    /// The commands are read from `actormap --help` itself, so a new command gets a golden file (or
    /// fails for want of one) without this list being kept by hand; `import`'s own subcommands too.
    static let commands: [[String]] = {
        func subcommands(of path: [String]) -> [String] {
            guard let help = try? CommandRunner.run(path + ["--help"], environment: ["COLUMNS": "80"]).stdout,
                  let start = help.range(of: "SUBCOMMANDS:\n") else { return [] }
            return help[start.upperBound...].split(separator: "\n").compactMap { line in
                guard line.hasPrefix("  "), !line.hasPrefix("   "), !line.contains("See '") else { return nil }
                return line.split(separator: " ").first.map(String.init)
            }
        }
        let top = subcommands(of: [])
        return [[]] + top.flatMap { name in [[name]] + subcommands(of: [name]).map { [name, $0] } }
    }()

    @Test func everyCommandIsFound() {
        #expect(Self.commands.count >= 18, "\(Self.commands)")
        #expect(Self.commands.contains(["import", "hsds"]))
    }

    @Test(arguments: GoldenOutputTests.commands)
    func helpMatchesGoldenFile(command: [String]) throws {
        let outcome = try CommandRunner.run(command + ["--help"], environment: ["COLUMNS": "80"])
        #expect(outcome.status == 0)
        let name = command.isEmpty ? "actormap" : command.joined(separator: "-")
        try GoldenFile.check(outcome.stdout, against: "\(Self.goldens)/help/\(name).txt")
    }
}
