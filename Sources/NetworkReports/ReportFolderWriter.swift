import Foundation
import GraphvizRendering

/// Writes a report's files into a folder whole or not at all: every file is first written into a
/// hidden staging folder beside the target; only when all of them exist are they moved into
/// place, each by an atomic rename. A failure leaves the previous report untouched.
public enum ReportFolderWriter {
    public static func write(_ files: [(name: String, bytes: [UInt8])], to folder: String,
                             protecting inputs: [String]) throws {
        for file in files {
            try InputProtection.refuse(output: folder + "/" + file.name, inputs: inputs)
        }
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputFileError(path: folder, reason: "cannot create the folder")
        }
        let staging = folder + "/.actormap-staging-\(UUID().uuidString)"
        defer { try? manager.removeItem(atPath: staging) }
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: false)
        } catch {
            throw OutputFileError(path: folder, reason: "the folder is not writable")
        }
        for file in files {
            try AtomicFileWriter.write(file.bytes, to: staging + "/" + file.name)
        }
        for file in files {
            if rename(staging + "/" + file.name, folder + "/" + file.name) != 0 {
                throw OutputFileError(path: folder + "/" + file.name, reason: String(cString: strerror(errno)))
            }
        }
    }
}
