import Dispatch
import Synchronization

/// Spreads per-source work (one BFS or Dijkstra per node) over worker threads so that the result
/// does not depend on how many workers ran it.
///
/// Sources are cut into a fixed number of contiguous chunks that depends only on `n`, never on the
/// worker count. Each worker allocates its buffers once and then claims chunks one at a time, in
/// increasing order, until none is left (`ClaimedTasks`): chunks differ in cost (the first ones in
/// breadth-first order hold the best-connected sources), and a fixed share per worker left one
/// core idle while the other finished its last chunks. Measures that accumulate into every node
/// (betweenness) write one partial vector per chunk and sum the partials in chunk order
/// afterwards; as floating-point addition is then performed in the same order whichever worker ran
/// a chunk, the result is bit-identical for 1, 2 or 64 workers.
enum ParallelSources {
    /// How many chunks `n` sources are cut into: at most 64, so partial vectors cost at most 64·n doubles.
    static func chunkCount(_ n: Int) -> Int { min(n, 64) }

    static func chunkRange(_ chunk: Int, chunks: Int, n: Int) -> Range<Int> {
        let lower = chunk * n / chunks
        let upper = (chunk + 1) * n / chunks
        return lower..<upper
    }

    /// The number of workers to use when the caller does not say: one per active processor.
    static var defaultWorkers: Int { max(1, SystemInfo.activeProcessorCount) }

    /// Calls `work(chunks)` once per worker with the chunks it claims; the worker allocates its
    /// buffers once and loops over them. `work` must only write to memory that belongs to its
    /// chunks (or to per-source slots of the sources in them).
    static func run(n: Int, workers: Int, _ work: @escaping @Sendable (_ chunks: ClaimedTasks) -> Void) {
        run(tasks: chunkCount(n), workers: workers, work)
    }

    /// Calls `work(tasks)` once per worker with the task numbers of `0..<count` it claims. For work
    /// whose results do not depend on how tasks are grouped, such as one value per node computed
    /// by whichever worker runs the node's task.
    static func run(tasks chunks: Int, workers: Int, _ work: @escaping @Sendable (_ tasks: ClaimedTasks) -> Void) {
        guard chunks > 0 else { return }
        let workerCount = max(1, min(workers, chunks))
        let claims = TaskClaims(count: chunks)
        if workerCount == 1 {
            work(ClaimedTasks(claims: claims))
            return
        }
        DispatchQueue.concurrentPerform(iterations: workerCount) { _ in
            work(ClaimedTasks(claims: claims))
        }
    }

    /// The sources of chunk `chunk` when `n` sources are split into `chunkCount(n)` chunks.
    static func sources(ofChunk chunk: Int, n: Int) -> Range<Int> {
        chunkRange(chunk, chunks: chunkCount(n), n: n)
    }
}

/// The next task number not yet claimed by any worker, shared by the workers of one run.
final class TaskClaims: Sendable {
    let count: Int
    private let next = Atomic<Int>(0)

    init(count: Int) { self.count = count }

    /// A task number no other worker gets, or `nil` when all are taken. Relaxed: what a task
    /// writes is read only after the run has joined its workers.
    func claim() -> Int? {
        let task = next.wrappingAdd(1, ordering: .relaxed).oldValue
        return task < count ? task : nil
    }
}

/// One worker's tasks, claimed as it iterates: ascending, and disjoint from every other worker's.
struct ClaimedTasks: Sequence, IteratorProtocol {
    let claims: TaskClaims

    init(claims: TaskClaims) { self.claims = claims }

    /// All of `0..<count`, for one worker on its own.
    init(all count: Int) { claims = TaskClaims(count: count) }

    mutating func next() -> Int? { claims.claim() }
}

/// A fixed-size buffer that several workers write to at disjoint indices (doubles per node, a
/// tally per batch). The caller guarantees disjointness (one chunk, one region); this type only
/// makes the sharing explicit.
final class SharedBuffer<Element>: @unchecked Sendable {
    let pointer: UnsafeMutableBufferPointer<Element>

    init(count: Int, repeating value: Element) {
        pointer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(count, 1))
        pointer.initialize(repeating: value)
    }

    deinit { pointer.deinitialize().deallocate() }

    subscript(index: Int) -> Element {
        get { pointer[index] }
        set { pointer[index] = newValue }
    }

    func toArray(count: Int) -> [Element] { Array(pointer.prefix(count)) }
}

typealias SharedDoubles = SharedBuffer<Double>

extension SharedBuffer where Element == Double {
    convenience init(count: Int) { self.init(count: count, repeating: 0) }
}
