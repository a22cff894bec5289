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
        #expect(xml.contains(#"<graph id="G" edgedefault="undirected">"#))
        #expect(xml.contains(#"<key id="n1" for="node" attr.name="name" attr.type="string"/>"#))
        #expect(xml.contains(#"<key id="n4" for="node" attr.name="coordinator" attr.type="boolean"/>"#))
        #expect(xml.contains(#"<key id="e1" for="edge" attr.name="directed" attr.type="boolean"/>"#))
        #expect(xml.contains("      <data key=\"n1\">Beauftragte &lt;für&gt; \"Integration\" &amp; Co</data>\n"))
        #expect(xml.contains("      <data key=\"n1\">Ένωση / جمعية / Društvo 'Ključ'</data>\n"))
        #expect(xml.contains("      <data key=\"n5\">de;ar</data>\n"))
        #expect(xml.contains("""
                <edge id="e0" source="comm" target="vemo">
                  <data key="e0">coordinates</data>
                  <data key="e1">true</data>
                  <data key="e2">2.0</data>
                </edge>
            """))
        #expect(xml.contains(#"<data key="e1">false</data>"#))
        #expect(!xml.contains("directed=\"true\""))
    }

    @Test func gexfShape() {
        let xml = GEXFWriter.gexf(Self.small)
        #expect(xml.contains(#"<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">"#))
        #expect(xml.contains(#"<graph mode="static" defaultedgetype="undirected">"#))
        #expect(xml.contains(#"<node id="comm" label="Beauftragte &lt;für&gt; &quot;Integration&quot; &amp; Co">"#))
        #expect(xml.contains(#"<node id="vemo" label="Ένωση / جمعية / Društvo &apos;Ključ&apos;">"#))
        #expect(xml.contains(#"<edge id="0" source="comm" target="vemo" label="coordinates" weight="2.0">"#))
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
            #expect(output.hasPrefix("ok: \(network.actors.count) nodes, \(network.links.count) edges"), "\(output)")
        }
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
