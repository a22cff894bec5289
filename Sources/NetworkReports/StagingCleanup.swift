import Dispatch
import Foundation

/// Removes the report's staging folder when the process is interrupted (Ctrl-C, `kill`, a closed
/// terminal), so an interrupted `report` leaves no `.…actormap-staging-…` folder behind. The
/// handlers run on a dispatch queue, not in signal context, where removing a folder is safe; after
/// cleaning up, the process ends by the same signal, as the caller expects.
final class StagingCleanup: @unchecked Sendable {
    static let shared = StagingCleanup()

    private let lock = NSLock()
    private var paths: Set<String> = []
    private var sources: [DispatchSourceSignal] = []
    private let queue = DispatchQueue(label: "actormap.staging-cleanup")

    func register(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        paths.insert(path)
        guard sources.isEmpty else { return }
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { [weak self] in
                self?.removeAll()
                signal(signalNumber, SIG_DFL)
                raise(signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }

    func unregister(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        paths.remove(path)
    }

    private func removeAll() {
        lock.lock()
        let pending = paths
        lock.unlock()
        for path in pending {
            try? FileManager.default.removeItem(atPath: path)
            try? FileManager.default.removeItem(atPath: path + "-old")
        }
    }
}
