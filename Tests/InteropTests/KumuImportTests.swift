import Foundation
import NetworkInterop
import NetworkModel
import Testing

/// Issue 17: Kumu's own sheets. Elements (`Label`, `Type`, `Description`, `Tags`) and connections
/// (`From`, `To`, `Type`, `Strength`, `Description`), with Kumu's `A|B` multi-targets and Kumu's
/// free connection types (`Personal`), which are not actormap's link types.
@Suite struct KumuImportTests {
    static func input(_ name: String) throws -> ImportInput {
        let path = InteropTestSupport.fixtures + "/kumu/" + name
        let data = try #require(FileManager.default.contents(atPath: path), "\(path)")
        return ImportInput(file: name, bytes: Array(data))
    }

    @Test func sampleSheetsImportWithTheDefaultMapping() throws {
        let result = CSVNetworkImporter(title: "Kumu", outputFile: "kumu.yaml")
            .importFiles([try Self.input("Elements.csv"), try Self.input("Connections.csv")])
        let network = try #require(result.network, "\(result.diagnostics)")
        #expect(network.actors.map(\.id) == ["anna", "ben", "cafe-willkommen", "jobcenter-sued"])
        #expect(network.actors.map(\.kind) == [.other, .other, .other, .other])
        #expect(network.actors[1].tags == ["volunteer", "teacher", "Person"])
        // `Café Willkommen|Jobcenter Süd`: one link to each.
        #expect(network.links.map { "\($0.from)->\($0.to) \($0.type.rawValue) \($0.weight) \($0.note ?? "-")" } == [
            "anna->ben cooperates 3.0 Met at the café (Kumu type: Personal)",
            "anna->cafe-willkommen cooperates 1.0 (Kumu type: Professional)",
            "anna->jobcenter-sued cooperates 1.0 (Kumu type: Professional)",
            "ben->jobcenter-sued refers 0.5 -",
        ])
        let warnings = result.diagnostics.filter { $0.severity == .warning }.map(\.description)
        #expect(warnings.contains("Connections.csv:2:3: warning: 'Personal' is not a link type; imported as 'cooperates' "
            + "with the type kept in the note (map it with --link-type-map)"))
        #expect(!result.diagnostics.hasErrors)
    }

    @Test func typesMapThroughTheLinkTypeMap() throws {
        guard case .success(let map) = LinkTypeMap.parse(try Self.input("link-types.csv")) else {
            Issue.record("link-types.csv must parse")
            return
        }
        #expect(map == ["personal": .partners, "professional": .supports])
        let result = CSVNetworkImporter(title: "Kumu", outputFile: "kumu.yaml", linkTypeMap: map)
            .importFiles([try Self.input("Elements.csv"), try Self.input("Connections.csv")])
        let network = try #require(result.network, "\(result.diagnostics)")
        #expect(network.links.map(\.type) == [.partners, .supports, .supports, .refers])
        #expect(network.links[0].note == "Met at the café (Kumu type: Personal)")
        #expect(result.diagnostics.filter { $0.severity == .warning }.allSatisfy { !$0.message.contains("is not a link type") })
    }

    @Test func fromToOnlySheetGivesCooperation() throws {
        let result = CSVNetworkImporter(title: "Kumu", outputFile: "kumu.yaml")
            .importNetwork(actors: try Self.input("Elements.csv"), links: try Self.input("from-to-only.csv"))
        let network = try #require(result.network, "\(result.diagnostics)")
        #expect(network.links.map { "\($0.from)->\($0.to) \($0.type.rawValue)" } == [
            "anna->ben cooperates", "ben->cafe-willkommen cooperates",
        ])
        #expect(network.links.allSatisfy { $0.note == nil })
    }

    @Test func badMapFileIsPlaced() {
        let result = LinkTypeMap.parse(ImportInput(file: "map.csv", bytes: Array("kumu,type\nPersonal,partner\nX\n".utf8)))
        guard case .failure(let failure) = result else {
            Issue.record("a bad map must fail")
            return
        }
        #expect(failure.diagnostics.map(\.description) == [
            "map.csv:2:2: error: unknown link type 'partner' (did you mean 'partners'?)",
            "map.csv:3:1: error: each row needs two cells: the Kumu type, then the link type",
        ])
    }

    /// A Kumu type mapped twice to different link types is an error at the second row (the last
    /// used to win without a word); mapped twice to the same type, it is only repeated.
    @Test func aKumuTypeMappedTwiceIsPlaced() {
        let result = LinkTypeMap.parse(ImportInput(file: "map.csv",
                                                   bytes: Array("kumu,type\nFunding,funds\nPersonal,partners\nfunding,supports\nPersonal,partners\n".utf8)))
        guard case .failure(let failure) = result else {
            Issue.record("a Kumu type mapped two ways must fail")
            return
        }
        #expect(failure.diagnostics.map(\.description) == [
            "map.csv:4:1: error: Kumu type 'funding' is mapped to 'funds' on line 2 already; map it once",
        ])
    }
}
