import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import NetworkModel

/// One worksheet's `<sheetData>` to a `CSVDocument`: the first row is the header, a row's fields
/// run across the header's columns (a missing cell is empty text), and every cell's text is what
/// the spreadsheet shows a person, as `XLSXReader` describes.
final class XLSXSheetParser: XMLPartParser {
    let place: String
    let sharedStrings: [String]
    let dateStyles: Set<Int>
    let date1904: Bool

    private(set) var diagnostics: [Diagnostic] = []
    /// Row number to (column, text), in document order.
    private var cells: [(row: Int, column: Int, text: String)] = []
    private var rowNumber = 0
    private var nextColumn = 1
    private var cell: (column: Int, type: String, style: Int, value: String, inline: String, formula: String?)?
    private var inValue = false
    private var inFormula = false
    private var inInlineText = false
    private var phoneticDepth = 0

    init(place: String, sharedStrings: [String], dateStyles: Set<Int>, date1904: Bool) {
        self.place = place
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
        self.date1904 = date1904
    }

    /// `name`: the sheet as a person knows it (`b.xlsx: the worksheet 'actors'`), for a damaged part.
    func parse(_ data: Data, name: String) -> (document: CSVDocument?, diagnostics: [Diagnostic]) {
        if let damage = read(data) {
            return (nil, diagnostics + [.error(damage.sentence(for: name), at: nil)])
        }
        return (document(), diagnostics)
    }

    private func location(row: Int, column: Int) -> SourceLocation {
        SourceLocation(file: place, line: row, column: column)
    }

    private func document() -> CSVDocument? {
        let nonEmpty = cells.filter { !$0.text.isEmpty }
        guard let headerRow = nonEmpty.map(\.row).min() else { return nil }
        let headerCells = nonEmpty.filter { $0.row == headerRow }
        let width = headerCells.map(\.column).max() ?? 0
        func fields(of row: Int, from entries: [(row: Int, column: Int, text: String)]) -> [CSVDocument.Field] {
            var texts = Array(repeating: "", count: width)
            for entry in entries where entry.column <= width { texts[entry.column - 1] = entry.text }
            return texts.enumerated().map { CSVDocument.Field(text: $1, line: row, column: $0 + 1) }
        }
        let header = CSVDocument.Row(line: headerRow, fields: fields(of: headerRow, from: headerCells))
        var rows: [CSVDocument.Row] = []
        let byRow = Dictionary(grouping: nonEmpty.filter { $0.row > headerRow }, by: \.row)
        for row in byRow.keys.sorted() {
            let entries = byRow[row] ?? []
            for entry in entries where entry.column > width {
                diagnostics.append(.error("a value outside the header's \(width) columns: give the column a name in row "
                    + "\(headerRow) or move the value", at: location(row: row, column: entry.column)))
            }
            rows.append(CSVDocument.Row(line: row, fields: fields(of: row, from: entries)))
        }
        return CSVDocument(separator: ",", header: header, rows: rows)
    }

    override func open(_ name: String, attributes: [String: String]) {
        switch name {
        case "row":
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            nextColumn = 1
        case "c":
            var column = nextColumn
            if let reference = attributes["r"], let parsed = XLSXCellReference.parse(reference) {
                column = parsed.column
                if parsed.row != rowNumber { rowNumber = parsed.row }
            }
            nextColumn = column + 1
            cell = (column, attributes["t"] ?? "n", attributes["s"].flatMap(Int.init) ?? 0, "", "", nil)
        case "v": inValue = true
        case "f":
            cell?.formula = ""
            inFormula = true
        case "rPh": phoneticDepth += 1
        case "t": inInlineText = phoneticDepth == 0 && cell != nil
        default: break
        }
    }

    override func close(_ name: String) {
        switch name {
        case "v": inValue = false
        case "f": inFormula = false
        case "t": inInlineText = false
        case "rPh": phoneticDepth -= 1
        case "c":
            if let cell { finish(cell) }
            cell = nil
        default: break
        }
    }

    override func text(_ string: String) {
        if inValue {
            cell?.value += string
        } else if inFormula {
            cell?.formula? += string
        } else if inInlineText {
            cell?.inline += string
        }
    }

    /// Formulas that are constants: LibreOffice saves every boolean cell as `TRUE()` or `FALSE()`.
    static let constantFormulas: Set<String> = ["TRUE()", "FALSE()", "TRUE", "FALSE"]

    private func finish(_ cell: (column: Int, type: String, style: Int, value: String, inline: String, formula: String?)) {
        let here = location(row: rowNumber, column: cell.column)
        if let formula = cell.formula,
           !Self.constantFormulas.contains(formula.trimmingCharacters(in: .whitespaces).uppercased()) {
            diagnostics.append(.error("a formula: the import reads values, not formulas; copy the cells and paste them "
                + "as values only", at: here))
            return
        }
        let text: String
        switch cell.type {
        case "s":
            guard let index = Int(cell.value), sharedStrings.indices.contains(index) else {
                diagnostics.append(.error("the cell refers to shared string \(cell.value), which the workbook lacks", at: here))
                return
            }
            text = sharedStrings[index]
        case "inlineStr": text = XLSXText.decode(cell.inline)
        case "str": text = XLSXText.decode(cell.value)
        case "b": text = cell.value == "1" ? "true" : "false"
        case "e":
            diagnostics.append(.error("an error value '\(cell.value)' where a value belongs", at: here))
            return
        case "d": text = String(cell.value.prefix(10))
        default:
            let raw = cell.value.trimmingCharacters(in: .whitespaces)
            guard !raw.isEmpty else { return }
            guard let number = Double(raw) else {
                diagnostics.append(.error("'\(raw)' is stored as a number but is none", at: here))
                return
            }
            if dateStyles.contains(cell.style) {
                guard let date = Self.date(serial: number, date1904: date1904) else {
                    diagnostics.append(.error("\(raw) is formatted as a date but is outside the years 1900-9999", at: here))
                    return
                }
                text = date
            } else {
                text = NumberText.plain(number)
            }
        }
        cells.append((rowNumber, cell.column, text))
    }

    /// An Excel date serial (days since 1899-12-30, which absorbs Lotus' phantom 29 February 1900;
    /// or since 1904-01-01) as `YYYY-MM-DD`; the time of day is dropped.
    static func date(serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }
        // Days since 1970-01-01.
        let days = Int(serial.rounded(.down)) + (date1904 ? -24_107 : -25_569)
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
