import NetworkAnalysis
import NetworkModel

/// A newcomer's route told in plain language, with actors and services by name, so that a
/// caseworker or a council paper can quote it without the table beside it. The analysis returns
/// stages, steps and ids; the sentences are built here, once for every language. A sentence that
/// ends on a name ending in a full stop ("… Halle (Saale) e.V.") gets no second one.
extension Words {
    public func routeSentences(_ result: RouteResult, network: Network) -> [String] {
        let names = Dictionary(network.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func name(_ id: String) -> String { names[id] ?? id }
        let breaks = result.stages.filter { $0.usable.isEmpty }.count + result.steps.filter { $0.status == .noReferral }.count
        var out = [routeOpening(result, breaks: breaks)]
        for (index, stage) in result.stages.enumerated() {
            out.append(stageSentence(stage, language: result.language, district: result.district, name: name))
            guard index < result.steps.count else { continue }
            let step = result.steps[index]
            if let sentence = stepSentence(step, from: result.stages[index], to: result.stages[index + 1], name: name) {
                out.append(sentence)
            }
        }
        return out
    }

    /// "Route through the arrival pathway for Arabic (ar) in Neustadt", the output's title.
    public func routeTitle(_ result: RouteResult) -> String {
        let language = result.language, district = result.district
        switch self.language {
        case .en: return "Route through \(result.pathwayName) for \(LanguageNames.display(language)) in \(district)"
        case .de: return "Integrationsweg „\(result.pathwayName)“: Sprache \(languageName(language)), Stadtteil \(district)"
        case .fr: return typeset("Parcours « \(result.pathwayName) » : langue \(languageName(language)), quartier \(district)")
        case .sl: return "Pot »\(result.pathwayName)«: jezik \(languageName(language)), območje \(district)"
        }
    }

    func routeOpening(_ result: RouteResult, breaks: Int) -> String {
        let pathway = result.pathwayName, district = result.district, tag = result.language
        switch language {
        case .en:
            let person = "A person speaking \(LanguageNames.display(tag)) in \(district)"
            return result.isComplete ? "\(person) can follow \(pathway) from start to end."
                : "\(person) cannot follow \(pathway) to the end: the route breaks " + (breaks == 1 ? "in one place." : "in \(breaks) places.")
        case .de:
            let person = "Eine Person, die \(languageName(tag)) spricht und in \(district) lebt,"
            return result.isComplete ? "\(person) kann den Integrationsweg „\(pathway)“ vollständig durchlaufen."
                : "\(person) kann den Integrationsweg „\(pathway)“ nicht bis zum Ende durchlaufen: Der Weg bricht "
                    + (breaks == 1 ? "an einer Stelle ab." : "an \(integer(breaks)) Stellen ab.")
        case .fr:
            let person = "Une personne parlant \(languageName(tag)) et vivant à \(district)"
            return typeset(result.isComplete ? "\(person) peut suivre le parcours « \(pathway) » du début à la fin."
                : "\(person) ne peut pas suivre le parcours « \(pathway) » jusqu'au bout : il s'interrompt "
                    + (breaks == 1 ? "à un endroit." : "à \(integer(breaks)) endroits."))
        case .sl:
            let person = "Oseba, ki govori \(slovenianAccusative(languageName(tag))) in živi na območju \(district),"
            return result.isComplete ? "\(person) lahko prehodi celotno pot »\(pathway)«."
                : "\(person) ne more prehoditi celotne poti »\(pathway)«: pot se prekine "
                    + (breaks == 1 ? "na enem mestu." : "na \(integer(breaks)) mestih.")
        }
    }

    func stageSentence(_ stage: RouteStage, language tag: String, district: String, name: (String) -> String) -> String {
        let service = stage.serviceName
        let providers = routeList(stage.providers.map(name).sorted())
        let spoken = language == .en ? LanguageNames.display(tag) : languageName(tag)
        switch stage.problem {
        case nil:
            return ending(servedSentence(stage, spoken: spoken, district: district, name: name))
        case .nobodyOffers?:
            switch language {
            case .en: return "\(service): nobody offers it, so the route breaks here."
            case .de: return "\(service): Niemand bietet es an; hier bricht der Weg ab."
            case .fr: return typeset("\(service) : personne ne la propose ; le parcours s'interrompt ici.")
            case .sl: return "\(service): nihče je ne ponuja, zato se pot tu prekine."
            }
        case .language?:
            switch language {
            case .en: return "\(service): offered by \(providers), but not in \(spoken); the route breaks here."
            case .de: return "\(service): angeboten von \(providers), aber nicht auf \(spoken); hier bricht der Weg ab."
            case .fr: return typeset("\(service) : proposée par \(providers), mais pas en \(spoken) ; le parcours s'interrompt ici.")
            case .sl:
                return "\(service): \(slovenianOffers(stage.providers.count)) \(providers), vendar ne v \(slovenianLocative(spoken)); pot se tu prekine."
            }
        case .languagesUnrecorded?:
            switch language {
            case .en:
                return "\(service): offered by \(providers), but no offer records its languages, so none can be "
                    + "counted as serving \(spoken); the route breaks here until they are recorded."
            case .de:
                return "\(service): angeboten von \(providers), aber bei keinem Angebot sind die Sprachen erfasst, daher zählt "
                    + "keines als Angebot auf \(spoken); hier bricht der Weg ab, bis sie erfasst sind."
            case .fr:
                return typeset("\(service) : proposée par \(providers), mais aucune offre n'indique ses langues, si bien qu'aucune "
                    + "ne peut compter comme assurée en \(spoken) ; le parcours s'interrompt ici tant qu'elles ne sont pas renseignées.")
            case .sl:
                return "\(service): \(slovenianOffers(stage.providers.count)) \(providers), vendar nobena ponudba nima zabeleženih "
                    + "jezikov, zato nobena ne velja za ponudbo v \(slovenianLocative(spoken)); pot se tu prekine, dokler jeziki niso zabeleženi."
            }
        case .district? where !stage.languageNeeded:
            switch language {
            case .en: return "\(service): offered by \(providers), but not in \(district); the route breaks here."
            case .de: return "\(service): angeboten von \(providers), aber nicht in \(district); hier bricht der Weg ab."
            case .fr: return typeset("\(service) : proposée par \(providers), mais pas à \(district) ; le parcours s'interrompt ici.")
            case .sl:
                return "\(service): \(slovenianOffers(stage.providers.count)) \(providers), vendar ne na območju \(district); pot se tu prekine."
            }
        case .district?:
            switch language {
            case .en: return "\(service): offered in \(spoken), but not in \(district); the route breaks here."
            case .de: return "\(service): auf \(spoken) angeboten, aber nicht in \(district); hier bricht der Weg ab."
            case .fr: return typeset("\(service) : proposée en \(spoken), mais pas à \(district) ; le parcours s'interrompt ici.")
            case .sl: return "\(service): na voljo v \(slovenianLocative(spoken)), vendar ne na območju \(district); pot se tu prekine."
            }
        case .languageAndDistrict?:
            switch language {
            case .en:
                return "\(service): offered in \(spoken) and offered in \(district), but never both at once; the route breaks here."
            case .de:
                return "\(service): auf \(spoken) angeboten und in \(district) angeboten, aber nie beides zugleich; hier bricht der Weg ab."
            case .fr:
                return typeset("\(service) : proposée en \(spoken) et proposée à \(district), mais jamais les deux à la fois ; "
                    + "le parcours s'interrompt ici.")
            case .sl:
                return "\(service): na voljo v \(slovenianLocative(spoken)) in na voljo na območju \(district), vendar nikoli oboje "
                    + "hkrati; pot se tu prekine."
            }
        }
    }

    /// A stage that can be used: who can serve the person, what languages it is given in when the
    /// person's need not be one of them, and who makes a provider usable through interpreting.
    func servedSentence(_ stage: RouteStage, spoken: String, district: String, name: (String) -> String) -> String {
        let usable = routeList(stage.usable.map(name).sorted())
        let single = stage.usable.count == 1
        let given = stage.givenIn.map { language == .en ? LanguageNames.display($0) : languageName($0) }
        var sentence: String
        switch language {
        case .en:
            let person = "a person speaking \(spoken) in \(district)"
            sentence = "\(stage.serviceName): \(usable) \(single ? "is the only provider who can serve" : "can serve") \(person)"
            if !stage.languageNeeded {
                sentence += given.isEmpty ? "; it need not be given in \(spoken)"
                    : "; it is given in \(routeList(given, limit: nil)) and need not be given in \(spoken)"
            }
        case .de:
            sentence = "\(stage.serviceName): " + (single ? "Nur \(usable) kann diese Person betreuen" : "\(usable) können diese Person betreuen")
            if !stage.languageNeeded {
                sentence += given.isEmpty ? "; das Angebot muss nicht auf \(spoken) stattfinden"
                    : "; es findet auf \(routeList(given, limit: nil)) statt und muss nicht auf \(spoken) stattfinden"
            }
        case .fr:
            sentence = "\(stage.serviceName) : " + (single ? "seul \(usable) peut accueillir cette personne" : "\(usable) peuvent accueillir cette personne")
            if !stage.languageNeeded {
                sentence += given.isEmpty ? " ; la prestation n'a pas à être assurée en \(spoken)"
                    : " ; elle est assurée en \(routeList(given, limit: nil)) et n'a pas à l'être en \(spoken)"
            }
        case .sl:
            let verb = slovenianVerb(stage.usable.count, one: "lahko sprejme", two: "lahko sprejmeta", few: "lahko sprejmejo", other: "lahko sprejmejo")
            sentence = "\(stage.serviceName): " + (single ? "to osebo lahko sprejme samo \(usable)" : "to osebo \(verb) \(usable)")
            if !stage.languageNeeded {
                sentence += given.isEmpty ? "; v \(slovenianLocative(spoken)) je ni treba izvajati"
                    : "; izvaja se v \(routeList(given.map(slovenianLocative), limit: nil)), v \(slovenianLocative(spoken)) pa je ni treba izvajati"
            }
        }
        for provider in stage.throughInterpreting {
            let interpreters = routeList(provider.interpreters.map(name).sorted())
            switch language {
            case .en: sentence += "; \(name(provider.actor)) through the interpreting of \(interpreters)"
            case .de: sentence += "; \(name(provider.actor)) mit Sprachmittlung durch \(interpreters)"
            case .fr: sentence += " ; \(name(provider.actor)) grâce à l'interprétariat de \(interpreters)"
            case .sl: sentence += "; \(name(provider.actor)) s tolmačenjem, ki ga zagotavlja \(interpreters)"
            }
        }
        return typeset(sentence)
    }

    func stepSentence(_ step: RouteStep, from: RouteStage, to: RouteStage, name: (String) -> String) -> String? {
        let a = from.serviceName, b = to.serviceName
        let between: String
        switch language {
        case .en: between = "from \(a) to \(b)"
        case .de: between = "von „\(a)“ zu „\(b)“"
        case .fr: between = "de « \(a) » vers « \(b) »"
        case .sl: between = "od »\(a)« do »\(b)«"
        }
        let handOffs = routeList(step.handOffs.map { describe($0, name: name) }, limit: 6)
        var sentence: String
        switch step.status {
        case .stageUnusable:
            return nil
        case .noReferral:
            switch language {
            case .en:
                return "Nobody who can serve them for \(a) refers clients to anybody who can serve them for \(b), and nobody "
                    + "offers both: the route breaks \(between)."
            case .de:
                return "Niemand, der diese Person für „\(a)“ betreuen kann, vermittelt an jemanden weiter, der sie für „\(b)“ "
                    + "betreuen kann, und niemand bietet beides an: Der Weg bricht zwischen „\(a)“ und „\(b)“ ab."
            case .fr:
                return typeset("Aucun des acteurs qui peuvent l'accueillir pour « \(a) » n'oriente vers un acteur qui peut "
                    + "l'accueillir pour « \(b) », et aucun ne propose les deux : le parcours s'interrompt entre « \(a) » et « \(b) ».")
            case .sl:
                return "Nihče, ki jo lahko sprejme za »\(a)«, je ne napoti k nikomur, ki jo lahko sprejme za »\(b)«, in nihče ne "
                    + "ponuja obojega: pot se prekine med »\(a)« in »\(b)«."
            }
        case .handedOn:
            switch language {
            case .en: sentence = ending("Handed on \(between): \(handOffs)")
            case .de: sentence = ending("Weitervermittlung \(between): \(handOffs)")
            case .fr: sentence = ending(typeset("Orientation \(between) : \(handOffs)"))
            case .sl: sentence = ending("Napotitev \(between): \(handOffs)")
            }
        case .indirect:
            switch language {
            case .en: sentence = ending("No direct referral \(between); newcomers are passed on only in two steps: \(handOffs)")
            case .de: sentence = ending("Keine direkte Weitervermittlung \(between); nur in zwei Schritten: \(handOffs)")
            case .fr: sentence = ending(typeset("Aucune orientation directe \(between) ; seulement en deux étapes : \(handOffs)"))
            case .sl: sentence = ending("Ni neposredne napotitve \(between); le v dveh korakih: \(handOffs)")
            }
        }
        if let bottleneck = step.bottleneck {
            let who = routeList(bottleneck.actors.map(name), limit: 6)
            let one = bottleneck.actors.count == 1
            switch (language, bottleneck.kind) {
            case (.en, .coordinators):
                sentence += " Only through \(who): every hand-off \(between) passes through \(one ? "this coordinator." : "these coordinators.")"
            case (.en, .singleActor):
                sentence += " " + ending("Every hand-off \(between) depends on \(who) alone")
            case (.de, .coordinators):
                sentence += " Nur über \(who): Jede Weitervermittlung \(between) läuft über \(one ? "diese koordinierende Stelle." : "diese koordinierenden Stellen.")"
            case (.de, .singleActor):
                sentence += " " + ending("Jede Weitervermittlung \(between) hängt allein an \(who)")
            case (.fr, .coordinators):
                sentence += " " + typeset("Uniquement par \(who) : toute orientation \(between) passe par \(one ? "ce coordinateur." : "ces coordinateurs.")")
            case (.fr, .singleActor):
                sentence += " " + ending(typeset("Toute orientation \(between) dépend uniquement de \(who)"))
            case (.sl, .coordinators):
                sentence += " Samo prek \(who): vsaka napotitev \(between) poteka prek \(one ? "tega koordinatorja." : "teh koordinatorjev.")"
            case (.sl, .singleActor):
                sentence += " " + ending("Vsaka napotitev \(between) je odvisna samo od \(who)")
            }
        }
        return sentence
    }

    func describe(_ handOff: HandOff, name: (String) -> String) -> String {
        let from = name(handOff.from), to = name(handOff.to)
        if handOff.isSameActor {
            switch language {
            case .en: return "\(from) offers both"
            case .de: return "\(from) bietet beides an"
            case .fr: return "\(from) propose les deux"
            case .sl: return "\(from) ponuja oboje"
            }
        }
        if let via = handOff.via.map(name) {
            switch language {
            case .en: return "\(from) refers to \(via), which refers to \(to)"
            case .de: return "\(from) vermittelt an \(via) weiter, diese Stelle an \(to)"
            case .fr: return "\(from) oriente vers \(via), qui oriente vers \(to)"
            case .sl: return "\(from) napoti \(slovenianTowards(via)), ta pa \(slovenianTowards(to))"
            }
        }
        switch language {
        case .en: return "\(from) refers to \(to)"
        case .de: return "\(from) vermittelt an \(to) weiter"
        case .fr: return "\(from) oriente vers \(to)"
        case .sl: return "\(from) napoti \(slovenianTowards(to))"
        }
    }

    /// "A, B and C"; nobody for none; past `limit` items the rest are counted, so that a sentence
    /// stays a sentence in a network of many municipalities.
    func routeList(_ items: [String], limit: Int? = 6) -> String {
        guard !items.isEmpty else {
            switch language {
            case .en: return "nobody"
            case .de: return "niemand"
            case .fr: return "personne"
            case .sl: return "nihče"
            }
        }
        if language == .en, let limit, items.count > limit {
            return items.prefix(limit - 1).joined(separator: ", ") + " and \(items.count - limit + 1) others"
        }
        return list(items, limit: limit)
    }

    /// "Slovenian verb after a list of providers": "ponuja", "ponujata", "ponujajo".
    func slovenianOffers(_ count: Int) -> String {
        slovenianVerb(count, one: "ponuja", two: "ponujata", few: "ponujajo", other: "ponujajo")
    }

    /// A Slovenian language name ("arabščina") in the accusative ("arabščino"); other endings
    /// (a tag the catalogue does not know) stay as written.
    func slovenianAccusative(_ name: String) -> String {
        guard let space = name.firstIndex(of: " ") else { return name.hasSuffix("ina") ? String(name.dropLast()) + "o" : name }
        return slovenianAccusative(String(name[..<space])) + name[space...]
    }

    /// The locative ("v arabščini").
    func slovenianLocative(_ name: String) -> String {
        guard let space = name.firstIndex(of: " ") else { return name.hasSuffix("ina") ? String(name.dropLast()) + "i" : name }
        return slovenianLocative(String(name[..<space])) + name[space...]
    }

    /// "k Caritas", "h Karitas": Slovenian writes "h" before k and g.
    func slovenianTowards(_ name: String) -> String {
        let first = name.lowercased().first
        return (first == "k" || first == "g" ? "h " : "k ") + name
    }
}
