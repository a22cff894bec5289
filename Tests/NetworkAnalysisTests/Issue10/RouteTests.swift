import NetworkModel
import Testing
import Wording
@testable import NetworkAnalysis

/// Routes on purpose-built networks: counselling, then a language course. Two counselling
/// providers (Caritas, AWO) and two course providers (VHS, Bildungswerk), all city-wide in German
/// and Arabic unless a test narrows them; the commissioner offers nothing.
@Suite("Route")
struct RouteTests {
    static func network(links: [(String, String)], districts: [String] = [], languages: [String] = ["de", "ar"],
                        pathways: [Pathway] = [Pathway(id: "arrival", name: "the arrival pathway",
                                                       stages: ["counselling", "course"])]) -> Network {
        func offer(_ service: String) -> Offer { Offer(service: service, languages: languages, districts: districts) }
        return Network(
            title: "route", districts: ["Altstadt", "Neustadt"],
            services: [Service(id: "counselling", name: "Migration counselling"),
                       Service(id: "course", name: "Language course")],
            actors: [
                Actor(id: "comm", name: "Commissioner", kind: .commissioner),
                Actor(id: "caritas", name: "Caritas", kind: .serviceProvider, offers: [offer("counselling")]),
                Actor(id: "awo", name: "AWO", kind: .serviceProvider, offers: [offer("counselling")]),
                Actor(id: "vhs", name: "VHS", kind: .serviceProvider, offers: [offer("course")]),
                Actor(id: "bw", name: "Bildungswerk", kind: .serviceProvider, offers: [offer("course")]),
            ],
            links: links.map { Link(from: $0.0, to: $0.1, type: .refers) },
            pathways: pathways)
    }

    /// Caritas refers to VHS and AWO to Bildungswerk: two separate hand-offs, no actor in both,
    /// no coordinator in either, so no bottleneck.
    @Test func completeRoute() throws {
        let network = Self.network(links: [("caritas", "vhs"), ("awo", "bw")])
        let result = try RouteAnalysis.route(in: network, language: "ar", district: "Neustadt")
        #expect(result.isComplete)
        #expect(result.stages.map(\.usable) == [["awo", "caritas"], ["bw", "vhs"]])
        #expect(result.steps.map(\.status) == [.handedOn])
        #expect(result.steps.first?.handOffs == [HandOff(from: "awo", to: "bw"), HandOff(from: "caritas", to: "vhs")])
        #expect(result.steps.first?.bottleneck == nil)
        #expect(Words(.en).routeSentences(result, network: network).first == "A person speaking Arabic (ar) in Neustadt can follow the arrival pathway from start to end.")
        #expect(Words(.en).routeSentences(result, network: network).contains("Handed on from Migration counselling to Language course: AWO refers to Bildungswerk and Caritas refers to VHS."))
    }

    /// Everything is offered in German and Arabic only: Farsi finds nobody at either stage.
    @Test func breakForLanguage() throws {
        let network = Self.network(links: [("caritas", "vhs"), ("awo", "bw")])
        let result = try RouteAnalysis.route(in: network, language: "fa", district: "Neustadt")
        #expect(!result.isComplete)
        #expect(result.stages.map(\.problem) == [.language, .language])
        #expect(result.steps.map(\.status) == [.stageUnusable])
        #expect(Words(.en).routeSentences(result, network: network).contains("Migration counselling: offered by AWO and Caritas, but not in Farsi (fa); the route breaks here."))
    }

    /// Every offer covers only the Altstadt: Neustadt is left out although the language fits.
    @Test func breakForDistrict() throws {
        let network = Self.network(links: [("caritas", "vhs")], districts: ["Altstadt"])
        let result = try RouteAnalysis.route(in: network, language: "ar", district: "Neustadt")
        #expect(result.stages.map(\.problem) == [.district, .district])
        #expect(try RouteAnalysis.route(in: network, language: "ar", district: "Altstadt").isComplete)
    }

    /// Providers on both sides, but no `refers` link between them at all.
    @Test func missingReferral() throws {
        let network = Self.network(links: [])
        let result = try RouteAnalysis.route(in: network, language: "de", district: "Altstadt")
        #expect(result.stages.allSatisfy { $0.problem == nil })
        #expect(result.steps.map(\.status) == [.noReferral])
        #expect(Words(.en).routeSentences(result, network: network).first?.hasSuffix("the route breaks in one place.") == true)
    }

    /// Both counselling providers refer to the commissioner, who refers on to VHS: no direct
    /// hand-off, two indirect ones (AWO → Commissioner → VHS, Caritas → Commissioner → VHS), both
    /// through the coordinator.
    @Test func onlyThroughTheCommissioner() throws {
        let network = Self.network(links: [("caritas", "comm"), ("awo", "comm"), ("comm", "vhs")])
        let result = try RouteAnalysis.route(in: network, language: "ar", district: "Neustadt")
        let step = try #require(result.steps.first)
        #expect(step.status == .indirect)
        #expect(step.handOffs == [HandOff(from: "awo", to: "vhs", via: "comm"), HandOff(from: "caritas", to: "vhs", via: "comm")])
        #expect(step.bottleneck == RouteStep.Bottleneck(kind: .coordinators, actors: ["comm"]))
        #expect(result.isComplete)
        #expect(Words(.en).routeSentences(result, network: network).contains { $0.contains("Only through Commissioner: every hand-off from Migration counselling to Language course passes through this coordinator.") })
    }

    /// Both referrals lead to VHS: VHS takes part in every hand-off.
    @Test func singleActorBottleneck() throws {
        let network = Self.network(links: [("caritas", "vhs"), ("awo", "vhs")])
        let step = try #require(try RouteAnalysis.route(in: network, language: "ar", district: "Neustadt").steps.first)
        #expect(step.bottleneck == RouteStep.Bottleneck(kind: .singleActor, actors: ["vhs"]))
    }

    @Test func pathwayAndDistrictErrors() {
        let network = Self.network(links: [])
        #expect(throws: RouteError.unknownPathway("arival", known: ["arrival"])) {
            try RouteAnalysis.route(in: network, language: "ar", district: "Neustadt", pathway: "arival")
        }
        #expect(RouteError.unknownPathway("arival", known: ["arrival"]).description
            == "unknown pathway 'arival' (did you mean 'arrival'?); known: arrival")
        #expect(throws: RouteError.unknownDistrict("Neustad", known: ["Altstadt", "Neustadt"])) {
            try RouteAnalysis.route(in: network, language: "ar", district: "Neustad")
        }
        #expect(throws: RouteError.noPathway) {
            try RouteAnalysis.route(in: Self.network(links: [], pathways: []), language: "ar", district: "Neustadt")
        }
        #expect(throws: RouteError.invalidLanguage("arabic!")) {
            try RouteAnalysis.route(in: network, language: "arabic!", district: "Neustadt")
        }
    }
}
