import Testing
import NetworkModel
@testable import NetworkAnalysis

/// `scenario --remove-each` from structure must equal the plain n-fold run, every field of every
/// scenario (docs/cli.md round 2 included), on seeded random networks with coordinators,
/// migrant organisations, public bodies, offers with languages, districts and capacity,
/// interpreting, referrals and pathways. A failure names its seed.
@Suite struct RemoveEachOracleTests {
    static let languages = ["de", "ar", "ti"]
    static let districts = ["Nord", "Süd", "Ost"]

    static func subset<T>(_ items: [T], _ rng: inout SplitMix64) -> [T] {
        items.filter { _ in Bool.random(using: &rng) }
    }

    static func network(seed: UInt64, sizes: ClosedRange<Int> = 2...26) -> Network {
        var rng = SplitMix64(seed: seed)
        let n = seed <= 4 ? Int(seed) : Int.random(in: sizes, using: &rng)
        var services = (0..<5).map { index in
            Service(id: "s\(index)", name: "Service \(index)", required: index != 3 || Bool.random(using: &rng),
                    languages: Int.random(in: 0..<3, using: &rng) == 0 ? subset(languages, &rng) : nil,
                    districts: Int.random(in: 0..<3, using: &rng) == 0 ? subset(districts, &rng) : nil)
        }
        services.append(Service(id: "int", name: "Interpreting", required: false, interpreting: true))
        let kinds = ActorKind.allCases
        let actors = (0..<n).map { index -> Actor in
            let kind = kinds.randomElement(using: &rng) ?? .other
            let own = subset(languages, &rng)
            let area = Int.random(in: 0..<2, using: &rng) == 0 ? [] : subset(districts, &rng)
            var offers: [Offer] = []
            for _ in 0..<Int.random(in: 0...2, using: &rng) {
                let service = services.randomElement(using: &rng)?.id ?? "s0"
                guard !offers.contains(where: { $0.service == service }) else { continue }
                let ownLanguages = Int.random(in: 0..<4, using: &rng) == 0
                let ownDistricts = Int.random(in: 0..<4, using: &rng) == 0
                offers.append(Offer(service: service, languages: ownLanguages ? subset(languages, &rng) : own,
                                    districts: ownDistricts ? subset(districts, &rng) : area,
                                    capacity: Bool.random(using: &rng) ? Int.random(in: 0...50, using: &rng) : nil,
                                    hasOwnLanguages: ownLanguages, hasOwnDistricts: ownDistricts))
            }
            let sector: Sector? = Int.random(in: 0..<5, using: &rng) == 0 ? Sector.allCases.randomElement(using: &rng) : nil
            let coordinator: Bool? = Int.random(in: 0..<6, using: &rng) == 0 ? Bool.random(using: &rng) : nil
            return Actor(id: "a\(index)", name: "Actor \(index)", kind: kind, sector: sector, coordinator: coordinator,
                         languages: own, districts: area, offers: offers)
        }
        var links: [Link] = []
        var keys = Set<LinkKey>()
        let linkCount = n < 2 ? 0 : Int.random(in: 0...(n * 2), using: &rng)
        for _ in 0..<linkCount {
            let a = Int.random(in: 0..<n, using: &rng), b = Int.random(in: 0..<n, using: &rng)
            guard a != b else { continue }
            let type: LinkType = Int.random(in: 0..<3, using: &rng) == 0 ? .refers : (LinkType.allCases.randomElement(using: &rng) ?? .cooperates)
            let link = Link(from: "a\(a)", to: "a\(b)", type: type)
            if keys.insert(link.key).inserted { links.append(link) }
        }
        let pathways = [Pathway(id: "arrival", name: "Arrival", stages: ["s0", "s1", "s2"]),
                        Pathway(id: "work", name: "Work", stages: ["s1", "s4"])]
        return Network(title: "oracle \(seed)", languages: languages, districts: districts, services: services,
                       actors: actors, links: links, pathways: pathways)
    }

    @Test(arguments: 1...300 as ClosedRange<UInt64>)
    func structuralEqualsPlain(seed: UInt64) {
        let network = Self.network(seed: seed)
        let plain = ScenarioAnalysis.removeEachPlainly(network)
        let fast = ScenarioAnalysis.removeEach(network, workers: 2)
        #expect(fast.map(\.removed) == plain.map(\.removed), "seed \(seed)")
        for (f, p) in zip(fast, plain) where f != p {
            Issue.record("seed \(seed), removing \(p.removed): structural \(f) plain \(p)")
        }
    }

    /// Larger networks, where services have three providers and more, so that most removals skip
    /// the re-check by counts (`ServiceFragility`): a provider that is the last to cover a cell or
    /// to hand on a pathway step, and one that is not, must both come out as the plain run says.
    @Test(arguments: 1001...1040 as ClosedRange<UInt64>)
    func structuralEqualsPlainWithManyProviders(seed: UInt64) {
        let network = Self.network(seed: seed, sizes: 30...60)
        let plain = ScenarioAnalysis.removeEachPlainly(network)
        let fast = ScenarioAnalysis.removeEach(network, workers: 2)
        #expect(fast.map(\.removed) == plain.map(\.removed), "seed \(seed)")
        for (f, p) in zip(fast, plain) where f != p {
            Issue.record("seed \(seed), removing \(p.removed): structural \(f) plain \(p)")
        }
    }

    /// The larger networks must exercise both sides of the count: providers whose loss skips a
    /// service's re-check and providers whose loss must re-check it (the last cover of a cell, a
    /// pathway step's last handing-on pair) although the service has three providers or more.
    @Test func theLargerNetworksTakeBothSidesOfTheCount() {
        var skipped = 0, fragileDespiteMany = 0
        for seed in 1001...1040 as ClosedRange<UInt64> {
            let network = Self.network(seed: seed, sizes: 30...60)
            let context = GapContext(network: network)
            let fragility = ServiceFragility(network: network, context: context)
            for actor in network.actors {
                for service in Set(actor.offers.map(\.service)) where (context.providers[service]?.count ?? 0) > 2 {
                    if fragility.mayChange(service, losing: actor.id) { fragileDespiteMany += 1 } else { skipped += 1 }
                }
            }
        }
        #expect(skipped > 200, "\(skipped) skipped")
        #expect(fragileDespiteMany > 20, "\(fragileDespiteMany) re-checked")
    }

    /// The shortcut must carry most of the work, or the oracle above proves nothing about it.
    @Test func theShortcutIsTaken() {
        var actors = 0, plain = 0
        for seed in 1...300 as ClosedRange<UInt64> {
            let network = Self.network(seed: seed)
            actors += network.actors.count
            plain += StructuralRemoveEach.counting(network, progress: nil).plainRuns
        }
        #expect(actors > 3000)
        #expect(plain * 2 < actors, "\(plain) of \(actors) run plainly")
    }

    @Test func oneWorkerAndTwoAgree() {
        let network = Self.network(seed: 77)
        #expect(ScenarioAnalysis.removeEach(network, workers: 1) == ScenarioAnalysis.removeEach(network, workers: 2))
    }
}
