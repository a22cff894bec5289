import Testing
import NetworkModel
@testable import NetworkAnalysis

/// `LeafRemoval` answers for most actors what `PieceSearch` would find searching the network
/// without them; the search stays its oracle here, node for node, on seeded random networks:
/// several components, isolated actors, articulation points (trees, chains, blocks joined at one
/// actor), dense blocks, and from no coordinator to half of the actors coordinators.
@Suite struct LeafRemovalTests {
    static func network(seed: UInt64) -> Network {
        var rng = SplitMix64(seed: seed)
        let n = Int.random(in: 1...40, using: &rng)
        let coordinatorShare = [0, 0.05, 0.15, 0.5][Int(seed % 4)]
        let actors = (0..<n).map { index in
            Actor(id: "a\(index)", name: "Actor \(index)", kind: .office,
                  coordinator: Double.random(in: 0..<1, using: &rng) < coordinatorShare)
        }
        var links: [Link] = []
        var keys = Set<LinkKey>()
        func tie(_ a: Int, _ b: Int) {
            guard a != b else { return }
            let link = Link(from: "a\(a)", to: "a\(b)", type: .cooperates)
            if keys.insert(link.key).inserted { links.append(link) }
        }
        // A forest (articulation points everywhere), some actors left alone ...
        for index in 1..<max(n, 1) where Int.random(in: 0..<8, using: &rng) != 0 {
            tie(index, Int.random(in: 0..<index, using: &rng))
        }
        // ... and extra ties, from none to dense, mostly near each other so that blocks form.
        let extra = Int.random(in: 0...(n * [0, 1, 2, 4][Int(seed / 4 % 4)]), using: &rng)
        for _ in 0..<extra where n > 1 {
            let a = Int.random(in: 0..<n, using: &rng)
            let near = Bool.random(using: &rng)
            let b = near ? min(n - 1, a + Int.random(in: 1...4, using: &rng)) : Int.random(in: 0..<n, using: &rng)
            tie(a, b)
        }
        return Network(title: "leaves \(seed)", actors: actors, links: links)
    }

    /// Checks every answered actor against the search; returns how many were answered and how
    /// many of those flipped some actor's flag.
    @discardableResult
    static func check(_ network: Network, seed: UInt64) -> (answered: Int, flipping: Int) {
        let graph = CompactGraph(network: network)
        let byID = Dictionary(network.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let isCoordinator = graph.ids.map { byID[$0]?.coordinator ?? false }
        let count = isCoordinator.filter { $0 }.count
        guard let search = PieceSearch(graph: graph, isCoordinator: isCoordinator) else {
            Issue.record("seed \(seed): no search")
            return (0, 0)
        }
        _ = search.run(removing: nil, coordinatorCount: count)
        let whole = (0..<graph.nodeCount).map(search.isSinglePoint)
        let outcomes = LeafRemoval.outcomes(graph: graph, isCoordinator: isCoordinator, coordinatorCount: count)
        var answered = 0, flipping = 0
        for v in 0..<graph.nodeCount {
            guard let outcome = outcomes[v] else { continue }
            answered += 1
            #expect(!isCoordinator[v], "seed \(seed): coordinator \(v) answered")
            let found = search.run(removing: v, coordinatorCount: count)
            var flipped: [Int] = []
            for index in 0..<search.visitedCount {
                let u = search.visitedNode(index)
                if search.isSinglePoint(u) != whole[u] { flipped.append(u) }
            }
            if !flipped.isEmpty { flipping += 1 }
            #expect(found.count == outcome.pieces, "seed \(seed), removing \(v): pieces")
            #expect(!found.cutsOffSomebody, "seed \(seed), removing \(v): cut-off")
            #expect(flipped.sorted() == outcome.flipped.sorted(), "seed \(seed), removing \(v): flipped")
        }
        return (answered, flipping)
    }

    @Test(arguments: 1...400 as ClosedRange<UInt64>)
    func leavesAgreeWithTheSearch(seed: UInt64) {
        Self.check(Self.network(seed: seed), seed: seed)
    }

    /// The oracle networks of `scenario --remove-each`, with their offers and pathways.
    @Test(arguments: 1...100 as ClosedRange<UInt64>)
    func leavesAgreeOnTheOracleNetworks(seed: UInt64) {
        Self.check(RemoveEachOracleTests.network(seed: seed, sizes: 2...60), seed: seed)
    }

    /// The comparison must meet both kinds of answer: most actors answered, and among them
    /// removals that make a new single point of failure or end an old one; and actors left to the
    /// search (coordinators, inner nodes of every tree).
    @Test func theCheckSeesEveryKindOfAnswer() {
        var actors = 0, answered = 0, flipping = 0
        for seed in 1...400 as ClosedRange<UInt64> {
            let network = Self.network(seed: seed)
            actors += network.actors.count
            let (a, f) = Self.check(network, seed: seed)
            answered += a
            flipping += f
        }
        #expect(answered * 2 > actors, "\(answered) of \(actors) answered")
        #expect(answered < actors, "\(answered) of \(actors) answered")
        #expect(flipping > 50, "\(flipping) answers flip a flag")
    }
}
