import Dispatch

/// Spreads per-source work (one BFS or Dijkstra per node) over worker threads so that the result
/// does not depend on how many workers ran it.
///
/// Sources are cut into a fixed number of contiguous chunks that depends only on `n`, never on the
/// worker count. Worker `w` handles chunks `w, w + W, w + 2W, ...` with buffers it allocates once.
/// Measures that accumulate into every node (betweenness) write one partial vector per chunk and
/// sum the partials in chunk order afterwards; as floating-point addition is then performed in the
/// same order whatever `W` is, the result is bit-identical for 1, 2 or 64 workers.
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

    /// Calls `work(chunks)` once per worker with the chunk numbers that worker owns; the worker
    /// allocates its buffers once and loops over its chunks. `work` must only write to memory that
    /// belongs to its chunks (or to per-source slots of the sources in them).
    static func run(n: Int, workers: Int, _ work: @escaping @Sendable (_ chunks: [Int]) -> Void) {
        run(tasks: chunkCount(n), workers: workers, work)
    }

    /// Calls `work(tasks)` once per worker with the task numbers `0..<count` that worker owns
    /// (worker `w` of `W`: `w, w + W, ...`). For work whose results do not depend on how tasks are
    /// grouped, such as one value per node computed by whichever worker owns the node.
    static func run(tasks chunks: Int, workers: Int, _ work: @escaping @Sendable (_ tasks: [Int]) -> Void) {
        guard chunks > 0 else { return }
        let workerCount = max(1, min(workers, chunks))
        if workerCount == 1 {
            work(Array(0..<chunks))
            return
        }
        DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
            work(Array(stride(from: worker, to: chunks, by: workerCount)))
        }
    }

    /// The sources of chunk `chunk` when `n` sources are split into `chunkCount(n)` chunks.
    static func sources(ofChunk chunk: Int, n: Int) -> Range<Int> {
        chunkRange(chunk, chunks: chunkCount(n), n: n)
    }
}

/// A fixed-size buffer of doubles that several workers write to at disjoint indices. The caller
/// guarantees disjointness (one chunk, one region); this type only makes the sharing explicit.
final class SharedDoubles: @unchecked Sendable {
    let pointer: UnsafeMutableBufferPointer<Double>

    init(count: Int, repeating value: Double = 0) {
        pointer = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(count, 1))
        pointer.initialize(repeating: value)
    }

    deinit { pointer.deallocate() }

    subscript(index: Int) -> Double {
        get { pointer[index] }
        set { pointer[index] = newValue }
    }

    func toArray(count: Int) -> [Double] { Array(pointer.prefix(count)) }
}
