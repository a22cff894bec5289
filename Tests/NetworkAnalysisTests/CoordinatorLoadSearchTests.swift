import NetworkModel
import Testing
@testable import NetworkAnalysis

/// The coordinators' load searched sixteen actors of one sector at a time against the definition's
/// one search per civil-society actor (`CoordinatorLoad(network:)`), on seeded random networks with
/// all three sectors, coordinators in each, isolated actors and several components: every count
/// equal, the share and the path sums to 1e-12 relative (the batches take sources in breadth-first
/// order and tally pairs in that order), and the same bits for any number of workers.
@Suite("Coordinator load, batched")
struct CoordinatorLoadSearchTests {
    static func network(seed: UInt64, actors: Int, links: Int) -> Network {
        var rng = SplitMix64(seed: seed)
        let base = PropertyTests.randomNetwork(seed: seed, actors: actors, links: links)
        let sectors: [Sector] = [.public, .civilSociety, .civilSociety, .private]
        let people = base.actors.map { actor in
            Actor(id: actor.id, name: "Ακτέρ \(actor.id)", kind: .other,
                  sector: sectors.randomElement(using: &rng) ?? .public,
                  coordinator: Int.random(in: 0..<6, using: &rng) == 0)
        }
        return Network(title: base.title, actors: people, links: base.links)
    }

    static let sizes: [(UInt64, Int, Int)] = [(1, 5, 4), (2, 40, 30), (3, 67, 200), (4, 150, 160), (5, 301, 900), (6, 523, 1200)]

    @Test(arguments: sizes.map { "\($0.0) \($0.1) \($0.2)" })
    func batchedLoadEqualsOneSearchPerActor(_ label: String) throws {
        let parts = label.split(separator: " ").compactMap { Int($0) }
        let network = Self.network(seed: UInt64(parts[0]), actors: parts[1], links: parts[2])
        let plain = CoordinatorLoad(network: network)
        // From the smaller sector (the default), and from each sector whatever their sizes: a
        // pair's paths counted from its public end equal those from its civil-society end.
        for side in [nil, Sector.public, .civilSociety] {
            let batched = CoordinatorLoad.batched(network: network, searchingFrom: side)
            #expect(Self.agree(batched, plain), "\(label), from \(side?.rawValue ?? "the smaller"): \(batched) against \(plain)")
            // Batches tallied by whichever worker runs them, added in batch order: the same bits
            // for any worker count.
            for workers in [1, 3] {
                let spread = CoordinatorLoad.batched(network: network, workers: workers, searchingFrom: side)
                #expect(spread == batched, "\(label), \(workers) workers")
                #expect(spread.share.map { $0.bitPattern } == batched.share.map { $0.bitPattern }, "\(label), \(workers) workers")
            }
        }
        if parts[1] > 100 {
            // Tests that could fail: coordinators carry some paths, some only part of a pair's, and
            // in the sparser networks (under two links per actor) some pairs are cut off.
            #expect(plain.pairs > 0 && plain.shortestPathsThroughCoordinators > 0, "\(label)")
            #expect(plain.pairsPartlyThroughCoordinators > 0, "\(label)")
            if parts[2] < 2 * parts[1] { #expect(plain.disconnectedPairs > 0, "\(label)") }
        }
    }

    /// Every count equal; share and path sums to 1e-12 relative.
    static func agree(_ a: CoordinatorLoad, _ b: CoordinatorLoad) -> Bool {
        func close(_ x: Double, _ y: Double) -> Bool { x == y || abs(x - y) <= 1e-12 * max(abs(x), abs(y)) }
        let shares: Bool
        switch (a.share, b.share) {
        case let (x?, y?): shares = close(x, y)
        case (nil, nil): shares = true
        default: shares = false
        }
        return a.coordinators == b.coordinators && a.pairs == b.pairs && a.disconnectedPairs == b.disconnectedPairs
            && a.pairsOnlyThroughCoordinators == b.pairsOnlyThroughCoordinators
            && a.pairsPartlyThroughCoordinators == b.pairsPartlyThroughCoordinators && shares
            && close(a.shortestPaths, b.shortestPaths)
            && close(a.shortestPathsThroughCoordinators, b.shortestPathsThroughCoordinators)
    }

    /// A coordinator that is itself a civil-society source passes avoiding paths on in its own
    /// lane only: c (coordinator, civil society) – x – p (public), c – p2 (public) directly.
    @Test func aCoordinatorSourcePassesItsOwnPathsOn() {
        let actors = [Actor(id: "c", name: "C", kind: .other, sector: .civilSociety, coordinator: true),
                      Actor(id: "d", name: "D", kind: .other, sector: .civilSociety),
                      Actor(id: "x", name: "X", kind: .other, sector: .private),
                      Actor(id: "p", name: "P", kind: .other, sector: .public),
                      Actor(id: "p2", name: "P2", kind: .other, sector: .public)]
        let links = [("c", "x"), ("x", "p"), ("c", "p2"), ("d", "c")].map { Link(from: $0.0, to: $0.1, type: .cooperates) }
        let network = Network(title: "own lane", actors: actors, links: links)
        let load = CoordinatorLoad.batched(network: network, searchingFrom: .public)
        #expect(CoordinatorLoad.batched(network: network, searchingFrom: .civilSociety) == load)
        // c–p: c-x-p, no coordinator inside (c is an end); c–p2 adjacent; d–p: d-c-x-p through c;
        // d–p2: d-c-p2 through c. Mean (0 + 0 + 1 + 1) / 4.
        #expect(load == CoordinatorLoad(network: network))
        #expect(load.pairs == 4)
        #expect(load.pairsOnlyThroughCoordinators == 2)
        #expect(load.share == 0.5)
    }

    /// The mirror case, searched from the public side: a public coordinator p (a source there)
    /// passes its own paths on, and blocks the others'. p – x (private) – c, p – c2 directly,
    /// q (public) – p; public actors outnumber civil-society ones, so the smaller side is civil
    /// society and the default search starts there.
    @Test func aPublicCoordinatorSourcePassesItsOwnPathsOn() {
        let actors = [Actor(id: "p", name: "P", kind: .other, sector: .public, coordinator: true),
                      Actor(id: "q", name: "Q", kind: .other, sector: .public),
                      Actor(id: "r", name: "R", kind: .other, sector: .public),
                      Actor(id: "x", name: "X", kind: .other, sector: .private),
                      Actor(id: "c", name: "C", kind: .other, sector: .civilSociety),
                      Actor(id: "c2", name: "C2", kind: .other, sector: .civilSociety)]
        let links = [("p", "x"), ("x", "c"), ("p", "c2"), ("q", "p")].map { Link(from: $0.0, to: $0.1, type: .cooperates) }
        let network = Network(title: "public lane", actors: actors, links: links)
        let definition = CoordinatorLoad(network: network)
        // p–c: p-x-c, no coordinator inside; p–c2 adjacent; q–c: q-p-x-c through p; q–c2: q-p-c2
        // through p; r reaches nobody. Mean (0 + 0 + 1 + 1) / 4.
        #expect(definition.pairs == 4 && definition.disconnectedPairs == 2)
        #expect(definition.pairsOnlyThroughCoordinators == 2)
        #expect(definition.share == 0.5)
        for side in [nil, Sector.public, .civilSociety] {
            #expect(CoordinatorLoad.batched(network: network, searchingFrom: side) == definition, "\(side?.rawValue ?? "smaller")")
        }
    }
}
