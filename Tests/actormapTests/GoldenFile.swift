import Foundation
import Testing

/// A golden file: output of the real executable, kept in the repository and compared byte for
/// byte. `ACTORMAP_RECORD=1` writes the files that differ and then fails the test, so a recording
/// run can never pass by itself: read the diff (`git diff Tests/`), then run again without it.
enum GoldenFile {
    static var recording: Bool { ProcessInfo.processInfo.environment["ACTORMAP_RECORD"] == "1" }

    /// Compares `actual` with the file at `path` (relative to the repository); records it when
    /// asked to, and fails either way when the two differ.
    static func check(_ actual: String, against path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = CommandRunner.repository.appendingPathComponent(path)
        let expected = try? String(contentsOf: url, encoding: .utf8)
        guard actual != expected else { return }
        if recording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url, options: .atomic)
            Issue.record("re-recorded \(path): check the diff (git diff -- \(path)) and run again without ACTORMAP_RECORD",
                         sourceLocation: sourceLocation)
            return
        }
        guard let expected else {
            Issue.record("no golden file \(path); ACTORMAP_RECORD=1 records it (then check it and run again)",
                         sourceLocation: sourceLocation)
            return
        }
        Issue.record("""
            output differs from \(path) at line \(firstDifferentLine(actual, expected)); \
            if the change is meant, ACTORMAP_RECORD=1 re-records it (then check the diff and run again)
            """, sourceLocation: sourceLocation)
    }

    /// The first line (from 1) where the two texts differ, so the message points at the change.
    static func firstDifferentLine(_ actual: String, _ expected: String) -> Int {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, b.count) where index >= a.count || index >= b.count || a[index] != b[index] {
            return index + 1
        }
        return max(a.count, b.count)
    }
}
