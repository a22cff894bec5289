import Testing
@testable import GraphvizRendering
import NetworkModel

/// `render --focus ID --depth N`: the actor, its neighbours up to N links away and the links among them.
struct FocusNetworkTests {
    /// The path a – b – c – d – e, with a link c → a back (a triangle a, b, c) and a loner f.
    static var path: Network {
        let actors = ["a", "b", "c", "d", "e", "f"].map { Actor(id: $0, name: "Actor \($0.uppercased())", kind: .association) }
        let links = [
            Link(from: "a", to: "b", type: .cooperates), Link(from: "b", to: "c", type: .refers),
            Link(from: "c", to: "d", type: .funds), Link(from: "e", to: "d", type: .reportsTo),
            Link(from: "c", to: "a", type: .informs),
        ]
        return Network(title: "Path", actors: actors, links: links)
    }

    @Test func depthOneIsTheActorAndItsNeighbours() throws {
        let part = try #require(FocusNetwork.around("c", in: Self.path, depth: 1))
        #expect(part.actors.map(\.id) == ["a", "b", "c", "d"])
        // Links among them, the one between two neighbours (a – b) included.
        #expect(part.links.map { "\($0.from)-\($0.to)" } == ["a-b", "b-c", "c-d", "c-a"])
        #expect(part.title == "Path: around Actor C (1 step)")
    }

    @Test func stepsFollowLinksWhicheverWayTheyRun() throws {
        // e reports to d: e reaches c in two steps against the direction of both links.
        let part = try #require(FocusNetwork.around("e", in: Self.path, depth: 2))
        #expect(part.actors.map(\.id) == ["c", "d", "e"])
        #expect(part.title == "Path: around Actor E (2 steps)")
        let all = try #require(FocusNetwork.around("e", in: Self.path, depth: 9))
        #expect(all.actors.map(\.id) == ["a", "b", "c", "d", "e"])
    }

    @Test func anActorWithoutLinksStandsAlone() throws {
        let part = try #require(FocusNetwork.around("f", in: Self.path, depth: 3))
        #expect(part.actors.map(\.id) == ["f"])
        #expect(part.links.isEmpty)
    }

    @Test func anUnknownIDHasNoSurroundings() {
        #expect(FocusNetwork.around("x", in: Self.path, depth: 1) == nil)
    }

    @Test func theWholeNetworksMarksAreDrawnOnThePart() throws {
        // In the part, vemo has no coordinator beside dlz; the whole network's marks say what they say.
        let part = try #require(FocusNetwork.around("vemo", in: SampleNetworks.city, depth: 1))
        #expect(part.actors.map(\.id) == ["dlz", "vemo", "ukr", "afghan", "antidiskriminierung"])
        let diagram = NetworkDiagram(network: part, highlights: SampleNetworks.cityHighlights)
        let svg = try SVGDocument(try diagram.render(as: .svg).data)
        #expect(svg.actorIDs == ["actor-dlz", "actor-vemo", "actor-ukr", "actor-afghan", "actor-antidiskriminierung"])
        #expect(svg.textLines(inGroup: "actor-vemo").contains("⚠ Single point of failure"))
    }
}
