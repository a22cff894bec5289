import NetworkModel
import Testing
@testable import NetworkAnalysis

/// Small graphs whose answers are worked out by hand (networkx's own test style): empty, one, two,
/// then the path P3, the star S4 (a centre and four leaves) and the complete graph K5.
@Suite("Hand-worked graphs")
struct HandWorkedTests {
    static func network(_ ids: [String], _ edges: [(String, String)], type: LinkType = .cooperates) -> Network {
        Network(title: "test", actors: ids.map { Actor(id: $0, name: $0, kind: .other) },
                links: edges.map { Link(from: $0.0, to: $0.1, type: type) })
    }

    static let p3 = CompactGraph(network: network(["a", "b", "c"], [("a", "b"), ("b", "c")]))
    static let star = CompactGraph(network: network(["c", "l1", "l2", "l3", "l4"],
                                                    [("c", "l1"), ("c", "l2"), ("c", "l3"), ("c", "l4")]))
    static let k5: CompactGraph = {
        let ids = ["a", "b", "c", "d", "e"]
        var edges: [(String, String)] = []
        for i in 0..<5 { for j in (i + 1)..<5 { edges.append((ids[i], ids[j])) } }
        return CompactGraph(network: network(ids, edges))
    }()

    @Test func emptyNetworkGivesEmptyResults() {
        let graph = CompactGraph(network: Network(title: "empty"))
        #expect(graph.nodeCount == 0)
        #expect(betweennessCentrality(graph).isEmpty)
        #expect(closenessCentrality(graph).isEmpty)
        #expect(pageRank(graph) == [])
        #expect(eigenvectorCentrality(graph) == [])
        #expect(coreNumbers(graph).isEmpty)
        #expect(connectedComponents(graph).isEmpty)
    }

    @Test func singleActor() {
        let graph = CompactGraph(network: Self.network(["x"], []))
        #expect(degrees(graph).centrality == [1])  // networkx: 1 when n <= 1
        #expect(betweennessCentrality(graph) == [0])
        #expect(closenessCentrality(graph) == [0])
        #expect(pageRank(graph) == [1])
        #expect(eigenvectorCentrality(graph) == [1])
        #expect(burtConstraint(graph) == [nil])
        #expect(effectiveSize(graph) == [nil])
    }

    @Test func twoLinkedActorsAreNotRescaled() {
        let graph = CompactGraph(network: Self.network(["x", "y"], [("x", "y")]))
        #expect(betweennessCentrality(graph) == [0, 0])
        #expect(closenessCentrality(graph) == [1, 1])
        #expect(cutStructure(graph).articulationPoints.isEmpty)
        #expect(cutStructure(graph).bridges.map { [$0.0, $0.1] } == [[0, 1]])
    }

    @Test func pathP3() throws {
        let g = Self.p3
        #expect(degrees(g).degree == [1, 2, 1])
        #expect(degrees(g).centrality == [0.5, 1, 0.5])
        // b lies on the one shortest path a–c: 1 pair of the (n-1)(n-2)/2 = 1 possible.
        #expect(betweennessCentrality(g) == [0, 1, 0])
        // a: distances 1 and 2 → 2/3; b: 1 and 1 → 1.
        let closeness = closenessCentrality(g)
        #expect(abs(closeness[0] - 2.0 / 3) < 1e-15 && closeness[1] == 1 && abs(closeness[2] - 2.0 / 3) < 1e-15)
        #expect(harmonicCentrality(g) == [1.5, 2, 1.5])
        #expect(coreNumbers(g) == [1, 1, 1])
        #expect(clusteringCoefficients(g) == [0, 0, 0])
        #expect(cutStructure(g).articulationPoints == [1])
        #expect(cutStructure(g).bridges.count == 2)
        // Eigenvector of a path of three: (1, √2, 1) / 2.
        let eigen = try #require(eigenvectorCentrality(g))
        #expect(abs(eigen[0] - 0.5) < 1e-9 && abs(eigen[1] - 2.0.squareRoot() / 2) < 1e-9)
        // Burt: a's single contact gives constraint 1; b has two unconnected contacts: 2 · (1/2)² = 0.5.
        let constraint = burtConstraint(g)
        #expect(constraint[0] == 1 && constraint[1] == 0.5)
        #expect(effectiveSize(g) == [1, 2, 1])
    }

    @Test func starS4() throws {
        let g = Self.star  // node 0 is the centre
        #expect(betweennessCentrality(g) == [1, 0, 0, 0, 0])
        #expect(closenessCentrality(g)[0] == 1)
        // A leaf: 1 at distance 1, 3 at distance 2 → 4 / 7.
        #expect(abs(closenessCentrality(g)[1] - 4.0 / 7) < 1e-15)
        #expect(coreNumbers(g) == [1, 1, 1, 1, 1])
        #expect(cutStructure(g).articulationPoints == [0])
        #expect(cutStructure(g).bridges.count == 4)
        #expect(effectiveSize(g)[0] == 4)
        #expect(burtConstraint(g)[0] == 0.25)
        // PageRank on a star with k leaves: leaf r = (1-α)/n + α c/k, centre c = (1-α)/n + α k r.
        let rank = try #require(pageRank(g))
        let alpha = 0.85, n = 5.0, k = 4.0
        let leaf = ((1 - alpha) / n + alpha * (1 - alpha) / (n * k)) / (1 - alpha * alpha)
        let centre = (1 - alpha) / n + alpha * k * leaf
        #expect(abs(rank[0] - centre) < 1e-10)
        #expect(abs(rank[1] - leaf) < 1e-10)
    }

    @Test func completeK5() throws {
        let g = Self.k5
        #expect(betweennessCentrality(g) == [0, 0, 0, 0, 0])
        #expect(closenessCentrality(g) == [1, 1, 1, 1, 1])
        #expect(harmonicCentrality(g) == [4, 4, 4, 4, 4])
        #expect(coreNumbers(g) == [4, 4, 4, 4, 4])
        #expect(clusteringCoefficients(g) == [1, 1, 1, 1, 1])
        #expect(degrees(g).centrality == [1, 1, 1, 1, 1])
        let rank = try #require(pageRank(g))
        #expect(rank.allSatisfy { abs($0 - 0.2) < 1e-12 })
        let eigen = try #require(eigenvectorCentrality(g))
        #expect(eigen.allSatisfy { abs($0 - 1 / 5.0.squareRoot()) < 1e-12 })
        #expect(cutStructure(g).articulationPoints.isEmpty && cutStructure(g).bridges.isEmpty)
        // Every contact is tied to the other three: effective size 4 - 2·6/4... Borgatti: n - 2t/n = 4 - 2·6/4 = 1.
        #expect(effectiveSize(g).allSatisfy { $0.map { abs($0 - 1) < 1e-12 } ?? false })
    }

    @Test func viewsReadLinksAsFormatSays() {
        // a→b twice (two types), b→a once, b–c cooperates: undirected has 2 edges, directed 4 arcs.
        let network = Network(title: "views", actors: ["a", "b", "c"].map { Actor(id: $0, name: $0, kind: .other) },
                              links: [Link(from: "a", to: "b", type: .funds, weight: 2),
                                      Link(from: "a", to: "b", type: .supports, weight: 3),
                                      Link(from: "b", to: "a", type: .informs, weight: 0.5),
                                      Link(from: "b", to: "c", type: .cooperates, weight: 4)])
        let undirected = CompactGraph(network: network)
        #expect(undirected.edgeCount == 2)
        #expect(undirected.outWeights == [1, 1, 1, 1])
        let directed = CompactGraph(network: network, view: GraphView(directed: true))
        #expect(directed.edgeCount == 4)
        let weighted = CompactGraph(network: network, view: GraphView(weighted: true))
        #expect(weighted.outWeights == [5.5, 5.5, 4, 4])
        let both = CompactGraph(network: network, view: GraphView(directed: true, weighted: true))
        // a→b: 2 + 3; b→a: 0.5; b→c and c→b: 4.
        #expect(both.outWeights == [5, 0.5, 4, 4])
        #expect(degrees(both).inDegree == [0.5, 9, 4])
    }
}
