import Testing
@testable import NetworkModel

struct SupportTypesTests {
    @Test(arguments: [("vemo2", ["vemo", "dlz"], "vemo"), ("acters", ["actors", "links"], "actors"),
                      ("DLZ", ["dlz"], "dlz"), ("dzl", ["dlz", "vemo"], "dlz"), ("civil", ["public", "civil-society"], "civil-society"),
                      ("xyz", ["actors", "links"], nil)] as [(String, [String], String?)])
    func suggestsTheNearestWord(_ word: String, _ candidates: [String], _ expected: String?) {
        #expect(Suggestion.closest(to: word, among: candidates) == expected)
    }

    @Test(arguments: [("2024-02-29", true), ("2023-02-29", false), ("2024-13-01", false), ("2024-4-1", false),
                      ("1900-02-29", false), ("2000-02-29", true), ("2024-04-31", false), ("abcd-ef-gh", false)])
    func calendarDatesAreRealDays(_ text: String, _ valid: Bool) {
        #expect((CalendarDate(text) != nil) == valid)
    }

    @Test func dayNumbersCountDays() throws {
        let start = try #require(CalendarDate("1970-01-01"))
        let later = try #require(CalendarDate("2024-03-01"))
        #expect(start.dayNumber == 0)
        #expect(later.dayNumber == 19_783)
        #expect(later.description == "2024-03-01")
    }

    @Test(arguments: [("dlz", true), ("a.b_c-1", true), ("9lives", true), ("-x", false), ("a b", false),
                      ("ümlaut", false), ("", false)])
    func identifiers(_ id: String, _ valid: Bool) {
        #expect(Identifier.isValid(id) == valid)
    }

    @Test(arguments: [("de", true), ("pt-BR", true), ("sr-Latn", true), ("zh-Hant-TW", true), ("Arabic", false),
                      ("d", false), ("de_DE", false)])
    func languageTags(_ tag: String, _ valid: Bool) {
        #expect(Identifier.isLanguageTag(tag) == valid)
    }

    @Test func diagnosticsSortByFileLineAndColumn() {
        let a = Diagnostic.error("x", at: SourceLocation(file: "b.yaml", line: 1, column: 1))
        let b = Diagnostic.error("y", at: SourceLocation(file: "a.yaml", line: 10, column: 2))
        let c = Diagnostic.error("z", at: SourceLocation(file: "a.yaml", line: 2, column: 9))
        let d = Diagnostic.error("no place", at: nil)
        #expect([a, b, c, d].sortedByLocation() == [d, c, b, a])
    }
}
