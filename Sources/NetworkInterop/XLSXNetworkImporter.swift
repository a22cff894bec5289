import Foundation
import NetworkModel

extension CSVNetworkImporter {
    /// A workbook with the sheets `export --format xlsx` writes (named `network`, `services`,
    /// `actors`, ... or as `SheetRole.named` knows them); other worksheets (`measures`, notes)
    /// are not read. Problems are placed at `BOOK.xlsx:Sheet` row and column, which
    /// `ImportResult.describe` prints as `BOOK.xlsx:Sheet!B7`.
    public func importWorkbook(_ input: ImportInput) -> ImportResult {
        let reader: XLSXReader
        switch XLSXReader.open(input) {
        case .failure(let failure): return ImportResult(yaml: nil, network: nil, diagnostics: failure.diagnostics, workbook: input.file)
        case .success(let opened): reader = opened
        }
        switch reader.worksheets() {
        case .failure(let failure):
            return ImportResult(yaml: nil, network: nil, diagnostics: failure.diagnostics, workbook: input.file)
        case .success(let (worksheets, problems)):
            var diagnostics = problems
            var sheets: [Sheet] = []
            for worksheet in worksheets {
                guard let role = SheetRole.named(worksheet.name) else { continue }
                guard !sheets.contains(where: { $0.role == role }) else {
                    diagnostics.append(.error("\(input.file): two \(role.rawValue) worksheets; keep one", at: nil))
                    continue
                }
                diagnostics += worksheet.diagnostics
                guard let document = worksheet.document else { continue }
                sheets.append(Sheet(role: role, file: input.file + ":" + worksheet.name, document: document))
            }
            if !worksheets.contains(where: { SheetRole.named($0.name) == .actors }) {
                let names = worksheets.map { "'\($0.name)'" }.joined(separator: ", ")
                diagnostics.append(.error("\(input.file) has no worksheet named 'actors' (it has \(names)); "
                    + "name the sheets as 'export --format xlsx' does", at: nil))
            }
            guard !diagnostics.hasErrors else {
                return ImportResult(yaml: nil, network: nil, diagnostics: diagnostics.sortedByLocation(), workbook: input.file)
            }
            var result = importSheets(sheets, sources: [input.file], command: "import xlsx")
            result.diagnostics = diagnostics + result.diagnostics
            result.workbook = input.file
            return result
        }
    }
}

extension ImportResult {
    /// A diagnostic as the command prints it: `FILE:LINE:COL: error: ...`, or for a worksheet
    /// cell `BOOK.xlsx:Sheet!B7: error: ...`, the place a spreadsheet user looks for.
    public func describe(_ diagnostic: Diagnostic) -> String {
        guard let workbook, let location = diagnostic.location, location.file.hasPrefix(workbook + ":") else {
            return diagnostic.description
        }
        let cell = location.file + "!" + XLSXCellReference.name(column: location.column) + String(location.line)
        return "\(cell): \(diagnostic.severity.rawValue): \(diagnostic.message)"
    }
}
