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
        #expect(diff.actorsChanged == [.init(id: "dlz", name: "Zentrum für Integration", changes: [
            FieldChange(field: "name", old: .text("Zentrum"), new: .text("Zentrum für Integration")),
            FieldChange(field: "languages", old: .list([]), new: .list(["de"])),
        ])])
        #expect(diff.actorsChanged.map(\.fields) == [["name", "languages"]])
        #expect(diff.linksAdded == [LinkKey(from: "adb", to: "dlz", type: .cooperates),
                                    LinkKey(from: "comm", to: "adb", type: .coordinates)])
        #expect(diff.linksRemoved == [LinkKey(from: "gone", to: "dlz", type: .refers)])
        #expect(diff.linksChanged == [.init(link: LinkKey(from: "comm", to: "vhs", type: .informs), oldWeight: 1, newWeight: 3,
                                            changes: [FieldChange(field: "weight", old: .number(1), new: .number(3))])])
        #expect(diff.servicesAdded == [] && diff.servicesRemoved == [] && diff.servicesChanged == [])
        #expect(diff.pathwaysAdded == [] && diff.pathwaysRemoved == [] && diff.pathwaysChanged == [])
        #expect(diff.offersAdded == [.init(actor: "adb", service: "anti-discrimination"),
                                     .init(actor: "dlz", service: "anti-discrimination")])
        #expect(diff.offersRemoved == [])
        #expect(diff.gapsOpened == [])
        // Compared by key: severities and sentences are the gap rules' business, not the diff's.
        #expect(diff.gapsClosed.map(\.key) == [
            Gap.Key(kind: .missingService, ids: ["anti-discrimination", nil, nil, nil, nil, nil, nil]),
            Gap.Key(kind: .singlePointOfFailure, ids: [nil, nil, nil, "dlz", nil, nil, nil]),
        ])
        // Old: comm, dlz, vhs, gone, dlz the only way to gone. New: adb joins comm and dlz.
        // Betweenness of dlz 2/3 -> 1/6; degree centrality of comm 2/3 -> 1; closeness of comm
        // 3/4 -> 1; betweenness of comm 0 -> 1/6 (adb to vhs goes through comm or dlz).
        #expect(diff.centralityChanges.map { "\($0.id) \($0.measure.rawValue)" } == [
            "dlz betweenness", "comm degree_centrality", "comm closeness", "comm betweenness",
        ])
        #expect(diff.centralityChanges.map { ($0.change * 1000).rounded() } == [-500, 333, 250, 167])
    }

    /// Same actors and ties, other names, types and weights: the shortcut that skips the measures
    /// must give what computing them gives (nothing moved); one tie less must still show.
    @Test func sameTiesMoveNoMeasureAndOneTieLessDoes() throws {
        let old = try GapTestSupport.network(NetworkDiffTests.old)
        var renamed = old
        renamed.actors = old.actors.map { actor in
            var actor = actor
            actor.name = "Ζ " + actor.name
            return actor
        }
        renamed.links = old.links.map { link in
            var link = link
            link.type = .cooperates
            return link
        }
        #expect(NetworkDiff(old: old, new: renamed).centralityChanges == [])
        let compared = Set(NetworkDiff.comparedMeasures)
        func everyMeasure(_ network: Network) -> MeasureColumns {
            MeasureColumns(CentralityResult(network: network), measures: compared)
        }
        #expect(NetworkDiff.largestChanges(old: everyMeasure(old), new: everyMeasure(renamed)) == [])
        var fewer = old
        fewer.links.removeLast()   // gone -> dlz: gone is cut off, dlz no longer its only way
        let diff = NetworkDiff(old: old, new: fewer)
        // The diff computes only the compared measures; the same changes as from every measure.
        #expect(diff.centralityChanges == NetworkDiff.largestChanges(old: everyMeasure(old), new: everyMeasure(fewer)))
        #expect(!diff.centralityChanges.isEmpty)
        #expect(diff.centralityChanges.map { "\($0.id) \($0.measure.rawValue)" }.contains("dlz betweenness"))
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
        #expect(NetworkDiff(old: before, new: after).actorsChanged == [.init(id: "a", name: "A", changes: [
            FieldChange(field: "languages", old: .list(["de"]), new: .list(["de", "fa"])),
        ])])
        let capacity = try GapTestSupport.network("""
            network: T
            services: [{id: s, name: S}, {id: t, name: T}]
            actors:
              - {id: a, name: A, kind: commissioner, languages: [de], offers: [{service: s}, {service: t, languages: [ar], capacity: 20}]}
            """)
        #expect(NetworkDiff(old: before, new: capacity).actorsChanged == [.init(id: "a", name: "A", changes: [
            FieldChange(field: "offers",
                        old: .offers([.init(service: "t", languages: ["ar"], districts: [], capacity: nil)]),
                        new: .offers([.init(service: "t", languages: ["ar"], districts: [], capacity: 20)])),
        ])])
    }

    @Test func linksServicesAndPathwaysChangedWithTheirValues() throws {
        let before = try GapTestSupport.network("""
            network: T
            as_of: 2026-01-01
            languages: [de]
            services:
              - {id: s, name: Beratung}
              - {id: t, name: Kurs, required: false}
              - {id: u, name: Old service}
            actors:
              - {id: a, name: A, kind: commissioner}
              - {id: b, name: B, kind: association}
            links:
              - {from: a, to: b, type: cooperates, since: 2020-01-01, note: "weekly"}
            pathways:
              - {id: p, name: Ankommen, stages: [s, t]}
              - {id: q, name: Old pathway, stages: [s, u]}
            """)
        let after = try GapTestSupport.network("""
            network: T
            as_of: 2026-06-01
            languages: [de]
            services:
              - {id: s, name: Beratung, languages: [de, ar], interpreting: false}
              - {id: t, name: Integrationskurs, required: true, districts: []}
              - {id: v, name: Ζ υπηρεσία}
            actors:
              - {id: a, name: A, kind: commissioner}
              - {id: b, name: B, kind: association}
            links:
              - {from: a, to: b, type: cooperates, since: 2020-01-01, until: 2026-05-31, weight: 2}
            pathways:
              - {id: p, name: Ankommen in T, stages: [s, v, t]}
            """)
        let diff = NetworkDiff(old: before, new: after)
        #expect(diff.linksChanged == [.init(link: LinkKey(from: "a", to: "b", type: .cooperates), oldWeight: 1, newWeight: 2,
                                            changes: [
                                                FieldChange(field: "weight", old: .number(1), new: .number(2)),
                                                FieldChange(field: "until", old: .none, new: .text("2026-05-31")),
                                                FieldChange(field: "note", old: .text("weekly"), new: .none),
                                            ])])
        #expect(diff.servicesAdded == [.init(id: "v", name: "Ζ υπηρεσία")])
        #expect(diff.servicesRemoved == [.init(id: "u", name: "Old service")])
        #expect(diff.servicesChanged == [
            .init(id: "s", name: "Beratung", changes: [FieldChange(field: "languages", old: .none, new: .list(["de", "ar"]))]),
            .init(id: "t", name: "Integrationskurs", changes: [
                FieldChange(field: "name", old: .text("Kurs"), new: .text("Integrationskurs")),
                FieldChange(field: "required", old: .flag(false), new: .flag(true)),
                FieldChange(field: "districts", old: .none, new: .list([])),
            ]),
        ])
        #expect(diff.pathwaysAdded == [])
        #expect(diff.pathwaysRemoved == [.init(id: "q", name: "Old pathway")])
        #expect(diff.pathwaysChanged == [.init(id: "p", name: "Ankommen in T", changes: [
            FieldChange(field: "name", old: .text("Ankommen"), new: .text("Ankommen in T")),
            FieldChange(field: "stages", old: .list(["s", "t"]), new: .list(["s", "v", "t"])),
        ])])
    }

    @Test func snapshotsAreOrderedByTheirDates() throws {
        let early = try GapTestSupport.network("network: T\nas_of: 2025-03-01\nactors: [{id: a, name: A, kind: commissioner}]")
        let late = try GapTestSupport.network("network: T\nas_of: 2026-03-01\nactors: [{id: a, name: A, kind: commissioner}]")
        let undated = try GapTestSupport.network("network: U\nactors: [{id: a, name: A, kind: commissioner}]")
        let swapped = NetworkDiff.chronological(late, early)
        #expect(swapped.swapped)
        #expect(swapped.old.asOf == CalendarDate("2025-03-01") && swapped.new.asOf == CalendarDate("2026-03-01"))
        let kept = NetworkDiff.chronological(early, late)
        #expect(!kept.swapped && kept.old.asOf == CalendarDate("2025-03-01"))
        // Without both dates nothing says which is older: the order given stands.
        let given = NetworkDiff.chronological(late, undated)
        #expect(!given.swapped && given.old.title == "T" && given.new.title == "U")
        let same = NetworkDiff.chronological(early, early)
        #expect(!same.swapped)
    }
}
