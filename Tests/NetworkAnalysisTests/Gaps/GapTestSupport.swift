import Foundation
import NetworkModel
@testable import NetworkAnalysis

/// Networks for gap tests are written as YAML, the way people write them, and loaded through the
/// real loader so that the defaults (offer languages, districts, coordinators) are the real ones.
enum GapTestSupport {
    struct LoadFailed: Error, CustomStringConvertible {
        var description: String
    }

    static func network(_ yaml: String) throws -> Network {
        let result = NetworkLoader().load(yaml: yaml, file: "test.yaml")
        guard let network = result.network else {
            throw LoadFailed(description: result.diagnostics.map(\.description).joined(separator: "\n"))
        }
        return network
    }

    static func gaps(_ yaml: String) throws -> [Gap] { GapAnalysis.gaps(in: try network(yaml)) }
}
