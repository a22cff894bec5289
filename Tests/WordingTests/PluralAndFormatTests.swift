import NetworkModel
import Testing
@testable import Wording

/// Plural rules, dates, numbers, lists and language names, each against the form a native
/// writer uses.
struct PluralAndFormatTests {
    @Test func slovenianHasSingularDualFewAndPlural() {
        let sl = Words(.sl)
        #expect(sl.count(1, .actor) == "1 deležnik")
        #expect(sl.count(2, .actor) == "2 deležnika")
        #expect(sl.count(3, .actor) == "3 deležniki")
        #expect(sl.count(4, .actor) == "4 deležniki")
        #expect(sl.count(5, .actor) == "5 deležnikov")
        #expect(sl.count(1, .link) == "1 povezava")
        #expect(sl.count(2, .link) == "2 povezavi")
        #expect(sl.count(3, .link) == "3 povezave")
        #expect(sl.count(5, .link) == "5 povezav")
        #expect(sl.count(2, .service) == "2 storitvi")
        #expect(sl.count(5, .service) == "5 storitev")
        // The rule reads the last two digits: 101 takes the singular, 102 the dual, 111 the plural.
        #expect(sl.count(101, .group) == "101 skupina")
        #expect(sl.count(102, .group) == "102 skupini")
        #expect(sl.count(103, .group) == "103 skupine")
        #expect(sl.count(111, .group) == "111 skupin")
        #expect(sl.count(0, .group) == "0 skupin")
    }

    @Test func frenchCountsZeroAndOneInTheSingular() {
        let fr = Words(.fr)
        #expect(fr.count(0, .gap) == "0 lacune")
        #expect(fr.count(1, .gap) == "1 lacune")
        #expect(fr.count(2, .gap) == "2 lacunes")
        #expect(Words(.en).count(0, .gap) == "0 gaps")
        #expect(Words(.de).count(0, .gap) == "0 Lücken")
        #expect(Words(.de).count(1, .actor) == "1 Akteur")
    }

    @Test func datesAsReadersWriteThem() {
        let date = CalendarDate(year: 2025, month: 6, day: 30)
        #expect(Words(.en).date(date) == "30 June 2025")
        #expect(Words(.de).date(date) == "30. Juni 2025")
        #expect(Words(.fr).date(date) == "30 juin 2025")
        #expect(Words(.sl).date(date) == "30. junij 2025")
        let first = CalendarDate(year: 2024, month: 3, day: 1)
        #expect(Words(.fr).date(first) == "1er mars 2024")
        #expect(Words(.de).date(first) == "1. März 2024")
    }

    @Test func decimalsWithACommaOutsideEnglish() {
        #expect(Words(.en).decimal(0.324) == "0.324")
        #expect(Words(.de).decimal(0.324) == "0,324")
        #expect(Words(.fr).decimal(0.32) == "0,32")
        #expect(Words(.sl).decimal(0.3249) == "0,325")
        #expect(Words(.de).decimal(2) == "2")
        #expect(Words(.de).decimal(-0.5) == "-0,5")
        #expect(Words(.de).decimal(-0.0001) == "0")
        #expect(Words(.de).decimal(nil) == "–")
        #expect(Words(.de).decimal(.nan) == "–")
        #expect(Words(.en).decimal(1234.5) == "1234.5")
    }

    /// The line long commands show on a terminal: the count with its noun form, no declension.
    @Test func theWorkingLineInEachLanguage() {
        #expect(Words(.en).workingOn(actors: 10_000, seconds: 3) == "10,000 actors: working (3 s)")
        #expect(Words(.de).workingOn(actors: 10_000, seconds: 3) == "10.000 Akteure: Berechnung läuft (3 s)")
        #expect(Words(.fr).workingOn(actors: 2_001, seconds: 12)
                == "2\u{202F}001 acteurs\u{00A0}: calcul en cours (12 s)")
        #expect(Words(.sl).workingOn(actors: 10_000, seconds: 3) == "10.000 deležnikov: izračun poteka (3 s)")
        #expect(Words(.sl).workingOn(actors: 2_002, seconds: 1) == "2.002 deležnika: izračun poteka (1 s)")
    }

    @Test func thousandsGroupedAsEachLanguageGroupsThem() {
        #expect(Words(.en).integer(2937) == "2,937")
        #expect(Words(.de).integer(2937) == "2.937")
        #expect(Words(.fr).integer(2937) == "2\u{202F}937")
        #expect(Words(.sl).integer(1_234_567) == "1.234.567")
        #expect(Words(.en).integer(999) == "999")
        #expect(Words(.en).integer(-1000) == "-1,000")
        #expect(Words(.de).percent(0.424) == "42\u{00A0}%")
        #expect(Words(.en).percent(0.424) == "42%")
    }

    @Test func listsJoinedAsTheLanguageJoinsThem() {
        #expect(Words(.en).list(["A", "B", "C"]) == "A, B and C")
        #expect(Words(.de).list(["A", "B", "C"]) == "A, B und C")
        #expect(Words(.fr).list(["A", "B"]) == "A et B")
        #expect(Words(.sl).list(["A", "B", "C"]) == "A, B in C")
        #expect(Words(.sl).alternatives(["A", "B"]) == "A ali B")
        #expect(Words(.de).list(["A"]) == "A")
        #expect(Words(.de).list([]) == "")
        #expect(Words(.de).list(["A", "B", "C", "D"], limit: 3) == "A, B und 2 weitere")
        #expect(Words(.sl).list(["A", "B", "C", "D", "E", "F", "G"], limit: 2) == "A in 6 drugih")
        #expect(Words(.sl).list(["A", "B", "C"], limit: 2) == "A in 2 druga")
    }

    @Test func languagesByName() {
        #expect(Words(.de).languageName("ar") == "Arabisch")
        #expect(Words(.fr).languageName("ar") == "arabe")
        #expect(Words(.sl).languageName("ar") == "arabščina")
        #expect(Words(.en).languageName("fa") == "Persian (Farsi)")
        #expect(Words(.de).languageName("pt-BR") == "Portugiesisch (pt-BR)")
        #expect(Words(.de).languageName("AR") == "Arabisch")
        // An unknown tag is shown as written, never guessed at.
        #expect(Words(.de).languageName("xx-Test") == "xx-Test")
    }

    /// The tags the brief and the example files name, and the migrant community languages,
    /// all have names in all four languages, and no name is shared by two tags.
    @Test func everyNeededTagHasFourNames() {
        let needed = ["ar", "fa", "prs", "ps", "ku", "ckb", "kmr", "ti", "so", "uk", "ru", "tr", "ro", "bg", "pl", "sq",
                      "sr", "hr", "bs", "vi", "zh", "ur", "hi", "bn", "ta", "am", "om", "ha", "yo", "ig", "sw", "fr", "en",
                      "es", "pt", "it", "de", "nl", "el", "sl", "lb", "hu", "cs", "sk", "rom", "mk", "ja", "ko", "id"]
        for tag in needed {
            for language in OutputLanguage.allCases {
                #expect(SpokenLanguages.name(of: tag, in: language) != nil, "\(tag) has no name in \(language)")
            }
        }
        #expect(SpokenLanguages.knownTags.count >= 60)
        #expect(Set(SpokenLanguages.knownTags).count == SpokenLanguages.knownTags.count)
        for language in OutputLanguage.allCases {
            let names = SpokenLanguages.knownTags.compactMap { SpokenLanguages.name(of: $0, in: language) }
            #expect(Set(names).count == names.count, "two tags share a name in \(language)")
        }
    }
}
