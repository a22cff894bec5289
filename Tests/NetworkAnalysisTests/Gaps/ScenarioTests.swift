import Testing
import NetworkModel
@testable import NetworkAnalysis

@Suite struct ScenarioTests {
    /// comm - hub - x, comm - other; hub alone offers counselling, which the pathway needs.
    static let yaml = """
        network: T
        services:
          - {id: reception, name: Reception}
          - {id: counselling, name: Counselling}
        actors:
          - {id: comm, name: Commissioner, kind: commissioner, offers: [{service: reception}]}
          - {id: hub, name: Hub, kind: office, offers: [{service: counselling}, {service: reception}]}
          - {id: x, name: X, kind: association}
          - {id: other, name: Other, kind: association}
        links:
          - {from: comm, to: hub, type: coordinates}
          - {from: hub, to: x, type: supports}
          - {from: comm, to: other, type: supports}
        pathways:
          - {id: arrival, name: Arrival, stages: [reception, counselling]}
        """

    @Test func removingTheHub() throws {
        let network = try GapTestSupport.network(ScenarioTests.yaml)
        let result = ScenarioAnalysis.run(network, removing: ["hub"])
        #expect(result.removed == ["hub"])
        #expect(result.cutOff == ["x"])
        #expect(result.servicesLost == ["counselling"])
        #expect(result.pathwaysBroken == ["arrival"])
        #expect(result.gapsOpened == [
            Gap(kind: .missingService, service: "counselling", message: "No actor offers Counselling"),
            Gap(kind: .unreachable, actor: "x", message: "X has no ties at all"),
            Gap(kind: .pathwayBreak, pathway: "arrival", fromStage: "reception", toStage: "counselling",
                message: "Arrival breaks between Reception and Counselling: nobody offers Counselling"),
            Gap(kind: .singleProvider, service: "reception", actor: "comm",
                message: "Only Commissioner offers Reception; if it stops, nobody does"),
        ])
        #expect(result.gapsClosed == [])
        #expect(Set(result.gapsGone.map(\.key)) == [
            Gap.Key(kind: .singlePointOfFailure, ids: [nil, nil, nil, "hub", nil, nil, nil]),
            Gap.Key(kind: .singleProvider, ids: ["counselling", nil, nil, "hub", nil, nil, nil]),
        ])
        #expect(result.componentsBefore == 1)
        #expect(result.componentsAfter == 2)
        #expect(result.noCoordinatorLeft == false)
        #expect(result.requiredServicesLost == ["counselling"])
        #expect(result.coverageLost == [])
        #expect(result.capacityLost == [])
    }

    @Test func removingEveryCoordinatorCutsOffEveryoneAndOpensNoCoordinator() throws {
        let network = try GapTestSupport.network(ScenarioTests.yaml)
        let result = ScenarioAnalysis.run(network, removing: Set(RemovalSelector.kind(.commissioner).actorIDs(in: network)))
        #expect(result.removed == ["comm"])
        #expect(result.cutOff == ["hub", "other", "x"])
        #expect(result.servicesLost == [])
        #expect(result.gapsOpened == [
            Gap(kind: .noCoordinator, message: "No actor is a coordinator, so nobody holds T together"),
            Gap(kind: .singleProvider, service: "reception", actor: "hub",
                message: "Only Hub offers Reception; if it stops, nobody does"),
        ])
        // The hub's single point of failure went because nobody has a coordinator to be cut off
        // from any more: gone with the loss, never "closed".
        #expect(result.gapsClosed == [])
        #expect(result.gapsGone.map(\.key) == [Gap.Key(kind: .singlePointOfFailure, ids: [nil, nil, nil, "hub", nil, nil, nil])])
        #expect(result.noCoordinatorLeft)
        // comm held hub-x and other together: without it the rest falls into two groups.
        #expect(result.componentsBefore == 1)
        #expect(result.componentsAfter == 2)
    }

    @Test func selectorsAndTheirMistakes() throws {
        let network = try GapTestSupport.network(ScenarioTests.yaml)
        #expect(try RemovalSelector.parse("hub", in: network) == .actor("hub"))
        #expect(try RemovalSelector.parse("sector:civil-society", in: network).actorIDs(in: network) == ["other", "x"])
        #expect(throws: RemovalSelector.UnknownSelection(description: "unknown actor 'hubb' (did you mean 'hub'?)")) {
            try RemovalSelector.parse("hubb", in: network)
        }
        #expect(throws: RemovalSelector.UnknownSelection(description:
            "unknown actor kind 'comissioner' (did you mean 'commissioner'?); kinds are commissioner, office, authority, "
            + "association, migrant-organisation, service-provider, working-group, municipality, other")) {
            try RemovalSelector.parse("kind:comissioner", in: network)
        }
        #expect(throws: RemovalSelector.UnknownSelection(description:
            "unknown sector 'privat' (did you mean 'private'?); sectors are public, civil-society, private")) {
            try RemovalSelector.parse("sector:privat", in: network)
        }
    }

    @Test func removeEachRanksMostCriticalFirst() throws {
        let network = try GapTestSupport.network(ScenarioTests.yaml)
        let ranking = ScenarioAnalysis.removeEach(network)
        // hub: counselling (required) lost and the pathway broken outrank comm's three actors cut off.
        #expect(ranking.map(\.removed) == [["hub"], ["comm"], ["other"], ["x"]])
        #expect(ranking.map(\.impact) == [[1, 1, 0, 1, 0, 3, 4], [0, 0, 0, 3, 0, 1, 2], [0, 0, 0, 0, 0, 0, 0],
                                           [0, 0, 0, 0, 0, 0, 0]])
    }
}
