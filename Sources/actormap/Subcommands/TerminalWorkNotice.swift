import Dispatch
import Foundation
import Wording

/// "10,000 actors: working (3 s)" on standard error while a command works on a large network,
/// rewritten once a second, so that a commissioner who starts `report` on a big export sees that
/// it runs instead of a silent terminal. Only when standard error is a terminal (logs and pipes
/// never collect it) and the network has at least `threshold` actors, the size from which the
/// all-pairs measures take about a second on two cores; nothing shows during the first second,
/// and the line is cleared when the work is done.
enum TerminalWorkNotice {
    static let threshold = 2_000

    static func run<T>(actors: Int, words: Words, _ work: () throws -> T) rethrows -> T {
        guard actors >= threshold, isatty(STDERR_FILENO) == 1 else { return try work() }
        let ticker = Ticker(actors: actors, words: words)
        ticker.start()
        defer { ticker.stop() }
        return try work()
    }

    /// The timer and the count it shares with the caller, behind a lock.
    private final class Ticker: @unchecked Sendable {
        let actors: Int
        let words: Words
        let line = TerminalStatusLine()
        let lock = NSLock()
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        var seconds = 0
        var stopped = false

        init(actors: Int, words: Words) {
            self.actors = actors
            self.words = words
        }

        func start() {
            timer.schedule(deadline: .now() + 1, repeating: 1)
            timer.setEventHandler { [self] in
                lock.lock()
                defer { lock.unlock() }
                guard !stopped else { return }
                seconds += 1
                line.show(words.workingOn(actors: actors, seconds: seconds))
            }
            timer.resume()
        }

        func stop() {
            lock.lock()
            stopped = true
            lock.unlock()
            timer.cancel()
            line.clear()
        }
    }
}
