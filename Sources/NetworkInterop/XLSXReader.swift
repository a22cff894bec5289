import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import NetworkModel
import ZIPFoundation

/// Reads the worksheets of an `.xlsx` workbook into `CSVDocument`s, so one row reader serves CSV
/// and Excel. Cells as Excel and LibreOffice store them: shared strings (rich text runs joined),
/// inline strings, formula results of type `str`, numbers, booleans, and dates (a number whose
/// style is a date format, or a `t="d"` ISO date), read as `YYYY-MM-DD`.
///
/// Places: a field's `line` is the spreadsheet row and `column` the column number (A = 1), and the
/// document's file name is `BOOK.xlsx:Sheet`, which `ImportResult.describe` prints as
/// `BOOK.xlsx:Sheet!B7`. A formula is refused at its cell: its stored result may be stale, and an
/// import must read what a person typed. Error cells likewise.
public struct XLSXReader {
    public struct Worksheet: Sendable {
        public var name: String
        public var document: CSVDocument?
        /// Problems in its cells, reported only for the sheets an import reads.
        public var diagnostics: [Diagnostic]
    }

    /// What a person can do about a damaged or incomplete workbook, one sentence for every such error.
    static let saveAgain = "open the workbook in a spreadsheet program and save it again as \"Excel Workbook (.xlsx)\""

    /// Largest part the reader unpacks (a zip bomb must not exhaust memory).
    static let partLimit: UInt64 = 64 << 20

    public let file: String
    private let archive: Archive

    /// `nil` with a diagnostic when the bytes are not a workbook.
    public static func open(_ input: ImportInput) -> Result<XLSXReader, ImportFailure> {
        guard let archive = try? Archive(data: Data(input.bytes), accessMode: .read, pathEncoding: nil) else {
            return .failure(ImportFailure([.error("\(input.file) is not an .xlsx workbook (not a zip archive); save it as "
                + "\"Excel Workbook (.xlsx)\"", at: nil)]))
        }
        return .success(XLSXReader(file: input.file, archive: archive))
    }

    private init(file: String, archive: Archive) {
        self.file = file
        self.archive = archive
    }

    func part(_ path: String) -> Result<Data?, ImportFailure> {
        guard let entry = archive[path] else { return .success(nil) }
        guard entry.uncompressedSize <= Self.partLimit else {
            return .failure(ImportFailure([.error("\(file): '\(path)' unpacks to more than \(Self.partLimit >> 20) MiB", at: nil)]))
        }
        var data = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                data.append(chunk)
                if UInt64(data.count) > Self.partLimit { throw XLSXPartTooLarge() }
            }
        } catch {
            return .failure(ImportFailure([.error("\(file): '\(path)' cannot be unpacked (\(error))", at: nil)]))
        }
        return .success(data)
    }

    private struct XLSXPartTooLarge: Error {}

    /// Every worksheet by name, in the workbook's order, with problems found in its cells; the
    /// second value holds problems of the workbook itself (a part that cannot be unpacked).
    public func worksheets() -> Result<(sheets: [Worksheet], diagnostics: [Diagnostic]), ImportFailure> {
        let workbookData: Data
        switch part("xl/workbook.xml") {
        case .failure(let problem): return .failure(problem)
        case .success(let data?): workbookData = data
        case .success(nil):
            return .failure(ImportFailure([.error("\(file) is a zip archive but not an .xlsx workbook (no xl/workbook.xml)", at: nil)]))
        }
        let workbook = XLSXWorkbookParser()
        if let damage = workbook.read(workbookData) { return .failure(damaged("xl/workbook.xml", damage)) }
        // Parts a workbook may leave out; one it has must unpack and parse whole.
        let relationships = XLSXRelationshipParser()
        let sharedStrings = XLSXSharedStringParser()
        let styles = XLSXStyleParser()
        for (path, parser) in [("xl/_rels/workbook.xml.rels", relationships), ("xl/sharedStrings.xml", sharedStrings),
                               ("xl/styles.xml", styles)] as [(String, XMLPartParser)] {
            if let failure = read(path, with: parser) { return .failure(failure) }
        }
        let targets = relationships.targets
        let dateStyles = styles.dateStyles

        var sheets: [Worksheet] = []
        var diagnostics: [Diagnostic] = []
        for sheet in workbook.sheets {
            // A sheet the workbook lists but does not hold is reported for the sheets an import
            // reads, as a damaged one is: left out, a `links` sheet would import as no links.
            func missing(_ why: String) -> Worksheet {
                Worksheet(name: sheet.name, document: nil, diagnostics: [.error(
                    "\(file): the worksheet '\(sheet.name)' is missing from the workbook (\(why)); \(Self.saveAgain)", at: nil)])
            }
            guard let target = targets[sheet.relationship] else {
                sheets.append(missing("'xl/_rels/workbook.xml.rels' has no relationship '\(sheet.relationship)'"))
                continue
            }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            switch part(path) {
            case .failure(let problem): diagnostics += problem.diagnostics
            case .success(nil): sheets.append(missing("no part '\(path)'"))
            case .success(let data?):
                let place = file + ":" + sheet.name
                let parsed = XLSXSheetParser(place: place, sharedStrings: sharedStrings.strings, dateStyles: dateStyles,
                                             date1904: workbook.date1904).parse(data, name: "\(file): the worksheet '\(sheet.name)'")
                sheets.append(Worksheet(name: sheet.name, document: parsed.document, diagnostics: parsed.diagnostics))
            }
        }
        return .success((sheets, diagnostics))
    }

    /// Reads the part `path` with `parser` if the workbook has it; a failure when it cannot be
    /// unpacked or is damaged, which stops the import: read as absent, damaged styles would turn
    /// dates into serial numbers and damaged relationships would hide every sheet.
    private func read(_ path: String, with parser: XMLPartParser) -> ImportFailure? {
        switch part(path) {
        case .failure(let problem): return problem
        case .success(nil): return nil
        case .success(let data?): return parser.read(data).map { damaged(path, $0) }
        }
    }

    /// A damaged part stops the import, named as `part(_:)` names one it cannot unpack: a line
    /// and column inside the part's XML are no cell, so the place is in the sentence.
    private func damaged(_ path: String, _ damage: XMLPartParser.Damage) -> ImportFailure {
        ImportFailure([.error(damage.sentence(for: "\(file): '\(path)'"), at: nil)])
    }
}

/// `xl/workbook.xml`: sheet names and relationship ids, and the 1904 date system flag.
final class XLSXWorkbookParser: XMLPartParser {
    var sheets: [(name: String, relationship: String)] = []
    var date1904 = false

    override func open(_ name: String, attributes: [String: String]) {
        switch name {
        case "sheet":
            let relationship = attributes.first { localName($0.key) == "id" && $0.key != "sheetId" }?.value ?? ""
            sheets.append((attributes["name"] ?? "", relationship))
        case "workbookPr":
            date1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
        default: break
        }
    }
}

/// `xl/_rels/workbook.xml.rels`: relationship id to part path.
final class XLSXRelationshipParser: XMLPartParser {
    var targets: [String: String] = [:]

    override func open(_ name: String, attributes: [String: String]) {
        if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] {
            targets[id] = target
        }
    }
}

/// `xl/sharedStrings.xml`: each `<si>` is its `<t>` or its rich-text runs joined; phonetic
/// guides (`<rPh>`) are not part of the text.
final class XLSXSharedStringParser: XMLPartParser {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phoneticDepth = 0

    override func open(_ name: String, attributes: [String: String]) {
        switch name {
        case "si": current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = phoneticDepth == 0
        default: break
        }
    }

    override func close(_ name: String) {
        switch name {
        case "si": strings.append(XLSXText.decode(current))
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    override func text(_ string: String) {
        if inText { current += string }
    }
}

/// `xl/styles.xml`: which cell styles (`s` of a cell, an index into `cellXfs`) show a date.
final class XLSXStyleParser: XMLPartParser {
    private var customFormats: [Int: String] = [:]
    private var cellFormats: [Int] = []
    private var inCellXfs = false

    /// Excel's built-in date and time formats (ECMA-376 §18.8.30).
    static let builtInDateFormats: Set<Int> = [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]

    /// The cell styles read that show a date.
    var dateStyles: Set<Int> {
        var styles: Set<Int> = []
        for (index, format) in cellFormats.enumerated() {
            if Self.builtInDateFormats.contains(format) || customFormats[format].map(Self.isDateFormat) == true {
                styles.insert(index)
            }
        }
        return styles
    }

    /// A format code that shows a day, month or year: `yyyy-mm-dd`, `dd.mm.yyyy`, `[$-407]d. mmmm yyyy`.
    static func isDateFormat(_ code: String) -> Bool {
        var plain = ""
        var quoted = false
        var bracket = false
        for character in code.lowercased() {
            switch character {
            case "\"": quoted.toggle()
            case "[": bracket = true
            case "]": bracket = false
            default: if !quoted && !bracket { plain.append(character) }
            }
        }
        return plain.contains("d") || plain.contains("y") || (plain.contains("m") && !plain.contains("h") && !plain.contains("s"))
    }

    override func open(_ name: String, attributes: [String: String]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { customFormats[id] = code }
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs: cellFormats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    override func close(_ name: String) {
        if name == "cellXfs" { inCellXfs = false }
    }
}
