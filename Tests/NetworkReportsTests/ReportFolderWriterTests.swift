import Foundation
import Testing
import GraphvizRendering
@testable import NetworkReports
@testable import OutputFiles

/// A report folder is written whole or not at all, and never over an input file.
struct ReportFolderWriterTests {
    /// Each test in a parent folder of its own, so one test's staging folder is never seen by another
    /// running at the same time.
    func temporaryFolder() -> String {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-folder-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        return parent.appendingPathComponent("report").path
    }

    @Test func writesAllFilesAndLeavesNoStaging() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ReportFolderWriter.write([("a.txt", Array("one".utf8)), ("b.txt", Array("two".utf8))], to: folder, protecting: [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [".actormap-files", "a.txt", "b.txt"])
        let parent = URL(fileURLWithPath: folder).deletingLastPathComponent().path
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.contains("actormap-staging") }.isEmpty)
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

    /// A small network's report into the folder of a large one leaves no `overview-*.svg` behind.
    @Test func filesOfThePreviousReportThatThisOneDoesNotWriteAreRemoved() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ReportFolderWriter.write([("index.html", [1]), ("overview-kind.svg", [2])], to: folder, protecting: [])
        try ReportFolderWriter.write([("index.html", [3])], to: folder, protecting: [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [".actormap-files", "index.html"])
        #expect(FileManager.default.contents(atPath: folder + "/index.html") == Data([3]))
    }

    /// actormap never deletes what it did not write: a folder with the user's own files gets the
    /// report file by file, and only the previous report's own extra files go.
    @Test func theUsersOwnFilesInTheFolderAreKept() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ReportFolderWriter.write([("index.html", [1]), ("overview-kind.svg", [2])], to: folder, protecting: [])
        try Data("mine".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
        try ReportFolderWriter.write([("index.html", [3])], to: folder, protecting: [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [".actormap-files", "index.html", "notes.txt"])
    }

    /// An error names the report's own path, never the staging folder, and leaves no empty folder.
    @Test func aFailedWriteLeavesNoFolderAndNamesNoStagingPath() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let target = folder + "/report"
        // A name that cannot be a file: the write of that one file fails after the others.
        do {
            try ReportFolderWriter.write([("index.html", [1]), (String(repeating: "x", count: 300), [2])], to: target, protecting: [])
            Issue.record("expected an error")
        } catch let error as OutputFileError {
            #expect(!error.description.contains("staging"))
            #expect(error.path.hasPrefix(target + "/xxx"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func aStagingFolderOfAKilledRunIsRemovedByTheNext() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let parent = URL(fileURLWithPath: folder).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: folder).lastPathComponent
        // pid 2^22+1 is above Linux's pid_max default, so no process has it.
        let abandoned = "\(parent)/.\(name).actormap-staging-4194305-deadbeef"
        try FileManager.default.createDirectory(atPath: abandoned, withIntermediateDirectories: true)
        try ReportFolderWriter.write([("index.html", [1])], to: folder, protecting: [])
        #expect(!FileManager.default.fileExists(atPath: abandoned))
    }
}
