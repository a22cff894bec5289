import Foundation
import Wording

/// "Scenario 120 of 420" on standard error while long work runs, rewritten in place; only when
/// standard error is a terminal, so logs and pipes never collect it. Updates at most ten times a
/// second, and the line is cleared when the work is done.
final class TerminalProgress: @unchecked Sendable {
    private let label: String
    private let words: Words
    private let line = TerminalStatusLine()
    private let lock = NSLock()
    private var lastWrite = Date.distantPast

    /// `label` as the reader's language says it: "Szenario 120 von 420".
    init(_ label: String, words: Words = Words(.en)) {
        self.label = label
        self.words = words
    }

    func update(_ done: Int, of total: Int) {
        guard line.isShown else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastWrite) >= 0.1 else { return }
        lastWrite = now
        line.show("\(label) \(words.outOf(words.integer(done), words.integer(total)))")
    }

    func finish() { line.clear() }
}
