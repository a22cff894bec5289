import Dispatch
import Foundation
import Synchronization

/// A second thread that takes one piece of each round of an iteration, for steps too short to
/// hand to a dispatch queue each time: a power-iteration step on 10,000 actors takes about 40 µs,
/// and `concurrentPerform` per step cost more than the half it saved.
///
/// Each round's second piece is claimed by whichever thread gets to it first: the partner if it
/// is waiting, otherwise the owner once its own piece is done. So a partner that starts late, or
/// never (every worker of the shared pool busy), only costs the owner the time of doing both
/// pieces itself; no round waits for a thread that is not running.
final class RoundPartner: Sendable {
    private let round = Atomic<Int>(0)
    private let claimed = Atomic<Int>(0)
    private let finished = Atomic<Int>(0)
    /// 0 not started, 1 running, 2 asked to stop, 3 gone.
    private let state = Atomic<Int>(0)
    private let work: @Sendable () -> Void

    /// `work` is the second piece of every round; it must not depend on which thread runs it.
    init(_ work: @escaping @Sendable () -> Void) {
        self.work = work
        DispatchQueue.global().async { [self] in loop() }
    }

    private func loop() {
        // Asked to stop before it started: the owner has gone on and may have freed the buffers.
        guard state.compareExchange(expected: 0, desired: 1, ordering: .acquiringAndReleasing).exchanged else { return }
        var seen = 0
        var idle = 0
        while state.load(ordering: .acquiring) == 1 {
            let current = round.load(ordering: .acquiring)
            if current == seen {
                idle += 1
                if idle > 4_000 { sched_yield() }
                continue
            }
            idle = 0
            seen = current
            if claimed.compareExchange(expected: current - 1, desired: current, ordering: .acquiringAndReleasing).exchanged {
                work()
                finished.store(current, ordering: .releasing)
            }
        }
        state.store(3, ordering: .releasing)
    }

    /// One round: `mine()` here, the partner's piece on whichever thread claims it first.
    func runRound(_ mine: () -> Void) {
        let current = round.load(ordering: .relaxed) + 1
        round.store(current, ordering: .releasing)
        mine()
        if claimed.compareExchange(expected: current - 1, desired: current, ordering: .acquiringAndReleasing).exchanged {
            work()
            return
        }
        var spins = 0
        while finished.load(ordering: .acquiring) != current {
            spins += 1
            if spins > 4_000 { sched_yield() }
        }
    }

    /// Ends the partner: at once if it never started, otherwise once it has left its loop (it may
    /// be inside `work`, which reads the owner's buffers).
    func stop() {
        if state.compareExchange(expected: 0, desired: 2, ordering: .acquiringAndReleasing).exchanged { return }
        state.store(2, ordering: .releasing)
        while state.load(ordering: .acquiring) != 3 { sched_yield() }
    }
}
