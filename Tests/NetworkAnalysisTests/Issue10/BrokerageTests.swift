import NetworkModel
import Testing
import Wording
@testable import NetworkAnalysis

/// Gould-Fernandez roles counted by hand on small directed graphs, and the coordinators' load on a
/// small undirected one.
@Suite("Brokerage")
struct BrokerageTests {
    static func actor(_ id: String, _ sector: Sector, coordinator: Bool = false) -> Actor {
        Actor(id: id, name: id.uppercased(), kind: .other, sector: sector, coordinator: coordinator)
    }

    static func counts(_ result: BrokerageResult) -> [String: BrokerageCounts] {
        Dictionary(uniqueKeysWithValues: result.rows.map { ($0.id, $0.counts) })
    }

    /// a, b, c public (P); d civil society (C); e private (V). Arcs (all `refers`):
    /// a→b, b→c, d→b, c→d, c→e, e→a, d→e.
    ///
    /// Broker by broker, every in-neighbour × out-neighbour:
    /// - a: in {e}, out {b}. e→a→b, no e→b: V,P,P gatekeeper.                      gatekeeper 1
    /// - b: in {a, d}, out {c}. a→b→c, no a→c: P,P,P coordinator;
    ///      d→b→c, no d→c: C,P,P gatekeeper.                                       coordinator 1, gatekeeper 1
    /// - c: in {b}, out {d, e}. b→c→d: P,P,C representative; b→c→e: P,P,V
    ///      representative (no b→d, no b→e).                                       representative 2
    /// - d: in {c}, out {b, e}. c→d→b, no c→b: P,C,P itinerant;
    ///      c→d→e is closed by the arc c→e and does not count.                     itinerant 1
    /// - e: in {c, d}, out {a}. c→e→a: P,V,P itinerant; d→e→a: C,V,P liaison.      itinerant 1, liaison 1
    /// Totals: coordinator 1, gatekeeper 2, representative 2, itinerant 2, liaison 1; 8 in all.
    static let fiveRoles = Network(
        title: "five roles",
        actors: [actor("a", .public), actor("b", .public), actor("c", .public), actor("d", .civilSociety),
                 actor("e", .private)],
        links: [("a", "b"), ("b", "c"), ("d", "b"), ("c", "d"), ("c", "e"), ("e", "a"), ("d", "e")]
            .map { Link(from: $0.0, to: $0.1, type: .refers) })

    @Test func everyRoleOnAHandWorkedGraph() {
        let result = BrokerageAnalysis.analyse(Self.fiveRoles, grouping: .sector)
        let counts = Self.counts(result)
        #expect(counts["a"] == BrokerageCounts(gatekeeper: 1))
        #expect(counts["b"] == BrokerageCounts(coordinator: 1, gatekeeper: 1))
        #expect(counts["c"] == BrokerageCounts(representative: 2))
        #expect(counts["d"] == BrokerageCounts(itinerant: 1))
        #expect(counts["e"] == BrokerageCounts(itinerant: 1, liaison: 1))
        #expect(result.totals == BrokerageCounts(coordinator: 1, gatekeeper: 2, representative: 2, itinerant: 2, liaison: 1))
        // Total descending, then id: b, c, e (2 each), then a, d (1 each).
        #expect(result.rows.map(\.id) == ["b", "c", "e", "a", "d"])
        #expect(Words(.en).brokerageSentences(result).contains("E is the only liaison (between two groups other than the private sector): the one such pair runs through it."))
    }

    /// The example of the cograph documentation (which reports agreeing with `sna::brokerage`):
    /// A→B, A→C, B→C, B→D, C→D, D→A with groups {A, B} and {C, D}.
    /// - A: in {D}, out {B, C}. D→A→B: 2,1,1 gatekeeper; D→A→C: 2,1,2 itinerant.
    /// - B: in {A}, out {C, D}. A→B→C closed by A→C; A→B→D: 1,1,2 representative.
    /// - C: in {A, B}, out {D}. A→C→D: 1,2,2 gatekeeper; B→C→D closed by B→D.
    /// - D: in {B, C}, out {A}. B→D→A: 1,2,1 itinerant; C→D→A: 2,2,1 representative.
    @Test func cographDocumentationExample() {
        let groups = ["A": ActorKind.office, "B": .office, "C": .association, "D": .association]
        let network = Network(
            title: "cograph", actors: groups.keys.sorted().map { Actor(id: $0, name: $0, kind: groups[$0] ?? .other) },
            links: [("A", "B"), ("A", "C"), ("B", "C"), ("B", "D"), ("C", "D"), ("D", "A")]
                .map { Link(from: $0.0, to: $0.1, type: .informs) })
        let counts = Self.counts(BrokerageAnalysis.analyse(network, grouping: .kind))
        #expect(counts["A"] == BrokerageCounts(gatekeeper: 1, itinerant: 1))
        #expect(counts["B"] == BrokerageCounts(representative: 1))
        #expect(counts["C"] == BrokerageCounts(gatekeeper: 1))
        #expect(counts["D"] == BrokerageCounts(representative: 1, itinerant: 1))
    }

    /// `cooperates` gives arcs both ways: x↔y↔z lets y broker (x, z) and (z, x), and x→y→x is no
    /// pair because its ends are the same actor.
    @Test func undirectedLinksBrokerBothWays() {
        let network = Network(title: "path", actors: ["x", "y", "z"].map { Self.actor($0, .public) },
                              links: [Link(from: "x", to: "y", type: .cooperates), Link(from: "y", to: "z", type: .partners)])
        let counts = Self.counts(BrokerageAnalysis.analyse(network, grouping: .sector))
        #expect(counts["y"] == BrokerageCounts(coordinator: 2))
        #expect(counts["x"] == BrokerageCounts())
        #expect(counts["z"] == BrokerageCounts())
    }

    @Test(arguments: [
        ("P", "P", "P", BrokerageRole.coordinator), ("C", "P", "P", .gatekeeper), ("P", "P", "C", .representative),
        ("P", "C", "P", .itinerant), ("P", "C", "V", .liaison),
    ])
    func classification(source: String, broker: String, target: String, role: BrokerageRole) {
        #expect(BrokerageRole.classify(source: source, broker: broker, target: target) == role)
    }

    @Test func emptyAndSingleActorNetworks() {
        let empty = BrokerageAnalysis.analyse(Network(title: "empty"), grouping: .sector)
        #expect(empty.rows.isEmpty)
        #expect(empty.coordinatorLoad != nil && empty.coordinatorLoad?.share == nil)
        let one = BrokerageAnalysis.analyse(Network(title: "one", actors: [Self.actor("a", .public)]), grouping: .kind)
        #expect(one.rows.map(\.counts.total) == [0])
    }

    /// Undirected view. k commissioner (public, coordinator), o office (public), iso authority
    /// (public, isolated); c1, c2, m civil society. Edges: c1–k, k–o, c2–k, c2–m, m–o.
    ///
    /// Cross-sector pairs and their shortest paths (coordinator strictly inside counts):
    /// - c1–k: adjacent, 0.      - c1–o: c1-k-o only, 1 (only through k).
    /// - c2–k: adjacent, 0.      - c2–o: c2-k-o and c2-m-o, 1/2 (partly).
    /// - m–k: m-c2-k and m-o-k, k is an endpoint, 0.   - m–o: adjacent, 0.
    /// - c1, c2, m with iso: not connected (3 pairs, outside the share).
    /// Load = (0 + 1 + 0 + 0.5 + 0 + 0) / 6 = 0.25.
    @Test func coordinatorsLoad() {
        let network = Network(
            title: "load",
            actors: [Self.actor("k", .public, coordinator: true), Self.actor("o", .public), Self.actor("iso", .public),
                     Self.actor("c1", .civilSociety), Self.actor("c2", .civilSociety), Self.actor("m", .civilSociety)],
            links: [("c1", "k"), ("k", "o"), ("c2", "k"), ("c2", "m"), ("m", "o")]
                .map { Link(from: $0.0, to: $0.1, type: .cooperates) })
        let load = CoordinatorLoad(network: network)
        #expect(load.coordinators == ["k"])
        #expect(load.pairs == 6)
        #expect(load.disconnectedPairs == 3)
        #expect(load.pairsOnlyThroughCoordinators == 1)
        #expect(load.pairsPartlyThroughCoordinators == 1)
        #expect(load.share == 0.25)
        let sentence = Self.loadSentence(load, network)
        // Paths: c1–k 1, c1–o 1 (through k), c2–k 1, c2–o 2 (1 through k), m–k 2, m–o 1: 2 of 8.
        #expect(load.shortestPaths == 8)
        #expect(load.shortestPathsThroughCoordinators == 2)
        #expect(sentence == "On average over the 6 connected pairs of a civil-society and a public actor, 25% of a pair's "
            + "shortest paths run through K (2 of all 8 shortest paths); for 1 of the 6 "
            + "connected pairs every shortest path runs through it. 3 pairs are not connected at all.")
    }

    /// The point: the share is the mean over pairs of each pair's fraction, not the fraction
    /// of all shortest paths pooled; the sentence says which and gives the pooled count beside it.
    @Test func theShareIsAMeanOverPairsNotAPooledFraction() {
        let network = Network(
            title: "mean",
            actors: [Self.actor("k", .public, coordinator: true), Self.actor("p1", .public), Self.actor("c1", .civilSociety),
                     Self.actor("m1", .civilSociety), Self.actor("m2", .civilSociety)],
            links: [("c1", "k"), ("k", "p1"), ("c1", "m1"), ("m1", "p1"), ("c1", "m2"), ("m2", "p1")]
                .map { Link(from: $0.0, to: $0.1, type: .cooperates) })
        let load = CoordinatorLoad(network: network)
        // Civil society c1, m1, m2; public k, p1. Pairs: c1–k adjacent (1 path, 0); c1–p1: via k,
        // m1, m2 (3 paths, 1 through k: 1/3); m1–k: via c1 or p1 (2 paths, k an endpoint: 0);
        // m1–p1 adjacent; m2–k like m1–k; m2–p1 adjacent. Mean (1/3) / 6 = 1/18; pooled 1 of
        // 1 + 3 + 2 + 1 + 2 + 1 = 10.
        #expect(load.pairs == 6)
        #expect(load.shortestPaths == 10)
        #expect(load.shortestPathsThroughCoordinators == 1)
        #expect(abs((load.share ?? 0) - 1.0 / 18) < 1e-15)
        #expect(Self.loadSentence(load, network).hasPrefix(
            "On average over the 6 connected pairs of a civil-society and a public actor, 6% of a pair's shortest paths "
            + "run through K (1 of all 10 shortest paths); no connected pair depends on it alone."))
    }

    @Test func noCoordinatorMeansNoLoad() {
        let network = Network(title: "none", actors: [Self.actor("p", .public), Self.actor("c", .civilSociety)],
                              links: [Link(from: "p", to: "c", type: .funds)])
        let load = CoordinatorLoad(network: network)
        #expect(load.pairs == 1)
        #expect(load.share == 0)
        #expect(Self.loadSentence(load, network).hasPrefix("The network has no coordinator"))
    }

    /// The coordinators' load in the catalogue's English, the coordinators named as the file names them.
    static func loadSentence(_ load: CoordinatorLoad, _ network: Network) -> String {
        let names = load.coordinators.map { id in network.actor(id)?.name ?? id }
        return Words(.en).coordinatorLoadSentence(load, names: names)
    }
}
