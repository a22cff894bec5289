import Foundation
import NetworkModel

/// One imported CSV file with its columns resolved to canonical names, so the importer asks for
/// "the kind cell of this row" and gets the text with its place for error messages.
struct CSVSheet {
    let file: String
    let document: CSVDocument
    /// Canonical column name to 1-based field index; the first of repeated headers wins.
    let columns: [String: Int]
    /// Header text as written, by canonical name, to tell `Type` (Kumu) from `kind`.
    let written: [String: String]
    let aliases: [String: String]

    init(file: String, document: CSVDocument, aliases: [String: String]) {
        self.file = file
        self.document = document
        self.aliases = aliases
        var columns: [String: Int] = [:]
        var written: [String: String] = [:]
        for field in document.header.fields {
            let name = CSVColumns.canonical(field.text, aliases: aliases)
            guard !name.isEmpty, columns[name] == nil else { continue }
            columns[name] = field.column
            written[name] = field.text.trimmingCharacters(in: .whitespaces)
        }
        self.columns = columns
        self.written = written
    }

    func has(_ column: String) -> Bool { columns[column] != nil }

    /// The cell in `column` of `row`: its text and place. A row shorter than the header has empty
    /// cells at the end, placed where they would be.
    func cell(_ column: String, in row: CSVDocument.Row) -> (text: String, location: SourceLocation)? {
        guard let index = columns[column] else { return nil }
        let field = index <= row.fields.count ? row.fields[index - 1] : nil
        return (field?.text ?? "", SourceLocation(file: file, line: field?.line ?? row.line, column: index))
    }

    /// A missing required column, placed at the header row.
    func missingColumn(_ column: String, purpose: String) -> Diagnostic {
        let found = document.header.fields.map { "'\($0.text)'" }.joined(separator: ", ")
        let hint = Suggestion.hint(for: column, among: document.header.fields.map(\.text))
        return .error("no '\(column)' column (\(purpose)); the header has \(found)\(hint)",
                      at: SourceLocation(file: file, line: document.header.line, column: 1))
    }
}

/// Cell values as spreadsheets write them.
enum CSVCell {
    /// `;` separates list items; `|` too, as Kumu writes. Items are trimmed, empty items dropped.
    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "|" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    static func bool(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "yes", "y", "1", "x", "ja", "wahr": return true
        case "false", "no", "n", "0", "nein", "falsch": return false
        default: return nil
        }
    }

    /// Accepts a decimal comma as well, since German spreadsheets write `1,5`.
    static func number(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return Double(trimmed) ?? Double(trimmed.replacingOccurrences(of: ",", with: "."))
    }

    /// `Migrant Organisation`, `migrant_organisation` and `migrant-organisation` are one kind.
    static func enumWord(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-")
    }
}
