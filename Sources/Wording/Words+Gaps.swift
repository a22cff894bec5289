import NetworkAnalysis
import NetworkModel

/// Every sentence a person reads about a gap, in each language: one sentence per group of gaps
/// (`GapGrouping`), a single gap being a group of one. Actors, services and pathways are named
/// as written in the file, languages by their names in the reader's language. The analysis
/// keeps only ids and data; the words are all here.
extension Words {
    public func gapSentence(for group: GapGroup, in network: Network) -> String {
        let names = NetworkNames(network)
        let gaps = group.gaps
        let first = gaps.first
        let service = names.service(group.service ?? first?.service)
        let actor = names.actor(first?.actor)
        let actors = gaps.map { names.actor($0.actor) }
        switch group.kind {
        case .missingService:
            return missingService(service)
        case .language:
            return languageNotCovered(service, languages: gaps.map { $0.language ?? "" })
        case .district:
            return districtNotCovered(service, districts: gaps.map { $0.district ?? "" })
        case .singleProvider:
            return onlyProvider(actor, service: service)
        case .noCoordinator:
            return noCoordinator(network.title)
        case .unreachable:
            return unreachable(actors)
        case .singlePointOfFailure:
            return singlePointOfFailure(actor, cutOff: (first?.cutOff ?? []).map(names.actor).sorted())
        case .unlinkedMigrantOrganisation:
            return unlinkedMigrantOrganisation(actors)
        case .pathwayBreak:
            let pathway = network.pathways.first { $0.id == first?.pathway }?.name ?? first?.pathway ?? ""
            let offered = Set(network.actors.flatMap { $0.offers.map(\.service) })
            return pathwayBreak(pathway, from: names.service(first?.fromStage), to: names.service(first?.toStage),
                                fromMissing: first?.fromStage.map { !offered.contains($0) } ?? false,
                                toMissing: first?.toStage.map { !offered.contains($0) } ?? false)
        }
    }

    /// The reason an accepted gap is accepted, with its end: "Legal monopoly (until 31 December 2026)".
    public func acceptance(_ acceptance: GapAcceptance) -> String {
        guard let until = acceptance.until else { return acceptance.reason }
        let day = date(until)
        switch language {
        case .en: return "\(acceptance.reason) (until \(day))"
        case .de: return "\(acceptance.reason) (bis \(day))"
        case .fr: return "\(acceptance.reason) (jusqu'au \(day))"
        case .sl: return "\(acceptance.reason) (do \(day))"
        }
    }

    // MARK: - One sentence per gap kind

    /// A service name quoted as the language quotes a title inside a sentence.
    func quoted(_ name: String) -> String {
        switch language {
        case .en, .de: return name
        case .fr: return "«\u{00A0}\(name)\u{00A0}»"
        case .sl: return "»\(name)«"
        }
    }

    func missingService(_ service: String) -> String {
        switch language {
        case .en: return "No actor offers \(service)"
        case .de: return "Niemand bietet \(service) an"
        case .fr: return "Aucun acteur ne propose la prestation \(quoted(service))"
        case .sl: return "Storitve \(quoted(service)) ne ponuja noben deležnik"
        }
    }

    func languageNotCovered(_ service: String, languages tags: [String]) -> String {
        let names = tags.map(languageName)
        switch language {
        case .en: return "\(service) is offered in no \(alternatives(names))"
        case .de: return "\(service) gibt es nicht auf \(alternatives(names))"
        case .fr:
            if names.count == 1 { return "La prestation \(quoted(service)) n'est pas proposée en \(names[0])" }
            return "La prestation \(quoted(service)) n'est proposée " + names.map { "ni en \($0)" }.joined(separator: ", ")
        case .sl:
            let places = names.map(Self.slovenianInLanguage)
            if places.count == 1 { return "Storitev \(quoted(service)) ni na voljo \(places[0])" }
            return "Storitev \(quoted(service)) ni na voljo " + places.map { "ne \($0)" }.joined(separator: " ")
        }
    }

    /// "v arabščini": the locative of a Slovenian language name, whose words (noun and
    /// adjectives) all end in -a in the nominative and take -i; a name of another shape
    /// ("svahili") is given as "v jeziku svahili" rather than declined wrongly.
    static func slovenianInLanguage(_ name: String) -> String {
        let base: Substring, note: Substring
        if let bracket = name.range(of: " (") {
            base = name[..<bracket.lowerBound]
            note = name[bracket.lowerBound...]
        } else {
            base = Substring(name)
            note = ""
        }
        let words = base.split(separator: " ")
        guard !words.isEmpty, words.allSatisfy({ $0.hasSuffix("a") }) else { return "v jeziku \(name)" }
        return "v " + words.map { $0.dropLast() + "i" }.joined(separator: " ") + note
    }

    func districtNotCovered(_ service: String, districts: [String]) -> String {
        switch language {
        case .en:
            if districts.count == 1 { return "\(service) is not offered in \(districts[0])" }
            return "\(service) is offered in none of \(alternatives(districts))"
        case .de: return "\(service) gibt es nicht in \(alternatives(districts))"
        case .fr:
            if districts.count == 1 { return "La prestation \(quoted(service)) n'est pas disponible à \(districts[0])" }
            return "La prestation \(quoted(service)) n'est disponible " + districts.map { "ni à \($0)" }.joined(separator: ", ")
        case .sl:
            if districts.count == 1 { return "Storitev \(quoted(service)) ni na voljo na območju \(districts[0])" }
            return "Storitev \(quoted(service)) ni na voljo na nobenem od teh območij: \(list(districts))"
        }
    }

    func onlyProvider(_ actor: String, service: String) -> String {
        switch language {
        case .en: return "Only \(actor) offers \(service); if it stops, nobody does"
        case .de: return "Nur \(actor) bietet \(service) an; fällt \(actor) weg, gibt es dieses Angebot nicht mehr"
        case .fr:
            return "Seul \(actor) propose la prestation \(quoted(service))\u{00A0}; si cet acteur disparaît, plus personne ne la propose"
        case .sl: return "Storitev \(quoted(service)) ponuja samo \(actor); če ta deležnik odpade, je ne ponuja nihče"
        }
    }

    func noCoordinator(_ title: String) -> String {
        switch language {
        case .en: return "No actor is a coordinator, so nobody holds \(title) together"
        case .de: return "Kein Akteur koordiniert, niemand hält \(title) zusammen"
        case .fr: return "Aucun acteur n'est coordinateur\u{00A0}: personne n'assure la cohésion de \(quoted(title))"
        case .sl: return "Noben deležnik ni koordinator, zato mreže \(quoted(title)) nihče ne povezuje"
        }
    }

    func unreachable(_ actors: [String]) -> String {
        let names = list(actors, limit: 8), one = actors.count == 1
        switch language {
        case .en: return "\(names) \(one ? "has" : "have") no tie, direct or indirect, to any coordinator"
        case .de:
            return "\(names) \(one ? "hat" : "haben") weder direkt noch über andere eine Verbindung zu einer koordinierenden Stelle"
        case .fr: return "\(names) \(one ? "n'a" : "n'ont") aucun lien, direct ou indirect, avec un coordinateur"
        case .sl:
            let verb = actors.count == 1 ? "nima" : actors.count == 2 ? "nimata" : "nimajo"
            return "\(names) \(verb) niti neposredne niti posredne povezave s koordinatorjem"
        }
    }

    func singlePointOfFailure(_ actor: String, cutOff: [String]) -> String {
        let names = list(cutOff, limit: 8), n = cutOff.count
        switch language {
        case .en:
            return "If \(actor) dropped out, \(n == 1 ? "1 actor would" : "\(integer(n)) actors would") lose every tie to a coordinator: \(names)"
        case .de:
            let count = n == 1 ? "verlöre 1 Akteur" : "verlören \(integer(n)) Akteure"
            return "Fiele \(actor) weg, \(count) jede Verbindung zu einer koordinierenden Stelle: \(names)"
        case .fr:
            let count = n <= 1 ? "\(integer(n)) acteur perdrait" : "\(integer(n)) acteurs perdraient"
            return "Si \(actor) disparaissait, \(count) tout lien avec un coordinateur\u{00A0}: \(names)"
        case .sl:
            let verb = slovenianVerb(n, one: "izgubi", two: "izgubita", few: "izgubijo", other: "izgubi")
            return "Če \(actor) odpade, vsako povezavo s koordinatorjem \(verb) \(count(n, .actor)): \(names)"
        }
    }

    func unlinkedMigrantOrganisation(_ actors: [String]) -> String {
        let names = list(actors, limit: 8), one = actors.count == 1
        switch language {
        case .en: return "\(names) \(one ? "has" : "have") no direct tie to any public body"
        case .de: return "\(names) \(one ? "hat" : "haben") keine direkte Verbindung zu einer öffentlichen Stelle"
        case .fr: return "\(names) \(one ? "n'a" : "n'ont") aucun lien direct avec un organisme public"
        case .sl:
            let verb = actors.count == 1 ? "nima" : actors.count == 2 ? "nimata" : "nimajo"
            return "\(names) \(verb) neposredne povezave z nobenim javnim organom"
        }
    }

    func pathwayBreak(_ pathway: String, from: String, to: String, fromMissing: Bool, toMissing: Bool) -> String {
        switch language {
        case .en:
            let reason: String
            switch (fromMissing, toMissing) {
            case (true, true): reason = "nobody offers \(from) or \(to)"
            case (true, false): reason = "nobody offers \(from)"
            case (false, true): reason = "nobody offers \(to)"
            case (false, false): reason = "nobody offering \(from) refers clients to anybody offering \(to), and no actor offers both"
            }
            return "\(pathway) breaks between \(from) and \(to): \(reason)"
        case .de:
            let reason: String
            switch (fromMissing, toMissing) {
            case (true, true): reason = "niemand bietet \(from) oder \(to) an"
            case (true, false): reason = "niemand bietet \(from) an"
            case (false, true): reason = "niemand bietet \(to) an"
            case (false, false):
                reason = "niemand, der \(from) anbietet, vermittelt an jemanden weiter, der \(to) anbietet, und kein Akteur bietet beides an"
            }
            return "\(pathway) bricht zwischen \(from) und \(to) ab: \(reason)"
        case .fr:
            let reason: String
            switch (fromMissing, toMissing) {
            case (true, true): reason = "personne ne propose ni \(quoted(from)) ni \(quoted(to))"
            case (true, false): reason = "personne ne propose \(quoted(from))"
            case (false, true): reason = "personne ne propose \(quoted(to))"
            case (false, false):
                reason = "aucun prestataire de \(quoted(from)) n'oriente les personnes vers un prestataire de \(quoted(to)), "
                    + "et aucun acteur ne propose les deux"
            }
            return "Le parcours \(quoted(pathway)) s'interrompt entre \(quoted(from)) et \(quoted(to))\u{00A0}: \(reason)"
        case .sl:
            let reason: String
            switch (fromMissing, toMissing) {
            case (true, true): reason = "storitev \(quoted(from)) in \(quoted(to)) ne ponuja nihče"
            case (true, false): reason = "storitve \(quoted(from)) ne ponuja nihče"
            case (false, true): reason = "storitve \(quoted(to)) ne ponuja nihče"
            case (false, false):
                reason = "nihče, ki ponuja \(quoted(from)), ne napoti strank k izvajalcu storitve \(quoted(to)), "
                    + "in noben deležnik ne ponuja obeh"
            }
            return "Pot \(quoted(pathway)) se prekine med \(quoted(from)) in \(quoted(to)): \(reason)"
        }
    }
}

/// The network's names by id, built once per sentence batch.
struct NetworkNames {
    let actors: [String: String]
    let services: [String: String]

    init(_ network: Network) {
        actors = Dictionary(network.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        services = Dictionary(network.services.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    func actor(_ id: String?) -> String { id.map { actors[$0] ?? $0 } ?? "" }
    func service(_ id: String?) -> String { id.map { services[$0] ?? $0 } ?? "" }
}

extension Words {
    /// "12 gaps found, 2 more accepted." under the title of `actormap gaps`.
    public func gapsFound(open: Int, accepted: Int) -> String {
        let more = accepted > 0
        switch language {
        case .en:
            return "\(integer(open)) gap\(open == 1 ? "" : "s") found" + (more ? ", \(integer(accepted)) more accepted." : ".")
        case .de:
            return "\(count(open, .gap)) gefunden" + (more ? ", dazu \(integer(accepted)) akzeptiert." : ".")
        case .fr:
            return "\(count(open, .gap)) \(open <= 1 ? "constatée" : "constatées")"
                + (more ? ", et \(integer(accepted)) \(accepted <= 1 ? "acceptée" : "acceptées")." : ".")
        case .sl:
            return "Ugotovljene vrzeli: \(integer(open))" + (more ? "; sprejete: \(integer(accepted))." : ".")
        }
    }
}
