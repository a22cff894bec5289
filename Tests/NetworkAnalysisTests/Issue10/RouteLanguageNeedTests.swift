import NetworkModel
import Testing
import Wording
@testable import NetworkAnalysis

/// Issue 14's route rules: a service's own languages (a German course for an Arabic speaker does
/// not break the route) and interpreting (a provider usable through a linked interpreter).
@Suite("Route: language need and interpreting")
struct RouteLanguageNeedTests {
    static let yaml = """
        network: R
        languages: [de, ar, ti]
        districts: [Nord, Süd]
        services:
          - {id: counselling, name: Counselling}
          - {id: course, name: German course, languages: [de]}
          - {id: interp, name: Sprachmittlung, interpreting: true, required: false}
        actors:
          - {id: comm, name: Commissioner, kind: commissioner}
          - {id: caritas, name: Caritas, kind: service-provider, languages: [de, ar], offers: [{service: counselling}]}
          - {id: vemo, name: VeMO, kind: migrant-organisation, offers: [{service: interp, languages: [ti]}]}
          - {id: vhs, name: VHS, kind: service-provider, languages: [de, en], districts: [Nord], offers: [{service: course}]}
        links:
          - {from: vemo, to: caritas, type: supports}
          - {from: caritas, to: vhs, type: refers}
        pathways:
          - {id: arrival, name: Arrival, stages: [counselling, course]}
        """

    @Test func aCourseThatNeedNotBeInTheirLanguageDoesNotBreakTheRoute() throws {
        let network = try GapTestSupport.network(RouteLanguageNeedTests.yaml)
        let result = try RouteAnalysis.route(in: network, language: "ar", district: "Nord")
        #expect(result.isComplete)
        #expect(result.stages.map(\.languageNeeded) == [true, false])
        #expect(result.stages.map(\.usable) == [["caritas"], ["vhs"]])
        #expect(result.stages[1].givenIn == ["de", "en"])
        #expect(Words(.en).routeSentences(result, network: network) == [
            "A person speaking Arabic (ar) in Nord can follow Arrival from start to end.",
            "Counselling: Caritas is the only provider who can serve a person speaking Arabic (ar) in Nord.",
            "Handed on from Counselling to German course: Caritas refers to VHS. Every hand-off from Counselling to German course depends on Caritas and VHS alone.",
            "German course: VHS is the only provider who can serve a person speaking Arabic (ar) in Nord; it is given in German (de) and English (en) and need not be given in Arabic (ar).",
        ])
    }

    @Test func theDistrictStillMattersWhenTheLanguageDoesNot() throws {
        let network = try GapTestSupport.network(RouteLanguageNeedTests.yaml)
        let result = try RouteAnalysis.route(in: network, language: "ar", district: "Süd")
        #expect(result.stages.map(\.problem) == [nil, .district])
        #expect(Words(.en).routeSentences(result, network: network).contains("German course: offered by VHS, but not in Süd; the route breaks here."))
    }

    @Test func aProviderReachedThroughInterpretingIsUsableAndNamesTheInterpreter() throws {
        let network = try GapTestSupport.network(RouteLanguageNeedTests.yaml)
        let result = try RouteAnalysis.route(in: network, language: "ti", district: "Nord")
        #expect(result.isComplete)
        #expect(result.stages[0].usable == ["caritas"])
        #expect(result.stages[0].throughInterpreting == [.init(actor: "caritas", interpreters: ["vemo"])])
        #expect(result.stages[1].throughInterpreting.isEmpty)
        #expect(Words(.en).routeSentences(result, network: network)[1]
            == "Counselling: Caritas is the only provider who can serve a person speaking Tigrinya (ti) in Nord; Caritas through the interpreting of VeMO.")
        // Without the interpreter's link the Tigrinya speaker finds nobody for counselling.
        var unlinked = network
        unlinked.links.removeAll { $0.from == "vemo" }
        let broken = try RouteAnalysis.route(in: unlinked, language: "ti", district: "Nord")
        #expect(broken.stages[0].problem == .language)
    }

    @Test func aServiceWithNoLanguageNeedKeepsTheLanguageRule() throws {
        let yaml = RouteLanguageNeedTests.yaml.replacingOccurrences(of: "languages: [de, ar, ti]\n", with: "")
            .replacingOccurrences(of: ", languages: [de]}", with: "}")
        let network = try GapTestSupport.network(yaml)
        let result = try RouteAnalysis.route(in: network, language: "fa", district: "Nord")
        #expect(result.stages.map(\.languageNeeded) == [true, true])
        #expect(result.stages.map(\.problem) == [.language, .language])
    }
}
