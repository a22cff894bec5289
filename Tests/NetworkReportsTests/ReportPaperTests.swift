import Foundation
import Testing
@testable import NetworkReports
import NetworkModel

/// The report on paper (a compact diagram or none) and the small diagrams in the profiles.
struct ReportPaperTests {
    static func example(_ name: String) throws -> Network {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("networks/\(name).yaml").path
        return try #require(NetworkLoader.load(path: path).network)
    }

    /// A star: the hub has `spokes` ties, every spoke one.
    static func star(spokes: Int) -> Network {
        let actors = [Actor(id: "hub", name: "Hub office", kind: .office, coordinator: true)]
            + (1...spokes).map { Actor(id: "s\($0)", name: "Spoke \($0)", kind: .association) }
        let links = (1...spokes).map { Link(from: "hub", to: "s\($0)", type: .cooperates) }
        return Network(title: "Star", actors: actors, links: links)
    }

    @Test func profilesWithFiveTiesOrMoreShowTheirSurroundings() throws {
        let html = try #require(try HTMLReportTests.build(Self.star(spokes: 5))["index.html"])
        #expect(html.components(separatedBy: "<div class=\"focus\">").count - 1 == 1)
        // The hub's diagram draws the hub and its five spokes, with ids of its own.
        for id in ["hub", "s1", "s5"] { #expect(html.contains("id=\"focus&#45;hub&#45;actor&#45;\(id)\"")) }
        let four = try #require(try HTMLReportTests.build(Self.star(spokes: 4))["index.html"])
        #expect(!four.contains("<div class=\"focus\">"))
    }

    @Test(arguments: ["halle", "luxembourg-pakt", "imst-leader", "east-belgium", "shelter-novo-mesto"])
    func everyExampleReportHasACompactDiagramForPaperAndUniqueIDs(_ name: String) throws {
        let html = try #require(try HTMLReportTests.build(try Self.example(name))["index.html"])
        #expect(html.contains("<section id=\"diagram\" class=\"print-compact\">"))
        #expect(html.contains("<div class=\"diagram-print print-only\">"))
        #expect(html.contains("<div class=\"diagram-print-key print-only\">"))
        // The compact drawing lists no services: no bullet of a service list in it.
        let start = try #require(html.range(of: "<div class=\"diagram-print print-only\">"))
        let end = try #require(html[start.upperBound...].range(of: "</div>"))
        #expect(!html[start.upperBound..<end.lowerBound].contains("• "))
        let ids = html.matches(of: /\sid="([^"]+)"/).map { String($0.output.1) }
        let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "\(name): \(repeated.prefix(10))")
    }

    /// Seventy actors in a ring with chords: no compact drawing of them prints at 6 points on A4,
    /// so on paper the diagram gives way to the tables.
    @Test func aNetworkTooBigForOnePageGivesWayToTheTables() throws {
        let actors = (0..<70).map { Actor(id: "a\($0)", name: "Association number \($0)", kind: .association) }
        let links = (0..<70).map { Link(from: "a\($0)", to: "a\(($0 + 1) % 70)", type: .cooperates) }
        let html = try #require(try HTMLReportTests.build(Network(title: "Ring", actors: actors, links: links))["index.html"])
        #expect(html.contains("<section id=\"diagram\" class=\"print-replaced\">"))
        #expect(!html.contains("<div class=\"diagram-print"))
    }

    @Test func theCompactDrawingOfHalleFitsALandscapePageAtSixPoints() throws {
        let network = try Self.example("halle")
        let print = try #require(try PrintDiagram.make(network: network, options: .init(layout: .dot), highlights: .none))
        // 11-point names shrunk by the page's factor stay at 6 points or more.
        #expect(print.scale * 11 >= 6)
        #expect(print.scale < 1, "Halle's drawing is wider than a page even with names only")
    }
}
