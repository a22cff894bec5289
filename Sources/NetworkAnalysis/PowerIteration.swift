/// Settings shared by the iterative measures (PageRank, eigenvector centrality).
///
/// networkx stops when the L1 change between iterates falls below `n · tol` and raises
/// `PowerIterationFailedConvergence` after `max_iter` rounds. We use the same stopping rule with a
/// tighter default tolerance (1e-12 instead of 1e-6 or 1e-8), and never throw: a measure that does
/// not converge within `maxIterations` is *undefined* (`nil`), because a last iterate that has not
/// settled is not a centrality anyone should read, and the command line prints `null` for it.
public struct PowerIterationOptions: Hashable, Sendable {
    public var tolerance: Double
    public var maxIterations: Int

    public init(tolerance: Double = 1e-12, maxIterations: Int = 10_000) {
        self.tolerance = tolerance
        self.maxIterations = maxIterations
    }
}
