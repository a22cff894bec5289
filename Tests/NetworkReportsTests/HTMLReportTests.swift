import Foundation
import Testing
@testable import NetworkReports
import NetworkAnalysis
import NetworkModel
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The report a commissioner hands on: complete, self-contained, and immune to whatever names a
/// network file holds.
struct HTMLReportTests {
    static let hostileNames = [
        "<script>alert('x')</script>", "Verein \"Zuhause\" & Nachbarn", "Back\\slash \\N \\l", "Zeile eins\nZeile zwei",
        "Δήμος Αθηναίων", "جمعية الجالية العربية", "Društvo za razvijanje prostovoljnega dela", "</svg><img src=x onerror=alert(1)>",
    ]

    static var hostileNetwork: Network {
        var actors = [Actor(id: "commissioner", name: "Beauftragte für Integration", kind: .commissioner)]
        for (index, name) in hostileNames.enumerated() {
            actors.append(Actor(id: "a\(index)", name: name, kind: index % 2 == 0 ? .association : .migrantOrganisation,
                                offers: index == 0 ? [Offer(service: "counselling", languages: ["ar"], districts: [])] : []))
        }
        let links = (0..<hostileNames.count - 1).map { Link(from: "commissioner", to: "a\($0)", type: .supports) }
        return Network(title: "Netz <b>&</b> \"Titel\"", asOf: CalendarDate("2024-05-01"), languages: ["de", "ar"],
                       services: [Service(id: "counselling", name: "Beratung <i>&</i>"),
                                  Service(id: "course", name: "Sprachkurs")],
                       actors: actors, links: links,
                       pathways: [Pathway(id: "arrival", name: "Ankommen", stages: ["counselling", "course"])])
    }

    static func build(_ network: Network, _ language: ReportLanguage = .en) throws -> [String: String] {
        let output = try ReportBuilder(language: language).build(network)
        return Dictionary(uniqueKeysWithValues: output.files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    @Test func writesEveryFileOfTheFolder() throws {
        let files = try Self.build(Self.hostileNetwork)
        #expect(files.keys.sorted() == ["centrality.csv", "gaps.csv", "index.html", "network.svg", "report.md"])
    }

    @Test func hostileNamesStayText() throws {
        let html = try #require(try Self.build(Self.hostileNetwork)["index.html"])
        #expect(html.components(separatedBy: "<script").count == 4, "only the report's own: data, zoom, explorer")
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>&</b>"))
        for name in Self.hostileNames {
            #expect(html.contains(HTMLEscaping.escape(name)), "\(name)")
        }
        #expect(html.contains("Netz &lt;b&gt;&amp;&lt;/b&gt; &quot;Titel&quot;"))
    }

    @Test func theInlineDiagramIsWellFormedSVGWithEveryActor() throws {
        let network = Self.hostileNetwork
        let html = try #require(try Self.build(network)["index.html"])
        let start = try #require(html.range(of: "<svg"))
        let end = try #require(html.range(of: "</svg>", options: .backwards))
        let svg = String(html[start.lowerBound..<end.upperBound])
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = ElementCollector()
        parser.delegate = collector
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(!collector.names.contains("script") && !collector.names.contains("img"))
        for actor in network.actors {
            #expect(collector.ids.filter { $0 == "actor-\(actor.id)" }.count == 1, "\(actor.id)")
        }
    }

    @Test func everyGapAndProfileIsInThePage() throws {
        let network = Self.hostileNetwork
        let html = try #require(try Self.build(network)["index.html"])
        let gaps = GapAnalysis.gaps(in: network)
        #expect(!gaps.isEmpty)
        // The page lists gaps grouped (one entry per kind and service), each group's sentence once.
        for group in GapGrouping.groups(gaps, in: network, languageName: ReportLanguage.en.words.languageName) {
            let sentence = GapSentences.sentence(for: group, in: network, language: .en)
            #expect(html.contains(HTMLEscaping.escape(sentence)), "\(sentence)")
        }
        for actor in network.actors {
            #expect(html.contains("id=\"profile-\(actor.id)\""))
            #expect(html.contains("href=\"#profile-\(actor.id)\""))
        }
        #expect(html.contains("class=\"handover broken\""), "the pathway break is drawn")
    }

    @Test func nothingIsFetchedFromOutside() throws {
        let html = try #require(try Self.build(Self.hostileNetwork)["index.html"])
        let outside = try NSRegularExpression(pattern: #"<(script|img|iframe|link)[^>]+(src|href)="(https?:)?//|@import|url\((https?:)?//"#,
                                              options: [.caseInsensitive])
        #expect(outside.firstMatch(in: html, range: NSRange(html.startIndex..., in: html)) == nil)
    }

    @Test func identicalInputGivesIdenticalBytes() throws {
        let first = try ReportBuilder().build(Self.hostileNetwork).files
        let second = try ReportBuilder().build(Self.hostileNetwork).files
        #expect(first.map(\.name) == second.map(\.name))
        #expect(first.map(\.bytes) == second.map(\.bytes))
    }

    @Test func germanInterfaceLeavesNoEnglishHeadings() throws {
        let files = try Self.build(Self.hostileNetwork, .de)
        let html = try #require(files["index.html"])
        #expect(html.contains("<html lang=\"de\">"))
        for heading in ["Kennzahlen", "Netzwerkbild", "Lücken", "Wer das Netzwerk zusammenhält", "Akteursprofile"] {
            #expect(html.contains(heading), "\(heading)")
        }
        for english in ReportStrings.english.allHeadings {
            #expect(!html.contains(">\(english)<") && !html.contains(">\(english) ("), "\(english)")
        }
        let markdown = try #require(files["report.md"])
        #expect(markdown.contains("## Kennzahlen"))
        let network = Self.hostileNetwork
        for gap in GapAnalysis.gaps(in: network) {
            #expect(html.contains(HTMLEscaping.escape(GermanGapMessages.message(for: gap, in: network))))
            #expect(!html.contains(HTMLEscaping.escape(gap.message)), "English message left in: \(gap.message)")
        }
    }

    @Test func brokerageAndInfluenceAppearWhenTheDataSupportsThem() throws {
        let bare = try #require(try Self.build(Self.hostileNetwork)["index.html"])
        #expect(!bare.contains("id=\"brokerage\"") && !bare.contains("id=\"influence\""))
        #expect(bare.contains("id=\"freshness\""))
        let rated = Network(title: "T", actors: [
            Actor(id: "amt", name: "Amt", kind: .office, coordinator: true, influence: 9),
            Actor(id: "verein", name: "Verein", kind: .association, influence: 2),
            Actor(id: "mso", name: "Migrantenverein", kind: .migrantOrganisation, influence: 5),
        ], links: [Link(from: "amt", to: "verein", type: .funds), Link(from: "verein", to: "mso", type: .supports)])
        let files = try Self.build(rated)
        let html = try #require(files["index.html"])
        #expect(html.contains("<section id=\"brokerage\">") && html.contains("<section id=\"influence\">"))
        #expect(html.contains("<td>Verein</td><td>Civil society</td>"))
        #expect(try #require(files["report.md"]).contains("## Perceived and measured influence"))
        let german = try #require(try Self.build(rated, .de)["index.html"])
        #expect(german.contains("Wer zwischen den Sektoren vermittelt") && german.contains("Gesehener und gemessener Einfluss"))
    }

    @Test func markdownEscapesNames() throws {
        let markdown = try #require(try Self.build(Self.hostileNetwork)["report.md"])
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("![Netz &lt;b&gt;&amp;&lt;/b&gt; \"Titel\"](network.svg)"))
    }

    @Test(arguments: ["halle", "luxembourg-pakt", "imst-leader", "east-belgium", "shelter-novo-mesto"])
    func everyExampleNetworkReports(_ name: String) throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("networks/\(name).yaml").path
        let network = try #require(NetworkLoader.load(path: path).network)
        let html = try #require(try Self.build(network)["index.html"])
        for actor in network.actors {
            #expect(html.contains(HTMLEscaping.escape(actor.name)), "\(actor.id)")
        }
        let gaps = GapAnalysis.gaps(in: network)
        for group in GapGrouping.groups(gaps, in: network, languageName: ReportLanguage.en.words.languageName) {
            #expect(html.contains(HTMLEscaping.escape(GapSentences.sentence(for: group, in: network, language: .en))))
        }
    }
}

/// Each kind's German message, worked out by hand on small networks.
struct GermanGapMessageTests {
    @Test func messagesNameActorsAndServices() throws {
        let network = Network(title: "Netz", languages: ["fa"], districts: ["Neustadt"],
                              services: [Service(id: "c", name: "Beratung"), Service(id: "k", name: "Sprachkurs")],
                              actors: [Actor(id: "z", name: "Zentrum", kind: .office, coordinator: true,
                                             offers: [Offer(service: "c", languages: ["de"], districts: ["Altstadt"])]),
                                       Actor(id: "m", name: "Migrantenverein", kind: .migrantOrganisation),
                                       Actor(id: "v", name: "Verein", kind: .association)],
                              links: [Link(from: "z", to: "v", type: .supports), Link(from: "v", to: "m", type: .supports)],
                              pathways: [Pathway(id: "p", name: "Ankommen", stages: ["c", "k"])])
        let messages = GapAnalysis.gaps(in: network).map { GermanGapMessages.message(for: $0, in: network) }
        // The single point of failure cuts off one actor who offers nothing: medium, after the
        // pathway break (issue 14's severity by consequence).
        #expect(messages == [
            "Niemand bietet Sprachkurs an",
            "Ankommen bricht zwischen Beratung und Sprachkurs ab: niemand bietet Sprachkurs an",
            "Beratung gibt es nicht auf Persisch (Farsi)",
            "Beratung gibt es nicht in Neustadt",
            "Nur Zentrum bietet Beratung an; fällt Zentrum weg, gibt es dieses Angebot nicht mehr",
            "Fiele Verein weg, verlöre 1 Akteur jede Verbindung zu einer koordinierenden Stelle: Migrantenverein",
            "Migrantenverein hat keine direkte Verbindung zu einer öffentlichen Stelle",
        ])
    }

    @Test func longListsAreCounted() {
        #expect(GermanGapMessages.list(["A"]) == "A")
        #expect(GermanGapMessages.list(["A", "B", "C"]) == "A, B und C")
        #expect(GermanGapMessages.list((1...10).map(String.init)) == "1, 2, 3, 4, 5, 6, 7, 8 und 2 weitere")
    }
}

extension ReportStrings {
    var allHeadings: [String] { [keyFigures, diagram, gaps, centrality, profiles, coverage] }
}

/// Element names and `id`s of an SVG, read by a real XML parser.
final class ElementCollector: NSObject, XMLParserDelegate {
    var names: [String] = []
    var ids: [String] = []

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        names.append(elementName)
        if let id = attributeDict["id"] { ids.append(id) }
    }
}
