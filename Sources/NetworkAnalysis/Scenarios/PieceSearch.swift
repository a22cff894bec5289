/// One depth-first search over the network without one actor (or without none): the pieces the
/// rest falls into, the coordinators in each, and which actors would then be single points of
/// failure as `SinglePointOfFailureCheck` defines them (an articulation point whose removal leaves
/// some piece that reached a coordinator with none, unless it is the only coordinator).
///
/// `scenario --remove-each` runs one per actor, so at 10,000 actors this loop was nearly all of
/// the command: the per-node state lives in buffers allocated once per worker and read without
/// bounds or uniqueness checks (Swift arrays mutated through a struct checked both on every
/// write), and a search resets only what the previous one visited, when it starts, so that the
/// caller can read the visited actors and their single-point flags in between.
final class PieceSearch {
    struct Outcome {
        /// Pieces the visited nodes form.
        var count: Int
        /// Whether some piece lost every coordinator its component had.
        var cutsOffSomebody: Bool
    }

    let nodeCount: Int
    private let offsets: [Int]
    private let targets: [Int]
    private let coordinator: UnsafeMutableBufferPointer<Bool>
    private let discovery, low, parent, nextEdge: UnsafeMutableBufferPointer<Int>
    private let subtreeCoordinators, separatedCoordinators, separatedChildren: UnsafeMutableBufferPointer<Int>
    private let zeroSeparatedChild, singlePoint: UnsafeMutableBufferPointer<Bool>
    private let visited, stack: UnsafeMutableBufferPointer<Int>
    /// Nodes the last search visited, in order of discovery.
    private(set) var visitedCount = 0
    private var lastRemoved: Int?
    /// `discovery` of the removed actor: never entered, never a back edge.
    private static let removedMark = Int.max

    init(graph: CompactGraph, isCoordinator: [Bool]) {
        let n = graph.nodeCount
        nodeCount = n
        offsets = graph.mutualOffsets
        targets = graph.mutualTargets
        func buffer<T>(_ value: T) -> UnsafeMutableBufferPointer<T> {
            let pointer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(n, 1))
            pointer.initialize(repeating: value)
            return pointer
        }
        coordinator = buffer(false)
        for v in 0..<n where isCoordinator[v] { coordinator[v] = true }
        discovery = buffer(-1)
        low = buffer(0)
        parent = buffer(-1)
        nextEdge = buffer(0)
        subtreeCoordinators = buffer(0)
        separatedCoordinators = buffer(0)
        separatedChildren = buffer(0)
        zeroSeparatedChild = buffer(false)
        singlePoint = buffer(false)
        visited = buffer(0)
        stack = buffer(0)
    }

    deinit {
        coordinator.deallocate()
        for pointer in [discovery, low, parent, nextEdge, subtreeCoordinators, separatedCoordinators, separatedChildren,
                        visited, stack] {
            pointer.deallocate()
        }
        zeroSeparatedChild.deallocate()
        singlePoint.deallocate()
    }

    /// The `index`-th node the last search visited (the removed actor's component without it, or everything).
    func visitedNode(_ index: Int) -> Int { visited[index] }

    /// Whether `node`, visited by the last search, would be a single point of failure.
    func isSinglePoint(_ node: Int) -> Bool { singlePoint[node] }

    /// Searches the component of `removed` without it, or the whole graph when `removed` is nil.
    func run(removing removed: Int?, coordinatorCount: Int) -> Outcome {
        reset()
        var componentCoordinators = 0
        if let removed { discovery[removed] = Self.removedMark }
        lastRemoved = removed
        var time = 0
        var pieces = 0
        var coordinatorlessPiece = false
        offsets.withUnsafeBufferPointer { offsets in
            targets.withUnsafeBufferPointer { targets in
                func search(from root: Int) {
                    pieces += 1
                    let pieceStart = visitedCount
                    discovery[root] = time; low[root] = time; time += 1
                    nextEdge[root] = offsets[root]
                    subtreeCoordinators[root] = coordinator[root] ? 1 : 0
                    visited[visitedCount] = root; visitedCount += 1
                    var depth = 0
                    stack[0] = root
                    depth = 1
                    while depth > 0 {
                        let v = stack[depth - 1]
                        let edge = nextEdge[v]
                        if edge < offsets[v + 1] {
                            let w = targets[edge]
                            nextEdge[v] = edge + 1
                            let seen = discovery[w]
                            if seen < 0 {
                                parent[w] = v
                                discovery[w] = time; low[w] = time; time += 1
                                nextEdge[w] = offsets[w]
                                subtreeCoordinators[w] = coordinator[w] ? 1 : 0
                                visited[visitedCount] = w; visitedCount += 1
                                stack[depth] = w; depth += 1
                            } else if w != parent[v] && seen != Self.removedMark && seen < low[v] {
                                low[v] = seen
                            }
                        } else {
                            depth -= 1
                            let p = parent[v]
                            if p >= 0 {
                                if low[v] < low[p] { low[p] = low[v] }
                                subtreeCoordinators[p] += subtreeCoordinators[v]
                                if low[v] >= discovery[p] {
                                    separatedChildren[p] += 1
                                    separatedCoordinators[p] += subtreeCoordinators[v]
                                    if subtreeCoordinators[v] == 0 { zeroSeparatedChild[p] = true }
                                }
                            }
                        }
                    }
                    let pieceCoordinators = subtreeCoordinators[root]
                    if pieceCoordinators == 0 { coordinatorlessPiece = true }
                    componentCoordinators += pieceCoordinators
                    for index in pieceStart..<visitedCount {
                        let u = visited[index]
                        let isRoot = u == root
                        let articulation = isRoot ? separatedChildren[u] >= 2 : separatedChildren[u] >= 1
                        let otherCoordinator = coordinatorCount - (coordinator[u] ? 1 : 0) > 0
                        var cuts = false
                        if articulation && otherCoordinator && pieceCoordinators > 0 {
                            let rest = pieceCoordinators - (coordinator[u] ? 1 : 0) - separatedCoordinators[u]
                            cuts = zeroSeparatedChild[u] || (!isRoot && rest == 0)
                        }
                        singlePoint[u] = cuts
                    }
                }
                if let removed {
                    for e in offsets[removed]..<offsets[removed + 1] where discovery[targets[e]] < 0 {
                        search(from: targets[e])
                    }
                } else {
                    for root in 0..<nodeCount where discovery[root] < 0 { search(from: root) }
                }
            }
        }
        var cutsOff = false
        if let removed {
            // The component reached a coordinator if it had one, the removed actor included.
            let had = componentCoordinators + (coordinator[removed] ? 1 : 0) > 0
            cutsOff = had && coordinatorlessPiece
        }
        return Outcome(count: pieces, cutsOffSomebody: cutsOff)
    }

    /// Clears what the last search wrote.
    private func reset() {
        for index in 0..<visitedCount {
            let u = visited[index]
            discovery[u] = -1; parent[u] = -1; separatedChildren[u] = 0; separatedCoordinators[u] = 0
            zeroSeparatedChild[u] = false; singlePoint[u] = false
        }
        visitedCount = 0
        if let lastRemoved { discovery[lastRemoved] = -1 }
        lastRemoved = nil
    }
}
