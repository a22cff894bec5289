import Testing
import NetworkModel
@testable import NetworkAnalysis

/// One small network per gap kind, each built so that exactly the gaps asserted appear: the whole
/// list is compared (kinds, ids, messages, order), never a count.
@Suite struct GapCheckTests {
    @Test func missingServiceOnlyForRequiredServices() throws {
        let gaps = try GapTestSupport.gaps("""
            network: T
            services:
              - {id: counselling, name: Migration counselling}
              - {id: leisure, name: Leisure and sport, required: false}
            actors:
              - {id: comm, name: Commissioner, kind: commissioner}
            """)
        #expect(gaps == [Gap(kind: .missingService, service: "counselling", message: "No actor offers Migration counselling")])
    }

    @Test func languageGapPerMissingLanguageWithNamesForKnownTags() throws {
        let gaps = try GapTestSupport.gaps("""
            network: T
            languages: [de, fa, am]
            services:
              - {id: counselling, name: Migration counselling}
              - {id: course, name: Language course, languages: [de]}
            actors:
              - {id: comm, name: Commissioner, kind: commissioner}
              - id: a
                name: Verein A
                kind: association
                languages: [de]
                offers: [{service: counselling}, {service: course}]
              - id: b
                name: Verein B
                kind: association
                offers: [{service: counselling, languages: [ar, de]}, {service: course}]
            links:
              - {from: comm, to: a, type: supports}
              - {from: comm, to: b, type: supports}
              - {from: a, to: b, type: cooperates}
            """)
        #expect(gaps == [
            Gap(kind: .language, service: "counselling", language: "am", message: "Nobody offers Migration counselling in am"),
            Gap(kind: .language, service: "counselling", language: "fa",
                message: "Nobody offers Migration counselling in Farsi (fa)"),
        ])
    }

    @Test func languageTagsMatchAcrossCaseAndRegionalForms() {
        #expect(LanguageNames.serves("pt", "pt-BR"))
        #expect(LanguageNames.serves("PT-br", "pt"))
        #expect(!LanguageNames.serves("pt-PT", "pt-BR"))
        #expect(!LanguageNames.serves("prs", "pr"))
        #expect(LanguageNames.display("prs") == "Dari (prs)")
        #expect(LanguageNames.display("pt-BR") == "pt-BR")
    }

    @Test func districtGapsHonourCityWideOffersAndServicesWithoutDistrictNeed() throws {
        let gaps = try GapTestSupport.gaps("""
            network: T
            districts: [Altstadt, Neustadt, Silberhoehe]
            services:
              - {id: counselling, name: Migration counselling}
              - {id: course, name: Language course, districts: [Neustadt]}
              - {id: hotline, name: Hotline, districts: []}
            actors:
              - {id: comm, name: Commissioner, kind: commissioner}
              - id: a
                name: Verein A
                kind: association
                districts: [Altstadt]
                offers: [{service: counselling}, {service: course}, {service: hotline}]
              - id: b
                name: Verein B
                kind: association
                offers: [{service: counselling, districts: [Neustadt]}, {service: course}, {service: hotline}]
            links:
              - {from: comm, to: a, type: supports}
              - {from: comm, to: b, type: supports}
              - {from: a, to: b, type: cooperates}
            """)
        #expect(gaps == [
            Gap(kind: .district, service: "counselling", district: "Silberhoehe",
                message: "Nobody offers Migration counselling in Silberhoehe"),
        ])
    }

    @Test func singleProvider() throws {
        let gaps = try GapTestSupport.gaps("""
            network: T
            services:
              - {id: counselling, name: Migration counselling}
              - {id: course, name: Language course}
              - {id: leisure, name: Leisure, required: false}
            actors:
              - {id: comm, name: Commissioner, kind: commissioner, offers: [{service: course}]}
              - {id: a, name: Caritas Ost, kind: service-provider, offers: [{service: counselling}, {service: course}, {service: leisure}]}
            links:
              - {from: comm, to: a, type: funds}
            """)
        #expect(gaps == [
            Gap(kind: .singleProvider, service: "counselling", actor: "a",
                message: "Only Caritas Ost offers Migration counselling; if it stops, nobody does"),
        ])
    }

    @Test func noCoordinatorIsReportedOnceAndReplacesUnreachable() throws {
        let gaps = try GapTestSupport.gaps("""
            network: Stadt T
            actors:
              - {id: a, name: Verein A, kind: association}
              - {id: b, name: Sozialamt, kind: office}
              - {id: c, name: Alone, kind: other}
            links:
              - {from: a, to: b, type: cooperates}
            """)
        #expect(gaps == [Gap(kind: .noCoordinator, message: "No actor is a coordinator, so nobody holds Stadt T together")])
    }

    @Test func unreachableIncludesIsolatedActorsAndWholeSeparateGroups() throws {
        let gaps = try GapTestSupport.gaps("""
            network: T
            actors:
              - {id: comm, name: Commissioner, kind: commissioner}
              - {id: a, name: Verein A, kind: association}
              - {id: b, name: Einzelgänger, kind: association}
              - {id: c, name: Κοινότητα, kind: association}
              - {id: d, name: Verein D, kind: association}
            links:
              - {from: comm, to: a, type: supports}
              - {from: d, to: c, type: refers}
            """)
        #expect(gaps == [
            Gap(kind: .unreachable, actor: "b", message: "Einzelgänger has no ties at all"),
            Gap(kind: .unreachable, actor: "c", message: "Κοινότητα has no tie, direct or indirect, to any coordinator"),
            Gap(kind: .unreachable, actor: "d", message: "Verein D has no tie, direct or indirect, to any coordinator"),
        ])
    }

    @Test func singlePointOfFailureListsWhoLosesEveryCoordinator() throws {
        // comm - hub - x, hub - y - z: hub cuts off x, y, z; y cuts off z.
        let gaps = try GapTestSupport.gaps("""
            network: T
            actors:
              - {id: comm, name: Commissioner, kind: commissioner}
              - {id: hub, name: Hub, kind: office}
              - {id: x, name: X, kind: association}
              - {id: y, name: Y, kind: association}
              - {id: z, name: Z, kind: association}
            links:
              - {from: comm, to: hub, type: coordinates}
              - {from: hub, to: x, type: supports}
              - {from: y, to: hub, type: reports-to}
              - {from: y, to: z, type: cooperates}
            """)
        #expect(gaps == [
            Gap(kind: .singlePointOfFailure, actor: "hub", cutOff: ["x", "y", "z"],
                message: "If Hub dropped out, 3 actors would lose every tie to a coordinator: X, Y and Z"),
            Gap(kind: .singlePointOfFailure, actor: "y", cutOff: ["z"], severity: .medium,
                message: "If Y dropped out, 1 actor would lose every tie to a coordinator: Z"),
        ])
    }

    @Test func singlePointOfFailureWithSeveralCoordinators() throws {
        // comm - hub - second (a coordinator) - w: hub cuts nobody off, since both sides keep a
        // coordinator; second is the only coordinator w can reach, so it cuts w off.
        let gaps = try GapTestSupport.gaps("""
            network: T
            actors:
              - {id: comm, name: Commissioner, kind: commissioner}
              - {id: hub, name: Hub, kind: office}
              - {id: second, name: Second centre, kind: office, coordinator: true}
              - {id: w, name: W, kind: association}
            links:
              - {from: comm, to: hub, type: coordinates}
              - {from: hub, to: second, type: cooperates}
              - {from: second, to: w, type: supports}
            """)
        #expect(gaps == [
            Gap(kind: .singlePointOfFailure, actor: "second", cutOff: ["w"], severity: .medium,
                message: "If Second centre dropped out, 1 actor would lose every tie to a coordinator: W"),
        ])
    }

    @Test func theOnlyCoordinatorIsNotASinglePointOfFailure() throws {
        // Without comm nobody has a coordinator, articulation point or not: that is the lack of a
        // second coordinator, which scenarios show, not a bottleneck in the ties.
        let gaps = try GapTestSupport.gaps("""
            network: T
            actors:
              - {id: comm, name: Commissioner, kind: commissioner}
              - {id: a, name: A, kind: association}
              - {id: b, name: B, kind: association}
            links:
              - {from: comm, to: a, type: supports}
              - {from: comm, to: b, type: supports}
            """)
        #expect(gaps == [])
    }

    @Test func unlinkedMigrantOrganisationCountsAnyTieToAnyPublicActor() throws {
        let gaps = try GapTestSupport.gaps("""
            network: T
            actors:
              - {id: comm, name: Commissioner, kind: commissioner}
              - {id: assoc, name: Verein, kind: association}
              - {id: syvicol, name: Syndicate, kind: other, sector: public}
              - {id: mso1, name: Afghan Community, kind: migrant-organisation}
              - {id: mso2, name: جمعية الجالية, kind: migrant-organisation}
              - {id: mso3, name: Ukrainian Club, kind: migrant-organisation}
            links:
              - {from: mso1, to: comm, type: refers}
              - {from: comm, to: assoc, type: funds}
              - {from: assoc, to: mso2, type: supports}
              - {from: comm, to: syvicol, type: cooperates}
              - {from: syvicol, to: mso3, type: informs}
              - {from: mso1, to: mso2, type: cooperates}
              - {from: mso2, to: mso3, type: partners}
            """)
        #expect(gaps == [
            Gap(kind: .unlinkedMigrantOrganisation, actor: "mso2", message: "جمعية الجالية has no direct tie to any public body"),
        ])
    }

    @Test func pathwayBreaks() throws {
        // Arrival: s1 -> s2 (referred), s2 -> s3 (one actor offers both), s3 -> s4 (nobody offers s4),
        // s4 -> s5. Work: s1 -> s5, referred only the wrong way round.
        let gaps = try GapTestSupport.gaps("""
            network: T
            services:
              - {id: s1, name: Reception, required: false}
              - {id: s2, name: Counselling, required: false}
              - {id: s3, name: Course, required: false}
              - {id: s4, name: Recognition, required: false}
              - {id: s5, name: Job, required: false}
            actors:
              - {id: comm, name: Commissioner, kind: commissioner}
              - {id: a, name: A, kind: office, offers: [{service: s1}]}
              - {id: b, name: B, kind: association, offers: [{service: s2}]}
              - {id: c, name: C, kind: association, offers: [{service: s2}, {service: s3}]}
              - {id: d, name: D, kind: authority, offers: [{service: s5}]}
            links:
              - {from: comm, to: a, type: coordinates}
              - {from: comm, to: c, type: funds}
              - {from: comm, to: d, type: cooperates}
              - {from: a, to: b, type: refers}
              - {from: d, to: a, type: refers}
              - {from: a, to: d, type: cooperates}
              - {from: c, to: b, type: cooperates}
              - {from: c, to: d, type: cooperates}
            pathways:
              - {id: arrival, name: Arrival, stages: [s1, s2, s3, s4, s5]}
              - {id: work, name: Into work, stages: [s1, s5]}
            """)
        #expect(gaps == [
            Gap(kind: .pathwayBreak, pathway: "arrival", fromStage: "s3", toStage: "s4",
                message: "Arrival breaks between Course and Recognition: nobody offers Recognition"),
            Gap(kind: .pathwayBreak, pathway: "arrival", fromStage: "s4", toStage: "s5",
                message: "Arrival breaks between Recognition and Job: nobody offers Recognition"),
            Gap(kind: .pathwayBreak, pathway: "work", fromStage: "s1", toStage: "s5",
                message: "Into work breaks between Reception and Job: nobody offering Reception refers clients to anybody offering Job, and no actor offers both"),
        ])
    }

    @Test func orderIsSeverityThenKindThenIds() throws {
        let gaps = try GapTestSupport.gaps("""
            network: T
            languages: [de, uk]
            services:
              - {id: counselling, name: Counselling}
              - {id: anti-discrimination, name: Anti-discrimination}
            actors:
              - {id: comm, name: Commissioner, kind: commissioner}
              - {id: vhs, name: VHS, kind: service-provider, languages: [de], offers: [{service: counselling}]}
              - {id: mso, name: MSO, kind: migrant-organisation}
              - {id: lone, name: Lone, kind: association}
            links:
              - {from: comm, to: vhs, type: funds}
              - {from: vhs, to: mso, type: supports}
            pathways:
              - {id: p, name: P, stages: [counselling, anti-discrimination]}
            """)
        #expect(gaps.map { [$0.severity.rawValue, $0.kind.rawValue] + $0.ids.compactMap { $0 } } == [
            ["high", "missing-service", "anti-discrimination"],
            ["high", "unreachable", "lone"],
            ["high", "pathway-break", "p", "counselling", "anti-discrimination"],
            ["medium", "language", "counselling", "uk"],
            ["medium", "single-provider", "counselling", "vhs"],
            ["medium", "single-point-of-failure", "vhs"],
            ["medium", "unlinked-migrant-organisation", "mso"],
        ])
    }

    @Test func coverageMatrixCountsProvidersPerCell() throws {
        let network = try GapTestSupport.network("""
            network: T
            languages: [de, ar]
            districts: [Nord, Süd]
            services:
              - {id: counselling, name: Counselling}
              - {id: course, name: Course, languages: [de, ti]}
              - {id: leisure, name: Leisure, required: false, languages: [fr]}
            actors:
              - {id: comm, name: Commissioner, kind: commissioner}
              - {id: a, name: A, kind: association, languages: [de, ar], districts: [Nord],
                 offers: [{service: counselling}, {service: course, languages: [ti]}]}
              - {id: b, name: B, kind: association, languages: [de],
                 offers: [{service: counselling}, {service: leisure}]}
            """)
        let matrix = CoverageMatrix(network: network)
        #expect(matrix.languages.columns == ["de", "ar", "ti"])
        #expect(matrix.languages.rows.map(\.service) == ["counselling", "course", "leisure"])
        #expect(matrix.languages.rows.map(\.counts) == [[2, 1, 0], [0, 0, 1], [1, 0, 0]])
        #expect(matrix.districts.columns == ["Nord", "Süd"])
        #expect(matrix.districts.rows.map(\.counts) == [[2, 1], [1, 0], [1, 1]])
    }
}
