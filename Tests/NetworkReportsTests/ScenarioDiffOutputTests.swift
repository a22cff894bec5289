import Foundation
import NetworkAnalysis
import NetworkModel
@testable import NetworkReports
import Testing
import Wording

/// The machine forms of issue 14's scenario, diff and stale list: keys, values and order.
@Suite struct ScenarioDiffOutputTests {
    static let network = Network(
        title: "T", languages: ["de"], districts: ["Nord"],
        services: [Service(id: "course", name: "Kurs")],
        actors: [Actor(id: "c", name: "C", kind: .commissioner),
                 Actor(id: "v", name: "Volkshochschule", kind: .serviceProvider, languages: ["de"],
                       offers: [Offer(service: "course", languages: ["de"], districts: [], capacity: 640)])],
        links: [Link(from: "c", to: "v", type: .coordinates)])

    @Test func scenarioJSONCarriesEveryRoundTwoKey() throws {
        let result = ScenarioAnalysis.run(Self.network, removing: ["v"])
        guard case .object(let members) = ScenarioOutput.json(result) else { Issue.record("not an object"); return }
        #expect(members.map(\.0) == [
            "network", "removed", "cut_off", "components_before", "components_after", "no_coordinator_left",
            "services_lost", "required_services_lost", "pathways_broken", "coverage_lost", "capacity_lost",
            "gaps_opened", "gaps_closed", "gaps_gone",
        ])
        let values = Dictionary(members, uniquingKeysWith: { first, _ in first })
        #expect(values["components_after"] == .int(1))
        #expect(values["no_coordinator_left"] == .bool(false))
        #expect(values["coverage_lost"] == .array([
            .object([("service", .string("course")), ("language", .string("de"))]),
            .object([("service", .string("course")), ("district", .string("Nord"))]),
        ]))
        #expect(values["capacity_lost"] == .array([.object([("service", .string("course")), ("places", .int(640))])]))
        let csv = ScenarioOutput.rankingCSV(ScenarioAnalysis.removeEach(Self.network), network: Self.network)
        let header = csv.split(separator: "\n").first.map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(header == "rank,id,name,required_services_lost,pathways_broken,coverage_lost,"
            + "cut_off,places_lost,high_gaps_opened,gaps_opened,components_after,no_coordinator_left,gaps_gone,gaps_closed")
    }

    @Test func diffJSONGivesOldAndNewValues() {
        var newer = Self.network
        newer.actors[1].languages = ["de", "ar"]
        newer.links[0].weight = 2
        let diff = NetworkDiff(old: Self.network, new: newer)
        guard case .object(let members) = DiffOutput.json(diff),
              case .array(let changed)? = Dictionary(members, uniquingKeysWith: { first, _ in first })["actors_changed"]
        else { Issue.record("no actors_changed"); return }
        #expect(changed == [.object([
            ("id", .string("v")), ("name", .string("Volkshochschule")), ("fields", .array([.string("languages")])),
            ("changes", .object([("languages", .object([("old", .array([.string("de")])),
                                                         ("new", .array([.string("de"), .string("ar")]))]))])),
        ])])
    }

    @Test func staleListSummaryLine() throws {
        let today = try #require(CalendarDate("2026-11-23"))
        let period = try #require(StalenessPeriod("18m"))
        let network = Network(title: "S", actors: [
            Actor(id: "a", name: "A", kind: .office, sources: ["x"], verified: CalendarDate("2020-01-01")),
            Actor(id: "b", name: "B", kind: .office),
        ])
        let list = StaleList(period: period, today: today,
                             findings: DataFreshness.findings(for: network, staleAfter: period, today: today))
        #expect(StaleListOutput.summary(list, words: Words(.en)) == "1 fact older than 18 months, 1 actor never checked, 1 actor without a source")
        #expect(StaleListOutput.csv(list) == "file,line,column,actor,name,problem,last_checked\n"
            + ",,,b,B,never-checked,\n,,,b,B,unsourced,\n,,,a,A,stale,2020-01-01\n")
    }
}
