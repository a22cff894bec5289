/// The predecessors of every node a weighted search settled, recorded while it settles them, so
/// that the dependency pass walks only the arcs of the shortest-path DAG (about one per node on
/// the weighted views) instead of testing every arc again. The predecessors of the node settled
/// `i`-th are `predecessors[firstPredecessor[i] ..< firstPredecessor[i + 1]]`; each in-arc is
/// recorded at most once, so `arcs` entries suffice. Memory O(n + m), reused for every source.
final class ShortestPathDAG {
    let predecessors: UnsafeMutableBufferPointer<Int32>
    let firstPredecessor: UnsafeMutableBufferPointer<Int32>

    init(n: Int, arcs: Int) {
        predecessors = .allocate(capacity: max(arcs, 1)); predecessors.initialize(repeating: 0)
        firstPredecessor = .allocate(capacity: n + 1); firstPredecessor.initialize(repeating: 0)
    }

    deinit { predecessors.deallocate(); firstPredecessor.deallocate() }
}
