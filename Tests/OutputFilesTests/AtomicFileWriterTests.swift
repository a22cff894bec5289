import Foundation
import Testing
@testable import OutputFiles

@Suite("Atomic file writing")
struct AtomicFileWriterTests {
    func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func writesWholeFileAndLeavesNoTemporaryBehind() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/network.svg"
        try AtomicFileWriter.write(Array("old".utf8), to: path)
        try AtomicFileWriter.write(Array("new contents".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new contents")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["network.svg"])
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions.map { $0 & 0o044 } == 0o044, "readable by others, as documents are")
    }

    @Test func missingFolderIsAnOutputError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let error = #expect(throws: OutputFileError.self) {
            try AtomicFileWriter.write([1, 2, 3], to: folder + "/no/such/folder/out.png")
        }
        #expect(error?.description.contains("out.png") == true)
    }

    @Test func renamingOntoAFolderFailsAndCleansUp() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/taken.svg", withIntermediateDirectories: false)
        #expect(throws: OutputFileError.self) {
            try AtomicFileWriter.write([1], to: folder + "/taken.svg")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["taken.svg"])
    }

    @Test(arguments: [("a/b.svg", "a"), ("b.svg", "."), ("/b.svg", "/"), ("/x/y/b.pdf", "/x/y")])
    func folderOfPath(path: String, folder: String) {
        #expect(PathParts.folder(of: path) == folder)
    }
}
