import Foundation
import NetworkAnalysis
import NetworkInterop
import NetworkModel
import NetworkReports
import Testing

@Suite struct XMLExportTests {
    static let small = Network(
        title: "Test <&> \"net\"",
        services: [Service(id: "counselling", name: "Counselling")],
        actors: [
            Actor(id: "comm", name: "Beauftragte <für> \"Integration\" & Co", kind: .commissioner),
            Actor(id: "vemo", name: "Ένωση / جمعية / Društvo 'Ključ'", kind: .migrantOrganisation, languages: ["de", "ar"],
                  offers: [Offer(service: "counselling", languages: ["de", "ar"], districts: [])], tags: ["a", "b"]),
        ],
        links: [
            Link(from: "comm", to: "vemo", type: .coordinates, weight: 2),
            Link(from: "vemo", to: "comm", type: .cooperates),
        ])

    @Test func graphMLShape() {
        let xml = GraphMLWriter.graphML(Self.small)
        // A mixed network: directed default, each edge saying its own direction.
        #expect(xml.contains(#"<graph id="G" edgedefault="directed">"#))
        #expect(xml.contains(#"<key id="n1" for="node" attr.name="name" attr.type="string"/>"#))
        #expect(xml.contains(#"<key id="n4" for="node" attr.name="coordinator" attr.type="boolean"/>"#))
        #expect(xml.contains(#"<key id="e1" for="edge" attr.name="directed" attr.type="boolean"/>"#))
        #expect(xml.contains("      <data key=\"n1\">Beauftragte &lt;für&gt; \"Integration\" &amp; Co</data>\n"))
        #expect(xml.contains("      <data key=\"n1\">Ένωση / جمعية / Društvo 'Ključ'</data>\n"))
        #expect(xml.contains("      <data key=\"n5\">de;ar</data>\n"))
        #expect(xml.contains("""
                <edge id="e0" source="comm" target="vemo" directed="true">
                  <data key="e0">coordinates</data>
                  <data key="e1">true</data>
                  <data key="e2">2.0</data>
                </edge>
            """))
        #expect(xml.contains(#"<edge id="e1" source="vemo" target="comm" directed="false">"#))
        #expect(xml.contains(#"<data key="e1">false</data>"#))
    }

    @Test func gexfShape() {
        let xml = GEXFWriter.gexf(Self.small)
        #expect(xml.contains(#"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" "#
            + #"xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#))
        #expect(xml.contains(#"<graph mode="static" defaultedgetype="directed">"#))
        #expect(xml.contains(#"<edge id="1" type="mutual" source="vemo" target="comm" label="cooperates" weight="1.0">"#))
        #expect(xml.contains(#"<node id="comm" label="Beauftragte &lt;für&gt; &quot;Integration&quot; &amp; Co">"#))
        #expect(xml.contains(#"<node id="vemo" label="Ένωση / جمعية / Društvo &apos;Ključ&apos;">"#))
        #expect(xml.contains(#"<edge id="0" type="directed" source="comm" target="vemo" label="coordinates" weight="2.0">"#))
        #expect(xml.contains(#"<attvalue for="1" value="true"/>"#))
        #expect(xml.contains(#"<attribute id="4" title="coordinator" type="boolean"/>"#))
    }

    @Test func measuresBecomeNodeAttributes() {
        let measures = CentralityResult(network: Self.small, view: .undirected)
        let xml = GraphMLWriter.graphML(Self.small, measures: measures)
        #expect(xml.contains(#"attr.name="betweenness" attr.type="double""#))
        #expect(xml.contains(#"attr.name="core" attr.type="int""#))
    }

    @Test func controlCharactersCannotBreakTheXML() {
        var network = Self.small
        network.actors[0].name = "bell\u{07} cr\r tab\t"
        let xml = GEXFWriter.gexf(network)
        #expect(xml.contains(#"label="bell"# + "\u{FFFD}" + #" cr&#13; tab&#9;""#))
    }

    /// networkx reads both formats back with every attribute and each link's direction; without
    /// python3 and networkx the check is recorded as skipped, so the suite needs no Python.
    @Test(.enabled(if: XMLExportTests.networkxAvailable, "needs python3 with networkx"),
          arguments: InteropTestSupport.exampleNetworks)
    func networkxReadsTheExports(path: String) throws {
        let network = try #require(InteropTestSupport.load(path))
        let measures = CentralityResult(network: network, view: .undirected)
        let folder = InteropTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let jsonPath = folder + "/network.json"
        try NetworkJSONExport.json(network).write(toFile: jsonPath, atomically: true, encoding: .utf8)
        let centralityPath = folder + "/centrality.json"
        try (CentralityOutput.json(measures, rows: measures.rows).serialized() + "\n")
            .write(toFile: centralityPath, atomically: true, encoding: .utf8)
        for (name, text) in [("g.graphml", GraphMLWriter.graphML(network, measures: measures)),
                             ("g.gexf", GEXFWriter.gexf(network, measures: measures))] {
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
            let (status, output) = Self.run(["python3", InteropTestSupport.repositoryRoot + "/scripts/check_export_with_networkx.py",
                                             folder + "/" + name, jsonPath, centralityPath])
            #expect(status == 0, "\(name) of \(path): \(output)")
            #expect(output.hasPrefix("ok: \(network.actors.count) nodes, "), "\(output)")
        }
    }

    /// Only mutual links: an undirected graph in both formats, every edge undirected.
    @Test func mutualOnlyNetworkIsUndirected() {
        var network = Self.small
        network.links = [Link(from: "vemo", to: "comm", type: .partners)]
        #expect(GraphMLWriter.graphML(network).contains(#"<graph id="G" edgedefault="undirected">"#))
        #expect(GraphMLWriter.graphML(network).contains(#"<edge id="e0" source="vemo" target="comm" directed="false">"#))
        #expect(GEXFWriter.gexf(network).contains(#"<graph mode="static" defaultedgetype="undirected">"#))
        #expect(GEXFWriter.gexf(network).contains(#"<edge id="0" type="undirected" source="vemo""#))
    }

    /// Issue 17: networkx read a directed `refers` chain as undirected. Now both formats give a
    /// directed graph with the arcs the way the links point.
    @Test(.enabled(if: XMLExportTests.networkxAvailable, "needs python3 with networkx"))
    func networkxReadsAReferralChainAsDirected() throws {
        let actors = ["a", "b", "c", "d"].map { Actor(id: $0, name: $0.uppercased(), kind: .association) }
        let network = Network(title: "Chain", actors: actors, links: [
            Link(from: "a", to: "b", type: .refers), Link(from: "b", to: "c", type: .refers), Link(from: "c", to: "d", type: .refers),
        ])
        let folder = InteropTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try NetworkJSONExport.json(network).write(toFile: folder + "/chain.json", atomically: true, encoding: .utf8)
        try GraphMLWriter.graphML(network).write(toFile: folder + "/chain.graphml", atomically: true, encoding: .utf8)
        try GEXFWriter.gexf(network).write(toFile: folder + "/chain.gexf", atomically: true, encoding: .utf8)
        for name in ["chain.graphml", "chain.gexf"] {
            let (status, output) = Self.run(["python3", InteropTestSupport.repositoryRoot + "/scripts/check_export_with_networkx.py",
                                             folder + "/" + name, folder + "/chain.json"])
            #expect(status == 0, "\(output)")
            #expect(output == "ok: 4 nodes, 3 edges, directed\n", "\(name)")
        }
        let script = "import networkx as nx; g = nx.read_graphml('\(folder)/chain.graphml'); "
            + "print(g.is_directed(), sorted(g.edges()), nx.has_path(g, 'd', 'a'))"
        #expect(Self.run(["python3", "-c", script]).output == "True [('a', 'b'), ('b', 'c'), ('c', 'd')] False\n")
    }

    static let networkxAvailable: Bool = run(["python3", "-c", "import networkx"]).status == 0

    static func run(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (-1, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
