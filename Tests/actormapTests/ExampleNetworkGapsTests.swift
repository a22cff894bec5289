import Foundation
import Testing

/// The gaps of every example network in `networks/`: the real `actormap gaps --format json` output
/// against golden files. `ACTORMAP_RECORD=1 swift test --filter ExampleNetworkGaps` re-records them
/// and fails (see `GoldenFile`); review the diff as you would a change to the code.
@Suite struct ExampleNetworkGapsTests {
    static let goldens = "Tests/NetworkAnalysisTests/Fixtures/gaps"

    static var names: [String] {
        let networks = CommandRunner.repository.appendingPathComponent("networks").path
        let files = (try? FileManager.default.contentsOfDirectory(atPath: networks)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }.sorted()
    }

    /// Every golden file has its network and every network its golden file: a network removed or
    /// renamed must not leave an unchecked golden behind.
    @Test func goldenFilesAndNetworksMatchOneToOne() throws {
        let folder = CommandRunner.repository.appendingPathComponent(Self.goldens).path
        let goldens = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(".json".count)) }.sorted()
        #expect(goldens == Self.names)
        #expect(Self.names.count >= 5)
    }

    @Test(arguments: ExampleNetworkGapsTests.names)
    func gapsMatchGoldenFile(name: String) throws {
        let outcome = try CommandRunner.run(["gaps", "networks/\(name).yaml", "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        try GoldenFile.check(outcome.stdout, against: "\(Self.goldens)/\(name).json")
    }
}
