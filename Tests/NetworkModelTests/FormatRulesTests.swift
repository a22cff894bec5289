import Foundation
import Testing
@testable import NetworkModel

/// The valid side of every rule of FORMAT.md: defaults applied, every key read. The invalid side
/// is the malformed corpus.
struct FormatRulesTests {
    static let example = """
    network: Halle (Saale) - Service Centre
    description: Actors coordinated by the commissioner.
    as_of: 2024-05-01
    languages: [de, en, ar, uk, ru, fa]
    districts: [Altstadt, Neustadt, Silberhoehe]
    services:
      - id: counselling
        name: Migration counselling
      - id: language-course
        name: Language and integration course
        languages: [de]
      - id: anti-discrimination
        name: Help for victims of discrimination and xenophobia
        districts: []
      - id: leisure
        name: Leisure and sport
        required: false
    actors:
      - id: commissioner
        name: Beauftragte für Migration und Integration
        kind: commissioner
      - id: dlz
        name: Dienstleistungszentrum Integration und Demokratie
        kind: office
        sector: public
        coordinator: true
        url: https://example.org/dlz
        contact: dlz@example.org
        tags: [centre]
        influence: 8.5
        source: [page-1, meeting-2024]
        verified: 2024-04-30
      - id: vemo
        name: Verband der Migrantenorganisationen
        kind: migrant-organisation
        languages: [de, ar, ru]
        districts: [Neustadt]
        source: page-2
        person: false
        offers:
          - service: counselling
          - service: anti-discrimination
            languages: [de, ar]
            districts: []
            capacity: 120
    links:
      - {from: commissioner, to: dlz, type: coordinates}
      - {from: dlz, to: vemo, type: supports, weight: 2, since: 2020-01-01, until: 2025-12-31, note: "core funding", source: x}
      - {from: vemo, to: dlz, type: refers}
      - {from: vemo, to: dlz, type: cooperates, weight: 0.5}
    pathways:
      - id: arrival
        name: Arrival pathway
        stages: [counselling, language-course]
    """

    @Test func readsTheCompleteExample() throws {
        let result = NetworkLoader().load(yaml: Self.example, file: "halle.yaml")
        #expect(result.diagnostics.isEmpty)
        let network = try #require(result.network)
        #expect(network.title == "Halle (Saale) - Service Centre")
        #expect(network.description == "Actors coordinated by the commissioner.")
        #expect(network.asOf == CalendarDate(year: 2024, month: 5, day: 1))
        #expect(network.languages == ["de", "en", "ar", "uk", "ru", "fa"])
        #expect(network.districts == ["Altstadt", "Neustadt", "Silberhoehe"])
        #expect(network.services.map(\.id) == ["counselling", "language-course", "anti-discrimination", "leisure"])
        #expect(network.actors.map(\.id) == ["commissioner", "dlz", "vemo"])
        #expect(network.links.count == 4)
        #expect(network.pathways == [Pathway(id: "arrival", name: "Arrival pathway",
                                             stages: ["counselling", "language-course"],
                                             location: SourceLocation(file: "halle.yaml", line: 52, column: 5))])
        #expect(network.files == ["halle.yaml"])
    }

    @Test func serviceDefaults() throws {
        let network = try #require(loadNetwork(Self.example))
        let services = Dictionary(uniqueKeysWithValues: network.services.map { ($0.id, $0) })
        let counselling = try #require(services["counselling"])
        #expect(counselling.required)
        #expect(network.requiredLanguages(of: counselling) == network.languages)
        #expect(network.requiredDistricts(of: counselling) == network.districts)
        let course = try #require(services["language-course"])
        #expect(network.requiredLanguages(of: course) == ["de"])
        let help = try #require(services["anti-discrimination"])
        #expect(network.requiredDistricts(of: help) == [])
        #expect(services["leisure"]?.required == false)
    }

    @Test func actorDefaultsFollowKind() throws {
        let network = try #require(loadNetwork(Self.example))
        let commissioner = try #require(network.actor("commissioner"))
        #expect(commissioner.sector == .public)
        #expect(commissioner.coordinator)
        #expect(commissioner.languages.isEmpty && commissioner.districts.isEmpty && commissioner.offers.isEmpty)
        #expect(commissioner.tags.isEmpty && commissioner.sources.isEmpty && !commissioner.person)
        let vemo = try #require(network.actor("vemo"))
        #expect(vemo.sector == .civilSociety)
        #expect(!vemo.coordinator)
        #expect(vemo.sources == ["page-2"])
        let dlz = try #require(network.actor("dlz"))
        #expect(dlz.coordinator && dlz.sector == .public)
        #expect(dlz.url == "https://example.org/dlz" && dlz.contact == "dlz@example.org")
        #expect(dlz.tags == ["centre"] && dlz.influence == 8.5)
        #expect(dlz.sources == ["page-1", "meeting-2024"])
        #expect(dlz.verified == CalendarDate("2024-04-30"))
    }

    @Test(arguments: [
        (ActorKind.commissioner, Sector.public, true), (.office, .public, false), (.authority, .public, false),
        (.municipality, .public, false), (.association, .civilSociety, false),
        (.migrantOrganisation, .civilSociety, false), (.serviceProvider, .civilSociety, false),
        (.workingGroup, .civilSociety, false), (.other, .civilSociety, false),
    ])
    func everyKindHasItsDefaults(_ kind: ActorKind, _ sector: Sector, _ coordinator: Bool) throws {
        let network = try #require(loadNetwork("network: T\nactors:\n  - {id: a, name: A, kind: \(kind.rawValue)}\n"))
        #expect(network.actors[0].sector == sector)
        #expect(network.actors[0].coordinator == coordinator)
    }

    @Test func explicitSectorAndCoordinatorOverrideKind() throws {
        let network = try #require(loadNetwork("""
        network: T
        actors:
          - {id: a, name: A, kind: commissioner, coordinator: false, sector: private}
        """))
        #expect(network.actors[0].sector == .private)
        #expect(!network.actors[0].coordinator)
    }

    @Test func offersDefaultToTheActorsLanguagesAndDistricts() throws {
        let network = try #require(loadNetwork(Self.example))
        let vemo = try #require(network.actor("vemo"))
        #expect(vemo.offers[0] == Offer(service: "counselling", languages: ["de", "ar", "ru"], districts: ["Neustadt"],
                                        location: SourceLocation(file: "t.yaml", line: 41, column: 18)))
        let own = vemo.offers[1]
        #expect(own.languages == ["de", "ar"] && own.districts.isEmpty && own.coversEveryDistrict)
        #expect(own.capacity == 120 && own.hasOwnLanguages && own.hasOwnDistricts)
    }

    @Test func linkDefaultsAndKeys() throws {
        let network = try #require(loadNetwork(Self.example))
        #expect(network.links[0].weight == 1)
        let funded = network.links[1]
        #expect(funded.weight == 2 && funded.note == "core funding" && funded.sources == ["x"])
        #expect(funded.since == CalendarDate("2020-01-01") && funded.until == CalendarDate("2025-12-31"))
        // Ties of different types between the same two actors are fine.
        #expect(network.links.filter { $0.from == "vemo" && $0.to == "dlz" }.map(\.type) == [.refers, .cooperates])
    }

    @Test func linkTypesKnowTheirDirection() {
        #expect(LinkType.allCases.filter { !$0.isDirected } == [.cooperates, .partners])
    }

    @Test func nullValuesCountAsAbsent() throws {
        let network = try #require(loadNetwork("network: T\ndescription: ~\nactors:\n  - {id: a, name: A, kind: office, url: null}\n"))
        #expect(network.description == nil && network.actors[0].url == nil)
    }

    @Test func jsonIsAcceptedAsYAML() throws {
        let json = #"{"network": "T", "actors": [{"id": "a", "name": "Ελληνική Κοινότητα", "kind": "association"}]}"#
        let network = try #require(loadNetwork(json))
        #expect(network.actors[0].name == "Ελληνική Κοινότητα")
    }

    @Test func namesInEveryScriptSurvive() throws {
        let names = ["Društvo za razvijanje prostovoljnega dela Novo mesto", "جمعية الجالية العربية",
                     "Δήμος Αθηναίων", "Verein für Begegnung „Grüß Gott“", "Kelmė"]
        let actors = names.enumerated().map { "  - {id: a\($0.offset), name: \"\($0.element)\", kind: association}" }
        let network = try #require(loadNetwork("network: T\nactors:\n" + actors.joined(separator: "\n") + "\n"))
        #expect(network.actors.map(\.name) == names)
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let result = NetworkLoader().load(yaml: "\u{FEFF}network: T\nactors:\n  - {id: a, name: A, kind: office}\n", file: "bom.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.network?.title == "T")
    }

    @Test func aliasLikeTextIsNotAnAlias() throws {
        let network = try #require(loadNetwork("""
        network: "*starred* title"
        description: |
          *Important*: read this
          & that
        actors:
          - {id: a, name: 'Rock *n* Roll', kind: office}  # *comment*
        """))
        #expect(network.title == "*starred* title")
        #expect(network.description == "*Important*: read this\n& that\n")
    }

    @Test func idsAreCaseSensitive() throws {
        let network = try #require(loadNetwork("network: T\nactors:\n  - {id: dlz, name: A, kind: office}\n  - {id: DLZ, name: B, kind: office}\n"))
        #expect(network.actors.count == 2)
    }

    @Test func allProblemsOfAFileAreReportedSorted() {
        let printed = diagnostics("""
        network: T
        actors:
          - {id: a, name: A, kind: ofice}
          - {id: b, name: B, kind: office, sector: publik}
        links:
          - {from: a, to: c, type: refers}
        """)
        #expect(printed == [
            "t.yaml:3:28: error: unknown kind 'ofice' (did you mean 'office'?); expected one of commissioner, office, authority, association, migrant-organisation, service-provider, working-group, municipality, other",
            "t.yaml:4:44: error: unknown sector 'publik' (did you mean 'public'?); expected one of public, civil-society, private",
            "t.yaml:6:19: error: link refers to unknown actor 'c'",
        ])
    }
}
