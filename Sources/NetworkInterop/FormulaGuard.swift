/// The leading apostrophe that keeps a spreadsheet from running a cell as a formula (OWASP's
/// advice against CSV injection, as `SpreadsheetCell` in NetworkReports applies it to every other CSV actormap writes),
/// made exactly reversible for the network's own CSV files, so that export then import gives back
/// every name as it was.
///
/// `protect` adds one `'` to a cell that begins with `=`, `+`, `-`, `@`, tab or CR (unless it is
/// a plain number such as `-0.5`, which stays a number) and also to a cell that begins with one or
/// more `'` followed by such a character, so a name that itself starts with `'=` survives.
/// `restore` removes one `'` from a cell that begins with one or more `'` followed by such a
/// character, and leaves every other cell alone: the two are inverse to each other on all text.
/// A cell typed by hand as `'=A1` therefore imports as `=A1`, the text a spreadsheet showed.
public enum FormulaGuard {
    /// Looked at as Unicode scalars, not characters: `"\r\n"` is one `Character` in Swift, and a
    /// cell starting with CR LF starts with CR.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    public static func protect(_ cell: String) -> String {
        if startsWithQuotedFormula(cell) { return "'" + cell }
        guard let first = cell.unicodeScalars.first, formulaStarts.contains(first), !isPlainNumber(cell) else { return cell }
        return "'" + cell
    }

    public static func restore(_ cell: String) -> String {
        startsWithQuotedFormula(cell) ? String(cell.unicodeScalars.dropFirst()) : cell
    }

    /// One or more `'`, then a character a spreadsheet would start a formula with.
    private static func startsWithQuotedFormula(_ cell: String) -> Bool {
        guard cell.unicodeScalars.first == "'" else { return false }
        guard let next = cell.unicodeScalars.first(where: { $0 != "'" }) else { return false }
        return formulaStarts.contains(next)
    }

    /// A decimal number as actormap writes numbers (`-0.5`, `+3`, `1e-05`), never a formula: the
    /// same exception `SpreadsheetCell` makes.
    static func isPlainNumber(_ cell: String) -> Bool {
        guard Double(cell) != nil else { return false }
        return cell.unicodeScalars.allSatisfy { $0.isASCII && (("0"..."9").contains($0) || "+-.eE".unicodeScalars.contains($0)) }
    }
}
