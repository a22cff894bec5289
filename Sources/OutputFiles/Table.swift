import Foundation

/// A result that is naturally a table, written in the forms CLI.md names: aligned text for the
/// terminal, CSV for spreadsheets, GitHub-flavoured Markdown for reports. One type so that every
/// command's table looks and escapes the same way.
public struct Table: Sendable, Equatable {
    public enum Alignment: Sendable, Equatable { case left, right }

    public var columns: [String]
    public var alignments: [Alignment]
    public var rows: [[String]]

    public init(columns: [String], alignments: [Alignment]? = nil, rows: [[String]] = []) {
        self.columns = columns
        self.alignments = alignments ?? Array(repeating: .left, count: columns.count)
        self.rows = rows
    }

    public mutating func append(_ row: [String]) { rows.append(row) }

    /// Columns padded by display width, so umlauts, Greek and Arabic line up as well as ASCII.
    /// Each cell's width is measured once and the text is built in one string: a 10,000-actor
    /// `centrality` table has 150,000 cells, and measuring them twice and joining arrays of pieces
    /// took a quarter of a second of the command's single-threaded tail.
    public func text() -> String {
        let lines = [columns] + rows.map(Table.oneLine)
        let columnCount = columns.count
        var cellWidths = [Int](repeating: 0, count: lines.count * columnCount)
        var widths = Array(repeating: 0, count: columnCount)
        var size = 0
        for (rowIndex, row) in lines.enumerated() {
            for (index, cell) in row.prefix(columnCount).enumerated() {
                let width = TerminalWidth.of(cell)
                cellWidths[rowIndex * columnCount + index] = width
                widths[index] = max(widths[index], width)
                size += cell.utf8.count
            }
        }
        let ruleLength = widths.reduce(0, +) + 2 * max(columnCount - 1, 0)
        var out = ""
        out.reserveCapacity(size + lines.count * (ruleLength + 1) + ruleLength + 1)
        func appendSpaces(_ count: Int) {
            for _ in 0..<max(count, 0) { out.append(" ") }
        }
        func append(_ row: [String], rowIndex: Int) {
            for index in 0..<columnCount {
                if index > 0 { out.append("  ") }
                let cell = index < row.count ? row[index] : ""
                let padding = widths[index] - cellWidths[rowIndex * columnCount + index]
                switch alignments[index] {
                case .left:
                    out.append(cell)
                    if index < columnCount - 1 { appendSpaces(padding) }
                case .right:
                    appendSpaces(padding)
                    out.append(cell)
                }
            }
            out.append("\n")
        }
        append(lines[0], rowIndex: 0)
        for (index, width) in widths.enumerated() {
            if index > 0 { out.append("  ") }
            for _ in 0..<width { out.append("-") }
        }
        out.append("\n")
        for rowIndex in lines.indices.dropFirst() { append(lines[rowIndex], rowIndex: rowIndex) }
        return out
    }

    /// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled, CRLF-free; a
    /// field a spreadsheet would run as a formula is neutralised first (`SpreadsheetCell`).
    public func csv() -> String {
        ([columns] + rows).map { $0.map(Table.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// A pipe table; every cell escaped (`MarkdownText.cell`) so a name can neither break the
    /// table nor become a link, an image or HTML.
    public func markdown() -> String {
        func line(_ row: [String]) -> String {
            "| " + row.map(Table.markdownCell).joined(separator: " | ") + " |"
        }
        let rule = "|" + alignments.map { $0 == .right ? "---:|" : "---|" }.joined()
        return ([line(columns), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    static func csvField(_ cell: String) -> String {
        let field = SpreadsheetCell.neutralised(cell)
        // By scalars: "\r\n" is one Character, equal to neither "\r" nor "\n".
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func markdownCell(_ cell: String) -> String { MarkdownText.cell(cell) }

    /// A terminal table row must stay on one line: line breaks in names become spaces. Cells
    /// without one, nearly all, are kept as they are instead of being rebuilt character by character.
    static func oneLine(_ row: [String]) -> [String] {
        row.map { cell in
            guard cell.unicodeScalars.contains(where: isLineBreak) else { return cell }
            return String(cell.map { $0.isNewline ? " " : $0 })
        }
    }

    /// The scalars that begin a `Character` whose `isNewline` is true: LF, VT, FF, CR, NEL,
    /// LINE SEPARATOR, PARAGRAPH SEPARATOR.
    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
