import Testing
@testable import NetworkAnalysis

@Suite("Parallel sources")
struct ParallelSourcesTests {
    /// Workers claim tasks from one counter: every task must run exactly once, whichever worker
    /// takes it, and each worker sees its tasks in increasing order.
    @Test(arguments: [1, 2, 3, 8])
    func everyTaskIsClaimedExactlyOnce(workers: Int) {
        let count = 1_000
        let runs = SharedDoubles(count: count)
        let ordered = SharedDoubles(count: 64, repeating: 1)
        ParallelSources.run(tasks: count, workers: workers) { tasks in
            var previous = -1
            var inOrder = true
            var first: Int?
            for task in tasks {
                inOrder = inOrder && task > previous
                previous = task
                first = first ?? task
                runs[task] += 1
            }
            // One slot per worker, found by the first task it claimed (distinct across workers).
            if let first, !inOrder { ordered[first % 64] = 0 }
        }
        #expect(runs.toArray(count: count).allSatisfy { $0 == 1 })
        #expect(ordered.toArray(count: 64).allSatisfy { $0 == 1 })
    }

    @Test func noTasksRunsNothing() {
        let runs = SharedDoubles(count: 1)
        ParallelSources.run(tasks: 0, workers: 2) { tasks in for _ in tasks { runs[0] += 1 } }
        #expect(runs[0] == 0)
    }
}
