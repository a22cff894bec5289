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
    /// How many ties the pairing in search order takes: the plausible pairing never takes more.
    var searchOrderTies = 0

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
        let context = Context(ids: ids, actors: actors, root: root, n: n,
                              rootCandidates: root == n ? coordinators.filter(takesPart) : [root], takesPart: takesPart)
        // Search order first: its count is Eswaran and Tarjan's. The plausible pairing may only
        // replace it where it needs no more ties.
        let searchOrder = Self.plan(adjacency, context: context, plausible: false)
        lowerBound = searchOrder.lowerBound
        self.unprotectable = searchOrder.unprotectable.sorted()
        let plausible = Self.plan(adjacency, context: context, plausible: true)
        ties = plausible.ties.count <= searchOrder.ties.count ? plausible.ties : searchOrder.ties
        searchOrderTies = searchOrder.ties.count
    }

    /// What every round needs besides the graph.
    struct Context {
        var ids: [String]
        var actors: [String: Actor]
        var root: Int
        var n: Int
        var rootCandidates: [Int]
        var takesPart: (Int) -> Bool
    }

    struct Plan {
        var ties: [Tie] = []
        var lowerBound = 0
        var unprotectable: Set<String> = []
    }

    /// Above this many leaves in a round the pairing stays in search order: each swap tried is
    /// checked by planning the remaining rounds again, O(L² · (n + m)) per pass.
    static let plausibleLeafLimit = 40

    /// The rounds of the augmentation. With `plausible`, each round starts from the pairing across
    /// the half and swaps partners (of two pairs, a–b and c–d become a–c and b–d, or a–d and b–c)
    /// while the pairs' plausibility (`score`) grows and the whole plan, the later rounds in search
    /// order, still needs no more ties than before the swap.
    static func plan(_ start: [Set<Int>], context: Context, plausible: Bool, maxRounds: Int? = nil) -> Plan {
        var adjacency = start
        var plan = Plan()
        let root = context.root, n = context.n
        var firstRound = true
        var round = 0
        for _ in 0...n {
            if let maxRounds, round >= maxRounds { break }
            round += 1
            let blocks = BiconnectedBlocks(adjacency: adjacency.map { $0.sorted() }, root: root)
            let cutVertices = (0...n).filter { $0 != root && blocks.isCut($0) }
            if cutVertices.isEmpty { break }
            var leaves: [(first: Int, candidates: [Int])] = []
            for block in blocks.blocks where !block.contains(root) && block.filter(blocks.isCut).count == 1 {
                let interior = block.filter { !blocks.isCut($0) }
                let candidates = interior.filter(context.takesPart)
                if candidates.isEmpty {
                    plan.unprotectable.formUnion(interior.filter { $0 < n }.map { context.ids[$0] })
                    continue
                }
                leaves.append((interior.map { blocks.discovery[$0] }.min() ?? 0, candidates))
            }
            leaves.sort { $0.first < $1.first }
            if firstRound {
                let pieces = cutVertices.map { blocks.blockCount[$0] - 1 }.max() ?? 0
                plan.lowerBound = max((leaves.count + 1) / 2, pieces)
                firstRound = false
            }
            let count = leaves.count
            guard count > 0 else { break }
            // Leaf indices; `count` stands for the root.
            let half = (count + 1) / 2
            var pairs: [(Int, Int)] = (0..<(count / 2)).map { ($0, $0 + half) }
            if count % 2 == 1 { pairs.append((count / 2, count)) }
            func side(_ leaf: Int) -> [Int] { leaf == count ? context.rootCandidates : leaves[leaf].candidates }
            func best(_ pair: (Int, Int), _ graph: [Set<Int>]) -> (Int, Int, [SuggestionReason])? {
                bestPair(side(pair.0), side(pair.1), adjacency: graph, context: context)
            }
            // The pairs' best ties on the round's graph, for scoring the swaps.
            var memo: [Int: (Int, Int, [SuggestionReason])?] = [:]
            func bestNow(_ pair: (Int, Int)) -> (Int, Int, [SuggestionReason])? {
                let key = pair.0 * (count + 1) + pair.1
                if let known = memo[key] { return known }
                let found = best(pair, adjacency)
                memo[key] = found
                return found
            }
            /// Applies the round's pairs to a copy of the graph, in order.
            func applied(_ pairs: [(Int, Int)]) -> (graph: [Set<Int>], ties: [Tie]) {
                var graph = adjacency
                var ties: [Tie] = []
                for pair in pairs {
                    guard let chosen = best(pair, graph) else { continue }
                    graph[chosen.0].insert(chosen.1)
                    graph[chosen.1].insert(chosen.0)
                    ties.append(Tie(from: context.ids[chosen.0], to: context.ids[chosen.1], reasons: chosen.2))
                }
                return (graph, ties)
            }
            /// Ties this round and every later one (in search order) would take.
            func total(_ pairs: [(Int, Int)]) -> Int {
                let (graph, ties) = applied(pairs)
                return ties.count + Self.plan(graph, context: context, plausible: false).ties.count
            }
            // Steps between two actors over real ties (not through the virtual root): actors
            // close to each other more likely know each other already.
            var distances: [Int: [Int]] = [:]
            func steps(_ a: Int, _ b: Int) -> Int {
                if distances[a] == nil { distances[a] = Self.steps(from: a, adjacency: adjacency, skipping: n) }
                let d = distances[a]?[b] ?? -1
                return d < 0 ? n + 1 : d
            }
            /// Things shared first, then fewer steps between the tie's ends.
            func score(_ pairs: [(Int, Int)]) -> (Int, Int) {
                pairs.reduce((0, 0)) { sum, pair in
                    guard let tie = bestNow(pair) else { return sum }
                    return (sum.0 + plausibility(tie.2), sum.1 - steps(tie.0, tie.1))
                }
            }
            if plausible && count <= plausibleLeafLimit && pairs.count >= 2 {
                var bestTotal = total(pairs)
                var bestScore = score(pairs)
                var improved = true
                var passes = 0
                while improved && passes < count {
                    improved = false
                    passes += 1
                    for p in pairs.indices {
                        for q in pairs.indices where q > p {
                            let (a, b) = pairs[p], (c, d) = pairs[q]
                            for option in [[(a, c), (b, d)], [(a, d), (b, c)]] {
                                // The root appears at most once; a leaf is never paired with itself.
                                guard option.allSatisfy({ $0.0 != $0.1 }) else { continue }
                                var trial = pairs
                                trial[p] = option[0]
                                trial[q] = option[1]
                                let trialScore = score(trial)
                                guard trialScore > bestScore else { continue }
                                let trialTotal = total(trial)
                                guard trialTotal <= bestTotal else { continue }
                                pairs = trial
                                bestScore = trialScore
                                bestTotal = trialTotal
                                improved = true
                                break
                            }
                        }
                    }
                }
            }
            let (graph, ties) = applied(pairs)
            if ties.isEmpty { break }
            adjacency = graph
            plan.ties += ties
        }
        return plan
    }

    /// Breadth-first steps from `source` to every vertex, -1 where none leads; `skipping` is
    /// never entered.
    static func steps(from source: Int, adjacency: [Set<Int>], skipping: Int) -> [Int] {
        var distance = [Int](repeating: -1, count: adjacency.count)
        distance[source] = 0
        var queue = [source]
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for w in adjacency[v] where w != skipping && distance[w] < 0 {
                distance[w] = distance[v] + 1
                queue.append(w)
            }
        }
        return distance
    }

    /// At most this many actors of each side (the first by id) are tried as a tie's end: a leaf of
    /// thousands of actors would otherwise cost millions of comparisons for every pair the swaps try.
    static let endsLooked = 64

    /// How plausible a tie reads: one point for each thing the two share (sector, district,
    /// service, a partner both already work with).
    static func plausibility(_ reasons: [SuggestionReason]) -> Int { reasons.count }

    /// The pair (one from each side, not yet tied) sharing most, then one that is no placeholder
    /// group (tag `placeholder`: an actor standing for members the source does not name, whom a
    /// tie cannot address), then the smallest ids.
    private static func bestPair(_ left: [Int], _ right: [Int], adjacency: [Set<Int>],
                                 context: Context) -> (Int, Int, [SuggestionReason])? {
        let ids = context.ids
        var best: (Int, Int, [SuggestionReason], Int)?
        for a in left.prefix(endsLooked) {
            for b in right.prefix(endsLooked) where a != b && !adjacency[a].contains(b) {
                guard let actorA = context.actors[ids[a]], let actorB = context.actors[ids[b]] else { continue }
                var reasons = TieAffinity.reasons(actorA, actorB)
                let partners = adjacency[a].intersection(adjacency[b]).filter { $0 < context.n }.map { ids[$0] }.sorted()
                if let partner = partners.first { reasons.append(.commonPartner(partner)) }
                let groups = [actorA, actorB].filter { $0.tags.contains(TieAffinity.placeholderTag) }.count
                if let current = best {
                    let key = (reasons.count, -groups), currentKey = (current.2.count, -current.3)
                    let better = key > currentKey
                        || (key == currentKey && (ids[a], ids[b]) < (ids[current.0], ids[current.1]))
                    if !better { continue }
                }
                best = (a, b, reasons, groups)
            }
        }
        return best.map { ($0.0, $0.1, $0.2) }
    }
}

/// What two actors already share that makes a tie between them plausible: a sector, a district
/// (both name it), a service (both offer it). At most one reason of each sort, the first district
/// and service by name.
enum TieAffinity {
    /// The tag the example networks give an actor that stands for a group the source does not
    /// name member by member.
    static let placeholderTag = "placeholder"

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
