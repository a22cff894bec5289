import NetworkModel

/// A CSV file parsed with the place of every field, because an import error must point at the
/// spreadsheet cell a person has to fix.
///
/// Own parser rather than SwiftCSV 0.10.0: SwiftCSV returns rows as dictionaries or arrays with no
/// line numbers, and once a quoted field holds a line break the row index no longer tells the line,
/// so errors could not be placed. RFC 4180 is small enough to parse in one pass here.
///
/// Places: `line` is the 1-based physical line on which the row (or the field) starts, as a text
/// editor counts; `column` is the 1-based index of the field in its row, as a spreadsheet counts
/// columns (A = 1), which stays meaningful when fields are quoted or hold line breaks.
public struct CSVDocument: Sendable {
    public struct Field: Sendable, Equatable {
        public var text: String
        public var line: Int
        public var column: Int
    }

    public struct Row: Sendable {
        public var line: Int
        public var fields: [Field]

        public var isBlank: Bool { fields.allSatisfy { $0.text.isEmpty } }
    }

    public struct ParseError: Error, Sendable, Equatable {
        public var message: String
        public var line: Int
        public var column: Int
    }

    public var separator: Character
    public var header: Row
    public var rows: [Row]

    /// Parses UTF-8 text with or without a byte-order mark. The separator is `;` when the header
    /// line (outside quotes) holds more `;` than `,`, as spreadsheets in German locales save.
    public static func parse(_ bytes: [UInt8]) -> Result<CSVDocument, ParseError> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            let (line, column, byte) = firstInvalidByte(body)
            let hex = String(byte, radix: 16, uppercase: true)
            return .failure(ParseError(message: "the file is not UTF-8 text (byte 0x\(hex.count == 1 ? "0" : "")\(hex) here; "
                                       + "Excel's plain \"CSV\" saves Windows-1252): save it as \"CSV UTF-8\"",
                                       line: line, column: column))
        }
        let scalars = Array(text.unicodeScalars)
        let separator = detectSeparator(scalars)
        switch parseRows(scalars, separator: Unicode.Scalar(separator == ";" ? ";" : ",")) {
        case .failure(let error): return .failure(error)
        case .success(var rows):
            guard !rows.isEmpty else {
                return .failure(ParseError(message: "the file is empty; the first line must name the columns", line: 1, column: 1))
            }
            let header = rows.removeFirst()
            return .success(CSVDocument(separator: separator, header: header, rows: rows.filter { !$0.isBlank }))
        }
    }

    /// Line and column (in characters) of the first byte that is not UTF-8, and the byte.
    static func firstInvalidByte(_ bytes: ArraySlice<UInt8>) -> (line: Int, column: Int, byte: UInt8) {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            let end = index + length
            if length == 0 || end > bytes.endIndex || String(validating: bytes[index..<end], as: UTF8.self) == nil {
                let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
                return (line, column, byte)
            }
            if byte == 0x0A {
                line += 1
                lineStart = end
            }
            index = end
        }
        return (line, 1, 0)
    }

    static func detectSeparator(_ scalars: [Unicode.Scalar]) -> Character {
        var commas = 0, semicolons = 0, quoted = false
        for scalar in scalars {
            if scalar == "\"" { quoted.toggle() }
            if quoted { continue }
            if scalar == "\n" || scalar == "\r" { break }
            if scalar == "," { commas += 1 }
            if scalar == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }

    private static func parseRows(_ scalars: [Unicode.Scalar], separator: Unicode.Scalar) -> Result<[Row], ParseError> {
        var rows: [Row] = []
        var fields: [Field] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var rowLine = 1
        var fieldLine = 1
        var index = 0
        var atFieldStart = true

        func endField() {
            fields.append(Field(text: String(field), line: fieldLine, column: fields.count + 1))
            field = String.UnicodeScalarView()
            atFieldStart = true
        }
        func endRow() {
            endField()
            rows.append(Row(line: rowLine, fields: fields))
            fields = []
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if atFieldStart {
                fieldLine = line
                if fields.isEmpty { rowLine = line }
            }
            if atFieldStart && scalar == "\"" {
                // A quoted field: runs to the closing quote, doubled quotes are one quote.
                let openLine = line
                index += 1
                var closed = false
                while index < scalars.count {
                    let inner = scalars[index]
                    if inner == "\"" {
                        if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                            field.append("\"")
                            index += 2
                            continue
                        }
                        closed = true
                        index += 1
                        break
                    }
                    if inner == "\n" || (inner == "\r" && !(index + 1 < scalars.count && scalars[index + 1] == "\n")) {
                        line += 1
                    }
                    field.append(inner)
                    index += 1
                }
                guard closed else {
                    return .failure(ParseError(message: "unterminated quoted field: the closing '\"' is missing",
                                               line: openLine, column: fields.count + 1))
                }
                atFieldStart = false
                // Only a separator or the end of the line may follow a closing quote.
                if index < scalars.count, scalars[index] != separator, scalars[index] != "\n", scalars[index] != "\r" {
                    return .failure(ParseError(message: "unexpected text after the closing quote of a field",
                                               line: line, column: fields.count + 1))
                }
                continue
            }
            atFieldStart = false
            switch scalar {
            case separator:
                endField()
                index += 1
            case "\r", "\n":
                endRow()
                index += (scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n") ? 2 : 1
                line += 1
            default:
                field.append(scalar)
                index += 1
            }
        }
        if !atFieldStart || !fields.isEmpty || !field.isEmpty {
            endRow()
        }
        return .success(rows)
    }
}

extension CSVDocument {
    /// An error at every row longer or shorter than the header. Such a row has shifted cells (an
    /// unquoted `;` in `de;en`, a `,` in `Caritas, Berlin`): every later cell would land in the
    /// wrong column, so a file with one is not read at all, whichever import reads it.
    func rowsOfAnotherWidth(file: String) -> [Diagnostic] {
        let width = header.fields.count
        return rows.filter { $0.fields.count != width }.map { row in
            .error("this row has \(row.fields.count) cells but the header has \(width); a cell holding the separator "
                       + "'\(separator)' must be quoted, or the cells have shifted",
                   at: SourceLocation(file: file, line: row.line, column: min(row.fields.count, width + 1)))
        }
    }
}
