import Foundation
import OutputFiles

/// Writes a report's files into a folder whole or not at all, so that a report published on a
/// city's website is never half old and half new (issue 21, finding 7).
///
/// Every file is written into a hidden staging folder beside the target, on the same file system.
/// Then:
/// - a target that does not exist yet, is empty, or holds only what an earlier run of actormap
///   wrote there (the list in `.actormap-files`) is exchanged with the staging folder in one step
///   (`renameat2(RENAME_EXCHANGE)` on Linux, `renamex_np(RENAME_SWAP)` on macOS; elsewhere two
///   renames). A crash at any moment leaves the old report or the new one, and files the old
///   report had and the new one lacks (an `overview-kind.svg` of a larger network) go with it;
/// - a target that also holds files of the user's own gets each file by its own atomic rename, and
///   only the files the previous run listed and this one does not write are removed: actormap never
///   deletes what it did not write.
///
/// The staging folder is removed on every way out that a process can notice (errors, SIGINT,
/// SIGTERM, SIGHUP); one left by a SIGKILL is removed by the next run into the same place. Error
/// messages name the report's own paths, never the staging folder's.
public enum ReportFolderWriter {
    /// The hidden list of the files a run wrote, so the next run knows what it may replace.
    static let manifestName = ".actormap-files"

    public static func write(_ files: [(name: String, bytes: [UInt8])], to folder: String,
                             protecting inputs: [String]) throws {
        for file in files {
            try InputProtection.refuse(output: folder + "/" + file.name, inputs: inputs)
        }
        let manager = FileManager.default
        let target = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let parent = PathParts.folder(of: target)
        let base = PathParts.name(of: target)
        let stagingPrefix = "\(parent)/.\(base).actormap-staging-"
        removeAbandonedStaging(prefix: stagingPrefix)

        let staging = stagingPrefix + String(getpid()) + "-" + UUID().uuidString.prefix(8)
        if !manager.fileExists(atPath: parent) {
            do {
                try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                throw OutputFileError(path: target, reason: "cannot create the folder \(parent)")
            }
        }
        guard mkdir(staging, 0o777) == 0 else { throw OutputFileError(path: target, reason: systemError()) }
        StagingCleanup.shared.register(staging)
        defer {
            try? manager.removeItem(atPath: staging)
            StagingCleanup.shared.unregister(staging)
        }
        let names = files.map(\.name)
        for file in files {
            do {
                try AtomicFileWriter.write(file.bytes, to: staging + "/" + file.name)
            } catch let error as OutputFileError {
                throw OutputFileError(path: target + "/" + file.name, reason: error.reason)
            }
        }
        do {
            try AtomicFileWriter.write(Array((names.sorted().joined(separator: "\n") + "\n").utf8),
                                       to: staging + "/" + manifestName)
        } catch let error as OutputFileError {
            throw OutputFileError(path: target, reason: error.reason)
        }

        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: target, isDirectory: &isFolder) else {
            guard rename(staging, target) == 0 else { throw OutputFileError(path: target, reason: systemError()) }
            return
        }
        guard isFolder.boolValue else { throw OutputFileError(path: target, reason: "it exists and is not a folder") }
        let present = (try? manager.contentsOfDirectory(atPath: target)) ?? []
        let previous = previousFiles(in: target)
        if present.allSatisfy({ $0 == manifestName || previous.contains($0) }) {
            try exchange(staging, target)
            return
        }
        // The folder holds files of the user's own: replace ours one by one, keep theirs.
        for name in names + [manifestName] where rename(staging + "/" + name, target + "/" + name) != 0 {
            throw OutputFileError(path: target + "/" + name, reason: systemError())
        }
        for stale in previous.subtracting(names) where !stale.contains("/") && stale != manifestName {
            unlink(target + "/" + stale)
        }
    }

    /// The files the previous run listed; a missing or unreadable list means none.
    static func previousFiles(in folder: String) -> Set<String> {
        guard let text = try? String(contentsOfFile: folder + "/" + manifestName, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map(String.init).filter { !$0.isEmpty })
    }

    /// The new report takes the target's place in one step; the old one ends in `staging`, which
    /// the caller removes.
    static func exchange(_ staging: String, _ target: String) throws {
        if AtomicExchange.exchange(staging, target) { return }
        // No atomic exchange on this system: move the old report aside, then the new one in.
        let aside = staging + "-old"
        guard rename(target, aside) == 0 else { throw OutputFileError(path: target, reason: systemError()) }
        guard rename(staging, target) == 0 else {
            let reason = systemError()
            rename(aside, target)
            throw OutputFileError(path: target, reason: reason)
        }
        try? FileManager.default.removeItem(atPath: aside)
    }

    /// Staging folders whose process has ended (killed before it could clean up).
    static func removeAbandonedStaging(prefix: String) {
        let parent = PathParts.folder(of: prefix)
        let namePrefix = String(prefix.dropFirst(parent.count + 1))
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for entry in entries where entry.hasPrefix(namePrefix) {
            let rest = entry.dropFirst(namePrefix.count)
            guard let pid = Int32(rest.prefix { $0.isNumber }), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(atPath: parent + "/" + entry)
            }
        }
    }

    private static func systemError() -> String { FileDescriptorWriter.reason(errno) }
}
