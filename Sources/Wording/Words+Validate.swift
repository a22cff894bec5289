import NetworkAnalysis
import NetworkModel

/// The words of `validate` that are not diagnostics (those stay English, for the file's
/// maintainer): the one-line verdict per file, and the `--stale-after` to-do list.
extension Words {
    /// "18 months", "18 Monate", "18 mois", "18 mesecev" (as the subject or after "als").
    public func period(_ period: StalenessPeriod) -> String {
        let n = period.count
        switch language {
        case .en: return period.inWords
        case .de:
            switch period.unit {
            case .days: return n == 1 ? "1 Tag" : "\(integer(n)) Tage"
            case .weeks: return n == 1 ? "1 Woche" : "\(integer(n)) Wochen"
            case .months: return n == 1 ? "1 Monat" : "\(integer(n)) Monate"
            case .years: return n == 1 ? "1 Jahr" : "\(integer(n)) Jahre"
            }
        case .fr:
            switch period.unit {
            case .days: return n == 1 ? "1 jour" : "\(integer(n)) jours"
            case .weeks: return n == 1 ? "1 semaine" : "\(integer(n)) semaines"
            case .months: return "\(integer(n)) mois"
            case .years: return n == 1 ? "1 an" : "\(integer(n)) ans"
            }
        case .sl:
            let forms: (String, String, String, String)
            switch period.unit {
            case .days: forms = ("dan", "dneva", "dnevi", "dni")
            case .weeks: forms = ("teden", "tedna", "tedni", "tednov")
            case .months: forms = ("mesec", "meseca", "meseci", "mesecev")
            case .years: forms = ("leto", "leti", "leta", "let")
            }
            return "\(integer(n)) \(slovenianForm(n, forms))"
        }
    }

    /// The period after a preposition that asks for the dative ("vor weniger als 18 Monaten") or
    /// the genitive ("starejši od 18 mesecev"); French and English keep one form.
    func periodAfterPreposition(_ period: StalenessPeriod) -> String {
        let n = period.count
        switch language {
        case .en, .fr: return self.period(period)
        case .de:
            switch period.unit {
            case .days: return n == 1 ? "1 Tag" : "\(integer(n)) Tagen"
            case .weeks: return n == 1 ? "1 Woche" : "\(integer(n)) Wochen"
            case .months: return n == 1 ? "1 Monat" : "\(integer(n)) Monaten"
            case .years: return n == 1 ? "1 Jahr" : "\(integer(n)) Jahren"
            }
        case .sl:
            let singular: String, plural: String
            switch period.unit {
            case .days: (singular, plural) = ("dneva", "dni")
            case .weeks: (singular, plural) = ("tedna", "tednov")
            case .months: (singular, plural) = ("meseca", "mesecev")
            case .years: (singular, plural) = ("leta", "let")
            }
            return "\(integer(n)) \(n % 100 == 1 ? singular : plural)"
        }
    }

    func slovenianForm(_ n: Int, _ forms: (String, String, String, String)) -> String {
        switch PluralCategory.of(n, in: .sl) {
        case .one: return forms.0
        case .two: return forms.1
        case .few: return forms.2
        case .other: return forms.3
        }
    }

    /// "halle.yaml: valid: Halle: 30 actors, 50 links, 12 services, 2 pathways, 1 warning".
    public func validLine(file: String, title: String, actors: Int, links: Int, services: Int, pathways: Int,
                          warnings: Int) -> String {
        switch language {
        case .en:
            let note = warnings == 0 ? "" : ", \(warnings) warning\(warnings == 1 ? "" : "s")"
            return "\(file): valid: \(title): \(actors) actors, \(links) links, \(services) services, \(pathways) pathways\(note)"
        case .de:
            let note = warnings == 0 ? "" : ", \(integer(warnings)) \(warnings == 1 ? "Warnung" : "Warnungen")"
            return "\(file): gültig: \(title): \(count(actors, .actor)), \(count(links, .link)), \(count(services, .service)), "
                + "\(integer(pathways)) \(pathways == 1 ? "Integrationsweg" : "Integrationswege")\(note)"
        case .fr:
            let note = warnings == 0 ? "" : ", \(integer(warnings)) \(warnings <= 1 ? "avertissement" : "avertissements")"
            return typeset("\(file) : valide : ") + title + "\u{00A0}: "
                + "\(count(actors, .actor)), \(count(links, .link)), \(count(services, .service)), \(integer(pathways)) parcours\(note)"
        case .sl:
            let note = warnings == 0 ? "" : ", \(integer(warnings)) \(slovenianForm(warnings, ("opozorilo", "opozorili", "opozorila", "opozoril")))"
            return "\(file): veljavno: \(title): \(count(actors, .actor)), \(count(links, .link)), \(count(services, .service)), "
                + "\(integer(pathways)) \(slovenianForm(pathways, ("pot", "poti", "poti", "poti")))\(note)"
        }
    }

    /// "halle.yaml: invalid: 3 errors".
    public func invalidLine(file: String, errors: Int) -> String {
        switch language {
        case .en: return "\(file): invalid: \(errors) error\(errors == 1 ? "" : "s")"
        case .de: return "\(file): ungültig: \(integer(errors)) Fehler"
        case .fr: return typeset("\(file) : non valide : \(integer(errors)) \(errors <= 1 ? "erreur" : "erreurs")")
        case .sl: return "\(file): neveljavno: \(integer(errors)) \(slovenianForm(errors, ("napaka", "napaki", "napake", "napak")))"
        }
    }

    // MARK: - The to-do list of --stale-after

    public var staleColumns: [String] {
        switch language {
        case .en: return ["File", "Line", "Column", "Actor", "Name", "To do", "Last checked"]
        case .de: return ["Datei", "Zeile", "Spalte", "Akteur", "Name", "Zu tun", "Zuletzt geprüft"]
        case .fr: return ["Fichier", "Ligne", "Colonne", "Acteur", "Nom", "À faire", "Dernière vérification"]
        case .sl: return ["Datoteka", "Vrstica", "Stolpec", "Deležnik", "Ime", "Naloga", "Zadnje preverjanje"]
        }
    }

    public var never: String {
        switch language {
        case .en: return "never"
        case .de: return "nie"
        case .fr: return "jamais"
        case .sl: return "nikoli"
        }
    }

    /// A date in the list: ISO in English, as it has always been, the reader's form otherwise.
    public func listDate(_ date: CalendarDate) -> String { language == .en ? date.description : self.date(date) }

    public func staleTitle(cutoff: CalendarDate, period: StalenessPeriod, today: CalendarDate) -> String {
        switch language {
        case .en:
            return "Facts to check: not checked since \(cutoff) (\(period.inWords) before \(today)), or without a source"
        case .de:
            return "Zu prüfende Angaben: seit dem \(date(cutoff)) nicht geprüft (\(self.period(period)) vor dem \(date(today))) "
                + "oder ohne Quelle"
        case .fr:
            return typeset("Informations à vérifier : non vérifiées depuis le \(date(cutoff)) (\(self.period(period)) avant le "
                + "\(date(today))) ou sans source")
        case .sl:
            return "Podatki za preverjanje: nepreverjeni od \(date(cutoff)) (rok \(self.period(period)), šteto do \(date(today))) "
                + "ali brez vira"
        }
    }

    public func staleProblem(_ problem: StaleFinding.Problem, period: StalenessPeriod) -> String {
        switch (language, problem) {
        case (.en, .stale): return "check again: older than \(period.inWords)"
        case (.en, .neverChecked): return "check and add 'verified'"
        case (.en, .unsourced): return "add a 'source'"
        case (.de, .stale): return "erneut prüfen: älter als \(self.period(period))"
        case (.de, .neverChecked): return "prüfen und „verified“ ergänzen"
        case (.de, .unsourced): return "Quelle („source“) ergänzen"
        case (.fr, .stale): return typeset("à revérifier : datant de plus de \(self.period(period))")
        case (.fr, .neverChecked): return typeset("à vérifier, puis ajouter « verified »")
        case (.fr, .unsourced): return typeset("ajouter une source (« source »)")
        case (.sl, .stale): return "ponovno preveriti: starejše od \(periodAfterPreposition(period))"
        case (.sl, .neverChecked): return "preveriti in dodati »verified«"
        case (.sl, .unsourced): return "dodati vir (»source«)"
        }
    }

    /// "37 facts older than 18 months, 2 actors never checked, 4 actors without a source".
    public func staleSummary(stale: Int, never: Int, unsourced: Int, period: StalenessPeriod) -> String {
        let empty = stale + never + unsourced == 0
        switch language {
        case .en:
            if empty { return "Nothing to check: every actor was checked within \(period.inWords) and names a source." }
            return [
                "\(stale) \(stale == 1 ? "fact" : "facts") older than \(period.inWords)",
                "\(never) \(never == 1 ? "actor" : "actors") never checked",
                "\(unsourced) \(unsourced == 1 ? "actor" : "actors") without a source",
            ].joined(separator: ", ")
        case .de:
            if empty { return "Nichts zu prüfen: Jeder Akteur nennt eine Quelle und wurde vor weniger als \(periodAfterPreposition(period)) geprüft." }
            return "\(integer(stale)) \(stale == 1 ? "Angabe" : "Angaben") älter als \(self.period(period)), "
                + "\(count(never, .actor)) nie geprüft, \(count(unsourced, .actor)) ohne Quelle"
        case .fr:
            if empty { return typeset("Rien à vérifier : chaque acteur indique une source et a été vérifié il y a moins de \(self.period(period)).") }
            return "\(integer(stale)) \(stale <= 1 ? "information datant" : "informations datant") de plus de \(self.period(period)), "
                + "\(count(never, .actor)) \(never <= 1 ? "jamais vérifié" : "jamais vérifiés"), \(count(unsourced, .actor)) sans source"
        case .sl:
            if empty { return "Ničesar ni treba preveriti: vsak deležnik navaja vir in je bil preverjen v roku \(periodAfterPreposition(period))." }
            return "Podatkov, starejših od \(periodAfterPreposition(period)): \(integer(stale)); nikoli preverjenih deležnikov: "
                + "\(integer(never)); deležnikov brez vira: \(integer(unsourced))"
        }
    }
}
