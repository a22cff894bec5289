/// One depth-first search over the network without one actor (or without none): the pieces the
/// rest falls into, the coordinators in each, and which actors would then be single points of
/// failure as `SinglePointOfFailureCheck` defines them (an articulation point whose removal leaves
/// some piece that reached a coordinator with none, unless it is the only coordinator).
///
/// `scenario --remove-each` runs one per actor that `LeafRemoval` cannot answer, so at 10,000
/// actors this loop was nearly all of the command, and its cost is memory traffic, not arithmetic:
/// - the state is 32-bit and read where it is read together: `discovery` alone (40 kB at 10,000
///   actors, read once per arc at a random node, so it should stay in the first-level cache),
///   the rest of a node in one 32-byte record (read when the node is entered or left), the
///   adjacency copied once to 32 bits (a worker's whole state fits the second-level cache);
/// - the arc loop keeps the current node's low value in a register and runs until it finds an
///   unvisited neighbour; the removed actor's `discovery` is `Int32.max`, so the back-edge test
///   (`seen < low`) already skips it without a branch of its own;
/// - buffers are allocated once per worker and read without bounds or uniqueness checks (Swift
///   arrays mutated through a class checked both on every write), and a search resets only the
///   `discovery` of what the previous one visited: every other field is written when a node is
///   entered, and the caller reads the visited actors and their flags in between.
final class PieceSearch {
    struct Outcome {
        /// Pieces the visited nodes form.
        var count: Int
        /// Whether some piece lost every coordinator its component had.
        var cutsOffSomebody: Bool
    }

    /// What a search keeps of a node besides its discovery time.
    private struct Node {
        var low: Int32 = 0
        var parent: Int32 = -1
        var nextEdge: Int32 = 0
        var subtreeCoordinators: Int32 = 0
        /// Coordinators in the child subtrees that its removal separates.
        var separatedCoordinators: Int32 = 0
        var separatedChildren: Int32 = 0
        /// Whether one of those subtrees holds no coordinator.
        var zeroSeparatedChild = false
        var singlePoint = false
    }

    let nodeCount: Int
    private let offsets, targets: UnsafeMutableBufferPointer<Int32>
    private let coordinator: UnsafeMutableBufferPointer<Bool>
    private let discovery: UnsafeMutableBufferPointer<Int32>
    private let nodes: UnsafeMutableBufferPointer<Node>
    private let visited, stack: UnsafeMutableBufferPointer<Int32>
    /// Nodes the last search visited, in order of discovery.
    private(set) var visitedCount = 0
    private var lastRemoved: Int?
    /// `discovery` of the removed actor: never entered, and never below a low value.
    private static let removedMark = Int32.max

    /// `nil` when the graph has too many nodes or arcs for 32-bit state (the caller then runs
    /// every actor the plain way).
    init?(graph: CompactGraph, isCoordinator: [Bool]) {
        let n = graph.nodeCount
        guard n < Int32.max, graph.mutualTargets.count < Int32.max, isCoordinator.count == n else { return nil }
        nodeCount = n
        func buffer<T>(_ count: Int, _ value: T) -> UnsafeMutableBufferPointer<T> {
            let pointer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(count, 1))
            pointer.initialize(repeating: value)
            return pointer
        }
        offsets = buffer(n + 1, 0)
        for (index, offset) in graph.mutualOffsets.enumerated() { offsets[index] = Int32(offset) }
        targets = buffer(graph.mutualTargets.count, 0)
        for (index, target) in graph.mutualTargets.enumerated() { targets[index] = Int32(target) }
        coordinator = buffer(n, false)
        for v in 0..<n where isCoordinator[v] { coordinator[v] = true }
        discovery = buffer(n, -1)
        nodes = buffer(n, Node())
        visited = buffer(n, 0)
        stack = buffer(n, 0)
    }

    deinit {
        for pointer in [offsets, targets, discovery, visited, stack] { pointer.deallocate() }
        coordinator.deallocate()
        nodes.deallocate()
    }

    /// The `index`-th node the last search visited (the removed actor's component without it, or everything).
    func visitedNode(_ index: Int) -> Int { Int(visited[index]) }

    /// Whether `node`, visited by the last search, would be a single point of failure.
    func isSinglePoint(_ node: Int) -> Bool { nodes[node].singlePoint }

    /// Searches the component of `removed` without it, or the whole graph when `removed` is nil.
    func run(removing removed: Int?, coordinatorCount: Int) -> Outcome {
        reset()
        if let removed { discovery[removed] = Self.removedMark }
        lastRemoved = removed
        var tally = Tally()
        if let removed {
            for e in Int(offsets[removed])..<Int(offsets[removed + 1]) where discovery[Int(targets[e])] < 0 {
                search(from: Int(targets[e]), coordinatorCount: coordinatorCount, tally: &tally)
            }
        } else {
            for root in 0..<nodeCount where discovery[root] < 0 {
                search(from: root, coordinatorCount: coordinatorCount, tally: &tally)
            }
        }
        var cutsOff = false
        if let removed {
            // The component reached a coordinator if it had one, the removed actor included.
            let had = tally.componentCoordinators + (coordinator[removed] ? 1 : 0) > 0
            cutsOff = had && tally.coordinatorlessPiece
        }
        return Outcome(count: tally.pieces, cutsOffSomebody: cutsOff)
    }

    /// What the pieces of one search add up to.
    private struct Tally {
        var time: Int32 = 0
        var pieces = 0
        var componentCoordinators = 0
        var coordinatorlessPiece = false
    }

    /// One piece: Hopcroft–Tarjan low links with the coordinators counted per subtree, then each
    /// visited node's single-point flag.
    private func search(from root: Int, coordinatorCount: Int, tally: inout Tally) {
        let offsets = offsets, targets = targets, discovery = discovery, nodes = nodes
        let coordinator = coordinator, visited = visited, stack = stack
        tally.pieces += 1
        let pieceStart = visitedCount
        var time = tally.time
        var visitedCount = visitedCount
        @inline(__always) func enter(_ w: Int32, parent: Int32) {
            let node = Int(w)
            discovery[node] = time
            nodes[node] = Node(low: time, parent: parent, nextEdge: offsets[node],
                               subtreeCoordinators: coordinator[node] ? 1 : 0)
            time += 1
            visited[visitedCount] = w; visitedCount += 1
        }
        enter(Int32(root), parent: -1)
        stack[0] = Int32(root)
        var depth = 1
        while depth > 0 {
            let v = Int(stack[depth - 1])
            var edge = Int(nodes[v].nextEdge)
            let end = Int(offsets[v + 1])
            var low = nodes[v].low
            let parent = nodes[v].parent
            var child: Int32 = -1
            while edge < end {
                let w = targets[edge]
                edge += 1
                let seen = discovery[Int(w)]
                if seen < 0 { child = w; break }
                if seen < low && w != parent { low = seen }
            }
            nodes[v].low = low
            if child >= 0 {
                nodes[v].nextEdge = Int32(edge)
                enter(child, parent: Int32(v))
                stack[depth] = child; depth += 1
                continue
            }
            depth -= 1
            if parent >= 0 {
                let p = Int(parent)
                let sub = nodes[v].subtreeCoordinators
                if low < nodes[p].low { nodes[p].low = low }
                nodes[p].subtreeCoordinators += sub
                if low >= discovery[p] {
                    nodes[p].separatedChildren += 1
                    nodes[p].separatedCoordinators += sub
                    if sub == 0 { nodes[p].zeroSeparatedChild = true }
                }
            }
        }
        tally.time = time
        self.visitedCount = visitedCount
        let pieceCoordinators = Int(nodes[root].subtreeCoordinators)
        if pieceCoordinators == 0 { tally.coordinatorlessPiece = true }
        tally.componentCoordinators += pieceCoordinators
        for index in pieceStart..<visitedCount {
            let u = Int(visited[index])
            let isRoot = u == root
            let node = nodes[u]
            let articulation = isRoot ? node.separatedChildren >= 2 : node.separatedChildren >= 1
            let own = coordinator[u] ? 1 : 0
            var cuts = false
            if articulation && coordinatorCount - own > 0 && pieceCoordinators > 0 {
                let rest = pieceCoordinators - own - Int(node.separatedCoordinators)
                cuts = node.zeroSeparatedChild || (!isRoot && rest == 0)
            }
            nodes[u].singlePoint = cuts
        }
    }

    /// Clears what the last search wrote (every other field is written when a node is entered).
    private func reset() {
        for index in 0..<visitedCount { discovery[Int(visited[index])] = -1 }
        visitedCount = 0
        if let lastRemoved { discovery[lastRemoved] = -1 }
        lastRemoved = nil
    }
}
