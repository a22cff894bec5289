import Foundation
import Testing

/// Issue 21, finding 7: a `report` killed at any moment (SIGKILL, which no program can catch)
/// leaves the old report or the new one, whole, and the next run clears what the killed one left.
struct ReportKillTests {
    func title(in folder: String) -> String? {
        guard let markdown = try? String(contentsOfFile: folder + "/report.md", encoding: .utf8) else { return nil }
        return markdown.split(separator: "\n").first.map(String.init)
    }

    func checkWhole(_ folder: String, titles: Set<String>) throws {
        let present = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
        let listed = try String(contentsOfFile: folder + "/.actormap-files", encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(present == Set(listed + [".actormap-files"]))
        let markdownTitle = try #require(title(in: folder))
        #expect(titles.contains(markdownTitle))
        let html = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        // index.html and report.md come from the same run.
        #expect(html.contains(markdownTitle.dropFirst(2).replacingOccurrences(of: "\\", with: "")
            .replacingOccurrences(of: "&amp;", with: "&").prefix(12)))
    }

    @Test func aKilledReportLeavesTheOldOrTheNewReportWhole() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-kill-\(UUID().uuidString)").path
        let folder = base + "/report"
        defer { try? FileManager.default.removeItem(atPath: base) }
        let networks = ["networks/halle.yaml", "networks/luxembourg-pakt.yaml"]
        let first = try CommandRunner.run(["report", networks[0], "-o", folder])
        #expect(first.status == 0)
        var titles: Set<String> = []
        titles.insert(try #require(title(in: folder)))
        let second = try CommandRunner.run(["report", networks[1], "-o", folder])
        #expect(second.status == 0)
        titles.insert(try #require(title(in: folder)))

        for (round, delay) in [0.02, 0.08, 0.15, 0.25, 0.4, 0.6, 0.9].enumerated() {
            let process = Process()
            process.executableURL = CommandRunner.executable
            process.arguments = ["report", networks[round % 2], "-o", folder]
            process.currentDirectoryURL = CommandRunner.repository
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try checkWhole(folder, titles: titles)
        }
        let last = try CommandRunner.run(["report", networks[0], "-o", folder])
        #expect(last.status == 0)
        try checkWhole(folder, titles: titles)
        #expect(try FileManager.default.contentsOfDirectory(atPath: base) == ["report"])
    }
}
