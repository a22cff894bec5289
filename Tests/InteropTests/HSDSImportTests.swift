import Foundation
import NetworkInterop
import NetworkModel
import Testing

@Suite struct HSDSImportTests {
    static let folder = InteropTestSupport.fixtures + "/hsds"

    static func files() -> [String: ImportInput] {
        var files: [String: ImportInput] = [:]
        for name in HSDSImporter.fileNames {
            let path = folder + "/" + name
            if let data = FileManager.default.contents(atPath: path) {
                files[name] = ImportInput(file: "hsds/" + name, bytes: Array(data))
            }
        }
        return files
    }

    static func mapping() throws -> HSDSMapping {
        let text = try String(contentsOfFile: folder + "/mapping.yaml", encoding: .utf8)
        return try HSDSMapping.parse(text, file: "mapping.yaml").get()
    }

    @Test func mappedImport() throws {
        let importer = HSDSImporter(title: "HSDS sample", outputFile: "out.yaml", mapping: try Self.mapping())
        let (result, summary) = importer.importDirectory(Self.files())
        let network = try #require(result.network, "\(result.diagnostics)")
        #expect(network.actors.map(\.id) == ["org-1", "org-2", "org-3"])
        #expect(network.actors.map(\.kind) == [.serviceProvider, .migrantOrganisation, .serviceProvider])
        #expect(network.actors[1].name == "Verein \"Brücke\" & Freunde")
        #expect(network.actors[0].contact == "migration@caritas.example")
        // Two counselling services of one organisation become one offer covering both.
        let counselling = try #require(network.actors[0].offers.first)
        #expect(counselling.service == "counselling")
        // Tags as written, and language names (HSDS 2.0 often writes "English") as their tags.
        #expect(counselling.languages == ["de", "ar", "en", "uk"])
        #expect(counselling.districts == ["Neustadt", "Altstadt"])
        #expect(network.actors[2].offers.map(\.service) == ["language-course"])
        #expect(network.actors[2].offers.first?.languages == ["de", "ar"])
        #expect(network.services.map(\.id) == ["counselling", "language-course"])
        // Issue 17: the inactive Kochkurs is counted and named as skipped, not silently dropped.
        #expect(summary.line == "3 organisations, 3 of 5 services mapped, 1 inactive skipped; not mapped: 'Hausaufgabenhilfe'")
        #expect(result.diagnostics.map(\.description) == [
            "hsds/languages.csv:8:3: warning: 'Klingon' is neither a language tag (ISO 639-1, such as 'de') nor a language name "
                + "actormap knows; left out",
            "hsds/services.csv:4:3: warning: service 'Hausaufgabenhilfe' matches no catalogue entry in the mapping; left out",
        ])
    }

    @Test func withoutMappingEveryNameIsAnEntry() throws {
        let (result, summary) = HSDSImporter(title: "T", outputFile: "out.yaml", mapping: nil).importDirectory(Self.files())
        let network = try #require(result.network, "\(result.diagnostics)")
        #expect(network.services.count == 4)
        #expect(summary.unmappedNames.isEmpty)
        #expect(network.services.map(\.id).contains("hausaufgabenhilfe"))
    }

    @Test func unknownOrganisationIsAnError() {
        var files = Self.files()
        files["services.csv"] = ImportInput(file: "services.csv",
                                            bytes: Array("id,organization_id,name\ns1,org-9,Beratung\n".utf8))
        let (result, _) = HSDSImporter(title: "T", outputFile: "out.yaml", mapping: nil).importDirectory(files)
        #expect(result.yaml == nil)
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [
            "services.csv:2:2: error: service 'Beratung' names unknown organization 'org-9'",
        ])
    }

    /// An unquoted comma in a name shifts every later cell of its row: such a row is an error at
    /// its line, as in `import csv`, not a name cut short and a web address " Berlin".
    @Test func aRowWithShiftedCellsIsAnError() {
        var files = Self.files()
        files["organizations.csv"] = ImportInput(file: "organizations.csv",
                                                 bytes: Array("id,name,url\no1,Caritas, Berlin,https://caritas.example\no2,AWO\n".utf8))
        let (result, _) = HSDSImporter(title: "T", outputFile: "out.yaml", mapping: nil).importDirectory(files)
        #expect(result.yaml == nil)
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [
            "organizations.csv:2:4: error: this row has 4 cells but the header has 3; a cell holding the separator ',' "
                + "must be quoted, or the cells have shifted",
            "organizations.csv:3:2: error: this row has 2 cells but the header has 3; a cell holding the separator ',' "
                + "must be quoted, or the cells have shifted",
        ])
    }

    /// A language or area row for a service the folder does not have is named, not dropped; an
    /// HSDS 3.0 language row with an empty code is read by its name.
    @Test func rowsOfUnknownServicesAreNamedAndNamesStandInForCodes() throws {
        var files = Self.files()
        files["languages.csv"] = ImportInput(file: "languages.csv",
                                             bytes: Array("id,service_id,code,name\nl1,svc-1,,Arabic\nl2,svc-9,de,German\n".utf8))
        files["service_areas.csv"] = ImportInput(file: "service_areas.csv",
                                                 bytes: Array("id,service_id,service_area\na1,svc-1,Neustadt\na2,svc-x,Altstadt\n".utf8))
        let (result, _) = HSDSImporter(title: "T", outputFile: "out.yaml", mapping: try Self.mapping()).importDirectory(files)
        let network = try #require(result.network, "\(result.diagnostics)")
        #expect(network.actors[0].offers.first?.languages == ["ar"])
        #expect(network.actors[0].offers.first?.districts == ["Neustadt"])
        let warnings = result.diagnostics.filter { $0.severity == .warning }.map(\.description)
        #expect(warnings.contains("languages.csv:3:2: warning: 'svc-9' is no service of services.csv; this row is left out"), "\(warnings)")
        #expect(warnings.contains("service_areas.csv:3:2: warning: 'svc-x' is no service of services.csv; this row is left out"),
                "\(warnings)")
    }

    @Test func badMappingFile() {
        let outcome = HSDSMapping.parse("default_kind: club\n", file: "m.yaml")
        guard case .failure(let problem) = outcome else {
            Issue.record("expected a failure")
            return
        }
        // At the value, as the network loader places a wrong value.
        #expect(problem.diagnostic.description.hasPrefix("m.yaml:1:15: error: default_kind must be one of"))
    }
}
