import Foundation
import Testing
@testable import NetworkModel

/// The example networks in `networks/` are the project's showcase: each must load without a
/// single diagnostic.
struct ExampleNetworksTests {
    static let roots: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.networks.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test func thereAreFiveNetworks() {
        #expect(Self.roots.count == 5)
    }

    @Test(arguments: roots)
    func validatesCleanly(_ name: String) throws {
        let result = NetworkLoader.load(path: Fixtures.networks.appendingPathComponent(name).path)
        #expect(result.diagnostics.map(\.description) == [])
        let network = try #require(result.network)
        #expect(!network.coordinators.isEmpty)
        #expect(network.actors.count >= 5)
    }
}
