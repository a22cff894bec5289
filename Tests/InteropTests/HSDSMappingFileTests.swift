import NetworkInterop
import NetworkModel
import Testing

/// The HSDS mapping file is read with the network loader's YAML reader, so a broken mapping file
/// is reported as precisely as a broken network file.
@Suite struct HSDSMappingFileTests {
    /// The one diagnostic a failed parse gives, as printed.
    static func problem(_ text: String) -> String? {
        guard case .failure(let problem) = HSDSMapping.parse(text, file: "map.yaml") else { return nil }
        return problem.diagnostic.description
    }

    @Test func aliasIsRefusedAtItsPlace() {
        let text = """
            services:
              - &entry {id: counselling, name: Counselling}
              - *entry
            """
        #expect(Self.problem(text)
            == "map.yaml:3:5: error: aliases ('*entry') are not supported: write the value out in full")
    }

    @Test func duplicateKeyIsNamed() {
        let text = """
            default_kind: association
            services: []
            default_kind: authority
            """
        #expect(Self.problem(text)
            == "map.yaml:3:1: error: duplicate key 'default_kind' (first defined at map.yaml:1:1)")
    }

    @Test func wrongTypesArePlacedByLineAndColumn() {
        #expect(Self.problem("services:\n  - id: ok\n  - name: no id\n")
            == "map.yaml:3:5: error: every catalogue entry needs a valid 'id'")
        #expect(Self.problem("organizations:\n  org-1: [club]\n")
            == "map.yaml:2:10: error: organizations: each value must be an actor kind")
        #expect(Self.problem("services: counselling\n")
            == "map.yaml:1:11: error: services must be a list of catalogue entries, found a scalar")
        #expect(Self.problem("- services\n")
            == "map.yaml:1:1: error: the mapping file must be a YAML mapping with 'services:', found a list")
    }

    /// A catalogue entry is checked key by key: a misspelt key, a match that is no text, an entry
    /// that is no mapping or an id given twice is an error at its place, where each used to leave
    /// an entry without phrases and its services unmapped, with only warnings to show for it.
    @Test func catalogueEntriesAreCheckedKeyByKey() {
        #expect(Self.problem("services:\n  - {id: counselling, macth: [beratung]}\n")
            == "map.yaml:2:23: error: unknown key 'macth' in a catalogue entry (expected id, name, match)")
        #expect(Self.problem("services:\n  - id: counselling\n    match: {beratung: yes}\n")
            == "map.yaml:3:12: error: match: each phrase must be text, found a mapping")
        #expect(Self.problem("services:\n  - id: counselling\n    match: [beratung, [nested]]\n")
            == "map.yaml:3:23: error: match: each phrase must be text, found a list")
        #expect(Self.problem("services:\n  - counselling\n")
            == "map.yaml:2:5: error: a catalogue entry must be a mapping with 'id', 'name' and 'match', found a scalar")
        #expect(Self.problem("services:\n  - {id: counselling}\n  - {id: counselling, name: Again}\n")
            == "map.yaml:3:10: error: catalogue entry 'counselling' is given twice")
        // A single phrase may be written without a list.
        guard case .success(let mapping) = HSDSMapping.parse("services:\n  - {id: course, match: Sprachkurs}\n", file: "map.yaml") else {
            Issue.record("a single phrase is refused")
            return
        }
        #expect(mapping.services.first?.match == ["sprachkurs"])
    }

    @Test func syntaxErrorsAndBadBytesHavePlaces() {
        #expect(Self.problem("services: [a, b\n")?.hasPrefix("map.yaml:2:1: error: YAML syntax:") == true)
        let bytes: [UInt8] = [0x61, 0x3A, 0x20, 0xFF, 0x0A]  // "a: ", an invalid byte, a line break
        guard case .failure(let problem) = HSDSMapping.parse(bytes: bytes, file: "map.yaml") else {
            Issue.record("expected a failure")
            return
        }
        #expect(problem.diagnostic.description
            == "map.yaml:1:4: error: the file is not valid UTF-8 (byte 0xFF); save it as UTF-8")
    }

    /// The reader is the network loader's, but an empty mapping file is not asked for 'network'.
    @Test func anEmptyMappingFileSaysWhatItShouldHold() {
        #expect(Self.problem("# nothing yet\n")
            == "map.yaml:1:1: error: the file is empty; the mapping file must be a YAML mapping with 'services:'")
    }

    @Test func emptySectionsAreAccepted() throws {
        let mapping = try HSDSMapping.parse("organizations:\nservices:\n", file: "map.yaml").get()
        #expect(mapping.services.isEmpty && mapping.organizationKinds.isEmpty)
    }
}
