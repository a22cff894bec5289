import Foundation
import NetworkInterop
import NetworkModel
import NetworkReports
import Testing

@Suite struct CSVRoundTripTests {
    static func roundTrip(_ network: Network) -> ImportResult {
        let files = NetworkCSVExport.files(network)
        func input(_ name: String) -> ImportInput? {
            files.first { $0.name == name }.map { ImportInput(file: name, bytes: $0.bytes) }
        }
        let offers = input("offers.csv")
        return CSVNetworkImporter(title: network.title, outputFile: "imported.yaml").importNetwork(
            actors: input("actors.csv") ?? ImportInput(file: "actors.csv", bytes: []),
            links: input("links.csv") ?? ImportInput(file: "links.csv", bytes: []),
            offers: offers)
    }

    @Test(arguments: InteropTestSupport.exampleNetworks)
    func exampleNetworkSurvivesExportAndImport(path: String) throws {
        let original = try #require(InteropTestSupport.load(path), "\(path) must load")
        let result = Self.roundTrip(original)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        let imported = try #require(result.network)
        #expect(InteropTestSupport.withoutLocations(imported.actors) == InteropTestSupport.withoutLocations(original.actors))
        #expect(InteropTestSupport.withoutLocations(imported.links) == InteropTestSupport.withoutLocations(original.links))
        // Service names travel in offers.csv, so offered services keep their catalogue names.
        for service in imported.services {
            #expect(original.service(service.id)?.name == service.name)
        }
    }

    @Test func hostileNamesSurvive() throws {
        let names = [
            "Verein <\"Zukunft\"> & Partner; 'quoted'", "Ελληνική Κοινότητα", "جمعية الجالية العربية",
            "Društvo Ključ, Šiška", "no", "1.0", "# not a comment", "key: value", "  leading and trailing  ",
            "back\\slash", "\u{2028}separator", "emoji 🧭",
        ]
        let actors = names.enumerated().map { index, name in
            Actor(id: "a\(index)", name: name, kind: .association,
                  url: "https://example.org/?a=1&b=\"2\"", contact: "O'Brien, \"x\"", tags: ["t<&>\(index)"])
        }
        let links = (1..<actors.count).map { Link(from: "a0", to: "a\($0)", type: .cooperates, note: "Notiz \"\($0)\", ; |") }
        let network = Network(title: "Hostile <&> \"names\"", actors: actors, links: links)
        let result = Self.roundTrip(network)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        let imported = try #require(result.network)
        #expect(imported.actors.map(\.name) == names)
        #expect(imported.links.map(\.note) == links.map(\.note))
        #expect(imported.title == network.title)
        #expect(InteropTestSupport.withoutLocations(imported.actors) == InteropTestSupport.withoutLocations(actors))
    }
}
