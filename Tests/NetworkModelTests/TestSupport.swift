import Foundation
@testable import NetworkModel

/// The fixtures live beside the tests in the source tree; reading them by path keeps the tests
/// independent of how resources are bundled on each platform.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let malformed = directory.appendingPathComponent("malformed")
    static let networks = directory.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("networks")
}

/// Loads YAML text as if it were a file, and returns the diagnostics as printed.
func diagnostics(_ yaml: String, file: String = "t.yaml") -> [String] {
    NetworkLoader().load(yaml: yaml, file: file).diagnostics.map(\.description)
}

func loadNetwork(_ yaml: String) -> Network? {
    NetworkLoader().load(yaml: yaml, file: "t.yaml").network
}

/// A folder of files for include and folder tests, removed by the caller.
func temporaryFolder(_ files: [String: String]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-\(UUID().uuidString)")
    for (name, text) in files {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    return folder
}
