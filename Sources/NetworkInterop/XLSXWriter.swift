import Foundation
import NetworkAnalysis
import NetworkModel
import ZIPFoundation

/// The network's sheets (`NetworkSheets`) as one Office Open XML workbook (ECMA-376), the form
/// offices keep their lists in, which `import xlsx` reads back to the same network.
///
/// Text is written as inline strings, so no cell can be a formula and no `'` guard is needed;
/// numbers as numbers, booleans as booleans; empty cells are left out, as spreadsheets do. The zip
/// entries carry a fixed date, so the same network always gives the same bytes.
public enum XLSXWriter {
    public static func workbook(_ network: Network, measures: CentralityResult? = nil) throws -> [UInt8] {
        try workbook(NetworkSheets.tables(network, measures: measures))
    }

    public static func workbook(_ tables: [SheetTable]) throws -> [UInt8] {
        try zipped(parts(tables))
    }

    /// The workbook's parts, path and XML text, in the order they are zipped.
    static func parts(_ tables: [SheetTable]) -> [(path: String, text: String)] {
        var entries: [(path: String, text: String)] = [
            ("[Content_Types].xml", contentTypes(sheetCount: tables.count)),
            ("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="xl/workbook.xml"/></Relationships>

                """),
            ("xl/workbook.xml", workbookXML(tables.map(\.name))),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: tables.count)),
            ("xl/styles.xml", styles),
        ]
        for (index, table) in tables.enumerated() {
            entries.append(("xl/worksheets/sheet\(index + 1).xml", sheetXML(table)))
        }
        return entries
    }

    /// The parts as one zip archive, each entry with a fixed date.
    static func zipped(_ entries: [(path: String, text: String)]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        // 1980-01-01, the earliest date a zip entry holds: no clock in the output.
        let fixedDate = Date(timeIntervalSince1970: 315_532_800)
        for (path, text) in entries {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw XLSXWriteError() }
        return Array(data)
    }

    struct XLSXWriteError: Error, CustomStringConvertible {
        var description: String { "the workbook could not be assembled in memory" }
    }

    static func contentTypes(sheetCount: Int) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
            """
        for index in stride(from: 1, through: sheetCount, by: 1) {
            out += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return out + "</Types>\n"
    }

    static func workbookXML(_ names: [String]) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>
            """
        for (index, name) in names.enumerated() {
            out += "<sheet name=\"\(XMLText.attribute(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return out + "</sheets></workbook>\n"
    }

    static func workbookRelationships(sheetCount: Int) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            """
        for index in 0..<sheetCount {
            out += "<Relationship Id=\"rId\(index + 1)\" "
                + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                + "Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        out += "<Relationship Id=\"rId\(sheetCount + 1)\" "
            + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        return out + "</Relationships>\n"
    }

    /// One default style and a bold one for the header row.
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>

        """

    static func sheetXML(_ table: SheetTable) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            """
        let rows = [table.columns.map { SheetValue.text($0) }] + table.rows
        for (rowIndex, row) in rows.enumerated() {
            let number = rowIndex + 1
            out += "<row r=\"\(number)\">"
            for (columnIndex, value) in row.enumerated() {
                let reference = XLSXCellReference.name(column: columnIndex + 1) + String(number)
                let style = rowIndex == 0 ? " s=\"1\"" : ""
                switch value {
                case .text(let text):
                    guard !text.isEmpty else { continue }
                    out += "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                        + XLSXText.encode(text) + "</t></is></c>"
                case .number(let number):
                    out += "<c r=\"\(reference)\"\(style)><v>\(NumberText.plain(number))</v></c>"
                case .boolean(let flag):
                    out += "<c r=\"\(reference)\"\(style) t=\"b\"><v>\(flag ? 1 : 0)</v></c>"
                }
            }
            out += "</row>"
        }
        return out + "</sheetData></worksheet>\n"
    }
}

/// `A1`-style references: column letters from 1-based numbers and back.
public enum XLSXCellReference {
    public static func name(column: Int) -> String {
        var number = column
        var letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }

    /// `B7` -> (column 2, row 7); `nil` for anything else.
    static func parse(_ reference: String) -> (column: Int, row: Int)? {
        var column = 0
        var digits = ""
        for scalar in reference.unicodeScalars {
            if digits.isEmpty, ("A"..."Z").contains(scalar) {
                column = column * 26 + Int(scalar.value - 64)
                if column > 16_384 { return nil }
            } else if ("0"..."9").contains(scalar) {
                digits.unicodeScalars.append(scalar)
            } else {
                return nil
            }
        }
        guard column > 0, let row = Int(digits), row > 0, row <= 1_048_576 else { return nil }
        return (column, row)
    }
}

/// Text in a cell as Excel stores it: XML-escaped, and characters XML cannot carry (control
/// characters) as `_xHHHH_`, with a literal `_x` escaped as `_x005F_x` so it reads back unchanged.
enum XLSXText {
    static func encode(_ text: String) -> String {
        var out = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            if scalar == "_", scalars.first == "x", isEscape(Array(scalars.prefix(6))) {
                out += "_x005F_"
                continue
            }
            if scalar == "\t" || scalar == "\n" {
                out += XMLText.content(String(scalar))
            } else if scalar.value < 0x20 || !XMLText.isAllowed(scalar) || scalar == "\r" {
                out += "_x" + hex4(scalar.value) + "_"
            } else {
                out += XMLText.content(String(scalar))
            }
        }
        return out
    }

    static func decode(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", index + 6 < scalars.count, isEscape(Array(scalars[(index + 1)...(index + 6)])),
               let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)...(index + 5)])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                out.append(scalar)
                index += 7
                continue
            }
            out.append(scalars[index])
            index += 1
        }
        return String(out)
    }

    /// `xHHHH_` (after the leading `_`).
    private static func isEscape(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count == 6, scalars[0] == "x", scalars[5] == "_" else { return false }
        return scalars[1...4].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
