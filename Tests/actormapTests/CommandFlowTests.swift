import Foundation
import Testing

/// The commands a commissioner strings together, run as the real executable: statuses, files
/// written whole, inputs never overwritten.
struct CommandFlowTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func failOnGapsExitsOneAndStillPrintsTheGaps() throws {
        let outcome = try CommandRunner.run(["gaps", "networks/east-belgium.yaml", "--fail-on-gaps", "--format", "json"])
        #expect(outcome.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect((json["gaps"] as? [Any])?.count == 5)
    }

    @Test func reportWritesTheFolderAndRefusesAnInput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CommandRunner.run(["report", "networks/halle.yaml", "-o", folder.path])
        #expect(outcome.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
            .contains("index.html"))
        // The network itself is report.md in the output folder: a valid network, so only the
        // input protection can refuse it (exit 73, not 65), and it stays as it was.
        let input = folder.appendingPathComponent("report.md")
        try FileManager.default.removeItem(at: input)
        try FileManager.default.copyItem(atPath: CommandRunner.repository.appendingPathComponent("networks/halle.yaml").path,
                                         toPath: input.path)
        let before = try Data(contentsOf: input)
        let refused = try CommandRunner.run(["report", input.path, "-o", folder.path])
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("report.md"))
        #expect(try Data(contentsOf: input) == before)
    }

    /// A hard link is the same file under another name: protected too.
    @Test func reportRefusesAnInputReachedThroughAHardLink() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("net.yaml")
        try FileManager.default.copyItem(atPath: CommandRunner.repository.appendingPathComponent("networks/halle.yaml").path,
                                         toPath: input.path)
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.linkItem(at: input, to: out.appendingPathComponent("index.html"))
        let before = try Data(contentsOf: input)
        let refused = try CommandRunner.run(["report", input.path, "-o", out.path])
        #expect(refused.status == 73)
        #expect(try Data(contentsOf: input) == before)
    }

    @Test func renderRefusesToOverwriteItsInput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The network file is named like a diagram, so the usage check passes and only the input
        // protection can refuse it.
        let input = folder.appendingPathComponent("net.svg")
        try FileManager.default.copyItem(atPath: CommandRunner.repository.appendingPathComponent("networks/halle.yaml").path,
                                         toPath: input.path)
        let before = try Data(contentsOf: input)
        let dotOut = folder.appendingPathComponent("net.dot")
        #expect(try CommandRunner.run(["render", input.path, "-o", dotOut.path]).status == 0)
        let outcome = try CommandRunner.run(["render", input.path, "-o", input.path])
        #expect(outcome.status == 73)
        #expect(outcome.stderr.contains("net.svg"))
        #expect(try Data(contentsOf: input) == before)
    }

    @Test func aMissingInputExits66() throws {
        for command in [["validate"], ["summary"], ["gaps"], ["render", "-o", "/tmp/x.svg"]] {
            let outcome = try CommandRunner.run(Array(command.prefix(1)) + ["networks/no-such-network.yaml"] + command.dropFirst())
            #expect(outcome.status == 66, "\(command)")
            #expect(outcome.stderr.contains("no-such-network.yaml"))
        }
    }

    @Test func anUnwritablePlaceExits73() throws {
        let outcome = try CommandRunner.run(["render", "networks/halle.yaml", "-o", "/proc/actormap/diagram.svg"])
        #expect(outcome.status == 73)
        #expect(outcome.stderr.contains("cannot write"))
    }

    @Test func csvExportImportsBackToAValidNetwork() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("csv").path
        #expect(try CommandRunner.run(["export", "networks/shelter-novo-mesto.yaml", "--format", "csv", "-o", csv]).status == 0)
        let yaml = folder.appendingPathComponent("back.yaml").path
        let imported = try CommandRunner.run(["import", "csv", csv + "/actors.csv", csv + "/links.csv", csv + "/offers.csv",
                                              "-o", yaml])
        #expect(imported.status == 0, "\(imported.stderr)")
        let validated = try CommandRunner.run(["validate", yaml])
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stdout.contains("14 actors, 32 links"))
    }

    /// A folder's CSV file that is no sheet (a copy under another name) is named on standard
    /// error; the export's own `measures.csv` is not.
    @Test func aFolderFileThatIsNoSheetIsNamed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("csv").path
        #expect(try CommandRunner.run(["export", "networks/shelter-novo-mesto.yaml", "--format", "csv", "--with-measures",
                                       "-o", csv]).status == 0)
        try FileManager.default.moveItem(atPath: csv + "/links.csv", toPath: csv + "/links (1).csv")
        let imported = try CommandRunner.run(["import", "csv", csv, "-o", folder.appendingPathComponent("back.yaml").path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("actormap: warning: '\(csv)/links (1).csv' is not a sheet of the network and was not read"),
                "\(imported.stderr)")
        #expect(!imported.stderr.contains("measures.csv"), "\(imported.stderr)")
    }

    @Test func routeNamesAnUnknownPathwayAsUsage() throws {
        let outcome = try CommandRunner.run(["route", "networks/east-belgium.yaml", "--language", "de", "--district", "Eupen",
                                             "--pathway", "integrationsparcour"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.hasPrefix("actormap: error: "), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("integrationsparcours"))
    }

    @Test func brokerageJSONNamesTheRoles() throws {
        let outcome = try CommandRunner.run(["brokerage", "networks/east-belgium.yaml", "--groups", "sector", "--format", "json"])
        #expect(outcome.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let totals = try #require(json["totals"] as? [String: Int])
        #expect(Set(totals.keys) == ["coordinator", "gatekeeper", "representative", "itinerant", "liaison", "total"])
    }

    @Test func scenarioOfAnUnknownActorIsUsage() throws {
        let outcome = try CommandRunner.run(["scenario", "networks/halle.yaml", "--remove", "dzl"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr == "actormap: error: unknown actor 'dzl' (did you mean 'dlz'?)\n")
    }
}
