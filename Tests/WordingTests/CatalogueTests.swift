import NetworkAnalysis
import NetworkModel
import Testing
@testable import Wording

/// The catalogue is complete: every key has words in every language, none left empty and none
/// left in English by mistake.
struct CatalogueTests {
    @Test(arguments: OutputLanguage.allCases)
    func everyTermHasWords(_ language: OutputLanguage) {
        let words = Words(language)
        for term in Term.allCases {
            let text = words[term]
            #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(term) is empty in \(language)")
            #expect(text == text.trimmingCharacters(in: .whitespaces), "\(term) has stray spaces in \(language)")
        }
    }

    @Test(arguments: [OutputLanguage.de, .fr, .sl])
    func noTermIsLeftInEnglish(_ language: OutputLanguage) {
        let english = Words(.en), words = Words(language)
        let allowed = Term.sameInEveryLanguage.union(Term.sameAsEnglish[language] ?? [])
        let leftInEnglish = Term.allCases.filter { words[$0] == english[$0] && !allowed.contains($0) }
        #expect(leftInEnglish.isEmpty, "\(language) repeats the English of \(leftInEnglish)")
        // The allowances are real: each allowed key is in fact the same as the English.
        for term in Term.sameAsEnglish[language] ?? [] {
            #expect(words[term] == english[term], "\(term) is marked as the same as English in \(language) but is not")
        }
    }

    /// Two keys with the same words in one language would be one concept with two keys, or two
    /// concepts a reader could not tell apart; only the listed pairs say the same on purpose.
    @Test(arguments: OutputLanguage.allCases)
    func modelWordsAreDistinct(_ language: OutputLanguage) {
        let words = Words(language)
        #expect(Set(ActorKind.allCases.map(words.kind)).count == ActorKind.allCases.count)
        #expect(Set(Sector.allCases.map(words.sector)).count == Sector.allCases.count)
        #expect(Set(LinkType.allCases.map(words.linkType)).count == LinkType.allCases.count)
        #expect(Set(GapKind.allCases.map(words.gapKind)).count == GapKind.allCases.count)
        #expect(Set(GapSeverity.allCases.map(words.severity)).count == GapSeverity.allCases.count)
        #expect(Set(CentralityMeasure.allCases.map(words.measure)).count == CentralityMeasure.allCases.count)
        #expect(Set(BrokerageRole.allCases.map(words.brokerageRole)).count == BrokerageRole.allCases.count)
    }

    @Test(arguments: OutputLanguage.allCases)
    func everyNounHasEveryForm(_ language: OutputLanguage) {
        for noun in Noun.allCases {
            let forms = noun.forms(in: language)
            for form in [forms.one, forms.two, forms.few, forms.other] {
                #expect(!form.isEmpty, "\(noun) lacks a form in \(language)")
            }
            if language != .en {
                #expect(forms.other != noun.forms(in: .en).other || noun == .place && language == .fr,
                        "\(noun) is English in \(language)")
            }
        }
    }

    @Test func exactWordsOfKeyTerms() {
        #expect(Words(.de).linkType(.cooperates) == "kooperiert mit")
        #expect(Words(.fr).linkType(.refers) == "oriente les personnes vers")
        #expect(Words(.sl).kind(.municipality) == "Občina")
        #expect(Words(.de)[.gaps] == "Lücken")
        #expect(Words(.fr)[.gaps] == "Lacunes")
        #expect(Words(.sl)[.gaps] == "Vrzeli")
        #expect(Words(.fr)[.nobodyOffers] == "Proposé par personne\u{00A0}:")
    }
}
