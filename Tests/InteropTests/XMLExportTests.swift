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
    @Test(.enabled(if: XMLExportTests.networkx != nil, "needs python3 with networkx"),
          arguments: InteropTestSupport.exampleNetworks)
    func networkxReadsTheExports(path: String) throws {
        let results = try #require(Self.networkx)
        let network = try #require(InteropTestSupport.load(path))
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        for format in ["graphml", "gexf"] {
            let output = try #require(results["\(name).\(format)"], "\(name).\(format) was not checked")
            #expect(output.hasPrefix("ok: \(network.actors.count) nodes, "), "\(format) of \(path): \(output)")
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
    /// directed graph with the arcs the way the links point (the script compares every arc's ends).
    @Test(.enabled(if: XMLExportTests.networkx != nil, "needs python3 with networkx"))
    func networkxReadsAReferralChainAsDirected() throws {
        let results = try #require(Self.networkx)
        for name in ["chain.graphml", "chain.gexf"] {
            #expect(results[name] == "ok: 4 nodes, 3 edges, directed", "\(name)")
        }
    }

    static let chain = Network(title: "Chain", actors: ["a", "b", "c", "d"].map { Actor(id: $0, name: $0.uppercased(), kind: .association) },
                               links: [Link(from: "a", to: "b", type: .refers), Link(from: "b", to: "c", type: .refers),
                                       Link(from: "c", to: "d", type: .refers)])

    /// Every export the networkx tests check, written once and read by one Python process (a
    /// launch with networkx costs about two seconds): the script's answer per file name, or nil
    /// when python3 or networkx is missing.
    static let networkx: [String: String]? = {
        let folder = InteropTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var list: [String] = []
        func add(_ network: Network, name: String, measures: CentralityResult?) throws {
            let jsonPath = folder + "/\(name).json"
            try NetworkJSONExport.json(network).write(toFile: jsonPath, atomically: true, encoding: .utf8)
            var measuresPath = ""
            if let measures {
                measuresPath = folder + "/\(name).centrality.json"
                try (CentralityOutput.json(measures, rows: measures.rows).serialized() + "\n")
                    .write(toFile: measuresPath, atomically: true, encoding: .utf8)
            }
            for (format, text) in [("graphml", GraphMLWriter.graphML(network, measures: measures)),
                                   ("gexf", GEXFWriter.gexf(network, measures: measures))] {
                let exportPath = folder + "/\(name).\(format)"
                try text.write(toFile: exportPath, atomically: true, encoding: .utf8)
                list.append([exportPath, jsonPath, measuresPath].filter { !$0.isEmpty }.joined(separator: "\t"))
            }
        }
        do {
            for path in InteropTestSupport.exampleNetworks {
                guard let network = InteropTestSupport.load(path) else { return [:] }
                let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                try add(network, name: name, measures: CentralityResult(network: network, view: .undirected))
            }
            try add(chain, name: "chain", measures: nil)
            try (list.joined(separator: "\n") + "\n").write(toFile: folder + "/list.tsv", atomically: true, encoding: .utf8)
        } catch {
            return [:]
        }
        let (_, output) = run(["python3", InteropTestSupport.repositoryRoot + "/scripts/check_export_with_networkx.py",
                               "--batch", folder + "/list.tsv"])
        if output.contains("No module named") || output.contains("No such file or directory") { return nil }
        var results: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            results[URL(fileURLWithPath: parts[0]).lastPathComponent] = parts[1]
        }
        return results
    }()

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
