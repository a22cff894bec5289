import NetworkAnalysis
import NetworkModel

/// The words of a diff for people: the two snapshots, changed values, and the note when the
/// files came in the wrong order. Headings and column names are `CommandTerm`s.
extension Words {
    /// "Old: Halle (as of 2025-03-01)", "Alt: Halle (Stand 1. März 2025)".
    public func diffSnapshot(_ label: String, network: String, asOf: CalendarDate?) -> String {
        guard language != .en else { return "\(label): \(network)" + (asOf.map { " (as of \($0))" } ?? "") }
        return labelled(label, network) + (asOf.map { " (\(self[command: .asOf]) \(date($0)))" } ?? "")
    }

    /// The note on standard error when the arguments came in the wrong order (files as given).
    public func diffSwapped(older: String, newer: String, olderDate: CalendarDate, newerDate: CalendarDate) -> String {
        switch language {
        case .en:
            return "note: \(newer) (as of \(newerDate)) is later than \(older) (as of \(olderDate)); "
                + "comparing from the earlier to the later\n"
        case .de:
            return "note: \(newer) (Stand \(date(newerDate))) ist jünger als \(older) (Stand \(date(olderDate))); "
                + "verglichen wird vom früheren zum späteren Stand\n"
        case .fr:
            return "note: " + typeset("\(newer) (état au \(date(newerDate))) est plus récent que \(older) (état au \(date(olderDate))) ; "
                + "la comparaison va du plus ancien au plus récent") + "\n"
        case .sl:
            return "note: \(newer) (stanje na dan \(date(newerDate))) je novejša od \(older) (stanje na dan \(date(olderDate))); "
                + "primerjava poteka od starejšega k novejšemu stanju\n"
        }
    }

    /// A changed value as a reader reads it: yes/no, lists, numbers, offers with their languages,
    /// districts and places; `service` names a service id.
    public func diffValue(_ value: DiffValue, service: (String) -> String) -> String {
        let english = language == .en
        switch value {
        case .none: return "–"
        case .text(let text): return text
        case .number(let number):
            return english || !number.isFinite ? NumberText.plain(number) : decimal(number, digits: 6)
        case .flag(let flag): return flag ? self[command: .yes] : self[command: .no]
        case .list(let items): return items.isEmpty ? "(\(self[command: .none]))" : items.joined(separator: ", ")
        case .offers(let offers):
            return offers.map { offer in
                let languages = english ? offer.languages : offer.languages.map(languageName)
                var parts = [languages.isEmpty ? self[command: .noLanguage] : languages.joined(separator: ", "),
                             offer.districts.isEmpty ? self[command: .everyDistrict] : offer.districts.joined(separator: ", ")]
                if let capacity = offer.capacity { parts.append(placesCount(capacity)) }
                return labelled(service(offer.service), parts.joined(separator: semicolon))
            }.joined(separator: " / ")
        }
    }
}

extension Words {
    /// A field of the network file as the reader names it in a diff ("Sprachen" for `languages`);
    /// English keeps the file's key, which is what the file's maintainer edits.
    public func diffField(_ key: String) -> String {
        guard language != .en, let index = Self.fieldKeys.firstIndex(of: key) else { return key }
        switch language {
        case .en: return key
        case .de: return Self.germanFields[index]
        case .fr: return Self.frenchFields[index]
        case .sl: return Self.slovenianFields[index]
        }
    }

    static let fieldKeys = ["name", "kind", "sector", "coordinator", "languages", "districts", "offers", "url", "contact",
                            "tags", "influence", "source", "verified", "person", "weight", "since", "until", "note",
                            "required", "interpreting", "stages"]
    static let germanFields = ["Name", "Art", "Sektor", "koordinierende Stelle", "Sprachen", "Stadtteile", "Angebote", "Webseite",
                               "Kontakt", "Schlagwörter", "Einfluss", "Quelle", "geprüft am", "Person", "Gewicht", "seit", "bis",
                               "Anmerkung", "vorgeschrieben", "Sprachmittlung", "Schritte"]
    static let frenchFields = ["nom", "type", "secteur", "coordinateur", "langues", "quartiers", "offres", "site web", "contact",
                               "mots-clés", "influence", "source", "vérifié le", "personne", "poids", "depuis", "jusqu'au",
                               "remarque", "obligatoire", "interprétariat", "étapes"]
    static let slovenianFields = ["ime", "vrsta", "sektor", "koordinator", "jeziki", "območja", "ponudbe", "spletna stran",
                                  "kontakt", "oznake", "vpliv", "vir", "preverjeno", "oseba", "utež", "od", "do", "opomba",
                                  "obvezna", "tolmačenje", "koraki"]
}
