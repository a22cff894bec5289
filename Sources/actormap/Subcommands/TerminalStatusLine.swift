import Foundation

/// One line on standard error that is rewritten in place and cleared at the end ("\r…\e[K"),
/// shared by the progress count and the work notice. Only when standard error is a terminal, so
/// logs and pipes never collect it; writes are serialised, as timers and workers may both write.
final class TerminalStatusLine: @unchecked Sendable {
    let isShown: Bool
    private let lock = NSLock()
    private var wrote = false

    init() { isShown = isatty(STDERR_FILENO) == 1 }

    func show(_ text: String) {
        guard isShown else { return }
        lock.lock()
        defer { lock.unlock() }
        wrote = true
        FileHandle.standardError.write(Data("\r\(text)\u{1B}[K".utf8))
    }

    /// Clears the line if anything was shown; later `show` calls write again.
    func clear() {
        lock.lock()
        defer { lock.unlock() }
        guard wrote else { return }
        wrote = false
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
