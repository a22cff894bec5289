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
    public func text() -> String {
        let cells = [columns] + rows.map(Table.oneLine)
        var widths = Array(repeating: 0, count: columns.count)
        for row in cells {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], TerminalWidth.of(cell))
            }
        }
        func line(_ row: [String]) -> String {
            var parts: [String] = []
            for index in columns.indices {
                let cell = index < row.count ? row[index] : ""
                let padding = String(repeating: " ", count: widths[index] - TerminalWidth.of(cell))
                let isLast = index == columns.count - 1
                switch alignments[index] {
                case .left: parts.append(isLast ? cell : cell + padding)
                case .right: parts.append(padding + cell)
                }
            }
            return parts.joined(separator: "  ")
        }
        var out = [line(columns)]
        out.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        out.append(contentsOf: rows.map { line(Table.oneLine($0)) })
        return out.joined(separator: "\n") + "\n"
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

    /// A terminal table row must stay on one line: line breaks in names become spaces.
    static func oneLine(_ row: [String]) -> [String] {
        row.map { cell in String(cell.map { $0.isNewline ? " " : $0 }) }
    }
}
