import Foundation
import Testing

/// `actormap suggest` on the real executable: the list, its languages, its usage errors, and
/// `--apply K -o FILE` giving a network whose gaps are the list's "after".
struct SuggestCommandTests {
    @Test func eastBelgiumGetsOneTieThatClosesItsSinglePointOfFailure() throws {
        let outcome = try CommandRunner.run(["suggest", "networks/east-belgium.yaml"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("2 open gaps now, 1 after this change."))
        #expect(outcome.stdout.contains("1. Tie: "))
        #expect(outcome.stdout.contains("Open gaps: 2 → 1"))
        #expect(outcome.stdout.contains("Ties: 1 suggested; no fewer than 1 can remove every single point of failure."))
    }

    /// Halle (issue 22, round 2): the ties pair actors that read sensibly (the PSZ with the Mobile
    /// Opferberatung, not with the Ausländerbehörde), and the one offer the data makes plausible is
    /// Der Paritätische's youth counselling in Turkish, the language it already counsels in.
    @Test func halleTiesReadSensiblyAndItsOneOfferIsTurkishYouthCounselling() throws {
        let outcome = try CommandRunner.run(["suggest", "networks/halle.yaml", "--max", "20", "--format", "json"])
        #expect(outcome.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let suggestions = try #require(document["suggestions"] as? [[String: Any]])
        let ties = suggestions.filter { $0["kind"] as? String == "ties" }.flatMap { suggestion in
            ((suggestion["links"] as? [[String: Any]]) ?? []).map { "\($0["from"] ?? "") – \($0["to"] ?? "")" }
        }
        #expect(ties == ["auslaenderbehoerde – hallesche-interkulturelle-initiative", "gwg – integrationskurstraeger",
                         "hwg – antidiskriminierungsstelle", "psz – mobile-opferberatung"])
        let offers = suggestions.compactMap { $0["offer"] as? [String: Any] }
        #expect(offers.map { "\($0["actor"] ?? "") \($0["service"] ?? "")" } == ["paritaetischer youth-counselling"])
        #expect(document["no_free_capacity"] as? [String] == [])
        let text = try CommandRunner.run(["suggest", "networks/halle.yaml", "--kinds", "ties"])
        #expect(text.stdout.contains("GWG (städtische Wohnungsgesellschaft) and a member of the group “Integrationskursträger in Halle"))
    }

    @Test func germanListSpeaksGerman() throws {
        let outcome = try CommandRunner.run(["suggest", "networks/east-belgium.yaml", "--lang", "de"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Jetzt 2 offene Lücken, nach dieser Änderung 1."))
        #expect(outcome.stdout.contains("Offene Lücken: 2 → 1"))
    }

    @Test func unknownKindIsAUsageErrorWithAHint() throws {
        let outcome = try CommandRunner.run(["suggest", "networks/halle.yaml", "--kinds", "tie"])
        #expect(outcome.status == 64)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("'--kinds' has unknown kind 'tie' (did you mean 'ties'?)"))
    }

    @Test func applyWritesTheSuggestionsMarkedAsSuggested() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suggest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("halle-suggested.yaml").path
        let json = try CommandRunner.run(["suggest", "networks/halle.yaml", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let suggestions = try #require(document["suggestions"] as? [[String: Any]])
        let third = try #require(suggestions.dropFirst(2).first?["open_gaps_after"] as? Int)
        let apply = try CommandRunner.run(["suggest", "networks/halle.yaml", "--apply", "3", "-o", file])
        #expect(apply.status == 0)
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.contains("source: [\"suggested\"]"))
        let gaps = try CommandRunner.run(["gaps", file, "--format", "json"])
        let after = try #require(try JSONSerialization.jsonObject(with: Data(gaps.stdout.utf8)) as? [String: Any])
        let open = try #require(after["gaps"] as? [[String: Any]]).filter { $0["accepted"] == nil }
        #expect(open.count == third)
    }

    @Test func applyWithoutOutputIsAUsageError() throws {
        let outcome = try CommandRunner.run(["suggest", "networks/halle.yaml", "--apply", "2"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("'--apply' writes a network file; give it with '-o FILE'."))
    }
}
