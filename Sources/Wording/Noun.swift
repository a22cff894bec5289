/// Nouns that stand after a number. Each language gives every plural category its own form
/// (`Noun+Forms.swift`), so "2 povezavi" and "5 povezav" are both right without the caller
/// knowing Slovenian has a dual.
public enum Noun: CaseIterable, Sendable, Hashable {
    case actor
    case link
    case group
    case gap
    case service
    case provider
    case coordinator
    /// A place where a route breaks.
    case place
    /// A pair of actors (brokerage).
    case pair
    /// An actor that has been rated (influence).
    case ratedActor
}

/// The forms of one noun in one language. Languages without a dual or a "few" form repeat
/// `other` there.
public struct NounForms: Sendable, Hashable {
    public var one: String
    public var two: String
    public var few: String
    public var other: String

    public init(one: String, other: String) {
        self.init(one: one, two: other, few: other, other: other)
    }

    public init(one: String, two: String, few: String, other: String) {
        self.one = one
        self.two = two
        self.few = few
        self.other = other
    }

    public func form(for category: PluralCategory) -> String {
        switch category {
        case .one: return one
        case .two: return two
        case .few: return few
        case .other: return other
        }
    }
}

extension Noun {
    /// Each language's forms; a switch without `default`, so a new noun cannot be left untranslated.
    public func forms(in language: OutputLanguage) -> NounForms {
        switch language {
        case .en: return english
        case .de: return german
        case .fr: return french
        case .sl: return slovenian
        }
    }

    var english: NounForms {
        switch self {
        case .actor: return NounForms(one: "actor", other: "actors")
        case .link: return NounForms(one: "link", other: "links")
        case .group: return NounForms(one: "group", other: "groups")
        case .gap: return NounForms(one: "gap", other: "gaps")
        case .service: return NounForms(one: "service", other: "services")
        case .provider: return NounForms(one: "provider", other: "providers")
        case .coordinator: return NounForms(one: "coordinator", other: "coordinators")
        case .place: return NounForms(one: "place", other: "places")
        case .pair: return NounForms(one: "pair", other: "pairs")
        case .ratedActor: return NounForms(one: "rated actor", other: "rated actors")
        }
    }

    var german: NounForms {
        switch self {
        case .actor: return NounForms(one: "Akteur", other: "Akteure")
        case .link: return NounForms(one: "Verbindung", other: "Verbindungen")
        case .group: return NounForms(one: "Gruppe", other: "Gruppen")
        case .gap: return NounForms(one: "Lücke", other: "Lücken")
        case .service: return NounForms(one: "Angebot", other: "Angebote")
        case .provider: return NounForms(one: "Anbieter", other: "Anbieter")
        case .coordinator: return NounForms(one: "koordinierende Stelle", other: "koordinierende Stellen")
        case .place: return NounForms(one: "Stelle", other: "Stellen")
        case .pair: return NounForms(one: "Paar", other: "Paare")
        case .ratedActor: return NounForms(one: "bewerteter Akteur", other: "bewertete Akteure")
        }
    }

    var french: NounForms {
        switch self {
        case .actor: return NounForms(one: "acteur", other: "acteurs")
        case .link: return NounForms(one: "lien", other: "liens")
        case .group: return NounForms(one: "groupe", other: "groupes")
        case .gap: return NounForms(one: "lacune", other: "lacunes")
        case .service: return NounForms(one: "prestation", other: "prestations")
        case .provider: return NounForms(one: "prestataire", other: "prestataires")
        case .coordinator: return NounForms(one: "coordinateur", other: "coordinateurs")
        case .place: return NounForms(one: "endroit", other: "endroits")
        case .pair: return NounForms(one: "paire", other: "paires")
        case .ratedActor: return NounForms(one: "acteur évalué", other: "acteurs évalués")
        }
    }

    var slovenian: NounForms {
        switch self {
        case .actor: return NounForms(one: "deležnik", two: "deležnika", few: "deležniki", other: "deležnikov")
        case .link: return NounForms(one: "povezava", two: "povezavi", few: "povezave", other: "povezav")
        case .group: return NounForms(one: "skupina", two: "skupini", few: "skupine", other: "skupin")
        case .gap: return NounForms(one: "vrzel", two: "vrzeli", few: "vrzeli", other: "vrzeli")
        case .service: return NounForms(one: "storitev", two: "storitvi", few: "storitve", other: "storitev")
        case .provider: return NounForms(one: "izvajalec", two: "izvajalca", few: "izvajalci", other: "izvajalcev")
        case .coordinator:
            return NounForms(one: "koordinator", two: "koordinatorja", few: "koordinatorji", other: "koordinatorjev")
        case .place: return NounForms(one: "mesto", two: "mesti", few: "mesta", other: "mest")
        case .pair: return NounForms(one: "par", two: "para", few: "pari", other: "parov")
        case .ratedActor:
            return NounForms(one: "ocenjen deležnik", two: "ocenjena deležnika", few: "ocenjeni deležniki",
                             other: "ocenjenih deležnikov")
        }
    }
}
