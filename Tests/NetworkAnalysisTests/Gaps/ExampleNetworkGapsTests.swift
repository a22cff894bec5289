import Foundation
import Testing
import NetworkModel
@testable import NetworkAnalysis

/// The gaps of every example network in `networks/`, compared with golden files holding the
/// `gaps --format json` output. `ACTORMAP_RECORD=1 swift test --filter ExampleNetworkGapsTests`
/// re-records them; review the diff as you would a change to the code.
@Suite struct ExampleNetworkGapsTests {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = testsFolder.deletingLastPathComponent().appendingPathComponent("Fixtures/gaps")
    static let networks = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("networks")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: networks.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }.sorted()
    }

    @Test func everyExampleNetworkHasAGoldenFile() {
        #expect(ExampleNetworkGapsTests.names.count >= 5)
    }

    @Test(arguments: ExampleNetworkGapsTests.names)
    func gapsMatchGoldenFile(name: String) throws {
        let result = NetworkLoader.load(path: ExampleNetworkGapsTests.networks.appendingPathComponent("\(name).yaml").path)
        let network = try #require(result.network, "\(result.diagnostics)")
        let actual = GapTestSupport.goldenJSON(network: network.title, gaps: GapAnalysis.gaps(in: network))
        let golden = ExampleNetworkGapsTests.fixtures.appendingPathComponent("\(name).json")
        if ProcessInfo.processInfo.environment["ACTORMAP_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: ExampleNetworkGapsTests.fixtures, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: golden, options: .atomic)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected, "gaps of networks/\(name).yaml differ from Fixtures/gaps/\(name).json; ACTORMAP_RECORD=1 re-records")
    }
}
