import Testing
import NetworkModel
@testable import NetworkAnalysis

/// The round-2 fields of a scenario (docs/cli.md) and the ranking by consequence, on a small city
/// whose answers can be worked out by hand.
@Suite struct ScenarioConsequenceTests {
    /// comm coordinates a counselling office (de, ar, city-wide), an adult education centre (the
    /// integration course in German, city-wide, 640 places), a language school (the course in Nord
    /// only, 100 places) and a youth centre with one partner, a sports club. The counselling office
    /// refers only to the adult education centre, so the arrival pathway runs through it.
    static let city = """
        network: City
        languages: [de, ar]
        districts: [Nord, Süd]
        services:
          - {id: counselling, name: Counselling}
          - {id: course, name: Integration course, languages: [de]}
          - {id: sport, name: Sport, required: false}
        actors:
          - {id: comm, name: Commissioner, kind: commissioner}
          - {id: mbe, name: Counselling office, kind: service-provider, languages: [de, ar], offers: [{service: counselling}]}
          - {id: vhs, name: Adult education centre, kind: service-provider, languages: [de],
             offers: [{service: course, capacity: 640}]}
          - {id: school, name: Language school, kind: service-provider, languages: [de], districts: [Nord],
             offers: [{service: course, capacity: 100}]}
          - {id: youth, name: Youth centre, kind: association}
          - {id: club, name: Sports club, kind: association, offers: [{service: sport, capacity: 30}]}
        links:
          - {from: comm, to: mbe, type: coordinates}
          - {from: comm, to: vhs, type: coordinates}
          - {from: comm, to: school, type: coordinates}
          - {from: comm, to: youth, type: coordinates}
          - {from: youth, to: club, type: cooperates}
          - {from: mbe, to: vhs, type: refers}
        pathways:
          - {id: arrival, name: Arrival, stages: [counselling, course]}
        """

    static func key(_ kind: GapKind, service: String? = nil, language: String? = nil, district: String? = nil,
                    actor: String? = nil, pathway: String? = nil, from: String? = nil, to: String? = nil) -> Gap.Key {
        Gap.Key(kind: kind, ids: [service, language, district, actor, pathway, from, to])
    }

    @Test func losingTheAdultEducationCentre() throws {
        let network = try GapTestSupport.network(Self.city)
        let result = ScenarioAnalysis.run(network, removing: ["vhs"])
        #expect(result.cutOff == [])
        #expect(result.componentsBefore == 1)
        #expect(result.componentsAfter == 1)
        #expect(result.noCoordinatorLeft == false)
        #expect(result.servicesLost == [])
        #expect(result.requiredServicesLost == [])
        #expect(result.pathwaysBroken == ["arrival"])
        #expect(result.coverageLost == [.init(service: "course", district: "Süd")])
        #expect(result.capacityLost == [.init(service: "course", places: 640)])
        #expect(result.gapsOpened.map(\.key) == [
            Self.key(.pathwayBreak, pathway: "arrival", from: "counselling", to: "course"),
            Self.key(.district, service: "course", district: "Süd"),
            Self.key(.singleProvider, service: "course", actor: "school"),
        ])
        #expect(result.gapsGone == [])
        #expect(result.gapsClosed == [])
    }

    @Test func losingTheOnlyCounsellingOfficeIsNeverGoodNews() throws {
        let network = try GapTestSupport.network(Self.city)
        let result = ScenarioAnalysis.run(network, removing: ["mbe"])
        #expect(result.servicesLost == ["counselling"])
        #expect(result.requiredServicesLost == ["counselling"])
        #expect(result.pathwaysBroken == ["arrival"])
        #expect(result.coverageLost == [
            .init(service: "counselling", language: "ar"), .init(service: "counselling", language: "de"),
            .init(service: "counselling", district: "Nord"), .init(service: "counselling", district: "Süd"),
        ])
        #expect(result.capacityLost == [])
        #expect(result.gapsGone.map(\.key) == [Self.key(.singleProvider, service: "counselling", actor: "mbe")])
        #expect(result.gapsClosed == [])
    }

    @Test func capacityIsSummedPerServiceOverTheRemovedActors() throws {
        let network = try GapTestSupport.network(Self.city)
        let result = ScenarioAnalysis.run(network, removing: ["vhs", "school", "club", "mbe"])
        #expect(result.capacityLost == [.init(service: "course", places: 740), .init(service: "sport", places: 30)])
        #expect(result.placesLost == 770)
        #expect(result.servicesLost == ["counselling", "course", "sport"])
        #expect(result.requiredServicesLost == ["counselling", "course"])
    }

    /// The sports club losing its one partner cuts off one actor; the adult education centre's
    /// loss breaks the arrival pathway and a district of the integration course. Ranked by the
    /// people served, the centre comes first; the old order (cut off first) had the youth centre
    /// above it.
    @Test func rankingByConsequence() throws {
        let network = try GapTestSupport.network(Self.city)
        let ranking = ScenarioAnalysis.removeEach(network)
        #expect(ranking.map { $0.removed[0] } == ["mbe", "vhs", "comm", "youth", "school", "club"])
        let impact = Dictionary(uniqueKeysWithValues: ranking.map { ($0.removed[0], $0.impact) })
        #expect(impact["mbe"] == [1, 1, 4, 0, 0, 2, 2])
        #expect(impact["vhs"] == [0, 1, 1, 0, 640, 1, 3])
        #expect(impact["comm"]?.prefix(5) == [0, 0, 0, 5, 0])
        #expect(impact["youth"]?.prefix(5) == [0, 0, 0, 1, 0])
        #expect(impact["school"]?.prefix(6) == [0, 0, 0, 0, 100, 0])
        #expect(impact["club"] == [0, 0, 0, 0, 30, 0, 0])
        let youth = try #require(ranking.first { $0.removed == ["youth"] })
        #expect(youth.cutOff == ["club"])
        #expect(youth.componentsAfter == 2)
    }

    @Test func removingTheOnlyCoordinatorSaysWhetherTheNetworkFallsApart() throws {
        // A ring keeps together without its coordinator; a star does not.
        let ring = try GapTestSupport.network("""
            network: Ring
            actors:
              - {id: c, name: C, kind: commissioner}
              - {id: a, name: A, kind: association}
              - {id: b, name: B, kind: association}
            links:
              - {from: c, to: a, type: coordinates}
              - {from: a, to: b, type: cooperates}
              - {from: b, to: c, type: cooperates}
            """)
        let kept = ScenarioAnalysis.run(ring, removing: ["c"])
        #expect(kept.noCoordinatorLeft)
        #expect(kept.cutOff == ["a", "b"])
        #expect((kept.componentsBefore, kept.componentsAfter) == (1, 1))
        #expect(kept.gapsOpened.map(\.kind) == [.noCoordinator])
        #expect(kept.gapsClosed == [])

        let network = try GapTestSupport.network(Self.city)
        let star = ScenarioAnalysis.run(network, removing: ["comm"])
        #expect(star.noCoordinatorLeft)
        #expect(star.cutOff == ["club", "mbe", "school", "vhs", "youth"])
        // mbe-vhs and youth-club stay tied to each other; school stands alone.
        #expect((star.componentsBefore, star.componentsAfter) == (1, 3))
        #expect(star.gapsClosed == [])
        #expect(star.gapsGone.map(\.key) == [Self.key(.singlePointOfFailure, actor: "youth")])
    }

    /// A cell covered through interpreting is covered: losing the interpreter pool loses it.
    @Test func coverageThroughInterpretingCountsAsCovered() throws {
        let network = try GapTestSupport.network("""
            network: I
            languages: [de, ar]
            services:
              - {id: counselling, name: Counselling}
              - {id: interpreting, name: Sprachmittlung, interpreting: true, required: false}
            actors:
              - {id: comm, name: Commissioner, kind: commissioner}
              - {id: mbe, name: Beratung, kind: service-provider, languages: [de], offers: [{service: counselling}]}
              - {id: pool, name: Pool, kind: association, offers: [{service: interpreting, languages: [ar]}]}
            links:
              - {from: comm, to: mbe, type: coordinates}
              - {from: pool, to: mbe, type: supports}
            """)
        #expect(GapAnalysis.gaps(in: network).filter { $0.kind == .language } == [])
        let pool = ScenarioAnalysis.run(network, removing: ["pool"])
        #expect(pool.coverageLost == [.init(service: "counselling", language: "ar")])
        #expect(pool.gapsOpened.map(\.key) == [Self.key(.language, service: "counselling", language: "ar")])
        #expect(pool.servicesLost == ["interpreting"])
        #expect(pool.requiredServicesLost == [])
        let office = ScenarioAnalysis.run(network, removing: ["mbe"])
        #expect(office.coverageLost == [.init(service: "counselling", language: "ar"),
                                        .init(service: "counselling", language: "de")])
        #expect(office.componentsAfter == 2)
    }

    @Test func aServiceThatGoesTakesItsLanguageGapsWithIt() throws {
        let network = try GapTestSupport.network("""
            network: G
            languages: [de, ti]
            services: [{id: counselling, name: Counselling}]
            actors:
              - {id: comm, name: Commissioner, kind: commissioner}
              - {id: a, name: A, kind: service-provider, languages: [de], offers: [{service: counselling}]}
              - {id: b, name: B, kind: service-provider, languages: [de], offers: [{service: counselling}]}
            links:
              - {from: comm, to: a, type: coordinates}
              - {from: comm, to: b, type: coordinates}
            """)
        let both = ScenarioAnalysis.run(network, removing: ["a", "b"])
        #expect(both.gapsOpened.map(\.key) == [Self.key(.missingService, service: "counselling")])
        #expect(both.gapsGone.map(\.key) == [Self.key(.language, service: "counselling", language: "ti")])
        #expect(both.gapsClosed == [])
        #expect(both.coverageLost == [.init(service: "counselling", language: "de")])
        #expect(both.componentsAfter == 1)

        let one = ScenarioAnalysis.run(network, removing: ["a"])
        #expect(one.gapsOpened.map(\.key) == [Self.key(.singleProvider, service: "counselling", actor: "b")])
        #expect(one.gapsGone == [])
        #expect(one.coverageLost == [])
    }
}
