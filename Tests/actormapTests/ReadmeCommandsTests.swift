import Foundation
import Testing

/// The README's "Using it" section is the first thing a commissioner copies into a terminal, so every
/// `actormap` line in it must run as written on the shipped networks. Each line goes through a shell
/// (globs and comments as a reader's shell treats them) with the built executable first on `PATH`, in
/// a fresh folder that sees the repository's `networks/` and `Tests/` through links, so that files the
/// examples write with `-o` land in that folder and never in the repository.
struct ReadmeCommandsTests {
    /// The lines of the section's `sh` code blocks that start with `actormap `, in order.
    static func usingItCommands() throws -> [String] {
        let readme = try String(contentsOf: CommandRunner.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "## Using it") else { return [] }
        var commands: [String] = []
        var inCode = false
        for line in lines[(start + 1)...] {
            if !inCode && line.hasPrefix("## ") { break }
            if line.hasPrefix("```") {
                inCode.toggle()
                continue
            }
            if inCode && line.hasPrefix("actormap ") { commands.append(line) }
        }
        return commands
    }

    /// What `-o` names on a command line (without the comment), if anything.
    static func outputPath(of command: String) -> String? {
        let words = command.components(separatedBy: "#")[0].split(separator: " ").map(String.init)
        guard let index = words.firstIndex(where: { $0 == "-o" || $0 == "--output" }), index + 1 < words.count else { return nil }
        return words[index + 1]
    }

    static func runInShell(_ command: String, in folder: URL) throws -> CommandRunner.Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = CommandRunner.executable.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandRunner.Outcome(status: process.terminationStatus,
                                     stdout: String(decoding: outData, as: UTF8.self),
                                     stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test func theSectionHasTheExamplesItPromises() throws {
        let commands = try Self.usingItCommands()
        #expect(commands.count >= 15)
        for subcommand in ["validate", "summary", "gaps", "scenario", "diff", "centrality", "render", "report", "export",
                           "import", "brokerage", "influence", "route"] {
            #expect(commands.contains { $0.hasPrefix("actormap \(subcommand) ") }, "no '\(subcommand)' example")
        }
        #expect(Self.outputPath(of: "actormap report networks/halle.yaml -o report/ --lang de   # the -o x report") == "report/")
        #expect(Self.outputPath(of: "actormap gaps networks/halle.yaml   # no -o here") == nil)
    }

    @Test func everyExampleRunsAsWritten() throws {
        let commands = try Self.usingItCommands()
        #expect(!commands.isEmpty)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["networks", "Tests"] {
            try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(name),
                                                       withDestinationURL: CommandRunner.repository.appendingPathComponent(name))
        }
        for command in commands {
            let outcome = try Self.runInShell(command, in: folder)
            let expected: Int32 = command.components(separatedBy: "#")[0].contains("--fail-on-gaps") ? 1 : 0
            #expect(outcome.status == expected, "\(command)\nexit \(outcome.status)\n\(outcome.stderr)")
            #expect(!outcome.stdout.isEmpty || !outcome.stderr.isEmpty || Self.outputPath(of: command) != nil, "\(command) said nothing")
            if let output = Self.outputPath(of: command) {
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(output).path), "\(command) wrote no \(output)")
            }
        }
    }
}
