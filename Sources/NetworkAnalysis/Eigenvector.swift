/// Eigenvector centrality as networkx 3.x `eigenvector_centrality`: power iteration with `A + I`
/// (the shift keeps bipartite graphs from oscillating) from a vector of ones scaled to sum 1,
/// Euclidean-normalized after every step:
///
///     x'(j) = x(j) + Σ_{i→j} w(i,j) x(i),   x' ← x' / ‖x'‖₂.
///
/// Directed views sum over in-arcs (left eigenvector: being pointed to by central actors counts);
/// weighted views use the weight as is. Iterating exactly as networkx does, rather than solving
/// the eigenproblem, matters for disconnected graphs, where the limit depends on the start vector:
/// this way every component's values agree with networkx too. Stops when `Σ |x' - x| < n · tolerance`;
/// `nil` if not converged within the iteration limit (directed acyclic parts converge only slowly
/// and may hit it). Empty graph: `[]` (networkx raises `NetworkXPointlessConcept`).
///
/// Complexity: O(n + m) per iteration.
///
/// Reference: P. Bonacich, "Power and centrality: a family of measures", American Journal of
/// Sociology 92(5), 1987, doi:10.1086/228631.
public func eigenvectorCentrality(_ graph: CompactGraph, options: PowerIterationOptions = PowerIterationOptions(),
                                  workers: Int? = nil) -> [Double]? {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    // Unit weights are not multiplied in: `x * 1.0 == x`, so the iterates are the same bits.
    let unitWeights = graph.inWeights.allSatisfy { $0 == 1 }
    // A second core pays once a step's arcs outweigh the hand-over between the threads.
    let twoCores = (workers ?? ParallelSources.defaultWorkers) >= 2 && graph.inSources.count >= 20_000
    return graph.inOffsets.withUnsafeBufferPointer { offsets in
        graph.inSources.withUnsafeBufferPointer { sources in
            graph.inWeights.withUnsafeBufferPointer { inWeights in
                EigenvectorIteration(offsets: offsets, sources: sources, weights: unitWeights ? nil : inWeights, n: n)
                    .run(options, twoCores: twoCores)
            }
        }
    }
}

/// The power iteration of `eigenvectorCentrality` over raw buffers (checked array reads were most
/// of its time). With `twoCores`, each step's sums are cut into two halves of about equal arcs,
/// the second taken by a `RoundPartner`; the squares, the norm and the change are then summed on
/// one thread in node order, as networkx sums them, so the iterates are the same bits either way.
struct EigenvectorIteration: @unchecked Sendable {
    let offsets: UnsafeBufferPointer<Int>
    let sources: UnsafeBufferPointer<Int>
    let weights: UnsafeBufferPointer<Double>?
    let n: Int

    func run(_ options: PowerIterationOptions, twoCores: Bool) -> [Double]? {
        let x = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let next = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        x.initialize(repeating: 1 / Double(n))
        next.initialize(repeating: 0)
        defer { x.deallocate(); next.deallocate() }
        let middle = twoCores ? split() : n
        let vectors = Vectors(x: x, next: next)
        let partner = twoCores ? RoundPartner { [self] in
            _ = sum(middle..<n, from: UnsafeBufferPointer(vectors.x), into: vectors.next)
        } : nil
        defer { partner?.stop() }
        for _ in 0..<options.maxIterations {
            var squares = 0.0
            if let partner {
                partner.runRound { _ = sum(0..<middle, from: UnsafeBufferPointer(x), into: next) }
                for j in 0..<n { squares += next[j] * next[j] }
            } else {
                squares = sum(0..<n, from: UnsafeBufferPointer(x), into: next)
            }
            var norm = squares.squareRoot()
            if norm == 0 { norm = 1 }
            var error = 0.0
            for j in 0..<n {
                let value = next[j] / norm
                error += abs(value - x[j])
                x[j] = value
            }
            if error < Double(n) * options.tolerance { return Array(x) }
        }
        return nil
    }

    /// Writes the sums of `nodes` to `next`; returns their squares summed in node order.
    @inline(__always)
    private func sum(_ nodes: Range<Int>, from x: UnsafeBufferPointer<Double>,
                     into next: UnsafeMutableBufferPointer<Double>) -> Double {
        var squares = 0.0
        if let weights {
            for j in nodes {
                var value = x[j]
                var e = offsets[j]
                let end = offsets[j + 1]
                while e < end { value += x[sources[e]] * weights[e]; e += 1 }
                next[j] = value
                squares += value * value
            }
        } else {
            for j in nodes {
                var value = x[j]
                var e = offsets[j]
                let end = offsets[j + 1]
                while e < end { value += x[sources[e]]; e += 1 }
                next[j] = value
                squares += value * value
            }
        }
        return squares
    }

    /// The first node whose arcs before it reach half of all arcs.
    private func split() -> Int {
        let half = offsets[n] / 2
        var low = 0, high = n
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] < half { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The two vectors, shared with the partner, which writes only its half of `next`.
    private struct Vectors: @unchecked Sendable {
        let x: UnsafeMutableBufferPointer<Double>
        let next: UnsafeMutableBufferPointer<Double>
    }
}
