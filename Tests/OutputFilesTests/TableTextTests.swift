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

    @Test func cellsBeyondTheColumnsAreLeftOutAndNoColumnsGiveEmptyLines() {
        let table = Table(columns: ["id", "n"], alignments: [.left, .right], rows: [["a1", "7", "extra", "more"], ["b22", "10"]])
        #expect(table.text() == "id    n\n---  --\na1    7\nb22  10\n")
        #expect(Table(columns: [], rows: [["x"], []]).text() == "\n\n\n\n")
    }

    /// The shortcut (printable ASCII) and the walk by characters, each against a width counted by hand.
    @Test(arguments: [("", 0), ("Stadt Halle", 11), ("a9", 2), ("0.1234", 6), ("~!@#$%^&*()_+{}|:<>?", 20),
                      ("tab\there", 8), ("cr\r\nlf", 5), ("nul\u{0}x", 5), ("Ausländer", 9), ("e\u{301}", 1),
                      ("東京 Tokyo", 10), ("😀", 2), ("Ελλάδα", 6), ("\u{7F}del", 4)])
    func widthCountsColumns(text: String, width: Int) {
        #expect(TerminalWidth.of(text) == width)
        #expect(TerminalWidth.byCharacter(text) == width)
    }

    @Test func everyKindOfLineBreakBecomesASpace() {
        let breaks = ["\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
        for lineBreak in breaks {
            #expect(Table.oneLine(["a\(lineBreak)b"]) == ["a b"], "\(lineBreak.unicodeScalars.map(\.value))")
        }
        #expect(Table.oneLine(["Ausländerbehörde", "plain"]) == ["Ausländerbehörde", "plain"])
    }
}
