import Foundation
import NetworkAnalysis
@testable import NetworkInterop
import NetworkModel
import NetworkReports
import Testing

/// Issue 17's contract: export as JSON, CSV or xlsx, import, and every analysis says the same,
/// byte for byte, on every example network and on seeded random networks full of hostile names.
@Suite struct RoundTripTests {
    enum Route: String, CaseIterable {
        case json, csv, xlsx
    }

    /// The network after export and import along one route, with the problems of the way back.
    static func roundTrip(_ network: Network, _ route: Route) throws -> (network: Network?, diagnostics: [Diagnostic]) {
        switch route {
        case .json:
            let loaded = NetworkLoader().load(yaml: NetworkJSONExport.json(network), file: "exported.json")
            return (loaded.network, loaded.diagnostics)
        case .csv:
            let inputs = NetworkCSVExport.files(network).map { ImportInput(file: $0.name, bytes: $0.bytes) }
            let result = CSVNetworkImporter(title: nil, outputFile: "imported.yaml").importFiles(inputs)
            return (result.network, result.diagnostics)
        case .xlsx:
            let book = ImportInput(file: "book.xlsx", bytes: try XLSXWriter.workbook(network))
            let result = CSVNetworkImporter(title: nil, outputFile: "imported.yaml").importWorkbook(book)
            return (result.network, result.diagnostics)
        }
    }

    /// What `gaps --format json --matrix` and `centrality --format json` (plain and directed,
    /// weighted) print, computed in process.
    static func analyses(_ network: Network) -> [String] {
        let today = CalendarDate(year: 2026, month: 6, day: 1)
        let gaps = GapAnalysis(network: network, today: today)
        var outputs = [
            GapOutput.document(network: network.title, gaps: gaps.gaps, coverage: CoverageMatrix(network: network)).serialized(),
        ]
        for view in [GraphView.undirected, GraphView(directed: true, weighted: true)] {
            let result = CentralityResult(network: network, view: view)
            outputs.append(CentralityOutput.json(result, rows: result.rows).serialized())
        }
        return outputs
    }

    static let cases: [(String, Route)] = InteropTestSupport.exampleNetworks.flatMap { path in
        Route.allCases.map { (path, $0) }
    }

    @Test(arguments: cases)
    func exampleNetworkGivesTheSameAnalyses(path: String, route: Route) throws {
        let original = try #require(InteropTestSupport.load(path), "\(path) must load")
        let (imported, diagnostics) = try Self.roundTrip(original, route)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let network = try #require(imported, "\(path) via \(route): \(diagnostics)")
        #expect(Self.analyses(network) == Self.analyses(original), "\(path) via \(route)")
        #expect(InteropTestSupport.comparable(network) == InteropTestSupport.comparable(original), "\(path) via \(route)")
    }

    @Test(arguments: Route.allCases)
    func generatedNetworksGiveTheSameAnalyses(route: Route) throws {
        for seed in UInt64(1)...12 {
            let original = GeneratedNetwork.make(seed: seed)
            // The generator must produce what the loader accepts, or the test proves nothing.
            let reloaded = NetworkLoader().load(yaml: YAMLNetworkWriter.yaml(original), file: "generated.yaml")
            let checked = try #require(reloaded.network, "seed \(seed): \(reloaded.diagnostics.filter { $0.severity == .error })")
            let (imported, diagnostics) = try Self.roundTrip(checked, route)
            let network = try #require(imported, "seed \(seed) via \(route): \(diagnostics)")
            #expect(Self.analyses(network) == Self.analyses(checked), "seed \(seed) via \(route)")
            #expect(InteropTestSupport.comparable(network) == InteropTestSupport.comparable(checked), "seed \(seed) via \(route)")
        }
    }

    @Test func formulaGuardIsExactlyUndone() {
        let cells = ["=SUM(A1)", "+49 345 123", "-Verein", "@home", "\tTab", "\rCR", "'=quoted", "''-twice", "'plain",
                     "-0.5", "+3", "1e-05", "plain", "", "'", "=", "Ärzte", "\r\nCRLF", "'\r\nCRLF"]
        for cell in cells {
            #expect(FormulaGuard.restore(FormulaGuard.protect(cell)) == cell, "\(cell)")
        }
        #expect(FormulaGuard.protect("=SUM(A1)") == "'=SUM(A1)")
        #expect(FormulaGuard.protect("'=quoted") == "''=quoted")
        #expect(FormulaGuard.protect("-0.5") == "-0.5")
        #expect(FormulaGuard.protect("'plain") == "'plain")
        #expect(FormulaGuard.restore("'@home") == "@home")
        #expect(FormulaGuard.protect("\r\nCRLF") == "'\r\nCRLF")
        #expect(NetworkCSVExport.field(.text("a\r\nb")) == "\"a\r\nb\"")
    }
}

/// Seeded random networks for the round trip: every field of FORMAT.md 1.1 used, names in many
/// scripts and names a spreadsheet would run as formulas, fractional weights, offers with and
/// without their own lists, services with and without their own needs.
enum GeneratedNetwork {
    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
        mutating func subset<T>(_ items: [T]) -> [T] { items.filter { _ in chance(40) } }
    }

    static let names = [
        "Ausländerbehörde", "Ελληνική Κοινότητα", "جمعية الجالية العربية", "Društvo Ključ, Šiška", "=SUM(A1)",
        "-Verein gegen Rassismus", "@home e.V.", "+49 Beratung", "'=quoted", "''-twice", "-1",
        "Caritas; Diakonie", "\"Zitat\" & <Klammer>", "no", "1.0", "Jobcenter", "Volkshochschule", "Stadt",
        "_x0041_ literal", "Ärzte|Ärztinnen",
    ]
    /// Notes may hold tabs and line breaks (FORMAT.md: long text), names may not.
    static let notes = ["Zeile 1\nZeile 2", "\tEingerückt", "=1+1", "\r\nCRLF", "Förderung 2024; läuft"]
    static let languages = ["de", "ar", "uk", "fa", "ti", "pt-BR", "sl", "el"]
    // No district holds ";" or "|": in CSV and xlsx those separate the items of a list.
    static let districts = ["Altstadt", "Neustadt", "Süd-Nord", "-Heide", "Silberhöhe"]

    static func make(seed: UInt64) -> Network {
        var random = SplitMix64(state: seed)
        let serviceCount = 2 + random.below(5)
        var services = (0..<serviceCount).map { index in
            Service(id: "s\(index)", name: random.pick(names) + " \(index)", required: random.chance(80),
                    languages: random.chance(30) ? random.subset(languages) : nil,
                    districts: random.chance(30) ? random.subset(districts) : nil)
        }
        services[0].interpreting = random.chance(50)
        let actorCount = 3 + random.below(25)
        var actors: [Actor] = []
        for index in 0..<actorCount {
            let actorLanguages = random.subset(languages)
            let actorDistricts = random.subset(districts)
            var offers: [Offer] = []
            for service in services where random.chance(30) {
                let ownLanguages = random.chance(30) ? random.subset(languages) : nil
                let ownDistricts = random.chance(30) ? random.subset(districts) : nil
                offers.append(Offer(service: service.id, languages: ownLanguages ?? actorLanguages,
                                    districts: ownDistricts ?? actorDistricts,
                                    capacity: random.chance(30) ? random.below(500) : nil,
                                    hasOwnLanguages: ownLanguages != nil, hasOwnDistricts: ownDistricts != nil))
            }
            actors.append(Actor(
                id: "a\(index)", name: random.pick(names), kind: random.pick(ActorKind.allCases),
                sector: random.chance(30) ? random.pick(Sector.allCases) : nil,
                coordinator: random.chance(20) ? random.chance(50) : nil, languages: actorLanguages,
                districts: actorDistricts, offers: offers, url: random.chance(30) ? "https://example.org/?q=\(index)&x=-1" : nil,
                contact: random.chance(20) ? "=HYPERLINK(\"x\")" : nil, tags: random.subset(["-neg", "tag", "Ü"]),
                influence: random.chance(30) ? Double(random.below(101)) / 10 : nil,
                sources: random.chance(30) ? ["https://example.org/\(index)", "Sitzung 2025"] : [],
                verified: random.chance(30) ? CalendarDate(year: 2020 + random.below(6), month: 1 + random.below(12), day: 1 + random.below(28)) : nil,
                person: random.chance(10)))
        }
        var links: [Link] = []
        var seen: Set<LinkKey> = []
        for _ in 0..<(actorCount * 2) {
            let from = random.below(actorCount), to = random.below(actorCount)
            let type = random.pick(LinkType.allCases)
            guard from != to, seen.insert(LinkKey(from: "a\(from)", to: "a\(to)", type: type)).inserted else { continue }
            links.append(Link(from: "a\(from)", to: "a\(to)", type: type,
                              weight: random.pick([1, 2, 0.1, 2.5, 1.0 / 3]),
                              since: random.chance(20) ? CalendarDate(year: 2019, month: 3, day: 4) : nil,
                              note: random.chance(30) ? random.pick(notes) : nil))
        }
        let pathways = serviceCount >= 3 && random.chance(70)
            ? [Pathway(id: "p1", name: "Ankunft -> Arbeit", stages: ["s0", "s1", "s2"])] : []
        var accepted = [AcceptedGap(kind: "missing-service", service: "s1", reason: "=Left to the neighbouring town")]
        if random.chance(50) {
            accepted.append(AcceptedGap(kind: "single-provider", service: "s0", actor: "a0", reason: "Monopoly",
                                        until: CalendarDate(year: 2030, month: 12, day: 31)))
        }
        return Network(title: "Generated \(seed): " + random.pick(names), description: random.chance(50) ? "-desc" : nil,
                       asOf: random.chance(50) ? CalendarDate(year: 2025, month: 6, day: 30) : nil,
                       languages: random.subset(languages), districts: random.subset(districts), services: services,
                       actors: actors, links: links, pathways: pathways, accepted: accepted)
    }
}
