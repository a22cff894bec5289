import Foundation
@testable import NetworkInterop
import NetworkModel
import Testing

/// Workbooks written by other programs (openpyxl; LibreOffice, which uses shared strings and saves
/// booleans as `TRUE()` formulas), and malformed ones with their `BOOK.xlsx:Sheet!B7` errors. The
/// fixtures come from scripts/make_xlsx_fixtures.py.
@Suite struct XLSXImportTests {
    static func run(_ name: String) throws -> ImportResult {
        let path = InteropTestSupport.fixtures + "/xlsx/" + name
        let data = try #require(FileManager.default.contents(atPath: path), "\(path)")
        return CSVNetworkImporter(title: "Book", outputFile: "book.yaml").importWorkbook(ImportInput(file: name, bytes: Array(data)))
    }

    static func errors(_ result: ImportResult) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map(result.describe)
    }

    @Test(arguments: ["openpyxl-book.xlsx", "libreoffice-book.xlsx"])
    func workbookOfAnotherWriterImports(name: String) throws {
        let result = try Self.run(name)
        let network = try #require(result.network, "\(result.diagnostics.map(result.describe))")
        // German sheet and column names; the sheet `Notizen` (with a formula) is not read.
        #expect(network.actors.map(\.id) == ["abh", "ellines", "dlz"])
        #expect(network.actors.map(\.name) == ["Ausländerbehörde", "Ελληνική Κοινότητα", "Dienstleistungszentrum"])
        #expect(network.actors.map(\.languages) == [["de", "en"], ["el", "de"], ["de"]])
        #expect(network.actors.map(\.influence) == [7, 2.5, nil])
        #expect(network.actors.map(\.coordinator) == [false, false, true])
        // A date cell (DD.MM.YYYY) and a date-time cell read as the day.
        #expect(network.actors.map { $0.verified?.description } == ["2025-03-31", nil, "2024-12-01"])
        #expect(network.links.map { "\($0.from)->\($0.to) \($0.type.rawValue) \($0.weight)" } == [
            "dlz->abh refers 2.0", "ellines->dlz cooperates 0.5",
        ])
        #expect(network.services.map(\.name) == ["Beratung"])
        #expect(network.actors[2].offers.first?.capacity == 120)
    }

    @Test func formulaAndErrorCellsArePlaced() throws {
        let result = try Self.run("formula.xlsx")
        #expect(Self.errors(result) == [
            "formula.xlsx:actors!B3: error: a formula: the import reads values, not formulas; copy the cells and paste them as values only",
            "formula.xlsx:actors!B4: error: an error value '#DIV/0!' where a value belongs",
        ])
        #expect(result.yaml == nil)
    }

    @Test func missingSheetIsNamed() throws {
        let result = try Self.run("missing-sheet.xlsx")
        #expect(Self.errors(result) == [
            "actormap: error: missing-sheet.xlsx has no worksheet named 'actors' (it has 'Tabelle1'); "
                + "name the sheets as 'export --format xlsx' does",
        ])
    }

    @Test func valueOutsideTheHeaderIsPlaced() throws {
        let result = try Self.run("outside-header.xlsx")
        #expect(Self.errors(result) == [
            "outside-header.xlsx:actors!E2: error: a value outside the header's 3 columns: give the column a name in row 1 or move the value",
        ])
    }

    @Test func notAWorkbook() {
        let result = CSVNetworkImporter(title: "Book", outputFile: "book.yaml")
            .importWorkbook(ImportInput(file: "actors.xlsx", bytes: Array("id,name,kind\n".utf8)))
        #expect(Self.errors(result) == [
            "actormap: error: actors.xlsx is not an .xlsx workbook (not a zip archive); save it as \"Excel Workbook (.xlsx)\"",
        ])
    }

    @Test func cellErrorsInTheRowsArePlacedBySheetAndCell() throws {
        var network = Network(title: "T", actors: [Actor(id: "a", name: "A", kind: .office)])
        network.links = []
        var tables = NetworkSheets.tables(network)
        let actors = try #require(tables.firstIndex { $0.name == "actors" })
        tables[actors].rows.append([.text("b"), .text("B"), .text("ofice")] + Array(repeating: .text(""), count: 11))
        let book = try XLSXWriter.workbook(tables)
        let result = CSVNetworkImporter(title: nil, outputFile: "x.yaml").importWorkbook(ImportInput(file: "b.xlsx", bytes: book))
        #expect(Self.errors(result) == ["b.xlsx:actors!C3: error: unknown actor kind 'ofice' (did you mean 'office'?)"])
    }

    @Test func cellReferences() {
        #expect([1, 2, 26, 27, 52, 53, 702, 703, 16_384].map(XLSXCellReference.name) ==
                ["A", "B", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"])
        #expect(XLSXCellReference.parse("B7")?.column == 2)
        #expect(XLSXCellReference.parse("XFD1048576")?.row == 1_048_576)
        #expect(XLSXCellReference.parse("XFE1") == nil)
        #expect(XLSXCellReference.parse("7B") == nil)
    }

    @Test func excelDateSerials() {
        #expect(XLSXSheetParser.date(serial: 45_747, date1904: false) == "2025-03-31")
        #expect(XLSXSheetParser.date(serial: 61, date1904: false) == "1900-03-01")
        #expect(XLSXSheetParser.date(serial: 0, date1904: true) == nil)
        #expect(XLSXSheetParser.date(serial: 1, date1904: true) == "1904-01-02")
        #expect(XLSXSheetParser.date(serial: 2_958_465.5, date1904: false) == "9999-12-31")
    }

    @Test func textEscapesRoundTrip() {
        for text in ["plain", "_x0041_", "bell\u{07}", "cr\r", "a_x_b", "Ελληνικά & <tags>"] {
            #expect(XLSXText.decode(XLSXText.encode(text).replacingOccurrences(of: "&amp;", with: "&")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")) == text, "\(text)")
        }
    }

    /// A damaged part (the workbook, its relationships, shared strings, styles, a sheet) stops the
    /// import, named with the line and column where the XML breaks, instead of being read as far
    /// as it goes: on Linux `XMLParser.parse()` returns true for all of these. The same workbook
    /// intact imports.
    @Test(arguments: [("xl/workbook.xml", "b.xlsx: 'xl/workbook.xml'"),
                      ("xl/_rels/workbook.xml.rels", "b.xlsx: 'xl/_rels/workbook.xml.rels'"),
                      ("xl/styles.xml", "b.xlsx: 'xl/styles.xml'"), ("xl/sharedStrings.xml", "b.xlsx: 'xl/sharedStrings.xml'"),
                      ("xl/worksheets/sheet1.xml", "b.xlsx: the worksheet 'network'")])
    func aDamagedPartStopsTheImportWithItsPlace(part: String, named: String) throws {
        let network = Network(title: "T", actors: [Actor(id: "a", name: "Ausländerbehörde", kind: .office)])
        var parts = XLSXWriter.parts(NetworkSheets.tables(network))
        let importer = CSVNetworkImporter(title: nil, outputFile: "x.yaml")
        let intact = importer.importWorkbook(ImportInput(file: "b.xlsx", bytes: try XLSXWriter.zipped(parts)))
        #expect(intact.yaml != nil, "\(Self.errors(intact))")
        let damaged = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst count=\"2\"><si><t>Verein</t></si>\n<si><t>Am</sst>"
        if let index = parts.firstIndex(where: { $0.path == part }) { parts[index].text = damaged } else { parts.append((part, damaged)) }
        let result = importer.importWorkbook(ImportInput(file: "b.xlsx", bytes: try XLSXWriter.zipped(parts)))
        let errors = Self.errors(result)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasPrefix("actormap: error: \(named) is damaged XML at line 3, column ") == true, "\(errors)")
        #expect(errors.first?.hasSuffix("save it again as \"Excel Workbook (.xlsx)\"") == true, "\(errors)")
        #expect(result.yaml == nil)
    }

    /// What counts as read whole: no parser error, an element, every element closed.
    @Test(arguments: [("<a><b/></a>", true), ("<a><b></a>", false), ("<a>", false), ("<a><b at", false), ("", false),
                      ("garbage <<<", false), ("<?xml version=\"1.0\"?>\n<x:a xmlns:x=\"u\">text</x:a>", true)])
    func aPartIsReadWholeOrNamedAsDamaged(xml: String, whole: Bool) {
        #expect((XLSXRelationshipParser().read(Data(xml.utf8)) == nil) == whole, "\(xml)")
    }

    /// A sheet the workbook lists but does not hold is named for the sheets an import reads,
    /// instead of being left out (a missing `links` sheet imported as a network without links).
    @Test func aMissingSheetPartIsNamed() throws {
        let network = Network(title: "T", actors: [Actor(id: "a", name: "A", kind: .office), Actor(id: "b", name: "B", kind: .association)],
                              links: [Link(from: "a", to: "b", type: .cooperates)])
        let tables = NetworkSheets.tables(network)
        let links = try #require(tables.firstIndex { $0.name == "links" })
        let importer = CSVNetworkImporter(title: nil, outputFile: "x.yaml")

        let withoutPart = XLSXWriter.parts(tables).filter { $0.path != "xl/worksheets/sheet\(links + 1).xml" }
        let result = importer.importWorkbook(ImportInput(file: "b.xlsx", bytes: try XLSXWriter.zipped(withoutPart)))
        #expect(Self.errors(result) == ["actormap: error: b.xlsx: the worksheet 'links' is missing from the workbook (no part "
            + "'xl/worksheets/sheet\(links + 1).xml'); open the workbook in a spreadsheet program and save it again as "
            + "\"Excel Workbook (.xlsx)\""])
        #expect(result.yaml == nil)

        // Without the relationships every sheet is missing; the actors sheet is named as such, not
        // as a workbook without an actors sheet.
        let withoutRelationships = XLSXWriter.parts(tables).filter { $0.path != "xl/_rels/workbook.xml.rels" }
        let errors = Self.errors(importer.importWorkbook(ImportInput(file: "b.xlsx", bytes: try XLSXWriter.zipped(withoutRelationships))))
        #expect(errors.contains { $0.contains("the worksheet 'actors' is missing from the workbook ('xl/_rels/workbook.xml.rels' has no relationship") })
        #expect(!errors.contains { $0.contains("has no worksheet named 'actors'") }, "\(errors)")
    }

    /// A part the workbook holds but that cannot be unpacked (its compressed bytes damaged) stops
    /// the import, where it was read as absent: styles lost would turn dates into serial numbers.
    @Test func aPartThatCannotBeUnpackedStopsTheImport() throws {
        let network = Network(title: "T", actors: [Actor(id: "a", name: "A", kind: .office)])
        var book = try XLSXWriter.zipped(XLSXWriter.parts(NetworkSheets.tables(network)))
        // The local header of xl/styles.xml: its name, then the extra field, then the deflated bytes.
        let name = Array("xl/styles.xml".utf8)
        let at = try #require((0...(book.count - name.count)).first { Array(book[$0..<($0 + name.count)]) == name })
        let extra = Int(book[at - 2]) | Int(book[at - 1]) << 8
        let compressed = Int(book[at - 12]) | Int(book[at - 11]) << 8 | Int(book[at - 10]) << 16 | Int(book[at - 9]) << 24
        let start = at + name.count + extra
        #expect(compressed > 8, "a test that cannot fail: the part has bytes to damage")
        for offset in (compressed / 4)..<(compressed / 2) { book[start + offset] ^= 0x5A }
        let result = CSVNetworkImporter(title: nil, outputFile: "x.yaml").importWorkbook(ImportInput(file: "b.xlsx", bytes: book))
        let errors = Self.errors(result)
        #expect(errors.count == 1 && errors.first?.hasPrefix("actormap: error: b.xlsx: 'xl/styles.xml' cannot be unpacked") == true,
                "\(errors)")
        #expect(result.yaml == nil)
    }
}
