import NetworkAnalysis
import NetworkModel
import Testing
@testable import GraphvizRendering

/// The overview of issue 7 (`render --collapse`), on a network small enough to count by hand.
///
/// `SampleNetworks.towns` has seven actors and nine links:
///
///     c  commissioner   (no district)          1 c  -> o1 coordinates   6 m1 -> a1 member-of
///     o1 office         Nord                   2 c  -> o2 coordinates   7 m2 -> o1 refers
///     o2 office         Süd                    3 o1 -> a1 funds         8 o1 -> o2 informs
///     a1 association    Nord, Süd              4 o2 -> a2 funds         9 a2 -> o2 reports-to
///     a2 association    Süd                    5 a1 -- a2 cooperates
///     m1 migrant org.   Δήμος Αθηναίων
///     m2 migrant org.   (no district)          declared districts: Nord, Süd, Ost
@Suite("Overview diagrams")
struct OverviewDiagramTests {
    // MARK: Grouping, worked by hand

    @Test func byKindCountsActorsAndLinksWithinAndBetween() {
        let grouping = ActorGrouping(network: SampleNetworks.towns, by: .kind)
        #expect(grouping.groups.map(\.key) == [.kind(.commissioner), .kind(.office), .kind(.association), .kind(.migrantOrganisation)])
        #expect(grouping.groups.map(\.members.count) == [1, 2, 2, 2])
        #expect(grouping.groups.map(\.linksInside) == [0, 1, 1, 0])
        #expect(grouping.groups.map(\.coordinators) == [1, 0, 0, 0])
        #expect(grouping.groups.map(\.services) == [[], [], ["counselling"], []])
        // Groups: 0 commissioner, 1 office, 2 association, 3 migrant organisation.
        let pairs = grouping.connections.map { [$0.first, $0.second, $0.forward, $0.backward, $0.undirected] }
        #expect(pairs == [
            [0, 1, 2, 0, 0],  // 1, 2
            [1, 2, 2, 1, 0],  // 3, 4 one way; 9 the other
            [1, 3, 0, 1, 0],  // 7
            [2, 3, 0, 1, 0],  // 6
        ])
        #expect(grouping.linksInside == 2)
        #expect(grouping.linksBetween == 7)
        #expect(grouping.linksInside + grouping.linksBetween == SampleNetworks.towns.links.count)
    }

    @Test func byDistrictCountsEachActorInItsFirstDistrict() {
        let grouping = ActorGrouping(network: SampleNetworks.towns, by: .district)
        #expect(grouping.groups.map(\.key) == [
            .district("Nord"), .district("Ost"), .district("Süd"), .district("Δήμος Αθηναίων"), .noDistrict,
        ])
        let ids = SampleNetworks.towns.actors.map(\.id)
        #expect(grouping.groups.map { $0.members.map { ids[$0] } } == [["o1", "a1"], [], ["o2", "a2"], ["m1"], ["c", "m2"]])
        // a1 serves Süd as well: counted in Nord, mentioned in Süd.
        #expect(grouping.groups.map(\.alsoPresent) == [0, 0, 1, 0, 0])
        #expect(grouping.groups.map(\.linksInside) == [1, 0, 2, 0, 0])
        // Groups: 0 Nord, 1 Ost, 2 Süd, 3 Δήμος Αθηναίων, 4 no district.
        let pairs = grouping.connections.map { [$0.first, $0.second, $0.forward, $0.backward, $0.undirected] }
        #expect(pairs == [
            [0, 2, 1, 0, 1],  // 8 o1 -> o2; 5 a1 -- a2
            [0, 3, 0, 1, 0],  // 6 m1 -> a1
            [0, 4, 0, 2, 0],  // 1 c -> o1; 7 m2 -> o1
            [2, 4, 0, 1, 0],  // 2 c -> o2
        ])
        #expect(grouping.linksInside + grouping.linksBetween == 9)
        #expect(grouping.groups.map(\.members.count).reduce(0, +) == 7)
    }

    @Test func stepsUpFromEmptyToOneToTwo() throws {
        let empty = ActorGrouping(network: Network(title: "empty", actors: []), by: .kind)
        #expect(empty.groups.isEmpty && empty.connections.isEmpty)
        let one = ActorGrouping(network: Network(title: "one", actors: [Actor(id: "a", name: "A", kind: .other)]), by: .district)
        #expect(one.groups.map(\.key) == [.noDistrict])
        let two = Network(title: "two", actors: [Actor(id: "a", name: "A", kind: .other), Actor(id: "b", name: "B", kind: .office)],
                          links: [Link(from: "a", to: "b", type: .partners), Link(from: "b", to: "a", type: .informs)])
        let grouping = ActorGrouping(network: two, by: .kind)
        #expect(grouping.connections.map(\.total) == [2])
        #expect(grouping.connections.first?.types.map(\.type) == [.informs, .partners])
        #expect(try GraphvizRenderer.nodeCount(dot: OverviewDiagram(network: two, by: .kind).dot) == 2)
    }

    // MARK: The picture

    @Test("every layout draws each group once, with its stable id", arguments: Layout.allCases)
    func everyLayoutDrawsEachGroupOnce(layout: Layout) throws {
        for criterion in GroupingCriterion.allCases {
            let diagram = OverviewDiagram(network: SampleNetworks.towns, by: criterion, options: OverviewOptions(layout: layout))
            let output = try diagram.render(as: .svg)
            #expect(output.warnings.isEmpty, "\(criterion): \(output.warnings)")
            let svg = try SVGDocument(output.data)
            #expect(svg.groupIDs == diagram.groupIDs, "\(criterion)")
            #expect(svg.edgeGroups.count == diagram.grouping.connections.count, "\(criterion)")
        }
    }

    @Test func idsAreStableSlugsInAnyScript() {
        let byDistrict = OverviewDiagram(network: SampleNetworks.towns, by: .district)
        #expect(byDistrict.groupIDs == ["group-nord", "group-ost", "group-süd", "group-δήμος-αθηναίων", "group-no-district"])
        let byKind = OverviewDiagram(network: SampleNetworks.towns, by: .kind)
        #expect(byKind.groupIDs == ["group-commissioner", "group-office", "group-association", "group-migrant-organisation"])
        #expect(OverviewDiagram.slug("  Halle (Saale) – Neustadt ") == "halle-saale-neustadt")
        #expect(OverviewDiagram.slug("جمعية المهاجرين") == "جمعية-المهاجرين")
        #expect(OverviewDiagram.slug("<&>") == "")
    }

    @Test func clashingSlugsGetNumbersAndTheCityWideGroupKeepsItsID() {
        let network = Network(title: "t", actors: [
            Actor(id: "a", name: "A", kind: .other, districts: ["Neu Stadt"]),
            Actor(id: "b", name: "B", kind: .other, districts: ["Neu-Stadt"]),
            Actor(id: "c", name: "C", kind: .other, districts: ["No district"]),
            Actor(id: "d", name: "D", kind: .other, districts: ["<>"]),
            Actor(id: "e", name: "E", kind: .other),
        ])
        let diagram = OverviewDiagram(network: network, by: .district)
        #expect(diagram.groupNames == ["<>", "Neu Stadt", "Neu-Stadt", "No district", "No district (city-wide)"])
        #expect(diagram.groupIDs == ["group-district", "group-neu-stadt", "group-neu-stadt-2", "group-no-district-2", "group-no-district"])
    }

    @Test func labelsSayHowManyActorsAndLinksInside() throws {
        let diagram = OverviewDiagram(network: SampleNetworks.towns, by: .district)
        let svg = try SVGDocument(diagram.render(as: .svg).data)
        #expect(svg.textLines(inGroup: "group-nord") == ["Nord", "2 actors", "1 service", "1 link inside"])
        #expect(svg.textLines(inGroup: "group-süd") == ["Süd", "2 actors", "+1 also active here", "2 links inside"])
        #expect(svg.textLines(inGroup: "group-ost") == ["Ost", "no actors based here"])
        #expect(svg.textLines(inGroup: "group-no-district") == ["No district (city-wide)", "2 actors", "1 coordinator"])
        #expect(svg.textLines(inGroup: "group-δήμος-αθηναίων") == ["Δήμος Αθηναίων", "1 actor"])
        #expect(svg.textLines(inGroup: "links-nord-süd") == ["2"])
        #expect(svg.textLines(inGroup: "links-nord-no-district") == ["2"])
        let tooltip = try #require(svg.tooltip(ofGroup: "group-nord"))
        #expect(tooltip.hasPrefix("Nord\n2 actors\nKinds: City office 1, Association 1\n"))
        #expect(try #require(svg.tooltip(ofGroup: "links-nord-süd")).contains("1 from Nord to Süd; 1 both ways"))
    }

    @Test func anArrowOnlyWhereEveryLinkRunsOneWay() throws {
        let diagram = OverviewDiagram(network: SampleNetworks.towns, by: .kind)
        let svg = try SVGDocument(diagram.render(as: .svg).data)
        // The number's white ground is a polygon too; an arrowhead is filled in the line's grey.
        func hasArrowhead(_ group: String) -> Bool {
            svg.elements.contains {
                $0.name == "polygon" && $0.groupIDs.contains(group) && $0.attributes["fill"]?.lowercased() == "#4d4d4d"
            }
        }
        #expect(hasArrowhead("links-commissioner-office"))
        #expect(!hasArrowhead("links-office-association"))  // two one way, one the other
        // m1 -> a1 runs from the later group to the earlier: the arrow points at the associations.
        #expect(diagram.dot.contains("g3 -> g2 ["))
        #expect(hasArrowhead("links-association-migrant-organisation"))
    }

    @Test func directedDrawsOneArrowPerDirectionAndCountsUndirectedLinksBothWays() throws {
        let diagram = OverviewDiagram(network: SampleNetworks.towns, by: .district, options: OverviewOptions(directed: true))
        let svg = try SVGDocument(diagram.render(as: .svg).data)
        // Nord -> Süd: 8 and 5; Süd -> Nord: 5 only.
        #expect(svg.textLines(inGroup: "links-nord-to-süd") == ["2"])
        #expect(svg.textLines(inGroup: "links-süd-to-nord") == ["1"])
        #expect(svg.edgeGroups.count == 5)
    }

    @Test func gapsAreCountedPerGroup() throws {
        let highlights = DiagramHighlights(unreachable: ["m2"], singlePointsOfFailure: ["o1"], singleProviders: ["a1"],
                                           missingServices: ["Legal advice"])
        let diagram = OverviewDiagram(network: SampleNetworks.towns, by: .kind, highlights: highlights)
        let svg = try SVGDocument(diagram.render(as: .svg).data)
        #expect(svg.textLines(inGroup: "group-migrant-organisation").contains("⚠ 1 with no path to a coordinator"))
        #expect(svg.textLines(inGroup: "group-office").contains("⚠ 1 single point of failure"))
        #expect(svg.textLines(inGroup: "group-association").contains("1 only provider of a service"))
        let outline = svg.elements.first { $0.groupIDs.contains("group-office") && $0.name == "polygon" }
        #expect(outline?.attributes["stroke"]?.lowercased() == "#c00000")
        let allText = svg.elements.filter { $0.name == "text" }.map(\.text).joined(separator: " ")
        #expect(allText.contains("Nobody offers:"))
        #expect(allText.contains("Legal advice"))
    }

    @Test func theSVGSaysItIsAnOverview() throws {
        let diagram = OverviewDiagram(network: SampleNetworks.towns, by: .district)
        let svg = try SVGDocument(diagram.render(as: .svg).data)
        let root = try #require(svg.elements.first { $0.name == "svg" })
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-label"] == "Three towns: overview of 7 actors in 5 groups by district")
        let desc = try #require(svg.elements.first { $0.name == "desc" }?.text)
        #expect(desc.hasPrefix("Overview of 7 actors in 5 groups by district, one node per group, joined by 9 links: 3 inside groups and 6 between them."))
        #expect(desc.contains("counted once, in the first district its entry lists"))
        let allText = svg.elements.filter { $0.name == "text" }.map(\.text).joined(separator: "\n")
        #expect(allText.contains("Overview by district: 7 actors in 5 groups, 9 links (3 inside groups, 6 between them)"))
        #expect(allText.contains("area: number of actors (1 to 2);"))
    }

    @Test func theSameNetworkGivesByteIdenticalOutput() throws {
        for criterion in GroupingCriterion.allCases {
            let network = SampleNetworks.random(size: 300, seed: 11)
            let first = try OverviewDiagram(network: network, by: criterion).render(as: .svg)
            let second = try OverviewDiagram(network: network, by: criterion).render(as: .svg)
            #expect(first.data == second.data, "\(criterion)")
            #expect(first.warnings.isEmpty, "\(first.warnings)")
        }
    }

    @Test func theDotOutputMeansToGraphvizWhatWeMeant() throws {
        for criterion in GroupingCriterion.allCases {
            let diagram = OverviewDiagram(network: SampleNetworks.towns, by: criterion)
            #expect(try diagram.render(as: .dot).data == Array(diagram.dot.utf8))
            #expect(try GraphvizRenderer.nodeCount(dot: diagram.dot) == diagram.grouping.groups.count)
        }
    }

    @Test func awkwardDistrictNamesAreDrawnAsWritten() throws {
        let names = SampleNetworks.awkwardNames
        let actors = names.indices.map { Actor(id: "a\($0)", name: "Actor \($0)", kind: .association, districts: [names[$0]]) }
        let links = names.indices.dropFirst().map { Link(from: "a0", to: "a\($0)", type: .cooperates) }
        let network = Network(title: "Awkward \"districts\" <&>", actors: actors, links: links)
        let diagram = OverviewDiagram(network: network, by: .district)
        let svg = try SVGDocument(diagram.render(as: .svg).data)

        let unexpected = Set(svg.elements.map(\.name)).subtracting(NetworkDiagramTests.svgVocabulary)
        #expect(unexpected.isEmpty, "elements that came from names: \(unexpected)")
        #expect(svg.elements.filter { $0.name == "desc" }.count == 1)
        #expect(svg.groupIDs.count == names.count)
        for (index, name) in diagram.groupNames.enumerated() {
            let id = diagram.groupIDs[index]
            #expect(try #require(svg.tooltip(ofGroup: id)).hasPrefix(name + "\n"), "\(id)")
            let lines = svg.textLines(inGroup: id)
            for line in ActorNode.wrap(name, width: ActorNode.nameWrapWidth) where !line.isEmpty {
                #expect(lines.contains(line), "\(id): \(line) not among \(lines)")
            }
        }
        for name in ["Δήμος Αθηναίων", "جمعية المهاجرين", "Društvo za razvijanje prostovoljnega dela"] {
            #expect(svg.groupIDs.contains("group-" + OverviewDiagram.slug(name)))
        }
    }

    @Test func areaFollowsTheNumberOfActors() throws {
        #expect(OverviewDiagram.largestWidth(sizes: [4, 1]) == 3.0)  // 1.4 × 2 = 2.8, at least 3
        #expect(abs(OverviewDiagram.largestWidth(sizes: [9, 1]) - 4.2) < 1e-9)  // 1.4 × 3
        #expect(OverviewDiagram.largestWidth(sizes: [10_000, 1]) == 4.5)
        let network = SampleNetworks.random(size: 200, seed: 3)
        let diagram = OverviewDiagram(network: network, by: .kind)
        let widths = diagram.dot.split(separator: "\n").filter { $0.hasPrefix("  g") && !$0.contains("->") }.compactMap { line in
            line.split(separator: ", ").first { $0.hasPrefix("width=") }.flatMap { Double($0.dropFirst(6)) }
        }
        let counts = diagram.grouping.groups.map { Double($0.members.count) }
        #expect(widths.count == counts.count)
        let widest = try #require(widths.max())
        let largest = try #require(counts.max())
        for index in widths.indices {
            // width² ∝ count, to the three decimals DOT gets.
            let expected = widest * (counts[index] / largest).squareRoot()
            #expect(abs(widths[index] - expected) < 0.002)
        }
    }

    @Test func automaticLayoutIsCircularForAFewDozenGroups() {
        #expect(OverviewDiagram.automaticLayout(forGroups: 9) == .circo)
        #expect(OverviewDiagram.automaticLayout(forGroups: OverviewDiagram.circularLimit) == .circo)
        #expect(OverviewDiagram.automaticLayout(forGroups: OverviewDiagram.circularLimit + 1) == .neato)
        #expect(OverviewDiagram(network: SampleNetworks.towns, by: .kind).dot.contains("layout=circo"))
    }
}

extension SampleNetworks {
    static var towns: Network {
        let actors = [
            Actor(id: "c", name: "Regional commissioner", kind: .commissioner),
            Actor(id: "o1", name: "Office Nord", kind: .office, districts: ["Nord"]),
            Actor(id: "o2", name: "Office Süd", kind: .office, districts: ["Süd"]),
            Actor(id: "a1", name: "Verein für Begegnung", kind: .association, districts: ["Nord", "Süd"],
                  offers: [Offer(service: "counselling", languages: [], districts: [])]),
            Actor(id: "a2", name: "Sportverein Süd", kind: .association, districts: ["Süd"]),
            Actor(id: "m1", name: "Σύλλογος Ελλήνων", kind: .migrantOrganisation, districts: ["Δήμος Αθηναίων"]),
            Actor(id: "m2", name: "جمعية المهاجرين", kind: .migrantOrganisation),
        ]
        let links = [
            Link(from: "c", to: "o1", type: .coordinates),
            Link(from: "c", to: "o2", type: .coordinates),
            Link(from: "o1", to: "a1", type: .funds),
            Link(from: "o2", to: "a2", type: .funds),
            Link(from: "a1", to: "a2", type: .cooperates),
            Link(from: "m1", to: "a1", type: .memberOf),
            Link(from: "m2", to: "o1", type: .refers),
            Link(from: "o1", to: "o2", type: .informs),
            Link(from: "a2", to: "o2", type: .reportsTo),
        ]
        return Network(title: "Three towns", districts: ["Nord", "Süd", "Ost"],
                       services: [Service(id: "counselling", name: "Migration counselling")], actors: actors, links: links)
    }
}
