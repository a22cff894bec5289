import NetworkModel

/// The fewest new ties it takes so that no single actor's loss cuts anybody off from every
/// coordinator: a connectivity augmentation in the manner of Eswaran and Tarjan.
///
/// The graph planned on, G', is the part of the network that reaches a coordinator (undirected,
/// simple), with a root r: the coordinator itself when there is one, otherwise a virtual actor tied
/// to every coordinator. An actor can be cut off by one loss exactly when some vertex v ≠ r is a
/// cut vertex of G' (the gap check exempts the only coordinator, which r then is). So the goal is
/// a G' whose only cut vertex, if any, is r: every block-cut-tree branch at r biconnected.
///
/// Each round: compute the blocks; the *leaves* are blocks with one cut vertex that do not
/// contain r; list them in depth-first order of the block-cut tree, and with L leaves and
/// h = ⌈L/2⌉ tie leaf i to leaf i + h (i < ⌊L/2⌋), and an odd middle leaf to r. Pairing across
/// the half covers every cut vertex whose side holds at most half the leaves, so one round does
/// the whole work whenever no cut vertex splits G' into more than h + 1 pieces; a round that
/// leaves cut vertices (a star of many branches) is followed by another. Lower bound, which the
/// result reports: max(⌈L/2⌉, max over cut vertices v ≠ r of (pieces of G' − v) − 1), since every
/// leaf needs a new tie ending inside it and every new tie joins at most two pieces.
///
/// Inside a leaf, the tie ends at an actor that is not a cut vertex and takes part
/// (`ActorParticipation`); among those, the pair sharing most of sector, district and service
/// is chosen, then ids in order. A leaf with nobody who takes part cannot be protected and is
/// reported as such.
///
/// Complexity: O(R · (n + m)) for R rounds, in practice one or two.
///
/// Reference: K. P. Eswaran and R. E. Tarjan, "Augmentation problems", SIAM Journal on Computing
/// 5(4), 1976, doi:10.1137/0205044.
struct TieAugmentation {
    struct Tie {
        var from: String
        var to: String
        var reasons: [SuggestionReason]
    }

    var ties: [Tie] = []
    /// No fewer ties can do it (computed on the network as given).
    var lowerBound = 0
    /// Actors in leaves where nobody takes part, sorted: no tie is suggested for them.
    var unprotectable: [String] = []

    init(network: Network, participation: ActorParticipation) {
        let ids = network.actors.map(\.id).sorted()
        var index: [String: Int] = [:]
        for (i, id) in ids.enumerated() where index[id] == nil { index[id] = i }
        let actors = Dictionary(network.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var neighbours = [Set<Int>](repeating: [], count: ids.count)
        for link in network.links {
            guard let a = index[link.from], let b = index[link.to], a != b else { continue }
            neighbours[a].insert(b)
            neighbours[b].insert(a)
        }
        let coordinators = ids.indices.filter { actors[ids[$0]]?.coordinator ?? false }
        guard !coordinators.isEmpty else { return }
        // The coordinator-reachable part.
        var reached = [Bool](repeating: false, count: ids.count)
        var queue = coordinators
        for c in coordinators { reached[c] = true }
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for w in neighbours[v] where !reached[w] {
                reached[w] = true
                queue.append(w)
            }
        }
        let n = ids.count
        let root = coordinators.count == 1 ? coordinators[0] : n
        var adjacency = [Set<Int>](repeating: [], count: n + 1)
        for v in 0..<n where reached[v] {
            adjacency[v] = neighbours[v].filter { reached[$0] }
        }
        if root == n {
            for c in coordinators {
                adjacency[n].insert(c)
                adjacency[c].insert(n)
            }
        }
        func takesPart(_ v: Int) -> Bool { v < n && participation.takesPart(ids[v]) }
        let rootCandidates = root == n ? coordinators.filter(takesPart) : [root]

        var unprotectable: Set<String> = []
        var firstRound = true
        for _ in 0...n {
            let blocks = BiconnectedBlocks(adjacency: adjacency.map { $0.sorted() }, root: root)
            let cutVertices = (0...n).filter { $0 != root && blocks.isCut($0) }
            if cutVertices.isEmpty { break }
            var leaves: [(first: Int, candidates: [Int])] = []
            for block in blocks.blocks where !block.contains(root) && block.filter(blocks.isCut).count == 1 {
                let interior = block.filter { !blocks.isCut($0) }
                let candidates = interior.filter(takesPart)
                if candidates.isEmpty {
                    unprotectable.formUnion(interior.filter { $0 < n }.map { ids[$0] })
                    continue
                }
                leaves.append((interior.map { blocks.discovery[$0] }.min() ?? 0, candidates))
            }
            leaves.sort { $0.first < $1.first }
            if firstRound {
                let pieces = cutVertices.map { blocks.blockCount[$0] - 1 }.max() ?? 0
                lowerBound = max((leaves.count + 1) / 2, pieces)
                firstRound = false
            }
            let count = leaves.count
            guard count > 0 else { break }
            let half = (count + 1) / 2
            var pairs: [([Int], [Int])] = []
            for i in 0..<(count / 2) { pairs.append((leaves[i].candidates, leaves[i + half].candidates)) }
            if count % 2 == 1 { pairs.append((leaves[count / 2].candidates, rootCandidates)) }
            var added = false
            for (left, right) in pairs {
                guard let best = Self.bestPair(left, right, adjacency: adjacency, ids: ids, actors: actors) else { continue }
                adjacency[best.0].insert(best.1)
                adjacency[best.1].insert(best.0)
                ties.append(Tie(from: ids[best.0], to: ids[best.1], reasons: best.2))
                added = true
            }
            if !added { break }
        }
        self.unprotectable = unprotectable.sorted()
    }

    /// The pair (one from each side, not yet tied) sharing most, then the smallest ids.
    private static func bestPair(_ left: [Int], _ right: [Int], adjacency: [Set<Int>], ids: [String],
                                 actors: [String: Actor]) -> (Int, Int, [SuggestionReason])? {
        var best: (Int, Int, [SuggestionReason])?
        for a in left {
            for b in right where a != b && !adjacency[a].contains(b) {
                guard let actorA = actors[ids[a]], let actorB = actors[ids[b]] else { continue }
                let reasons = TieAffinity.reasons(actorA, actorB)
                if let current = best {
                    let better = reasons.count > current.2.count
                        || (reasons.count == current.2.count && (ids[a], ids[b]) < (ids[current.0], ids[current.1]))
                    if !better { continue }
                }
                best = (a, b, reasons)
            }
        }
        return best
    }
}

/// What two actors already share that makes a tie between them plausible: a sector, a district
/// (both name it), a service (both offer it). At most one reason of each sort, the first district
/// and service by name.
enum TieAffinity {
    static func reasons(_ a: Actor, _ b: Actor) -> [SuggestionReason] {
        var reasons: [SuggestionReason] = []
        if a.sector == b.sector { reasons.append(.sameSector(a.sector)) }
        if let district = Set(a.districts).intersection(b.districts).sorted().first {
            reasons.append(.sameDistrict(district))
        }
        let services = Set(a.offers.map(\.service)).intersection(b.offers.map(\.service))
        if let service = services.sorted().first { reasons.append(.sameService(service)) }
        return reasons
    }
}
