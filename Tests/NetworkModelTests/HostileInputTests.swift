import Testing
@testable import NetworkModel

/// Issue 21's loader defences: numbers in range, one way of writing them, texts every output can
/// show, and warnings about texts that show something other than what they hold.
struct HostileInputTests {
    @Test(arguments: [
        ("1", true), ("-2.5", true), ("+.5", true), ("5.", true), ("1e6", true), ("1E-6", true), ("1_000.5", true),
        ("0x10", false), ("0o17", false), ("0b1", false), (".inf", false), ("-.inf", false), (".nan", false),
        ("inf", false), ("nan", false), ("1e", false), ("e5", false), (".", false), ("", false), ("1.2.3", false),
        ("１", false),
    ])
    func numbersAreDecimal(_ text: String, _ isNumber: Bool) {
        #expect((MappingReader.parseNumber(text) != nil) == isNumber)
    }

    @Test(arguments: [("1e16", false), ("5e-324", false), ("1000001", false), ("0.0000009", false),
                      ("1e6", true), ("0.000001", true), ("2", true)])
    func weightsStayInTheirRange(_ weight: String, _ accepted: Bool) {
        let yaml = "network: T\nactors: [{id: a, name: A, kind: office}, {id: b, name: B, kind: office}]\n"
            + "links: [{from: a, to: b, type: funds, weight: \(weight)}]\n"
        let found = diagnostics(yaml)
        if accepted {
            #expect(found.isEmpty)
        } else {
            #expect(found == ["t.yaml:3:47: error: 'weight' must be between 0.000001 and 1000000, found \(weight)"])
        }
    }

    @Test func capacityIsAWholeNumberUpToItsCap() {
        let yaml = "network: T\nservices: [{id: s, name: S}]\nactors:\n"
            + "  - {id: a, name: A, kind: office, offers: [{service: s, capacity: 10000000}]}\n"
            + "  - {id: b, name: B, kind: office, offers: [{service: s, capacity: 10000001}]}\n"
            + "  - {id: c, name: C, kind: office, offers: [{service: s, capacity: 1e3}]}\n"
        #expect(diagnostics(yaml) == [
            "t.yaml:5:68: error: 'capacity' must be at most 10,000,000 cases or places a year, found 10000001",
            "t.yaml:6:68: error: 'capacity' of an offer must be a whole number, found '1e3'",
        ])
    }

    @Test func hexadecimalIsRefusedEverywhereAlike() {
        let yaml = "network: T\nservices: [{id: s, name: S}]\nactors:\n"
            + "  - {id: a, name: A, kind: office, influence: 0x5, offers: [{service: s, capacity: 0x10}]}\n"
        #expect(diagnostics(yaml) == [
            "t.yaml:4:47: error: 'influence' of an actor must be a number, found '0x5' (write numbers in decimal)",
            "t.yaml:4:84: error: 'capacity' of an offer must be a whole number, found '0x10' (write numbers in decimal)",
        ])
    }

    @Test(arguments: [
        ("Caritas", TextRules.Kind.name, []),
        ("Društvo Novo mesto", .name, []),
        ("A\u{FFFE}", .name, [TextRules.Finding(severity: .error, message: "contains U+FFFE, a noncharacter that diagrams cannot show; remove it")]),
        ("A\u{1F}", .shortText, [TextRules.Finding(severity: .error, message: "contains U+001F, a control character, which diagrams and terminals cannot show; remove it")]),
        ("A\u{7F}", .name, [TextRules.Finding(severity: .error, message: "contains U+007F, a control character, which diagrams and terminals cannot show; remove it")]),
        ("Zeile\nZwei\tdrei\r\n", .longText, []),
        ("\u{202E}lanoitan", .name, [TextRules.Finding(severity: .warning, message: "contains U+202E (right-to-left override), which changes how the text around it is shown; remove it unless the name needs it")]),
        ("\u{202E}lanoitan", .shortText, []),
        ("AWO\u{2060}", .name, [TextRules.Finding(severity: .warning, message: "contains U+2060 (word joiner), an invisible character: names that differ by it look the same")]),
        // A zero-width non-joiner inside a Persian word is spelling.
        ("می\u{200C}خواهم", .name, []),
        ("a\u{200C}b", .name, [TextRules.Finding(severity: .warning, message: "contains U+200C (zero-width non-joiner), an invisible character: names that differ by it look the same")]),
    ] as [(String, TextRules.Kind, [TextRules.Finding])])
    func textsAreChecked(_ text: String, _ kind: TextRules.Kind, _ findings: [TextRules.Finding]) {
        #expect(TextRules.check(text, as: kind) == findings)
    }

    @Test(arguments: [(TextRules.Kind.identifier, 200), (.name, 4_000), (.shortText, 4_000), (.longText, 20_000)])
    func lengthsAreCountedInCharacters(_ kind: TextRules.Kind, _ limit: Int) {
        #expect(TextRules.check(String(repeating: "ä", count: limit), as: kind).isEmpty)
        #expect(TextRules.check(String(repeating: "a", count: limit + 1), as: kind).first?.message
                == "is \(TextRules.grouped(limit + 1)) characters long, more than the limit of \(TextRules.grouped(limit)) for \(kind)")
    }

    @Test func aHugeNameIsReportedWithoutBeingEchoed() {
        let yaml = "network: T\nactors: [{id: a, name: \(String(repeating: "x", count: 1_000_000)), kind: office}]\n"
        #expect(diagnostics(yaml) == ["t.yaml:2:24: error: 'name' of an actor is 1,000,000 characters long, more than the limit of 4,000 for a name"])
    }

    @Test(arguments: [("vhs", "VHS"), ("team-1", "team-l"), ("caritasI", "caritasl"), ("m0ve", "move"), ("rn", "m"), ("vv", "w")])
    func lookAlikeIdsShareASkeleton(_ first: String, _ second: String) {
        #expect(LookAlikeCheck.skeleton(first) == LookAlikeCheck.skeleton(second))
    }

    @Test func distinctIdsKeepTheirSkeletons() {
        #expect(LookAlikeCheck.skeleton("vhs") != LookAlikeCheck.skeleton("vhs2"))
        #expect(LookAlikeCheck.skeleton("dlz") != LookAlikeCheck.skeleton("diz"))
    }

    @Test func lookAlikeIdsAreAWarningNamingBoth() throws {
        let result = NetworkLoader().load(yaml: "network: T\nactors:\n  - {id: vhs, name: A, kind: office}\n  - {id: VHS, name: B, kind: office}\n",
                                          file: "t.yaml")
        #expect(result.network != nil)
        #expect(result.diagnostics.map(\.description) == [
            "t.yaml:4:5: warning: actor ids 'vhs' and 'VHS' differ only in case or in characters that look alike "
                + "(first at t.yaml:3:5); a reader cannot tell them apart",
        ])
    }
}
