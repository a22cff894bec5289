import NetworkAnalysis
import NetworkModel
import Testing
import Wording
@testable import NetworkReports

/// The report's "What would close the gaps" (issue 22): the first suggestions with why, what
/// they close and the open gaps before and after, under the sentence that they are suggestions,
/// not facts; escaped like every other section; left out, with a pointer, above the size limit.
struct SuggestionReportSectionTests {
    /// Three triangles in a row, the commissioner in the middle: one tie, a1 – b1, closes both
    /// single points of failure (x1 and x2).
    static func triangles(name: String = "A1") -> Network {
        let ids = ["a1", "a2", "x1", "c", "x2", "b1", "b2"]
        let actors = ids.map { id in
            Actor(id: id, name: id == "a1" ? name : id.uppercased(), kind: id == "c" ? .commissioner : .association)
        }
        let edges = [("a1", "a2"), ("a1", "x1"), ("a2", "x1"), ("x1", "c"), ("c", "x2"), ("x1", "x2"),
                     ("x2", "b1"), ("x2", "b2"), ("b1", "b2")]
        return Network(title: "Triangles", actors: actors, links: edges.map { Link(from: $0.0, to: $0.1, type: .cooperates) })
    }

    @Test func englishSectionListsTheTieWithWhyWhatAndCounts() {
        let section = SuggestionReportSection.section(Self.triangles(), language: .en)
        #expect(section.anchor == "suggestions")
        #expect(section.title == "What would close the gaps")
        let markdown = section.markdown
        #expect(markdown.hasPrefix("These are suggestions to discuss with the actors concerned, not facts\\: "))
        #expect(markdown.contains(" 2 open gaps now, 0 after this change.\n\n"))
        #expect(markdown.contains("1. **Tie\\:** A1 and B1 work together directly; then the loss of X1 or X2 no longer cuts off A1, A2, B1 and B2\n"))
        #expect(markdown.contains("   - Why this\\: Same sector \\(Civil society\\)\n"))
        #expect(markdown.contains("   - Open gaps\\: 2 → 0\n"))
        #expect(markdown.contains("Ties\\: 1 suggested; no fewer than 1 can remove every single point of failure."))
        let html = String(describing: section.html)
        #expect(html.hasPrefix("<section id=\"suggestions\">\n<h2>What would close the gaps</h2>\n"))
        #expect(html.contains("<ol class=\"suggestions\">\n<li><p><strong>Tie:</strong> A1 and B1 work together directly;"))
        #expect(html.contains("<li>Open gaps: 2 → 0</li>"))
        #expect(html.hasSuffix("</section>"))
    }

    @Test func everyLanguageHasItsOwnTitleAndCaveat() {
        let network = Self.triangles()
        let expected: [(OutputLanguage, String, String)] = [
            (.de, "Was die Lücken schließen würde", "Dies sind Vorschläge, die mit den Beteiligten zu besprechen sind, keine Tatsachen"),
            (.fr, "Ce qui comblerait les lacunes", "Ce sont des propositions à discuter avec les acteurs concernés, pas des faits"),
            (.sl, "Kaj bi zaprlo vrzeli", "To so predlogi za pogovor z udeleženimi, ne dejstva"),
        ]
        for (language, title, caveat) in expected {
            let section = SuggestionReportSection.section(network, language: language)
            #expect(section.title == title)
            #expect(String(describing: section.html).contains("<p>\(caveat)"), "\(language)")
            #expect(!section.markdown.contains("Why this"), "\(language)")
        }
        #expect(SuggestionReportSection.section(network, language: .de).markdown.contains("1. **Verbindung\\:** A1 und B1 arbeiten unmittelbar zusammen"))
    }

    /// A name from another organisation's file stays text in both forms.
    @Test func namesAreEscaped() {
        let section = SuggestionReportSection.section(Self.triangles(name: "<script>x</script> *Ünal*"), language: .en)
        let html = String(describing: section.html)
        #expect(html.contains("&lt;script&gt;x&lt;/script&gt; *Ünal* and B1"))
        #expect(!html.contains("<script>"))
        #expect(section.markdown.contains("&lt;script&gt;x&lt;/script&gt; \\*Ünal\\* and B1"))
    }

    /// Above the limit nothing is computed: the section says why and names the command.
    @Test func aNetworkAboveTheLimitGetsAPointerInstead() {
        let actors = (0...SuggestionReportSection.actorLimit).map { Actor(id: "a\($0)", name: "A\($0)", kind: .association) }
        let section = SuggestionReportSection.section(Network(title: "Big", actors: actors), language: .en)
        #expect(section.markdown == "This network has 2,001 actors; above 2,000 the report leaves the suggestions out so that it stays "
            + "quick to write \\(each one is checked by running the whole gap analysis again\\). “actormap suggest FILE --max 5” gives them.\n\n")
        #expect(!String(describing: section.html).contains("<ol"))
    }

    @Test func aNetworkWithoutGapsSaysThereIsNothingToSuggest() {
        let actors = [Actor(id: "c", name: "C", kind: .commissioner), Actor(id: "a", name: "A", kind: .association)]
        let section = SuggestionReportSection.section(Network(title: "Small", actors: actors,
                                                              links: [Link(from: "c", to: "a", type: .cooperates)]), language: .en)
        #expect(section.markdown.contains("No suggestion\\: no change the data makes plausible closes an open gap."))
        #expect(!section.markdown.contains("open gaps now"))
    }
}
