import NetworkAnalysis
import NetworkModel

/// The network as a folder of CSV files, one per sheet of `NetworkSheets` (`network.csv`,
/// `services.csv`, `actors.csv`, `links.csv`, `offers.csv`, `pathways.csv`, `accepted.csv`, and
/// `measures.csv` with `--with-measures`), which `import csv FOLDER` reads back to the same network.
///
/// RFC 4180 with `,`; a field with a comma, quote, `;` or line break is quoted. Every text cell a
/// spreadsheet would run as a formula gets a leading `'` (`FormulaGuard`), which the import
/// removes again; numbers are written as numbers.
public enum NetworkCSVExport {
    public static func files(_ network: Network, measures: CentralityResult? = nil) -> [(name: String, bytes: [UInt8])] {
        NetworkSheets.tables(network, measures: measures).map { table in
            (name: table.name + ".csv", bytes: Array(csv(table).utf8))
        }
    }

    public static func csv(_ table: SheetTable) -> String {
        var out = table.columns.map { field(.text($0)) }.joined(separator: ",") + "\n"
        for row in table.rows {
            out += row.map(field).joined(separator: ",") + "\n"
        }
        return out
    }

    static func field(_ value: SheetValue) -> String {
        let text: String
        switch value {
        case .text(let value): text = FormulaGuard.protect(value)
        case .number, .boolean: text = value.text
        }
        // Scalars, not characters: CR LF is one `Character`, equal to neither CR nor LF.
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
