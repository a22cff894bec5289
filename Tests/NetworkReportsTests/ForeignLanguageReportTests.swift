import Foundation
import NetworkAnalysis
import NetworkModel
import Testing
import Wording
@testable import NetworkReports

/// The German, French and Slovenian reports and diagrams of the example networks, scanned for
/// the English words of the interface (headings, legend, marks, badges, kinds, sectors, link
/// types, gap labels). A council paper in French must not switch to English in its key.
struct ForeignLanguageReportTests {
    static let examples = ["halle", "luxembourg-pakt", "imst-leader", "east-belgium", "shelter-novo-mesto"]

    /// The English interface words that must not appear in another language's report.
    static var englishInterfaceWords: [String] {
        let english = Words(.en)
        let terms: [Term] = [
            .keyFigures, .centrality, .profiles, .coverage, .legendActors, .legendLinks, .legendMarks, .nobodyOffers,
            .markCoordinator, .markUnreachable, .markSinglePointOfFailure, .markSingleProvider, .badgeUnreachable,
            .badgeSinglePointOfFailure, .badgeOnlyProvider, .badgeOnlyProviderOfAService, .fillPublic, .fillCivilSociety,
            .fillPrivate, .asOfLower, .networkDiagram, .diagramTooltipNote, .freshness, .brokerageTitle, .influenceTitle,
            .seenButPeripheral, .centralButUnseen, .coverageLegend, .noGaps, .highGaps, .pathwayBreak, .pathwayOK,
            .diagramHint, .generatedBy, .backToDiagram, .zoomIn, .zoomOut, .coverageLanguages, .coverageDistricts,
            .overviewByKind, .overviewByDistrict, .noDistrict, .cityWide, .notGiven, .coordinating, .theChosenMeasure,
        ]
        var phrases = terms.map { english[$0] }
        phrases += ActorKind.allCases.map(english.kind) + Sector.allCases.map(english.sector)
        phrases += LinkType.allCases.map(english.linkType) + LinkType.allCases.map(\.rawValue).filter { $0.contains("-") }
        phrases += GapKind.allCases.map(english.gapKind) + GapKind.allCases.map(\.rawValue).filter { $0.contains("-") }
        phrases += ["Gaps", "Diagram", "Actor profiles", "High (", "Medium (", "Low (", "Accepted (", "Reason:", "Services:",
                    "Languages:", "Districts:", "No path to a coordinator", "Only provider", "Single point of failure"]
        return phrases
    }

    static func load(_ name: String) throws -> Network {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("networks/\(name).yaml").path
        return try #require(NetworkLoader.load(path: path).network)
    }

    /// What a reader sees of an HTML or SVG file: text between tags and the words of titles,
    /// tooltips and labels; styles and scripts left out.
    static func visibleText(_ markup: String) -> String {
        var text = markup
        for element in ["style", "script"] {
            while let start = text.range(of: "<\(element)"), let end = text.range(of: "</\(element)>", range: start.upperBound..<text.endIndex) {
                text.removeSubrange(start.lowerBound..<end.upperBound)
            }
        }
        var pieces: [String] = []
        var current = ""
        for character in text {
            if character == "<" { pieces.append(current); current = ""; continue }
            if character == ">" {
                for attribute in ["xlink:title=\"", "aria-label=\"", "title=\"", "alt=\""] {
                    var rest = Substring(current)
                    while let range = rest.range(of: attribute) {
                        let after = rest[range.upperBound...]
                        let value = after.prefix { $0 != "\"" }
                        pieces.append(String(value))
                        rest = after.dropFirst(value.count)
                    }
                }
                current = ""; continue
            }
            current.append(character)
        }
        pieces.append(current)
        return pieces.joined(separator: "\n")
            .replacingOccurrences(of: "&#45;", with: "-").replacingOccurrences(of: "&#160;", with: " ")
            .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
    }

    /// Whole-word occurrences of `phrase` (no letter right before or after it).
    static func contains(_ text: String, phrase: String) -> Bool {
        var searchRange = text.startIndex..<text.endIndex
        while let range = text.range(of: phrase, range: searchRange) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
            let lastIsLetter = phrase.last?.isLetter ?? false, firstIsLetter = phrase.first?.isLetter ?? false
            if !(firstIsLetter && before.isLetter) && !(lastIsLetter && after.isLetter) { return true }
            searchRange = range.upperBound..<text.endIndex
        }
        return false
    }

    @Test(arguments: [OutputLanguage.de, .fr, .sl])
    func noEnglishInterfaceWords(_ language: OutputLanguage) throws {
        let own = Words(language)
        // A word the language shares with English ("Association", "Total" in French) is its own word there.
        let ownWords = Set(Term.allCases.map { own[$0] } + ActorKind.allCases.map(own.kind) + Sector.allCases.map(own.sector))
        let phrases = Self.englishInterfaceWords.filter { !ownWords.contains($0) }
        for name in Self.examples {
            let network = try Self.load(name)
            // The file's own words (names, the network's description) are written in whatever language the file is.
            let names = Set(network.actors.map(\.name) + network.services.map(\.name) + network.pathways.map(\.name)
                + [network.title, network.description ?? ""])
            let output = try ReportBuilder(language: language).build(network)
            for file in output.files where file.name.hasSuffix(".html") || file.name.hasSuffix(".svg") || file.name.hasSuffix(".md") {
                let raw = String(decoding: file.bytes, as: UTF8.self)
                var text = file.name.hasSuffix(".md") ? raw : Self.visibleText(raw)
                // Names from the file stay as written, whatever words they contain.
                for name in names.sorted(by: { $0.count > $1.count }) where name.count > 2 {
                    text = text.replacingOccurrences(of: name, with: " ")
                        .replacingOccurrences(of: MarkdownReport.inline(name), with: " ")
                }
                for phrase in phrases where Self.contains(text, phrase: phrase) {
                    Issue.record("\(language) \(name)/\(file.name) contains the English \"\(phrase)\"")
                }
            }
        }
    }

    /// The scan can fail: the English report of the same network trips it.
    @Test func theScanFindsEnglishInAnEnglishReport() throws {
        let network = try Self.load("halle")
        let output = try ReportBuilder(language: .en).build(network)
        let html = try #require(output.files.first { $0.name == "index.html" })
        let text = Self.visibleText(String(decoding: html.bytes, as: UTF8.self))
        let found = Self.englishInterfaceWords.filter { Self.contains(text, phrase: $0) }
        #expect(found.contains("Key figures") && found.contains("Who holds the network together"))
    }

    @Test func germanDatesDecimalsAndLinkWords() throws {
        let network = try Self.load("halle")
        let output = try ReportBuilder(language: .de).build(network)
        let html = String(decoding: try #require(output.files.first { $0.name == "index.html" }).bytes, as: UTF8.self)
        if let asOf = network.asOf { #expect(html.contains("Stand \(Words(.de).date(asOf))")) }
        #expect(!html.contains("→ member-of") && !html.contains("→ cooperates"))
        #expect(html.range(of: #"<td class="num" data-value="0\.\d+">0,\d+</td>"#, options: .regularExpression) != nil)
        // The CSV files stay machine-readable: decimal points.
        let csv = String(decoding: try #require(output.files.first { $0.name == "centrality.csv" }).bytes, as: UTF8.self)
        #expect(csv.range(of: #",0\.\d"#, options: .regularExpression) != nil)
    }
}
