import Foundation
import Testing
@testable import NetworkReports
import NetworkAnalysis
import NetworkModel

/// The report's explorer (issue 23) and the markup type under the page (issue 20): text cannot
/// become markup, the data block cannot be closed from inside, and what the page answers is what
/// `scenario --remove-each` and `route` answer.
struct ExplorerTests {
    @Test func interpolatedTextIsEscapedAndMarkupIsNot() {
        let name = "<b>\"Zuhause\" & 'Nachbarn'</b>"
        let inner: HTML = "<i>\(name)</i>"
        let outer: HTML = "<p title=\"\(name)\">\(inner) \(3)</p>"
        #expect(outer.markup == "<p title=\"&lt;b&gt;&quot;Zuhause&quot; &amp; &#39;Nachbarn&#39;&lt;/b&gt;\">"
            + "<i>&lt;b&gt;&quot;Zuhause&quot; &amp; &#39;Nachbarn&#39;&lt;/b&gt;</i> 3</p>")
        let link: HTML = "<a href=\"#profile-\(fragment: "a b<\"c")\">"
        #expect(link.markup == "<a href=\"#profile-a_b__c\">")
        #expect([HTML(text: "<"), "<br>", HTML(text: "&")].joined(separator: ", ").markup == "&lt;, <br>, &amp;")
    }

    /// The JSON block between the page's markers, read back.
    static func dataBlockText(_ html: String) throws -> String {
        let opening = "<script type=\"application/json\" id=\"explorer-data\">"
        let start = try #require(html.range(of: opening))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        return String(html[start.upperBound..<end.lowerBound])
    }

    static func dataBlock(_ html: String) throws -> [String: Any] {
        let text = try dataBlockText(html)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func noNameCanCloseTheDataBlock() throws {
        let names = ["</script><script>alert(1)</script>", "<!-- <script>", "Zeile\u{2028}Absatz\u{2029}", "A & B > C",
                     "Δήμος Αθηναίων", "جمعية الجالية العربية"]
        var actors = [Actor(id: "amt", name: "Amt", kind: .office, coordinator: true)]
        actors += names.indices.map { Actor(id: "a\($0)", name: names[$0], kind: .association) }
        let network = Network(title: "T", actors: actors,
                              links: names.indices.map { Link(from: "amt", to: "a\($0)", type: .supports) })
        let html = try #require(try HTMLReportTests.build(network)["index.html"])
        // The page's own three: the data block, the zoom script, the explorer.
        #expect(html.components(separatedBy: "<script").count == 4)
        let block = try Self.dataBlockText(html)
        #expect(!block.unicodeScalars.contains { ["<", ">", "&", "\u{2028}", "\u{2029}"].contains($0) })
        #expect(block.contains(#"\u003c/script\u003e\u003cscript\u003ealert(1)"#) && block.contains(#"Zeile\u2028Absatz"#))
        #expect(block.unicodeScalars.allSatisfy { $0.isASCII })
        let data = try Self.dataBlock(html)
        let written = try #require(data["actors"] as? [[String: Any]]).map { $0["name"] as? String }
        #expect(written == ["Amt"] + names)
    }

    static func halle() throws -> Network {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("networks/halle.yaml").path
        return try #require(NetworkLoader.load(path: path).network)
    }

    @Test func whatIfAndRoutesAreTheCommandsAnswers() throws {
        let network = try Self.halle()
        let data = try Self.dataBlock(try #require(try HTMLReportTests.build(network)["index.html"]))
        let index = Dictionary(uniqueKeysWithValues: network.actors.indices.map { (network.actors[$0].id, $0) })
        let whatIf = try #require(data["whatIf"] as? [[String: Any]])
        #expect(whatIf.count == network.actors.count)
        var checked = 0
        for result in ScenarioAnalysis.removeEach(network) {
            let position = try #require(index[result.removed[0]])
            #expect(whatIf[position]["cutOff"] as? [Int] == result.cutOff.compactMap { index[$0] }, "\(result.removed)")
            #expect((whatIf[position]["servicesLost"] as? [String])?.count == result.servicesLost.count)
            #expect((whatIf[position]["coverageLost"] as? [String])?.count == result.coverageLost.count)
            if !result.cutOff.isEmpty { checked += 1 }
        }
        #expect(checked >= 3, "Halle has actors whose loss cuts others off")
        let routes = try #require(data["routes"] as? [String: [String: Any]])
        let route = try RouteAnalysis.route(in: network, language: "ar", district: "Neustadt", pathway: network.pathways[0].id)
        let page = try #require(routes["0|ar|Neustadt"])
        #expect(page["stages"] as? [[Int]] == route.stages.map { $0.usable.compactMap { index[$0] } })
        #expect((page["steps"] as? [[String: Any]])?.map { $0["holds"] as? Bool } == route.steps.map(\.holds))
        #expect(routes.count == network.pathways.count * network.languages.count * RouteAnalysis.knownDistricts(of: network).count)
    }

    @Test func theControlsSpeakTheReadersLanguageAndStartHidden() throws {
        let html = try #require(try HTMLReportTests.build(HTMLReportTests.hostileNetwork, .de)["index.html"])
        #expect(html.contains("<div id=\"explorer\" class=\"explorer noprint\" hidden>"))
        for words in ["Netzwerk erkunden", "Akteur finden", "Filtern", "Angebot", "Lückenmarkierung", "Nachbarn bis Stufe",
                      "Integrationsweg", "Weg zeigen", "Schließen"] {
            #expect(html.contains(words), "\(words)")
        }
        // A service's name from the file is an option's text, escaped like any other.
        #expect(html.contains("<option value=\"counselling\">Beratung &lt;i&gt;&amp;&lt;/i&gt;</option>"))
        let data = try Self.dataBlock(html)
        #expect((data["words"] as? [String: String])?["explorerWhatIf"] == "Wenn dieser Akteur wegfiele")
    }
}
