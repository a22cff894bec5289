import Foundation
import Testing
import GraphvizRendering
@testable import NetworkReports

/// A report folder is written whole or not at all, and never over an input file.
struct ReportFolderWriterTests {
    func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)").path
    }

    @Test func writesAllFilesAndLeavesNoStaging() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ReportFolderWriter.write([("a.txt", Array("one".utf8)), ("b.txt", Array("two".utf8))], to: folder, protecting: [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["a.txt", "b.txt"])
        #expect(try String(contentsOfFile: folder + "/b.txt", encoding: .utf8) == "two")
    }

    @Test func refusesToOverwriteAnInput() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("network: T".utf8).write(to: URL(fileURLWithPath: folder + "/report.md"))
        #expect(throws: OutputFileError.self) {
            try ReportFolderWriter.write([("index.html", [1]), ("report.md", [2])], to: folder, protecting: [folder + "/report.md"])
        }
        #expect(try String(contentsOfFile: folder + "/report.md", encoding: .utf8) == "network: T")
        #expect(!FileManager.default.fileExists(atPath: folder + "/index.html"))
    }

    @Test func anUnwritablePlaceIsAnOutputError() {
        #expect(throws: OutputFileError.self) {
            try ReportFolderWriter.write([("a.txt", [1])], to: "/proc/actormap-cannot-be-here", protecting: [])
        }
    }
}
