import Testing
import NetworkModel
@testable import NetworkAnalysis

@Suite struct NetworkDiffTests {
    static let old = """
        network: Stadt T
        as_of: 2025-03-01
        services:
          - {id: counselling, name: Counselling}
          - {id: anti-discrimination, name: Anti-discrimination}
        actors:
          - {id: comm, name: Commissioner, kind: commissioner}
          - {id: dlz, name: Zentrum, kind: office, offers: [{service: counselling}]}
          - {id: vhs, name: VHS, kind: service-provider, offers: [{service: counselling}]}
          - {id: gone, name: Gone, kind: association}
        links:
          - {from: comm, to: dlz, type: coordinates}
          - {from: dlz, to: vhs, type: funds}
          - {from: comm, to: vhs, type: informs, weight: 1}
          - {from: gone, to: dlz, type: refers}
        """

    static let new = """
        network: Stadt T
        as_of: 2026-03-01
        services:
          - {id: counselling, name: Counselling}
          - {id: anti-discrimination, name: Anti-discrimination}
        actors:
          - {id: comm, name: Commissioner, kind: commissioner}
          - {id: dlz, name: Zentrum für Integration, kind: office, languages: [de],
             offers: [{service: counselling}, {service: anti-discrimination}]}
          - {id: vhs, name: VHS, kind: service-provider, offers: [{service: counselling}]}
          - {id: adb, name: Antidiskriminierungsbüro, kind: association, offers: [{service: anti-discrimination}]}
        links:
          - {from: comm, to: dlz, type: coordinates}
          - {from: dlz, to: vhs, type: funds}
          - {from: comm, to: vhs, type: informs, weight: 3}
          - {from: comm, to: adb, type: coordinates}
          - {from: adb, to: dlz, type: cooperates}
        """

    @Test func everyListOfTheDiff() throws {
        let diff = NetworkDiff(old: try GapTestSupport.network(NetworkDiffTests.old),
                               new: try GapTestSupport.network(NetworkDiffTests.new))
        #expect(diff.old == .init(network: "Stadt T", asOf: CalendarDate("2025-03-01")))
        #expect(diff.new == .init(network: "Stadt T", asOf: CalendarDate("2026-03-01")))
        #expect(diff.actorsAdded == [.init(id: "adb", name: "Antidiskriminierungsbüro")])
        #expect(diff.actorsRemoved == [.init(id: "gone", name: "Gone")])
        #expect(diff.actorsChanged == [.init(id: "dlz", name: "Zentrum für Integration", fields: ["name", "languages"])])
        #expect(diff.linksAdded == [LinkKey(from: "adb", to: "dlz", type: .cooperates),
                                    LinkKey(from: "comm", to: "adb", type: .coordinates)])
        #expect(diff.linksRemoved == [LinkKey(from: "gone", to: "dlz", type: .refers)])
        #expect(diff.linksChanged == [.init(link: LinkKey(from: "comm", to: "vhs", type: .informs), oldWeight: 1, newWeight: 3)])
        #expect(diff.offersAdded == [.init(actor: "adb", service: "anti-discrimination"),
                                     .init(actor: "dlz", service: "anti-discrimination")])
        #expect(diff.offersRemoved == [])
        #expect(diff.gapsOpened == [])
        #expect(diff.gapsClosed == [
            Gap(kind: .missingService, service: "anti-discrimination", message: "No actor offers Anti-discrimination"),
            Gap(kind: .singlePointOfFailure, actor: "dlz", cutOff: ["gone"],
                message: "If Zentrum dropped out, 1 actor would lose every tie to a coordinator: Gone"),
        ])
        // Old: comm, dlz, vhs, gone, dlz the only way to gone. New: adb joins comm and dlz.
        // Betweenness of dlz 2/3 -> 1/6; degree centrality of comm 2/3 -> 1; closeness of comm
        // 3/4 -> 1; betweenness of comm 0 -> 1/6 (adb to vhs goes through comm or dlz).
        #expect(diff.centralityChanges.map { "\($0.id) \($0.measure.rawValue)" } == [
            "dlz betweenness", "comm degree_centrality", "comm closeness", "comm betweenness",
        ])
        #expect(diff.centralityChanges.map { ($0.change * 1000).rounded() } == [-500, 333, 250, 167])
    }

    @Test func offerChangesInheritedFromTheActorShowOnlyAsTheActorsField() throws {
        let before = try GapTestSupport.network("""
            network: T
            services: [{id: s, name: S}, {id: t, name: T}]
            actors:
              - {id: a, name: A, kind: commissioner, languages: [de], offers: [{service: s}, {service: t, languages: [ar]}]}
            """)
        let after = try GapTestSupport.network("""
            network: T
            services: [{id: s, name: S}, {id: t, name: T}]
            actors:
              - {id: a, name: A, kind: commissioner, languages: [de, fa], offers: [{service: s}, {service: t, languages: [ar]}]}
            """)
        #expect(NetworkDiff(old: before, new: after).actorsChanged == [.init(id: "a", name: "A", fields: ["languages"])])
        let capacity = try GapTestSupport.network("""
            network: T
            services: [{id: s, name: S}, {id: t, name: T}]
            actors:
              - {id: a, name: A, kind: commissioner, languages: [de], offers: [{service: s}, {service: t, languages: [ar], capacity: 20}]}
            """)
        #expect(NetworkDiff(old: before, new: capacity).actorsChanged == [.init(id: "a", name: "A", fields: ["offers"])])
    }
}
