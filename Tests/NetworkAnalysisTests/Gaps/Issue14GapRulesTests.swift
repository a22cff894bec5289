import Foundation
import Testing
import NetworkModel
@testable import NetworkAnalysis

/// Issue 14's gap rules on hand-made networks, each with the exact gaps it must give:
/// interpreting, the coverage cells, severity by consequence, the coordinator rules, accepted gaps
/// and the grouping people read.
struct InterpretingTests {
    static let network = """
        network: T
        languages: [de, ti, fa]
        districts: [Nord, Süd]
        services:
          - {id: counselling, name: Counselling}
          - {id: interp, name: Sprachmittlung, interpreting: true, languages: [de, ti, fa]}
        actors:
          - {id: comm, name: Commissioner, kind: commissioner}
          - {id: caritas, name: Caritas, kind: service-provider, languages: [de], districts: [Nord],
             offers: [{service: counselling}]}
          - {id: vemo, name: VeMO, kind: migrant-organisation, languages: [de],
             offers: [{service: interp, languages: [ti]}, {service: counselling}]}
        links:
          - {from: comm, to: caritas, type: coordinates}
          - {from: vemo, to: caritas, type: supports}
          - {from: comm, to: vemo, type: funds}
        """

    @Test func interpretingClosesTheLanguageGapOfLinkedActorsOnly() throws {
        let gaps = try GapTestSupport.gaps(InterpretingTests.network)
        // ti: Caritas' counselling through VeMO's interpreting; fa: nobody. Interpreting is only
        // offered in ti, by VeMO alone, and is not extended by itself: its fa cell is a gap.
        // VeMO's own counselling is not extended by its own interpreting (it is offered in de anyway).
        #expect(gaps.filter { $0.kind == .language }.map { [$0.service ?? "", $0.language ?? ""] } == [
            ["counselling", "fa"], ["interp", "de"], ["interp", "fa"],
        ])
    }

    @Test func interpretingNeverExtendsDistricts() throws {
        let gaps = try GapTestSupport.gaps(InterpretingTests.network)
        // VeMO covers every district itself (no districts), so counselling has no district gap;
        // remove VeMO's counselling and Süd is missing although VeMO interprets for Caritas.
        #expect(gaps.filter { $0.kind == .district }.isEmpty)
        let narrower = InterpretingTests.network.replacingOccurrences(
            of: "offers: [{service: interp, languages: [ti]}, {service: counselling}]",
            with: "offers: [{service: interp, languages: [ti]}]")
        let districtGaps = try GapTestSupport.gaps(narrower).filter { $0.kind == .district }
        #expect(districtGaps.map { [$0.service ?? "", $0.district ?? ""] } == [["counselling", "Süd"]])
    }

    @Test func reachNamesTheInterpretersAndSkipsInterpretingServices() throws {
        let network = try GapTestSupport.network(InterpretingTests.network)
        let reach = InterpretingReach(network: network)
        #expect(reach.interpreters(for: "caritas", service: "counselling", language: "ti") == ["vemo"])
        #expect(reach.interpreters(for: "caritas", service: "counselling", language: "TI") == ["vemo"])
        #expect(reach.interpreters(for: "caritas", service: "counselling", language: "fa") == [])
        #expect(reach.interpreters(for: "caritas", service: "interp", language: "ti") == [])
        #expect(reach.interpreters(for: "vemo", service: "counselling", language: "ti") == [])
        // Any link type counts: the commissioner's `funds` link to VeMO extends its offers too.
        #expect(reach.interpreters(for: "comm", service: "counselling", language: "ti") == ["vemo"])
    }

    @Test func coverageCellsTellEveryStateApart() throws {
        let network = try GapTestSupport.network("""
            network: T
            languages: [de, ti, ar]
            districts: [Nord, Süd]
            services:
              - {id: counselling, name: Counselling}
              - {id: course, name: German course, languages: [de], districts: [Nord]}
              - {id: leisure, name: Leisure, required: false}
              - {id: interp, name: Sprachmittlung, interpreting: true, required: false}
            actors:
              - {id: comm, name: Commissioner, kind: commissioner}
              - {id: caritas, name: Caritas, kind: service-provider, languages: [de], districts: [Nord],
                 offers: [{service: counselling, capacity: 300}]}
              - {id: awo, name: AWO, kind: service-provider, languages: [de],
                 offers: [{service: counselling, capacity: 200}, {service: course, capacity: 640, districts: [Nord]}]}
              - {id: vemo, name: VeMO, kind: migrant-organisation, offers: [{service: interp, languages: [ti]}]}
            links:
              - {from: vemo, to: caritas, type: supports}
              - {from: comm, to: caritas, type: coordinates}
            """)
        let matrix = CoverageMatrix(network: network)
        #expect(matrix.languages.columns == ["de", "ti", "ar"])
        #expect(matrix.languages.rows.map(\.service) == ["counselling", "course", "interp", "leisure"])
        #expect(matrix.languages.rows.map(\.cells) == [
            [.offered(providers: 2), .throughInterpreting(interpreters: ["vemo"]), .missing],
            [.offered(providers: 1), .notNeeded, .notNeeded],
            [.notNeeded, .offered(providers: 1), .notNeeded],
            [.notNeeded, .notNeeded, .notNeeded],
        ])
        #expect(matrix.languages.rows.map(\.counts) == [[2, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 0]])
        #expect(matrix.districts.rows.map(\.cells) == [
            [.offered(providers: 2), .offered(providers: 1)],
            [.offered(providers: 1), .notNeeded],
            [.offered(providers: 1), .offered(providers: 1)],
            [.notNeeded, .notNeeded],
        ])
        // Places: summed per service, and per district over the offers covering it.
        #expect(matrix.districts.rows.map(\.capacity) == [500, 640, nil, nil])
        #expect(matrix.districts.rows.map(\.capacities) == [[500, 200], [640, nil], [nil, nil], [nil, nil]])
        #expect(matrix.languages.rows.map(\.capacities) == [nil, nil, nil, nil])
        #expect(matrix.languages.rows[0].cells.map(\.state) == ["offered", "through-interpreting", "missing"])
        #expect(matrix.languages.rows[0].cells.map(\.isCovered) == [true, true, false])
        #expect(CoverageMatrix.Cell.notNeeded.state == "not-needed")
    }
}

struct SeverityByConsequenceTests {
    /// comm - hub - leaf, and whatever the case adds behind hub.
    static func spof(_ extra: String, services: String = "", languages: String = "[]", districts: String = "[]") throws -> [Gap] {
        try GapTestSupport.gaps("""
            network: T
            languages: \(languages)
            districts: \(districts)
            services: [\(services)]
            actors:
              - {id: comm, name: Commissioner, kind: commissioner}
              - {id: hub, name: Hub, kind: office}
            \(extra)
            """).filter { $0.kind == .singlePointOfFailure }
    }

    @Test func oneOrTwoActorsWithNothingOnlyTheyOfferAreMedium() throws {
        let gaps = try SeverityByConsequenceTests.spof("""
              - {id: a, name: A, kind: association}
              - {id: b, name: B, kind: association}
            links:
              - {from: comm, to: hub, type: coordinates}
              - {from: hub, to: a, type: supports}
              - {from: hub, to: b, type: supports}
            """)
        #expect(gaps.map { [$0.actor ?? "", $0.severity.rawValue] } == [["hub", "medium"]])
        #expect(gaps.first?.cutOff == ["a", "b"])
    }

    @Test func threeActorsCutOffAreHigh() throws {
        let gaps = try SeverityByConsequenceTests.spof("""
              - {id: a, name: A, kind: association}
              - {id: b, name: B, kind: association}
              - {id: c, name: C, kind: association}
            links:
              - {from: comm, to: hub, type: coordinates}
              - {from: hub, to: a, type: supports}
              - {from: hub, to: b, type: supports}
              - {from: hub, to: c, type: supports}
            """)
        #expect(gaps.map { [$0.actor ?? "", $0.severity.rawValue] } == [["hub", "high"]])
    }

    @Test func cuttingOffTheOnlyProviderOfARequiredServiceIsHigh() throws {
        let links = """
            links:
              - {from: comm, to: hub, type: coordinates}
              - {from: hub, to: a, type: supports}
              - {from: comm, to: other, type: supports}
            """
        let only = try SeverityByConsequenceTests.spof("""
              - {id: a, name: A, kind: association, offers: [{service: s}]}
              - {id: other, name: Other, kind: association}
            \(links)
            """, services: "{id: s, name: S}")
        #expect(only.map(\.severity) == [.high])
        // The same service offered by another actor too: A is no longer indispensable.
        let shared = try SeverityByConsequenceTests.spof("""
              - {id: a, name: A, kind: association, offers: [{service: s}]}
              - {id: other, name: Other, kind: association, offers: [{service: s}]}
            \(links)
            """, services: "{id: s, name: S}")
        #expect(shared.map(\.severity) == [.medium])
        // Only provider of a service nobody requires: no alarm.
        let optional = try SeverityByConsequenceTests.spof("""
              - {id: a, name: A, kind: association, offers: [{service: s}]}
              - {id: other, name: Other, kind: association}
            \(links)
            """, services: "{id: s, name: S, required: false}")
        #expect(optional.map(\.severity) == [.medium])
    }

    @Test func cuttingOffTheOnlyActorCoveringALanguageOrDistrictCellIsHigh() throws {
        let links = """
            links:
              - {from: comm, to: hub, type: coordinates}
              - {from: hub, to: a, type: supports}
              - {from: comm, to: other, type: supports}
            """
        let language = try SeverityByConsequenceTests.spof("""
              - {id: a, name: A, kind: association, languages: [ti], offers: [{service: s}]}
              - {id: other, name: Other, kind: association, languages: [de], offers: [{service: s}]}
            \(links)
            """, services: "{id: s, name: S}", languages: "[de, ti]")
        #expect(language.map(\.severity) == [.high])
        let district = try SeverityByConsequenceTests.spof("""
              - {id: a, name: A, kind: association, districts: [Süd], offers: [{service: s}]}
              - {id: other, name: Other, kind: association, districts: [Nord], offers: [{service: s}]}
            \(links)
            """, services: "{id: s, name: S}", districts: "[Nord, Süd]")
        #expect(district.map(\.severity) == [.high])
        // Both cover every cell: neither is the only one.
        let both = try SeverityByConsequenceTests.spof("""
              - {id: a, name: A, kind: association, languages: [de, ti], offers: [{service: s}]}
              - {id: other, name: Other, kind: association, languages: [de, ti], offers: [{service: s}]}
            \(links)
            """, services: "{id: s, name: S}", languages: "[de, ti]", districts: "[Nord, Süd]")
        #expect(both.map(\.severity) == [.medium])
    }

    @Test func withNoCoordinatorNoCoordinatorIsTheOnlyGapOfItsFamily() throws {
        let gaps = try GapTestSupport.gaps("""
            network: T
            actors:
              - {id: hub, name: Hub, kind: office}
              - {id: a, name: A, kind: association}
              - {id: b, name: B, kind: association}
              - {id: lone, name: Lone, kind: association}
            links:
              - {from: hub, to: a, type: supports}
              - {from: hub, to: b, type: supports}
            """)
        #expect(gaps.map(\.kind) == [.noCoordinator])
    }

    @Test func aCoordinatorIsASinglePointOfFailureOnlyWhenAnotherCoordinatorRemains() throws {
        // second is a coordinator and the articulation point between comm's side and w, x, y.
        let gaps = try GapTestSupport.gaps("""
            network: T
            actors:
              - {id: comm, name: Commissioner, kind: commissioner}
              - {id: second, name: Second, kind: office, coordinator: true}
              - {id: w, name: W, kind: association}
              - {id: x, name: X, kind: association}
              - {id: y, name: Y, kind: association}
            links:
              - {from: comm, to: second, type: cooperates}
              - {from: second, to: w, type: supports}
              - {from: second, to: x, type: supports}
              - {from: second, to: y, type: supports}
            """)
        #expect(gaps.map { [$0.kind.rawValue, $0.actor ?? "", $0.severity.rawValue] } == [
            ["single-point-of-failure", "second", "high"],
        ])
        #expect(gaps.first?.cutOff == ["w", "x", "y"])
    }
}

struct AcceptedGapTests {
    static let base = """
        network: T
        as_of: 2026-03-01
        languages: [de, ti]
        services:
          - {id: residence, name: Residence}
          - {id: counselling, name: Counselling}
        actors:
          - {id: comm, name: Commissioner, kind: commissioner}
          - {id: abh, name: Immigration office, kind: authority, languages: [de],
             offers: [{service: residence}, {service: counselling}]}
        links:
          - {from: comm, to: abh, type: coordinates}

        """

    static func analysis(_ accepted: String, today: CalendarDate? = nil) throws -> GapAnalysis {
        let network = try GapTestSupport.network(AcceptedGapTests.base + "accepted:\n" + accepted)
        return GapAnalysis(network: network, today: today)
    }

    @Test func anEntryMarksTheGapsItMatchesWithItsReason() throws {
        let analysis = try AcceptedGapTests.analysis("""
          - {kind: single-provider, service: residence, reason: Legal monopoly}
          - {kind: language, service: counselling, reason: Served by the state's hotline, until: 2026-12-31}
        """)
        #expect(analysis.acceptanceWarnings.isEmpty)
        let marked = analysis.gaps.map { gap in
            [gap.kind.rawValue, gap.service ?? "", gap.language ?? "", gap.accepted?.reason ?? "open",
             gap.accepted?.until?.description ?? ""]
        }
        #expect(marked == [
            ["language", "counselling", "ti", "Served by the state's hotline", "2026-12-31"],
            ["language", "residence", "ti", "open", ""],
            ["single-provider", "counselling", "", "open", ""],
            ["single-provider", "residence", "", "Legal monopoly", ""],
        ])
        #expect(analysis.gaps.first?.accepted?.location == SourceLocation(file: "test.yaml", line: 15, column: 5))
        // Accepted gaps never fail a check; --min-severity limits what counts.
        #expect(analysis.failing(atLeast: .low).map { [$0.kind.rawValue, $0.service ?? ""] } == [
            ["language", "residence"], ["single-provider", "counselling"],
        ])
        #expect(analysis.failing(atLeast: .high).isEmpty)
    }

    @Test func anEntryLeavingOutAnIdMatchesEveryValueOfIt() throws {
        let analysis = try AcceptedGapTests.analysis("  - {kind: language, reason: Hotline}\n")
        #expect(analysis.gaps.filter { $0.kind == .language }.map { $0.accepted?.reason } == ["Hotline", "Hotline"])
        #expect(analysis.gaps.filter { $0.kind == .singleProvider }.allSatisfy { $0.isOpen })
    }

    @Test func unknownIdsExpiredEntriesAndEntriesMatchingNothingAreWarnings() throws {
        let analysis = try AcceptedGapTests.analysis("""
          - {kind: single-provider, service: residense, reason: Typo}
          - {kind: single-provider, service: residence, reason: Expired, until: 2026-02-28}
          - {kind: missing-service, service: counselling, reason: Nothing to accept}
          - {kind: language, service: counselling, language: ar, reason: Not a need}
          - {kind: single-provider, service: residence, reason: Still valid, until: 2026-03-01}
        """)
        #expect(analysis.acceptanceWarnings.map(\.description) == [
            "test.yaml:14:5: warning: accepted gap names unknown service 'residense' (did you mean 'residence'?); it is not one of the services, so the entry accepts nothing",
            "test.yaml:15:5: warning: the acceptance of this single-provider gap ended on 2026-02-28, before the network's as_of, 2026-03-01; the gap counts as open again (renew 'until' or remove the entry)",
            "test.yaml:16:5: warning: accepted gap matches no gap: the network has no missing-service gap with service 'counselling'; remove the entry or correct it",
            "test.yaml:17:5: warning: accepted gap names unknown language 'ar'; it is not one of the languages the network needs, so the entry accepts nothing",
        ])
        #expect(analysis.gaps.first { $0.kind == .singleProvider && $0.service == "residence" }?.accepted?.reason == "Still valid")
    }

    @Test func withoutAsOfTodayDecidesExpiry() throws {
        let yaml = AcceptedGapTests.base.replacingOccurrences(of: "as_of: 2026-03-01\n", with: "")
            + "accepted:\n  - {kind: single-provider, service: residence, reason: R, until: 2026-06-30}\n"
        let network = try GapTestSupport.network(yaml)
        let before = GapAnalysis(network: network, today: CalendarDate(year: 2026, month: 6, day: 30))
        #expect(before.acceptanceWarnings.isEmpty)
        let after = GapAnalysis(network: network, today: CalendarDate(year: 2026, month: 7, day: 1))
        #expect(after.acceptanceWarnings.map(\.message) == [
            "the acceptance of this single-provider gap ended on 2026-06-30, before today, 2026-07-01; the gap counts as open again (renew 'until' or remove the entry)",
        ])
        #expect(after.gaps.allSatisfy { $0.isOpen })
        // With neither as_of nor a day given, nothing expires.
        #expect(GapAnalysis(network: network).acceptanceWarnings.isEmpty)
    }

    @Test func theModelSpellsEveryGapKindAndItsIds() {
        #expect(AcceptedGap.keysByKind.map(\.kind) == GapKind.allCases.map(\.rawValue))
    }
}

struct GapGroupingTests {
    @Test func gapsOfOneKindAndServiceAreOneEntrySortedByName() throws {
        let network = try GapTestSupport.network("""
            network: T
            languages: [de, ti, ku, ps]
            districts: [Zentrum, Altstadt]
            services:
              - {id: b-counselling, name: Counselling}
              - {id: a-youth, name: Youth service}
            actors:
              - {id: comm, name: Commissioner, kind: commissioner}
              - {id: z, name: Zentrum office, kind: office, languages: [de], districts: [Zentrum],
                 offers: [{service: b-counselling}, {service: a-youth}]}
              - {id: m2, name: Alpha MSO, kind: migrant-organisation}
              - {id: m1, name: Beta MSO, kind: migrant-organisation}
            links:
              - {from: comm, to: z, type: coordinates}
            accepted:
              - {kind: district, service: a-youth, reason: Served from Zentrum}
            """)
        let analysis = GapAnalysis(network: network)
        let groups = GapGrouping.groups(analysis.gaps, in: network)
        let summary = groups.map { group in
            [group.kind.rawValue, group.severity.rawValue, group.service ?? "", group.acceptance?.reason ?? "open"]
                + group.gaps.map { $0.language ?? $0.district ?? $0.actor ?? "" }
        }
        #expect(summary == [
            ["unreachable", "high", "", "open", "m2", "m1"],
            // Counselling before Youth service by name, although its id sorts later; languages by
            // name: Kurdish, Pashto, Tigrinya.
            ["language", "medium", "b-counselling", "open", "ku", "ps", "ti"],
            ["language", "medium", "a-youth", "open", "ku", "ps", "ti"],
            ["district", "medium", "b-counselling", "open", "Altstadt"],
            ["single-provider", "medium", "b-counselling", "open", "z"],
            ["single-provider", "medium", "a-youth", "open", "z"],
            ["unlinked-migrant-organisation", "medium", "", "open", "m2", "m1"],
            ["district", "medium", "a-youth", "Served from Zentrum", "Altstadt"],
        ])
    }
}
