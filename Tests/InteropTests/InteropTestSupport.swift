import Foundation
import NetworkModel

/// Paths and comparisons shared by the interop tests.
enum InteropTestSupport {
    /// The repository root, found from this file so tests run from any working directory.
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let fixtures = repositoryRoot + "/Tests/InteropTests/Fixtures"

    /// Every example network: the top-level `networks/*.yaml` files.
    static var exampleNetworks: [String] {
        let folder = repositoryRoot + "/networks"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder + "/" + $0 }
    }

    static func load(_ path: String) -> Network? { NetworkLoader.load(path: path).network }

    /// Actors and links without their source locations, which necessarily differ between two files.
    static func withoutLocations(_ actors: [Actor]) -> [Actor] {
        actors.map { actor in
            var copy = actor
            copy.location = nil
            copy.offers = copy.offers.map { offer in
                var offerCopy = offer
                offerCopy.location = nil
                return offerCopy
            }
            return copy
        }
    }

    static func withoutLocations(_ links: [Link]) -> [Link] {
        links.map { link in
            var copy = link
            copy.location = nil
            return copy
        }
    }

    /// The network without source locations and file names, which necessarily differ between a
    /// file and its export: what must survive a round trip unchanged.
    static func comparable(_ network: Network) -> Network {
        var copy = network
        copy.files = []
        copy.actors = withoutLocations(network.actors)
        copy.links = withoutLocations(network.links)
        copy.services = network.services.map { service in
            var serviceCopy = service
            serviceCopy.location = nil
            return serviceCopy
        }
        copy.pathways = network.pathways.map { pathway in
            var pathwayCopy = pathway
            pathwayCopy.location = nil
            return pathwayCopy
        }
        copy.accepted = network.accepted.map { entry in
            var entryCopy = entry
            entryCopy.location = nil
            return entryCopy
        }
        return copy
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// A fresh empty folder under the system's temporary folder.
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "actormap-interop-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
