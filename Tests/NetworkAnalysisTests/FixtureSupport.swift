import Foundation
import NetworkModel
@testable import NetworkAnalysis

/// A graph and networkx's answers for it, written by `scripts/networkx_fixtures.py`.
struct Fixture: Decodable, Sendable, CustomStringConvertible {
    struct FixtureLink: Decodable, Sendable {
        var from: String
        var to: String
        var type: String
        var weight: Double
    }

    struct ViewValues: Decodable, Sendable {
        var degree: [Double?]
        var in_degree: [Double?]?
        var out_degree: [Double?]?
        var degree_centrality: [Double?]
        var betweenness: [Double?]
        var closeness: [Double?]
        var harmonic: [Double?]
        var eigenvector: [Double?]
        var pagerank: [Double?]
        var core: [Double?]
        var clustering: [Double?]
        var constraint: [Double?]
        var effective_size: [Double?]
    }

    var name: String
    var source: String
    var actors: [String]
    var links: [FixtureLink]
    var components: [[String]]
    var articulation_points: [String]
    var bridges: [[String]]
    var views: [String: ViewValues]

    var description: String { "\(name) (\(source))" }

    /// The fixture's input as a `Network`, built in memory: no YAML loader involved.
    func network() throws -> Network {
        let actors = self.actors.map { Actor(id: $0, name: "Actor \($0)", kind: .association) }
        let links = try self.links.map { link -> Link in
            guard let type = LinkType(rawValue: link.type) else { throw FixtureError.unknownLinkType(link.type) }
            return Link(from: link.from, to: link.to, type: type, weight: link.weight)
        }
        return Network(title: name, actors: actors, links: links)
    }

    static let viewNames: [(String, GraphView)] = [
        ("undirected", GraphView(directed: false, weighted: false)),
        ("directed", GraphView(directed: true, weighted: false)),
        ("weighted", GraphView(directed: false, weighted: true)),
        ("directed_weighted", GraphView(directed: true, weighted: true)),
    ]

    /// Every fixture file, sorted by name so test arguments are stable.
    static let all: [Fixture] = {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil),
              let files = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        else { return [] }
        return files.filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
            .compactMap { url in
                guard let data = try? Data(contentsOf: url) else { return nil }
                return try? JSONDecoder().decode(Fixture.self, from: data)
            }
    }()

    static let fileCount: Int = {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil),
              let files = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        else { return 0 }
        return files.filter { $0.pathExtension == "json" }.count
    }()
}

enum FixtureError: Error { case unknownLinkType(String), missingView(String) }

/// One fixture under one view: the unit the agreement tests iterate over.
struct FixtureCase: Sendable, CustomStringConvertible {
    var fixture: Fixture
    var viewName: String
    var view: GraphView
    var description: String { "\(fixture.name) [\(viewName)]" }

    static let all: [FixtureCase] = Fixture.all.flatMap { fixture in
        Fixture.viewNames.map { FixtureCase(fixture: fixture, viewName: $0.0, view: $0.1) }
    }

    func expected() throws -> Fixture.ViewValues {
        guard let values = fixture.views[viewName] else { throw FixtureError.missingView(viewName) }
        return values
    }
}

/// Mismatches between computed and expected values, as readable lines (empty when they agree).
/// `nil` on either side must meet `nil` on the other: NaN and "no value" are the same thing here.
func mismatches(_ measure: String, ids: [String], actual: [Double?], expected: [Double?], tolerance: Double) -> [String] {
    guard actual.count == expected.count else {
        return ["\(measure): \(actual.count) values, expected \(expected.count)"]
    }
    var lines: [String] = []
    for i in actual.indices {
        switch (actual[i], expected[i]) {
        case (nil, nil): continue
        case let (a?, e?):
            let scale = max(1, abs(e))
            if !(abs(a - e) <= tolerance * scale) {
                lines.append("\(measure)[\(ids[i])]: \(a), networkx \(e)")
            }
        case let (a, e):
            lines.append("\(measure)[\(ids[i])]: \(String(describing: a)), networkx \(String(describing: e))")
        }
    }
    return lines
}
