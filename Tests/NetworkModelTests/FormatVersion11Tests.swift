import Foundation
import Testing
@testable import NetworkModel

/// FORMAT.md's version 1.1 keys: `interpreting` on a service and the top-level `accepted` list,
/// read with their defaults, their places, and exact messages for every way to get them wrong.
struct FormatVersion11Tests {
    static let header = """
    network: T
    languages: [de, ar]
    districts: [Nord, Süd]
    services:
      - {id: counselling, name: Counselling}
      - {id: interpreting, name: Sprachmittlung, interpreting: true, required: false}
    actors:
      - {id: a, name: A, kind: commissioner}

    """

    @Test func interpretingDefaultsToFalseAndIsRead() throws {
        let network = try #require(loadNetwork(FormatVersion11Tests.header))
        #expect(network.services.map(\.interpreting) == [false, true])
    }

    @Test func aVersion1FileHasNoAcceptedGaps() throws {
        let network = try #require(loadNetwork(FormatVersion11Tests.header))
        #expect(network.accepted.isEmpty)
    }

    @Test func acceptedEntriesKeepEveryKeyAndTheirPlace() throws {
        let yaml = FormatVersion11Tests.header + """
        accepted:
          - {kind: single-provider, service: counselling, actor: a, reason: "Legal monopoly"}
          - {kind: district, service: counselling, district: Süd, reason: Served from Nord, until: 2026-12-31}
          - {kind: pathway-break, pathway: p, from_stage: x, to_stage: y, reason: Elsewhere}
          - {kind: no-coordinator, reason: "Κανένας συντονιστής"}
        """
        let network = try #require(loadNetwork(yaml))
        #expect(network.accepted == [
            AcceptedGap(kind: "single-provider", service: "counselling", actor: "a", reason: "Legal monopoly",
                        location: SourceLocation(file: "t.yaml", line: 10, column: 5)),
            AcceptedGap(kind: "district", service: "counselling", district: "Süd", reason: "Served from Nord",
                        until: CalendarDate(year: 2026, month: 12, day: 31),
                        location: SourceLocation(file: "t.yaml", line: 11, column: 5)),
            AcceptedGap(kind: "pathway-break", pathway: "p", fromStage: "x", toStage: "y", reason: "Elsewhere",
                        location: SourceLocation(file: "t.yaml", line: 12, column: 5)),
            AcceptedGap(kind: "no-coordinator", reason: "Κανένας συντονιστής",
                        location: SourceLocation(file: "t.yaml", line: 13, column: 5)),
        ])
        #expect(network.accepted[1].givenIDs.map(\.key) == ["service", "district"])
    }

    @Test func interpretingMustBeTrueOrFalse() {
        let yaml = "network: T\nservices: [{id: x, name: X, interpreting: yes}]\nactors: [{id: a, name: A, kind: office}]\n"
        #expect(diagnostics(yaml) == ["t.yaml:2:43: error: 'interpreting' of a service must be true or false, found 'yes'"])
    }

    @Test func mistakesInAcceptedEntriesArePlacedErrors() {
        let yaml = FormatVersion11Tests.header + """
        accepted:
          - {kind: language, actor: a, reason: r}
          - {kind: langage, reason: r}
          - {kind: district, service: counselling}
          - {kind: district, reason: x, until: 2026-13-01, foo: 1}
          - {kind: no-coordinator, service: counselling, reason: ""}
          - just text
        """
        let found = diagnostics(yaml)
        // The messages of this helper's own checks, exactly; the date and shape messages belong to
        // the loader's general readers and are checked by place here.
        #expect(found.filter { !$0.hasPrefix("t.yaml:13:40:") && !$0.hasPrefix("t.yaml:15:5:") } == [
            "t.yaml:10:22: error: a gap of kind 'language' has no 'actor'; it carries 'service', 'language'",
            "t.yaml:11:12: error: unknown gap kind 'langage' (did you mean 'language'?); expected one of missing-service, language, district, single-provider, no-coordinator, unreachable, single-point-of-failure, unlinked-migrant-organisation, pathway-break",
            "t.yaml:12:5: error: an accepted gap is missing required key 'reason'",
            "t.yaml:13:52: error: unknown key 'foo' in an accepted gap",
            "t.yaml:14:28: error: a gap of kind 'no-coordinator' has no 'service'; it carries no ids",
            "t.yaml:14:58: error: 'reason' of an accepted gap must not be empty",
        ])
        #expect(found.contains { $0.hasPrefix("t.yaml:13:40: error: 'until' of an accepted gap") })
        #expect(found.contains { $0.hasPrefix("t.yaml:15:5: error:") })
    }

    @Test func acceptedMayStandInAnIncludedFile() throws {
        let folder = try temporaryFolder([
            "root.yaml": FormatVersion11Tests.header + "include: [more.yaml]\naccepted: [{kind: no-coordinator, reason: Root}]\n",
            "more.yaml": "accepted:\n  - {kind: unreachable, actor: a, reason: Included}\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = NetworkLoader.load(path: folder.appendingPathComponent("root.yaml").path)
        #expect(result.diagnostics.isEmpty)
        let network = try #require(result.network)
        #expect(network.accepted.map(\.reason) == ["Root", "Included"])
        #expect(network.accepted.map { $0.location?.line } == [10, 2])
    }
}
