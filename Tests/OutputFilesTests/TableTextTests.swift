import Testing
@testable import OutputFiles

/// The terminal table: columns aligned by display width whatever the script, one line per row,
/// and the shortcuts for plain ASCII giving what the walk by characters gives.
struct TableTextTests {
    @Test func columnsAlignByDisplayWidthInEveryScript() {
        let table = Table(columns: ["id", "name", "score"], alignments: [.left, .left, .right], rows: [
            ["a1", "Ausländerbehörde", "0.5000"],
            ["a2", "Ελληνική Κοινότητα", "12.2500"],
            ["a3", "مركز الاستشارة", "3"],
            ["a4", "東京", "1.0000"],
            ["a5", "Zeile\nzwei", ""],
            ["a6"],
        ])
        #expect(table.text() == """
        id  name                  score
        --  ------------------  -------
        a1  Ausländerbehörde     0.5000
        a2  Ελληνική Κοινότητα  12.2500
        a3  مركز الاستشارة            3
        a4  東京                 1.0000
        a5  Zeile zwei                 
        a6                             

        """)
    }

    @Test func theLastLeftColumnIsNotPaddedAndEmptyTablesKeepTheirHeader() {
        let table = Table(columns: ["kind", "name"], rows: [["public", "Stadt"], ["ngo", "Verein Miteinander e. V."]])
        #expect(table.text() == "kind    name\n------  ------------------------\npublic  Stadt\nngo     Verein Miteinander e. V.\n")
        #expect(Table(columns: ["id"]).text() == "id\n--\n")
    }

    @Test(arguments: ["", "Stadt Halle", "a9", "0.1234", "~!@#$%^&*()_+{}|:<>?", "tab\there", "cr\r\nlf", "nul\u{0}x",
                      "Ausländer", "e\u{301}", "東京 Tokyo", "😀", "Ελλάδα", "\u{7F}del"])
    func widthOfPlainTextEqualsTheWalkByCharacters(text: String) {
        #expect(TerminalWidth.of(text) == TerminalWidth.byCharacter(text))
    }

    @Test func everyKindOfLineBreakBecomesASpace() {
        let breaks = ["\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
        for lineBreak in breaks {
            #expect(Table.oneLine(["a\(lineBreak)b"]) == ["a b"], "\(lineBreak.unicodeScalars.map(\.value))")
        }
        #expect(Table.oneLine(["Ausländerbehörde", "plain"]) == ["Ausländerbehörde", "plain"])
    }
}
