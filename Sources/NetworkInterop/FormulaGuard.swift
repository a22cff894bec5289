import NetworkReports

/// The leading apostrophe that keeps a spreadsheet from running a cell as a formula (OWASP's
/// advice against CSV injection, as `SpreadsheetCell` applies it to every CSV actormap writes),
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
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    public static func protect(_ cell: String) -> String {
        if startsWithQuotedFormula(cell) { return "'" + cell }
        return SpreadsheetCell.neutralised(cell)
    }

    public static func restore(_ cell: String) -> String {
        startsWithQuotedFormula(cell) ? String(cell.dropFirst()) : cell
    }

    /// One or more `'`, then a character a spreadsheet would start a formula with.
    private static func startsWithQuotedFormula(_ cell: String) -> Bool {
        guard cell.first == "'" else { return false }
        guard let next = cell.first(where: { $0 != "'" }) else { return false }
        return formulaStarts.contains(next)
    }
}
