import Foundation

/// "Scenario 120 of 420" on standard error while long work runs, rewritten in place; only when
/// standard error is a terminal, so logs and pipes never collect it. Updates at most ten times a
/// second, and the line is cleared when the work is done.
final class TerminalProgress: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private let lock = NSLock()
    private var lastWrite = Date.distantPast
    private var wrote = false

    init(_ label: String) {
        self.label = label
        enabled = isatty(STDERR_FILENO) == 1
    }

    func update(_ done: Int, of total: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastWrite) >= 0.1 else { return }
        lastWrite = now
        wrote = true
        FileHandle.standardError.write(Data("\r\(label) \(done) of \(total)\u{1B}[K".utf8))
    }

    func finish() {
        guard enabled, wrote else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
