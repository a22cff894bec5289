/// What `PieceSearch.run(removing: v)` would find, without searching, for the actors v that are
/// a leaf of some depth-first tree of the network and not coordinators: at 10,000 actors the one
/// search per actor was nearly all of `scenario --remove-each`, and this answers most of them from
/// a few whole-network trees.
///
/// Why it is exact. A depth-first (Trémaux) tree T is a spanning tree of each component in which
/// every other edge joins a node to one of its ancestors, and the Hopcroft–Tarjan tests read off
/// any such tree: u is an articulation point iff it is a root with two children or a non-root with
/// a child c whose low value (the highest ancestor its subtree reaches over one non-tree edge)
/// is not above u, and the pieces u's removal leaves are those children's subtrees and, for a
/// non-root, the rest. If v is a leaf of T, T − v is again such a tree of v's component without v:
/// it spans it (a leaf hangs on by one edge) and every other edge of G − v was one of G's, between
/// an ancestor and a descendant. In T − v
/// - each node keeps its own contribution to the low values (v's edges all go to v's ancestors,
///   whose discovery is below v's, so they lowered nothing but v's own), so only the low values
///   of v's ancestors can rise, and walking up from v's parent can stop at the first ancestor
///   whose low value stays: nothing above reads anything else that changed;
/// - v's parent loses v as a child, and an ancestor a whose child c on the path now has low(c) not
///   above a gains c as a separated child;
/// - subtree and component coordinator counts stay, because v is not a coordinator (coordinators
///   are left to the search: their loss moves every count above them).
/// So the rest is one piece (none if v was alone), nobody is cut off (the piece keeps every
/// coordinator the component had), and only v's parent and the ancestors that gained a separated
/// child can change whether they are single points of failure; their flags are evaluated with
/// `PieceSearch`'s own rule. Every other node keeps the flag the whole tree gives it, which
/// `StructuralRemoveEach` has checked against the network's single points of failure.
///
/// Trees: the first goes first to the neighbour with the most unvisited neighbours (which leaves
/// more nodes to be entered when all their neighbours are already visited, i.e. as leaves);
/// each next one also enters the nodes no earlier tree has as a leaf as late as it can (each choice
/// among the next 64 unvisited neighbours), and trees are added while each makes another 0.1 % of
/// the nodes leaves (at most 64; a tree costs about as much as a few searches). The choices read
/// only node numbers and counts, so the trees and the answers are the same on every run. Cost: per
/// tree O(n + m) to build and, per leaf, the walk up to the first unchanged low value.
enum LeafRemoval {
    struct Outcome: Sendable, Equatable {
        /// Pieces v's component falls into without it: 1, or 0 if v had no tie.
        var pieces: Int
        /// Nodes whose single-point flag differs from the whole network's once v is gone.
        var flipped: [Int]
    }

    /// The outcome for each node the trees can answer, `nil` for the others (coordinators, and
    /// nodes that are a leaf of no tree). `coordinatorCount` counts the whole network's.
    static func outcomes(graph: CompactGraph, isCoordinator: [Bool], coordinatorCount: Int,
                         maxTrees: Int = 64) -> [Outcome?] {
        let n = graph.nodeCount
        var results = [Outcome?](repeating: nil, count: n)
        guard n > 0, n < Int32.max, graph.mutualTargets.count < Int32.max, isCoordinator.count == n else { return results }
        var covered = [Bool](repeating: false, count: n)
        var coveredCount = 0
        for treeNumber in 0..<maxTrees {
            let tree = Tree(graph: graph, isCoordinator: isCoordinator, coordinatorCount: coordinatorCount,
                            delay: treeNumber == 0 ? nil : covered)
            var added = 0
            for v in 0..<n where !covered[v] && tree.isLeaf(v) {
                covered[v] = true
                added += 1
                if !isCoordinator[v] { results[v] = tree.removingLeaf(v) }
            }
            coveredCount += added
            if added * 1000 < n || coveredCount == n { break }
        }
        return results
    }

    /// One depth-first forest of the whole network with the Hopcroft–Tarjan values.
    struct Tree {
        let offsets: [Int]
        let targets: [Int]
        let isCoordinator: [Bool]
        let coordinatorCount: Int
        var parent: [Int32]
        var discovery: [Int32]
        /// Lowest discovery among a node's own non-tree neighbours and itself.
        var own: [Int32]
        var low: [Int32]
        /// The lowest and second lowest low value among a node's children, and the child with the lowest.
        var bestLow: [Int32], secondLow: [Int32], bestChild: [Int32]
        var children: [Int32]
        var subtreeCoordinators: [Int32]
        var separatedChildren: [Int32], separatedCoordinators: [Int32], zeroSeparatedChildren: [Int32]
        /// Coordinators in each node's component, by the component's root.
        var root: [Int32]

        /// Neighbours compared for the next child at once: a hub returned to after each of its
        /// children would otherwise be scanned whole each time (Σ deg² per tree).
        static let window = 64

        /// `delay`: nodes to enter as late as possible (those an earlier tree already has as
        /// leaves are entered first, so the others tend to find every neighbour visited).
        init(graph: CompactGraph, isCoordinator: [Bool], coordinatorCount: Int, delay covered: [Bool]?) {
            let n = graph.nodeCount
            let offsets = graph.mutualOffsets, targets = graph.mutualTargets
            self.offsets = offsets
            self.targets = targets
            self.isCoordinator = isCoordinator
            self.coordinatorCount = coordinatorCount
            var parent = [Int32](repeating: -1, count: n)
            var discovery = [Int32](repeating: -1, count: n)
            var root = [Int32](repeating: -1, count: n)
            var order: [Int32] = []
            order.reserveCapacity(n)
            var unvisited = (0..<n).map { Int32(graph.mutualOffsets[$0 + 1] - graph.mutualOffsets[$0]) }
            var stack: [Int] = []
            // Where each node's choice of the next child starts: the neighbours before it are visited.
            var cursor = Array(offsets.dropLast())
            let roots = covered.map { covered in (0..<n).filter { covered[$0] } + (0..<n).filter { !covered[$0] } }
                ?? Array(0..<n)
            for r in roots where discovery[r] < 0 {
                func enter(_ w: Int, from p: Int) {
                    discovery[w] = Int32(order.count)
                    order.append(Int32(w))
                    parent[w] = Int32(p)
                    root[w] = Int32(r)
                    for e in offsets[w]..<offsets[w + 1] { unvisited[targets[e]] -= 1 }
                    stack.append(w)
                }
                enter(r, from: -1)
                while let x = stack.last {
                    var best = -1
                    while cursor[x] < offsets[x + 1] && discovery[targets[cursor[x]]] >= 0 { cursor[x] += 1 }
                    for e in cursor[x]..<min(offsets[x + 1], cursor[x] + Self.window) {
                        let w = targets[e]
                        guard discovery[w] < 0 else { continue }
                        if best < 0 { best = w; continue }
                        let late = covered.map { (!$0[w], !$0[best]) } ?? (false, false)
                        if late.0 != late.1 {
                            if !late.0 { best = w }
                        } else if unvisited[w] > unvisited[best] {
                            best = w
                        }
                    }
                    if best < 0 { stack.removeLast() } else { enter(best, from: x) }
                }
            }
            self.parent = parent
            self.discovery = discovery
            self.root = root
            own = Array(repeating: 0, count: n)
            low = Array(repeating: 0, count: n)
            bestLow = Array(repeating: Int32.max, count: n)
            secondLow = Array(repeating: Int32.max, count: n)
            bestChild = Array(repeating: -1, count: n)
            children = Array(repeating: 0, count: n)
            subtreeCoordinators = Array(repeating: 0, count: n)
            separatedChildren = Array(repeating: 0, count: n)
            separatedCoordinators = Array(repeating: 0, count: n)
            zeroSeparatedChildren = Array(repeating: 0, count: n)
            for u in order.reversed().map(Int.init) {
                var lowest = discovery[u]
                for e in offsets[u]..<offsets[u + 1] where Int32(targets[e]) != parent[u] {
                    lowest = min(lowest, discovery[targets[e]])
                }
                own[u] = lowest
                low[u] = min(lowest, bestLow[u])
                subtreeCoordinators[u] += isCoordinator[u] ? 1 : 0
                let p = Int(parent[u])
                guard p >= 0 else { continue }
                children[p] += 1
                subtreeCoordinators[p] += subtreeCoordinators[u]
                if low[u] < bestLow[p] {
                    secondLow[p] = bestLow[p]; bestLow[p] = low[u]; bestChild[p] = Int32(u)
                } else if low[u] < secondLow[p] {
                    secondLow[p] = low[u]
                }
                if low[u] >= discovery[p] {
                    separatedChildren[p] += 1
                    separatedCoordinators[p] += subtreeCoordinators[u]
                    if subtreeCoordinators[u] == 0 { zeroSeparatedChildren[p] += 1 }
                }
            }
        }

        func isLeaf(_ v: Int) -> Bool { children[v] == 0 }

        /// `PieceSearch`'s single-point rule on one node of this tree, with its separated children given.
        func isSinglePoint(_ u: Int, separatedChildren: Int32, separatedCoordinators: Int32,
                           zeroSeparatedChildren: Int32) -> Bool {
            let isRoot = parent[u] < 0
            let articulation = isRoot ? separatedChildren >= 2 : separatedChildren >= 1
            let own = isCoordinator[u] ? 1 : 0
            let pieceCoordinators = Int(subtreeCoordinators[Int(root[u])])
            guard articulation && coordinatorCount - own > 0 && pieceCoordinators > 0 else { return false }
            let rest = pieceCoordinators - own - Int(separatedCoordinators)
            return zeroSeparatedChildren > 0 || (!isRoot && rest == 0)
        }

        func isSinglePoint(_ u: Int) -> Bool {
            isSinglePoint(u, separatedChildren: separatedChildren[u], separatedCoordinators: separatedCoordinators[u],
                          zeroSeparatedChildren: zeroSeparatedChildren[u])
        }

        /// The lowest low value among `u`'s children other than `child`.
        func lowestChildLow(of u: Int, without child: Int) -> Int32 {
            bestChild[u] == Int32(child) ? secondLow[u] : bestLow[u]
        }

        /// The outcome of removing `v`, a leaf and not a coordinator.
        func removingLeaf(_ v: Int) -> Outcome {
            let p = Int(parent[v])
            guard p >= 0 else { return Outcome(pieces: 0, flipped: []) }
            var flipped: [Int] = []
            // v's parent loses v: a separated child if v reached nothing above it, with no coordinator.
            let vSeparated: Int32 = low[v] >= discovery[p] ? 1 : 0
            if isSinglePoint(p, separatedChildren: separatedChildren[p] - vSeparated,
                             separatedCoordinators: separatedCoordinators[p],
                             zeroSeparatedChildren: zeroSeparatedChildren[p] - vSeparated) != isSinglePoint(p) {
                flipped.append(p)
            }
            var x = p
            var newLow = min(own[p], lowestChildLow(of: p, without: v))
            while newLow != low[x], parent[x] >= 0 {
                let a = Int(parent[x])
                if newLow >= discovery[a] && low[x] < discovery[a] {
                    let sub = subtreeCoordinators[x]
                    if isSinglePoint(a, separatedChildren: separatedChildren[a] + 1,
                                     separatedCoordinators: separatedCoordinators[a] + sub,
                                     zeroSeparatedChildren: zeroSeparatedChildren[a] + (sub == 0 ? 1 : 0)) != isSinglePoint(a) {
                        flipped.append(a)
                    }
                }
                newLow = min(own[a], lowestChildLow(of: a, without: x), newLow)
                x = a
            }
            return Outcome(pieces: 1, flipped: flipped)
        }
    }
}
