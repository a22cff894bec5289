import Foundation
import Testing
@testable import NetworkReports
import NetworkAnalysis
import NetworkModel

/// Issue 14's new JSON fields, each on a hand-made network: a gap's `accepted`, the coverage
/// matrix' `cells`, `capacity` and `capacities`, and route stages' `language_needed`, `given_in`
/// and `through_interpreting`.
struct GapJSONFieldsTests {
    static func load(_ yaml: String) throws -> Network {
        let result = NetworkLoader().load(yaml: yaml, file: "t.yaml")
        return try #require(result.network, "\(result.diagnostics)")
    }

    static let network = """
        network: T
        as_of: 2026-01-01
        languages: [de, ti]
        districts: [Nord, Süd]
        services:
          - {id: counselling, name: Counselling}
          - {id: course, name: German course, languages: [de], districts: [Nord]}
          - {id: interp, name: Sprachmittlung, interpreting: true, required: false}
        actors:
          - {id: comm, name: Commissioner, kind: commissioner}
          - {id: caritas, name: Caritas, kind: service-provider, languages: [de],
             offers: [{service: counselling, capacity: 300}, {service: course, districts: [Nord], capacity: 640}]}
          - {id: vemo, name: VeMO, kind: migrant-organisation, offers: [{service: interp, languages: [ti]}]}
        links:
          - {from: comm, to: caritas, type: coordinates}
          - {from: vemo, to: caritas, type: supports}
          - {from: caritas, to: caritas2, type: refers}
        pathways:
          - {id: arrival, name: Arrival, stages: [counselling, course]}
        accepted:
          - {kind: single-provider, service: counselling, reason: "Only one welfare association here", until: 2026-12-31}
          - {kind: single-provider, service: course, reason: Monopoly}
        """

    @Test func anAcceptedGapCarriesItsReasonAndUntil() throws {
        let yaml = GapJSONFieldsTests.network.replacingOccurrences(of: "  - {from: caritas, to: caritas2, type: refers}\n", with: "")
        let network = try GapJSONFieldsTests.load(yaml)
        let gaps = GapAnalysis(network: network).gaps.filter { $0.kind == .singleProvider }
        #expect(gaps.map { GapOutput.json($0).serialized(pretty: false) } == [
            #"{"kind": "single-provider", "severity": "medium", "service": "counselling", "actor": "caritas", "message": "Only Caritas offers Counselling; if it stops, nobody does", "accepted": {"reason": "Only one welfare association here", "until": "2026-12-31"}}"#,
            #"{"kind": "single-provider", "severity": "medium", "service": "course", "actor": "caritas", "message": "Only Caritas offers German course; if it stops, nobody does", "accepted": {"reason": "Monopoly", "until": null}}"#,
        ])
        // An open gap has no "accepted" key at all.
        let open = try #require(GapAnalysis(network: network).gaps.first { $0.isOpen })
        #expect(!GapOutput.json(open).serialized(pretty: false).contains("accepted"))
        // CSV: the acceptance in its own two columns.
        #expect(GapOutput.csv(gaps).split(separator: "\n").last
            == "medium,single-provider,course,,,caritas,,,,,\"Only Caritas offers German course; if it stops, nobody does\",Monopoly,")
    }

    @Test func coverageCellsCapacityAndCapacitiesInJSON() throws {
        let yaml = GapJSONFieldsTests.network.replacingOccurrences(of: "  - {from: caritas, to: caritas2, type: refers}\n", with: "")
        let matrix = CoverageMatrix(network: try GapJSONFieldsTests.load(yaml))
        let json = GapOutput.json(matrix).serialized(pretty: false)
        #expect(json == #"{"languages": {"columns": ["de", "ti"], "rows": ["#
            + #"{"service": "counselling", "name": "Counselling", "counts": [1, 0], "cells": [{"state": "offered", "providers": 1}, {"state": "through-interpreting", "interpreters": ["vemo"]}], "capacity": 300}, "#
            + #"{"service": "course", "name": "German course", "counts": [1, 0], "cells": [{"state": "offered", "providers": 1}, {"state": "not-needed"}], "capacity": 640}, "#
            + #"{"service": "interp", "name": "Sprachmittlung", "counts": [0, 1], "cells": [{"state": "not-needed"}, {"state": "offered", "providers": 1}], "capacity": null}]}, "#
            + #""districts": {"columns": ["Nord", "Süd"], "rows": ["#
            + #"{"service": "counselling", "name": "Counselling", "counts": [1, 1], "cells": [{"state": "offered", "providers": 1}, {"state": "offered", "providers": 1}], "capacity": 300, "capacities": [300, 300]}, "#
            + #"{"service": "course", "name": "German course", "counts": [1, 0], "cells": [{"state": "offered", "providers": 1}, {"state": "not-needed"}], "capacity": 640, "capacities": [640, null]}, "#
            + #"{"service": "interp", "name": "Sprachmittlung", "counts": [1, 1], "cells": [{"state": "offered", "providers": 1}, {"state": "offered", "providers": 1}], "capacity": null, "capacities": [null, null]}]}}"#)
        #expect(GapOutput.coverageCSV(matrix).split(separator: "\n").prefix(3) == [
            "matrix,service,column,providers,state,capacity",
            "languages,counselling,de,1,offered,",
            "languages,counselling,ti,0,through-interpreting,",
        ])
    }

    @Test func routeStagesSayWhetherTheLanguageIsNeededAndWhoInterprets() throws {
        let yaml = GapJSONFieldsTests.network.replacingOccurrences(of: "  - {from: caritas, to: caritas2, type: refers}\n", with: "")
        let network = try GapJSONFieldsTests.load(yaml)
        let route = try RouteAnalysis.route(in: network, language: "ti", district: "Nord")
        guard case let .object(members) = RouteOutput.json(route, network: network),
              case let .array(stages)? = members.first(where: { $0.0 == "stages" })?.1 else {
            Issue.record("no stages in the route's JSON")
            return
        }
        #expect(stages.map { $0.serialized(pretty: false) } == [
            #"{"service": "counselling", "providers": ["caritas"], "usable": ["caritas"], "problem": null, "language_needed": true, "given_in": [], "through_interpreting": [{"actor": "caritas", "interpreters": ["vemo"]}]}"#,
            #"{"service": "course", "providers": ["caritas"], "usable": ["caritas"], "problem": null, "language_needed": false, "given_in": ["de"], "through_interpreting": []}"#,
        ])
    }
}
