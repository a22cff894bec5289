import Foundation
import Testing

/// `gaps` with FORMAT.md 1.1's accepted gaps and `--min-severity`, run as the real executable:
/// warnings on standard error with their places, accepted gaps listed after the open ones, and
/// what makes `--fail-on-gaps` fail.
struct GapsAcceptanceCommandTests {
    static let yaml = """
        network: T
        languages: [de, ti]
        services:
          - {id: residence, name: Residence procedures}
        actors:
          - {id: comm, name: Commissioner, kind: commissioner}
          - {id: abh, name: Immigration office, kind: authority, languages: [de, ti], offers: [{service: residence}]}
          - {id: club, name: Sports club, kind: association}
        links:
          - {from: comm, to: abh, type: coordinates}
          - {from: abh, to: club, type: informs}
        accepted:
          - {kind: single-provider, service: residence, reason: Legal monopoly}
          - {kind: single-provider, service: residense, reason: Typo}
          - {kind: unreachable, actor: club, reason: Was true once, until: 2020-01-01}

        """

    func write(_ text: String) throws -> (folder: URL, file: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-gaps-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("t.yaml")
        try Data(text.utf8).write(to: file)
        return (folder, file.path)
    }

    @Test func acceptedGapsAreListedLastAndNeverFail() throws {
        let (folder, file) = try write(GapsAcceptanceCommandTests.yaml)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Open: the single point of failure (abh cuts off the club, which offers nothing: medium).
        let all = try CommandRunner.run(["gaps", file, "--fail-on-gaps", "--today", "2026-01-01"])
        #expect(all.status == 1)
        #expect(all.stderr == """
            \(file):14:5: warning: accepted gap names unknown service 'residense' (did you mean 'residence'?); it is not one of the services, so the entry accepts nothing
            \(file):15:5: warning: the acceptance of this unreachable gap ended on 2020-01-01, before today, 2026-01-01; the gap counts as open again (renew 'until' or remove the entry)

            """)
        #expect(all.stdout.contains("1 gap found, 1 more accepted."))
        let accepted = try #require(all.stdout.range(of: "Accepted (1)"))
        let open = try #require(all.stdout.range(of: "Medium (1)"))
        #expect(open.lowerBound < accepted.lowerBound)
        #expect(all.stdout.contains("Only Immigration office offers Residence procedures; if it stops, nobody does"))
        #expect(all.stdout.contains("Legal monopoly"))
        // Only high gaps count: none is open, so the check passes and the list is empty but for
        // nothing accepted at that level either.
        let high = try CommandRunner.run(["gaps", file, "--fail-on-gaps", "--min-severity", "high", "--today", "2026-01-01"])
        #expect(high.status == 0)
        #expect(high.stdout.contains("No gaps found."))
    }

    @Test func jsonMarksTheAcceptedGap() throws {
        let (folder, file) = try write(GapsAcceptanceCommandTests.yaml)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CommandRunner.run(["gaps", file, "--format", "json", "--today", "2026-01-01"])
        #expect(outcome.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let gaps = try #require(json["gaps"] as? [[String: Any]])
        #expect(gaps.map { $0["kind"] as? String } == ["single-provider", "single-point-of-failure"])
        #expect((gaps[0]["accepted"] as? [String: Any])?["reason"] as? String == "Legal monopoly")
        #expect(gaps[1]["accepted"] == nil)
        #expect(gaps[1]["severity"] as? String == "medium")
    }

    @Test func aBadSeverityIsAUsageError() throws {
        let outcome = try CommandRunner.run(["gaps", "networks/halle.yaml", "--min-severity", "urgent"])
        #expect(outcome.status == 64)
    }
}
