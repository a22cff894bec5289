import NetworkModel
import Testing
@testable import GraphvizRendering

@Suite("Network diagrams")
struct NetworkDiagramTests {
    static let svgVocabulary: Set<String> = [
        "svg", "g", "title", "polygon", "ellipse", "path", "polyline", "text", "a", "rect", "defs",
        "linearGradient", "radialGradient", "stop", "image", "desc",
    ]

    @Test("every layout draws each actor once, with its stable id", arguments: Layout.allCases)
    func everyLayoutDrawsEachActorOnce(layout: Layout) throws {
        let network = SampleNetworks.city
        let diagram = NetworkDiagram(network: network, options: DiagramOptions(layout: layout, clusterBy: .kind),
                                     highlights: SampleNetworks.cityHighlights)
        let svg = try SVGDocument(diagram.render(as: .svg).data)
        #expect(svg.actorIDs.sorted() == network.actors.map { "actor-\($0.id)" }.sorted())
        // Every other node is the key's (`DiagramKeyDrawing`): no node stands for an actor twice.
        let others = svg.nodeGroups.compactMap { $0.attributes["id"] }.filter { !$0.hasPrefix("actor-") }
        #expect(svg.nodeGroups.count == network.actors.count + others.count)
        #expect(others.allSatisfy { $0.hasPrefix("key-") }, "\(others)")
    }

    @Test("awkward names are drawn as written and never become markup", arguments: Layout.allCases)
    func awkwardNamesStayText(layout: Layout) throws {
        let network = SampleNetworks.awkward
        let diagram = NetworkDiagram(network: network, options: DiagramOptions(layout: layout, clusterBy: .kind))
        let svg = try SVGDocument(diagram.render(as: .svg).data)

        let unexpected = Set(svg.elements.map(\.name)).subtracting(Self.svgVocabulary)
        #expect(unexpected.isEmpty, "elements that came from names: \(unexpected)")
        // The one description is the document's own (SVGAccessibility); a name cannot add another.
        #expect(svg.elements.filter { $0.name == "desc" }.count == 1)
        #expect(svg.actorIDs.count == network.actors.count)
        for actor in network.actors {
            let group = "actor-\(actor.id)"
            let tooltip = try #require(svg.tooltip(ofGroup: group))
            #expect(tooltip.hasPrefix(actor.name + "\n"), "tooltip of \(actor.id): \(tooltip)")
            let lines = svg.textLines(inGroup: group)
            for line in ActorNode.wrap(actor.name, width: ActorNode.nameWrapWidth) where !line.isEmpty {
                #expect(lines.contains(line), "\(actor.id): \(line) not among \(lines)")
            }
        }
        let allText = svg.elements.filter { $0.name == "text" }.map(\.text).joined(separator: "\n")
        #expect(allText.contains("Awkward \"names\" <&> \\G"))
        #expect(allText.contains("• Service <1> & \"more\" \\N"))
    }

    @Test("the .dot output means to Graphviz what we meant", arguments: [
        SampleNetworks.awkward, SampleNetworks.city, SampleNetworks.random(size: 60, seed: 7),
    ])
    func dotTextReadsBack(network: Network) throws {
        for clusterBy in ClusterBy.allCases {
            let diagram = NetworkDiagram(network: network, options: DiagramOptions(clusterBy: clusterBy),
                                         highlights: SampleNetworks.cityHighlights)
            let output = try diagram.render(as: .dot)
            #expect(output.data == Array(diagram.dot.utf8))
            #expect(try GraphvizRenderer.nodeCount(dot: diagram.dot) == network.actors.count)
        }
    }

    @Test func sameNetworkGivesIdenticalDOT() {
        let options = DiagramOptions(clusterBy: .district, sizeBy: ["dlz": 3, "vemo": 1])
        let first = NetworkDiagram(network: SampleNetworks.city, options: options, highlights: SampleNetworks.cityHighlights)
        let second = NetworkDiagram(network: SampleNetworks.city, options: options, highlights: SampleNetworks.cityHighlights)
        #expect(first.dot == second.dot)
    }

    @Test func arrowheadsOnlyOnDirectedTypes() throws {
        let network = SampleNetworks.city
        let svg = try SVGDocument(NetworkDiagram(network: network).render(as: .svg).data)
        for link in network.links {
            let group = "link-\(link.from)-\(link.to)-\(link.type.rawValue)"
            let heads = svg.elements.filter { ($0.name == "polygon" || $0.name == "ellipse") && $0.groupIDs.contains(group) }
            #expect(heads.isEmpty == !link.type.isDirected, "\(group)")
        }
    }

    @Test func directedFlagGivesUndirectedTypesTwoHeads() {
        let dot = NetworkDiagram(network: SampleNetworks.city, options: DiagramOptions(directed: true)).dot
        let partners = dot.split(separator: "\n").filter { $0.contains("-partners") }
        #expect(!partners.isEmpty)
        #expect(partners.allSatisfy { $0.contains("dir=both") })
        let plain = NetworkDiagram(network: SampleNetworks.city).dot.split(separator: "\n").filter { $0.contains("-partners") }
        #expect(plain.allSatisfy { $0.contains("dir=none") })
    }

    @Test func highlightsAreMarkedInWordsAndColour() throws {
        let diagram = NetworkDiagram(network: SampleNetworks.city, highlights: SampleNetworks.cityHighlights)
        let svg = try SVGDocument(diagram.render(as: .svg).data)
        #expect(svg.textLines(inGroup: "actor-ehrenamt").contains("⚠ No path to a coordinator"))
        #expect(svg.textLines(inGroup: "actor-vemo").contains("⚠ Single point of failure"))
        #expect(svg.textLines(inGroup: "actor-jobcenter").joined(separator: " ").contains("Only provider: Labour-market integration"))
        let outline = svg.elements.first { $0.groupIDs.contains("actor-ehrenamt") && $0.name == "ellipse" }
        #expect(outline?.attributes["stroke"]?.lowercased() == "#c00000")
        #expect(outline?.attributes["stroke-dasharray"] != nil)
        let allText = svg.elements.filter { $0.name == "text" }.map(\.text).joined(separator: " ")
        #expect(allText.contains("Nobody offers:"))
        #expect(allText.contains("Psychosocial support for refugees, Legal advice"))
    }

    @Test func sizeFollowsTheMeasure() {
        let options = DiagramOptions(sizeBy: ["dlz": 10, "vemo": 0, "awo": .nan], sizeMeasureName: "betweenness")
        let nodes = NetworkDiagram(network: SampleNetworks.city, options: options).actorNodes
        let byID = Dictionary(uniqueKeysWithValues: nodes.map { ($0.actor.id, $0) })
        #expect(byID["dlz"]?.size == 1)
        #expect(byID["vemo"]?.size == 0)
        #expect(byID["awo"]?.size == 0)
        #expect(byID["dlz"]?.tooltip.contains("betweenness: 10") == true)
    }

    @Test func districtClustersGroupActorsByTheirDistricts() {
        let groups = NetworkDiagram(network: SampleNetworks.city, options: DiagramOptions(clusterBy: .district)).clusterGroups
        #expect(groups.map(\.label) == ["Neustadt"])
        #expect(groups.first?.members.count == 2)
    }

    @Test func unusualIDsStillGiveOneNodeEach() throws {
        let network = Network(title: "ids", actors: [
            Actor(id: "a\"b", name: "quote", kind: .office),
            Actor(id: "a\\", name: "backslash", kind: .office),
            Actor(id: "dup", name: "first", kind: .office),
            Actor(id: "dup", name: "second", kind: .office),
        ], links: [Link(from: "a\"b", to: "a\\", type: .informs)])
        let diagram = NetworkDiagram(network: network)
        #expect(try GraphvizRenderer.nodeCount(dot: diagram.dot) == 4)
        let svg = try SVGDocument(diagram.render(as: .svg).data)
        #expect(Set(svg.actorIDs) == ["actor-a\"b", "actor-a\\", "actor-dup"])
    }
}
