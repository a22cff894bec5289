import Foundation
import NetworkAnalysis
import NetworkModel
import OutputFiles
import Testing
import Wording
@testable import NetworkReports

/// The text output of scenario, route, diff, brokerage, influence and centrality in German,
/// French and Slovenian on the example networks, scanned for the English words of those
/// commands (headings, column names, statuses, sentence words). Names from the files are taken
/// out first: they stay as written, whatever language they are in.
struct ForeignLanguageCommandTests {
    /// The commands' English words: every `CommandTerm` of more than a few letters, and words
    /// that only occur in the English sentences.
    static var englishCommandWords: [String] {
        let english = Words(.en)
        var phrases = CommandTerm.allCases.map { english[command: $0] }.filter { $0.count > 3 }
        phrases += ForeignLanguageReportTests.englishInterfaceWords
        phrases += ["In brief", "Brokerage by", "Scenario:", "If one actor dropped out", "Route through", "can serve",
                    "the route breaks", "Handed on", "refers to", "brokers the most", "On average", "shortest paths",
                    "Perceived influence", "not rated", "falls apart", "stays in one piece", "Cut off from every coordinator",
                    "Services nobody offers", "coordinators", "usable", "break:", "handed-on", " of ", " and "]
        return Array(Set(phrases)).sorted()
    }

    /// Every human text a command prints for one network in one language.
    static func outputs(_ network: Network, _ words: Words) throws -> [String: String] {
        var out: [String: String] = [:]
        let centrality = CentralityResult(network: network, view: GraphView())
        out["centrality"] = CentralityOutput.table(centrality, rows: centrality.sorted(by: nil), words: words).text()
        for grouping in BrokerageGrouping.allCases {
            out["brokerage \(grouping)"] = BrokerageOutput.text(BrokerageAnalysis.analyse(network, grouping: grouping),
                                                               markdown: false, words: words)
        }
        out["influence"] = InfluenceOutput.text(InfluenceAnalysis.compare(network, measure: .betweenness), markdown: false, words: words)
        let ranking = ScenarioAnalysis.removeEach(network) { _, _ in }
        out["scenario --remove-each"] = ScenarioOutput.rankingText(ranking, network: network, markdown: false, words: words)
        if let first = ranking.first {
            out["scenario --remove"] = ScenarioOutput.text(ScenarioAnalysis.run(network, removing: Set(first.removed)),
                                                           network: network, markdown: true, words: words)
        }
        for pathway in network.pathways {
            for language in ["ar"] + network.languages.prefix(1) {
                guard let route = try? RouteAnalysis.route(in: network, language: language, district: network.districts.first ?? "",
                                                           pathway: pathway.id) else { continue }
                out["route \(pathway.id) \(language)"] = RouteOutput.text(route, network: network, markdown: false, words: words)
            }
        }
        if network.title.hasPrefix("Luxembourg") {
            let older = try ForeignLanguageReportTests.load("luxembourg-pakt/ende-2021")
            out["diff"] = DiffOutput.text(NetworkDiff(old: older, new: network), old: older, new: network, markdown: false,
                                          language: words)
        }
        return out
    }

    @Test(arguments: [OutputLanguage.de, .fr, .sl])
    func noEnglishCommandWords(_ language: OutputLanguage) throws {
        let own = Words(language)
        let ownWords = Set(Term.allCases.map { own[$0] } + CommandTerm.allCases.map { own[command: $0] }
            + ActorKind.allCases.map(own.kind) + Sector.allCases.map(own.sector) + CentralityMeasure.allCases.map(own.measure))
        // French writes "Service communal" and "direct ou indirect" in its own right.
        let sharedWords: Set<String> = language == .fr ? ["Service", "indirect"] : []
        let phrases = Self.englishCommandWords.filter {
            !ownWords.contains($0.trimmingCharacters(in: .whitespaces)) && !sharedWords.contains($0)
        }
        var scanned = 0
        for name in ForeignLanguageReportTests.examples {
            let network = try ForeignLanguageReportTests.load(name)
            let names = Set(network.actors.map(\.name) + network.services.map(\.name) + network.pathways.map(\.name)
                + network.actors.map(\.id) + network.services.map(\.id) + network.pathways.map(\.id)
                + [network.title, network.description ?? ""])
            for (command, output) in try Self.outputs(network, own) {
                var text = output
                for name in names.sorted(by: { $0.count > $1.count }) where name.count > 2 {
                    text = text.replacingOccurrences(of: name, with: " ")
                        .replacingOccurrences(of: MarkdownText.inline(name), with: " ")
                }
                scanned += 1
                for phrase in phrases where ForeignLanguageReportTests.contains(text, phrase: phrase) {
                    Issue.record("\(language) \(name) \(command) contains the English \"\(phrase)\"")
                }
            }
        }
        #expect(scanned > 30)
    }

    /// The scan can fail: the English output of the same commands trips it.
    @Test func theScanFindsEnglishInEnglishOutput() throws {
        let network = try ForeignLanguageReportTests.load("halle")
        let outputs = try Self.outputs(network, Words(.en))
        let brokerage = try #require(outputs["brokerage sector"])
        #expect(ForeignLanguageReportTests.contains(brokerage, phrase: "In brief"))
        #expect(ForeignLanguageReportTests.contains(brokerage, phrase: "brokers the most"))
        let scenario = try #require(outputs["scenario --remove"])
        #expect(ForeignLanguageReportTests.contains(scenario, phrase: "Does the network hold together?"))
    }

    /// French sets a no-break space before ":" ";" "?" "!" everywhere it writes them.
    @Test func frenchPunctuationHasItsSpace() throws {
        for name in ForeignLanguageReportTests.examples {
            let network = try ForeignLanguageReportTests.load(name)
            let names = network.actors.map(\.name) + network.services.map(\.name) + network.pathways.map(\.name) + [network.title]
            for (command, output) in try Self.outputs(network, Words(.fr)) {
                var text = output
                for name in names.sorted(by: { $0.count > $1.count }) { text = text.replacingOccurrences(of: name, with: "N") }
                for mark in [" :", " ;", " ?", " !"] where text.contains(mark) {
                    Issue.record("fr \(name) \(command) has an ordinary space before \"\(mark.dropFirst())\"")
                }
                for mark in ["N:", "s:", "e:", "N;"] where text.contains(mark) {
                    Issue.record("fr \(name) \(command) has no space before a colon or semicolon: \"\(mark)\"")
                }
            }
        }
    }
}
