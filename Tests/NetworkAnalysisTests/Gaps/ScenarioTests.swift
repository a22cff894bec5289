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
        #expect(result.gapsClosed == [
            Gap(kind: .singlePointOfFailure, actor: "hub", cutOff: ["x"],
                message: "If Hub dropped out, 1 actor would lose every tie to a coordinator: X"),
            Gap(kind: .singleProvider, service: "counselling", actor: "hub",
                message: "Only Hub offers Counselling; if it stops, nobody does"),
        ])
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
        #expect(result.gapsClosed == [
            Gap(kind: .singlePointOfFailure, actor: "hub", cutOff: ["x"],
                message: "If Hub dropped out, 1 actor would lose every tie to a coordinator: X"),
        ])
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
        #expect(ranking.map(\.removed) == [["comm"], ["hub"], ["other"], ["x"]])
        #expect(ranking.map(\.impact) == [[3, 0, 2], [1, 1, 4], [0, 0, 0], [0, 0, 0]])
    }
}
