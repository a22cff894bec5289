import Foundation
import Testing
@testable import NetworkModel

/// The words of issue 14's messages, piece by piece; the malformed corpus shows them in place.
struct PlainMessagesTests {
    @Test(arguments: [
        ("2024-02-29", nil),
        ("2024-02-30", "February 2024 has 29 days"),
        ("2023-02-29", "February 2023 has 28 days"),
        ("1900-02-29", "February 1900 has 28 days"),
        ("2023-04-31", "April 2023 has 30 days"),
        ("2023-04-00", "there is no day 00; days start at 01"),
        ("2024-13-01", "there is no month 13; months run from 01 to 12"),
        ("2024-00-01", "there is no month 00; months run from 01 to 12"),
        ("0000-01-01", "there is no year 0000; years start at 0001"),
        ("0001-01-01", nil),
        ("24.5.2024", "a date is written YYYY-MM-DD, such as 2024-05-31"),
        ("2024-5-01", "a date is written YYYY-MM-DD, such as 2024-05-31"),
        ("２０２４-01-01", "a date is written YYYY-MM-DD, such as 2024-05-31"),
    ] as [(String, String?)])
    func datesSayWhatIsWrong(_ text: String, _ explanation: String?) {
        switch CalendarDate.parse(text) {
        case .success(let date):
            #expect(explanation == nil)
            #expect(date.description == text)
        case .failure(let problem):
            #expect(problem.explanation == explanation)
        }
    }

    @Test func theFirstDayOfYearOneCountsDays() throws {
        let first = try #require(CalendarDate("0001-01-01"))
        #expect(first.dayNumber == -719_162)
    }

    @Test(arguments: [
        ("parität", "paritaet"), ("Straße", "Strasse"), ("Ölmühle", "Oelmuehle"),
        ("Društvo Novo mesto", "Drustvo-Novo-mesto"), ("café", "cafe"), ("Ærø", "AEroe"),
        ("Kelmė", "Kelme"), ("caritas halle ", "caritas-halle"), ("-x", "x"), ("a/b", "ab"),
    ])
    func idsAreTransliterated(_ text: String, _ expected: String) {
        #expect(Identifier.transliterated(text) == expected)
    }

    @Test(arguments: ["مرکز", "Україна", "dlz", "", "---"])
    func noIdIsGuessedWithoutLatinLetters(_ text: String) {
        #expect(Identifier.transliterated(text) == nil)
    }

    @Test(arguments: [
        ("de", nil), ("pt-BR", nil), ("sr-Latn", nil), ("gsw", nil), ("prs", nil), ("qaa", nil), ("zh-Hant-TW", nil),
        ("ua", "'ua' is the country code of Ukraine, not a language (did you mean 'uk' (Ukrainian)?)"),
        ("ua-UA", "'ua-UA' is the country code of Ukraine, not a language (did you mean 'uk' (Ukrainian)?)"),
        ("gr", "'gr' is the country code of Greece, not a language (did you mean 'el' (Modern Greek)?)"),
        ("de-AT", nil),
        ("at", "'at' is the country code of Austria, not a language (did you mean 'de' (German)?)"),
        ("deu", "'deu' is the three-letter code for German; a language tag uses the two-letter code 'de'"),
        ("ger", "'ger' is the three-letter code for German; a language tag uses the two-letter code 'de'"),
        ("iw", "'iw' is an outdated code for Hebrew; write 'he'"),
        ("xx", "'xx' is not a language in the IANA language subtag registry; use codes such as 'de', 'ar', 'pt-BR'"),
        ("Arabic", "'Arabic' is not a language tag; use codes such as 'de', 'ar', 'pt-BR' (did you mean 'ar' (Arabic)?)"),
        ("Türkisch", "'Türkisch' is not a language tag; use codes such as 'de', 'ar', 'pt-BR' (did you mean 'tr' (Turkish)?)"),
    ] as [(String, String?)])
    func languageTagsAreLanguages(_ tag: String, _ message: String?) {
        #expect(LanguageTagCheck.problem(tag) == message)
    }

    @Test func theRegistryTableIsComplete() {
        #expect(LanguageSubtags.twoLetter.count == 185)
        #expect(LanguageSubtags.threeLetter.count > 8_000)
        // Three-letter codes of languages with a two-letter code are not subtags of their own.
        #expect(!LanguageSubtags.threeLetter.contains("deu"))
        #expect(LanguageSubtags.threeLetter.contains("tzm"))
        #expect(LanguageSubtags.countries["ua"]?.language == "uk")
        #expect(LanguageSubtags.countries.keys.allSatisfy { LanguageSubtags.twoLetter[$0] == nil })
    }

    @Test(arguments: [
        ("    name: Caritas: Migrationsdienst", "name: \"Caritas: Migrationsdienst\""),
        ("  - name: Caritas: Migrationsdienst   # Halle", "name: \"Caritas: Migrationsdienst\""),
        ("name: Verein \"Brücke\": Treffpunkt", "name: \"Verein \\\"Brücke\\\": Treffpunkt\""),
        ("  - {id: a, name: A: B}", nil),
        ("name: \"A\": B", nil),
        ("just text", nil),
    ] as [(String, String?)])
    func anUnquotedColonGetsItsQuotedForm(_ line: String, _ expected: String?) {
        #expect(YAMLSyntaxHint.quotedValue(line) == expected)
    }

    @Test func otherSyntaxErrorsGetNoQuoteHint() {
        #expect(YAMLSyntaxHint.hint(problem: "did not find expected key", line: "name: a: b") == "")
        #expect(YAMLSyntaxHint.hint(problem: "mapping values are not allowed in this context", line: nil)
                == "; a value that contains ': ' must be put in quotes")
    }

    @Test func aScalarOfferSaysHowOffersAreWritten() {
        let yaml = "network: T\nservices: [{id: s, name: S}]\nactors:\n  - {id: a, name: A, kind: office, offers: [s, 7]}\n"
        #expect(diagnostics(yaml) == [
            "t.yaml:4:45: error: an offer is written '- service: ID', with keys and values; found only the text 's': write '- service: s'",
            "t.yaml:4:48: error: an offer is written '- service: ID', with keys and values; found only the text '7': write '- service: 7'",
        ])
    }

    @Test func anEmptyActorListIsNoActor() {
        #expect(diagnostics("network: T\nactors: []\n") == ["t.yaml:1:1: error: the network has no actors; add at least one under 'actors:'"])
        #expect(diagnostics("network: T\nactors: 3\n") == ["t.yaml:2:9: error: 'actors' of the top level must be a list, found a scalar"])
    }
}

/// Lines counted as an editor counts them, whatever line ends libyaml sees.
struct LineCountingTests {
    /// A name holding each of libyaml's extra line ends, then a mistake two lines below it.
    @Test(arguments: ["\u{85}", "\u{2028}", "\u{2029}", "\r", "\r\n\r"])
    func unusualLineEndsDoNotMoveLaterPlaces(_ lineEnd: String) {
        let yaml = "network: T\nactors:\n  - {id: a, name: \"A\(lineEnd)B\", kind: office}\n  - {id: b, name: B, kind: offic}\n"
        let expectedLine = lineEnd.contains("\n") ? 5 : 4
        // (Two line ends in a quoted name leave a line break in it, an error of its own.)
        #expect(diagnostics(yaml).contains { $0.hasPrefix("t.yaml:\(expectedLine):28: error: unknown kind 'offic'") })
    }

    @Test func aFileOfCarriageReturnsCountsThemAsLines() {
        let yaml = "network: T\ractors:\r  - {id: a, name: A, kind: offic}\r"
        #expect(diagnostics(yaml).first?.hasPrefix("t.yaml:3:28: error: unknown kind 'offic'") == true)
    }

    @Test func syntaxErrorsAfterAnUnusualLineEndKeepTheirLine() {
        let yaml = "network: T\nactors:\n  - {id: a, name: \"A\u{2028}B\", kind: office}\n  - {id: b, name: B: C, kind: office}\n"
        #expect(diagnostics(yaml).first?.hasPrefix("t.yaml:4:") == true)
    }

    @Test func theMapTranslatesMarks() {
        let map = YAMLLineMap(bytes: Array("ab\u{85}cd\nef\u{2028}g\r\nh".utf8))
        // libyaml's lines: "ab", "cd", "ef", "g", "h"; the editor's: "ab\u{85}cd", "ef\u{2028}g", "h".
        #expect(map.mark(yamlLine: 1, column: 1) == YAMLMark(zeroBasedLine: 0, column: 4))
        #expect(map.mark(yamlLine: 3, column: 0) == YAMLMark(zeroBasedLine: 1, column: 3))
        #expect(map.mark(yamlLine: 4, column: 0) == YAMLMark(zeroBasedLine: 2, column: 0))
        #expect(YAMLLineMap.isNeeded(for: Array("a\r\nb\n".utf8)) == false)
        #expect(YAMLLineMap.isNeeded(for: Array("a\rb\n".utf8)) == true)
    }
}

/// At most `DiagnosticListing.limit` problems are printed, and the rest counted.
struct DiagnosticListingTests {
    static func problems(errors: Int, warnings: Int) -> [Diagnostic] {
        (0..<errors).map { Diagnostic.error("e\($0)", at: SourceLocation(file: "f", line: 2 * $0 + 2, column: 1)) }
            + (0..<warnings).map { Diagnostic.warning("w\($0)", at: SourceLocation(file: "f", line: 2 * $0 + 1, column: 1)) }
    }

    @Test func aFewAreAllPrinted() {
        let text = DiagnosticListing.text(Self.problems(errors: 2, warnings: 1).sortedByLocation(), limit: 3)
        #expect(text == "f:1:1: warning: w0\nf:2:1: error: e0\nf:4:1: error: e1\n")
        #expect(DiagnosticListing.text([], limit: 3) == "")
    }

    @Test func errorsComeBeforeWarningsWhenNotAllFit() {
        let text = DiagnosticListing.text(Self.problems(errors: 2, warnings: 5), limit: 3)
        #expect(text == "f:1:1: warning: w0\nf:2:1: error: e0\nf:4:1: error: e1\n"
                + "actormap: note: 4 more warnings not shown; the first 3 are above\n")
        let many = DiagnosticListing.text(Self.problems(errors: 5, warnings: 1), limit: 3)
        #expect(many.hasSuffix("actormap: note: 2 more errors and 1 more warning not shown; the first 3 are above\n"))
    }

    @Test func aHugeFileIsCutAtTheLimit() {
        var yaml = "network: T\nactors:\n"
        for index in 0..<300 { yaml += "  - {id: a\(index), name: A, kind: offic}\n" }
        let result = NetworkLoader().load(yaml: yaml, file: "t.yaml")
        #expect(result.diagnostics.count == 300)
        let lines = DiagnosticListing.text(result.diagnostics).split(separator: "\n")
        #expect(lines.count == DiagnosticListing.limit + 1)
        #expect(lines.last == "actormap: note: 100 more errors not shown; the first 200 are above")
    }
}
