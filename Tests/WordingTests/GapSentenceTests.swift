import NetworkAnalysis
import NetworkModel
import Testing
@testable import Wording

/// Gap sentences worked out by hand on a small network, in each language, the way a native
/// writer of a council paper would put them.
struct GapSentenceTests {
    static let network = Network(
        title: "Netz", languages: ["ar", "fa"], districts: ["Neustadt"],
        services: [Service(id: "c", name: "Beratung"), Service(id: "k", name: "Sprachkurs")],
        actors: [Actor(id: "z", name: "Zentrum", kind: .office, coordinator: true,
                       offers: [Offer(service: "c", languages: ["de"], districts: ["Altstadt"])]),
                 Actor(id: "m", name: "Migrantenverein", kind: .migrantOrganisation),
                 Actor(id: "v", name: "Verein", kind: .association)],
        links: [Link(from: "z", to: "v", type: .supports), Link(from: "v", to: "m", type: .supports)],
        pathways: [Pathway(id: "p", name: "Ankommen", stages: ["c", "k"])])

    static func sentences(_ language: OutputLanguage) -> [String] {
        let words = Words(language)
        let groups = GapGrouping.groups(GapAnalysis.gaps(in: network), in: network, languageName: words.languageName)
        return groups.map { words.gapSentence(for: $0, in: network) }
    }

    @Test func german() {
        let sentences = Self.sentences(.de)
        #expect(sentences.contains("Niemand bietet Sprachkurs an"))
        #expect(sentences.contains("Beratung gibt es nicht auf Arabisch oder Persisch (Farsi)"))
        #expect(sentences.contains("Nur Zentrum bietet Beratung an; fällt Zentrum weg, gibt es dieses Angebot nicht mehr"))
        #expect(sentences.contains("Fiele Verein weg, verlöre 1 Akteur jede Verbindung zu einer koordinierenden Stelle: Migrantenverein"))
    }

    @Test func french() {
        let sentences = Self.sentences(.fr)
        #expect(sentences.contains("Aucun acteur ne propose la prestation «\u{00A0}Sprachkurs\u{00A0}»"))
        #expect(sentences.contains("La prestation «\u{00A0}Beratung\u{00A0}» n'est proposée ni en arabe, ni en persan (farsi)"))
        #expect(sentences.contains("La prestation «\u{00A0}Beratung\u{00A0}» n'est pas disponible à Neustadt"))
        #expect(sentences.contains("Si Verein disparaissait, 1 acteur perdrait tout lien avec un coordinateur\u{00A0}: Migrantenverein"))
        #expect(sentences.contains("Migrantenverein n'a aucun lien direct avec un organisme public"))
        #expect(sentences.contains("Le parcours «\u{00A0}Ankommen\u{00A0}» s'interrompt entre «\u{00A0}Beratung\u{00A0}» et "
            + "«\u{00A0}Sprachkurs\u{00A0}»\u{00A0}: personne ne propose «\u{00A0}Sprachkurs\u{00A0}»"))
    }

    @Test func slovenian() {
        let sentences = Self.sentences(.sl)
        #expect(sentences.contains("Storitve »Sprachkurs« ne ponuja noben deležnik"))
        #expect(sentences.contains("Storitev »Beratung« ni na voljo ne v arabščini ne v perzijščini (farsi)"))
        #expect(sentences.contains("Storitev »Beratung« ni na voljo na območju Neustadt"))
        #expect(sentences.contains("Storitev »Beratung« ponuja samo Zentrum; če ta deležnik odpade, je ne ponuja nihče"))
        #expect(sentences.contains("Če Verein odpade, vsako povezavo s koordinatorjem izgubi 1 deležnik: Migrantenverein"))
        #expect(sentences.contains("Migrantenverein nima neposredne povezave z nobenim javnim organom"))
    }

    @Test func slovenianVerbsAgreeWithTheCount() {
        let sl = Words(.sl)
        #expect(sl.singlePointOfFailure("A", cutOff: ["B", "C"]) == "Če A odpade, vsako povezavo s koordinatorjem izgubita 2 deležnika: B in C")
        #expect(sl.singlePointOfFailure("A", cutOff: ["B", "C", "D"]).contains("izgubijo 3 deležniki"))
        #expect(sl.singlePointOfFailure("A", cutOff: ["B", "C", "D", "E", "F"]).contains("izgubi 5 deležnikov"))
        #expect(sl.unreachable(["A", "B"]) == "A in B nimata niti neposredne niti posredne povezave s koordinatorjem")
        #expect(sl.unreachable(["A", "B", "C"]).hasPrefix("A, B in C nimajo"))
    }

    @Test func slovenianLanguageNamesInTheLocative() {
        #expect(Words.slovenianInLanguage("arabščina") == "v arabščini")
        #expect(Words.slovenianInLanguage("centralna kurdščina (soranščina)") == "v centralni kurdščini (soranščina)")
        #expect(Words.slovenianInLanguage("svahili") == "v jeziku svahili")
        #expect(Words.slovenianInLanguage("xx") == "v jeziku xx")
    }

    @Test func acceptanceUntilADay() {
        let acceptance = GapAcceptance(reason: "Gesetzliches Monopol", until: CalendarDate(year: 2026, month: 12, day: 31))
        #expect(Words(.en).acceptance(acceptance) == "Gesetzliches Monopol (until 31 December 2026)")
        #expect(Words(.de).acceptance(acceptance) == "Gesetzliches Monopol (bis 31. Dezember 2026)")
        #expect(Words(.fr).acceptance(acceptance) == "Gesetzliches Monopol (jusqu'au 31 décembre 2026)")
        #expect(Words(.sl).acceptance(acceptance) == "Gesetzliches Monopol (do 31. december 2026)")
    }
}
