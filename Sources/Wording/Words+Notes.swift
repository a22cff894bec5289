/// Notes on standard error that the person running the command reads: which layout was chosen
/// and why, what a large report leaves out, an overview by district with no districts. The
/// "actormap: note:" prefix stays as it is in every language, as a compiler's does.
extension Words {
    /// Why the automatic choice left the layered `dot` layout: too many actors to read, or (few
    /// actors) too many links to route in reasonable time.
    public func layoutReason(actors: Int, links: Int, actorLimit: Int, linkLimit: Int) -> String {
        let wide = actors > actorLimit
        switch language {
        case .en:
            return wide ? "because a layered dot diagram of more than \(actorLimit) actors is too wide to read; choose another with --layout"
                : "because a layered dot diagram of more than \(linkLimit) links takes dot many seconds to route; choose another with --layout"
        case .de:
            return wide ? "weil ein geschichtetes dot-Bild mit mehr als \(integer(actorLimit)) Akteuren zu breit zum Lesen ist; --layout wählt ein anderes"
                : "weil dot für ein geschichtetes Bild mit mehr als \(integer(linkLimit)) Verbindungen viele Sekunden braucht; --layout wählt ein anderes"
        case .fr:
            return typeset(wide ? "car un schéma dot en couches de plus de \(integer(actorLimit)) acteurs est trop large pour être lu ; --layout en choisit un autre"
                : "car dot met de nombreuses secondes à tracer un schéma en couches de plus de \(integer(linkLimit)) liens ; --layout en choisit un autre")
        case .sl:
            return wide ? "ker je slojevita shema dot z več kot \(integer(actorLimit)) deležniki preširoka za branje; drugo izberete z --layout"
                : "ker dot za slojevito shemo z več kot \(integer(linkLimit)) povezavami potrebuje veliko sekund; drugo izberete z --layout"
        }
    }

    /// "1,200 actors: using the sfdp layout, because …".
    public func layoutNote(actors: Int, layout: String, reason: String, inReport: Bool) -> String {
        switch language {
        case .en: return "\(actors) actors: \(inReport ? "the diagram uses" : "using") the \(layout) layout, \(reason)"
        case .de: return "\(count(actors, .actor)): \(inReport ? "das Netzwerkbild verwendet" : "verwendet wird") das Layout \(layout), \(reason)"
        case .fr: return typeset("\(count(actors, .actor)) : \(inReport ? "le schéma utilise" : "utilisation de") la disposition \(layout), \(reason)")
        case .sl: return "deležnikov: \(integer(actors)); \(inReport ? "shema uporablja" : "uporabljena je") postavitev \(layout), \(reason)"
        }
    }

    /// "; for an overview of this many actors, try --collapse kind or --collapse district".
    public var overviewSuggestion: String {
        switch language {
        case .en: return "; for an overview of this many actors, try --collapse kind or --collapse district"
        case .de: return "; für einen Überblick über so viele Akteure: --collapse kind oder --collapse district"
        case .fr: return typeset(" ; pour une vue d'ensemble d'autant d'acteurs : --collapse kind ou --collapse district")
        case .sl: return "; za pregled tolikšnega števila deležnikov poskusite --collapse kind ali --collapse district"
        }
    }

    /// "; it opens with an overview of the actors collapsed by kind and by district".
    public func opensWithOverview(byKind: Bool, byDistrict: Bool, report: Bool) -> String {
        let criteria = [byKind ? grouped(byKind: true) : nil, byDistrict ? grouped(byKind: false) : nil].compactMap { $0 }
        switch language {
        case .en:
            let english = [byKind ? "by kind" : nil, byDistrict ? "by district" : nil].compactMap { $0 }.joined(separator: " and ")
            return "; \(report ? "the report" : "it") opens with an overview of the actors collapsed " + english
        case .de: return "; \(report ? "der Bericht" : "er") beginnt mit einem Überblick über die Akteure, zusammengefasst \(list(criteria))"
        case .fr: return typeset(" ; \(report ? "le rapport" : "il") commence par une vue d'ensemble des acteurs regroupés \(list(criteria))")
        case .sl: return "; poročilo se začne s pregledom deležnikov, združenih \(list(criteria))"
        }
    }

    /// What a report of a very large network leaves out.
    public func reportLeavesOutDiagram(actors: Int, links: Int, actorLimit: Int, linkLimit: Int) -> String {
        switch language {
        case .en:
            return "\(actors) actors and \(links) links: the report leaves out the diagram of every actor (drawn up to "
                + "\(actorLimit) actors and \(linkLimit) links; 'actormap render' draws it)"
        case .de:
            return "\(count(actors, .actor)) und \(count(links, .link)): Der Bericht lässt das Netzwerkbild aller Akteure weg "
                + "(gezeichnet bis \(integer(actorLimit)) Akteure und \(integer(linkLimit)) Verbindungen; „actormap render“ zeichnet es)"
        case .fr:
            return typeset("\(count(actors, .actor)) et \(count(links, .link)) : le rapport omet le schéma de tous les acteurs "
                + "(tracé jusqu'à \(integer(actorLimit)) acteurs et \(integer(linkLimit)) liens ; « actormap render » le trace)")
        case .sl:
            return "deležnikov: \(integer(actors)), povezav: \(integer(links)); poročilo izpusti shemo vseh deležnikov "
                + "(nariše se do \(integer(actorLimit)) deležnikov in \(integer(linkLimit)) povezav; nariše jo »actormap render«)"
        }
    }

    /// "; its tables and profiles show the 500 most central actors, centrality.csv all".
    public func reportShowsMostCentral(_ rows: Int) -> String {
        switch language {
        case .en: return "; its tables and profiles show the \(rows) most central actors, centrality.csv all"
        case .de: return "; Tabellen und Profile zeigen die \(integer(rows)) zentralsten Akteure, centrality.csv alle"
        case .fr: return typeset(" ; ses tableaux et profils montrent les \(integer(rows)) acteurs les plus centraux, centrality.csv tous")
        case .sl: return "; tabele in profili prikazujejo \(integer(rows)) najbolj osrednjih deležnikov, centrality.csv vse"
        }
    }

    /// The note when `--collapse district` finds no district.
    public var noDistrictOverview: String {
        switch language {
        case .en: return "no actor names a district, so the overview by district has one group; try --collapse kind"
        case .de: return "kein Akteur nennt einen Stadtteil, daher hat der Überblick nach Stadtteilen nur eine Gruppe; versuchen Sie --collapse kind"
        case .fr: return typeset("aucun acteur n'indique de quartier, la vue d'ensemble par quartier n'a donc qu'un groupe ; essayez --collapse kind")
        case .sl: return "noben deležnik ne navaja območja, zato ima pregled po območjih eno samo skupino; poskusite --collapse kind"
        }
    }
}

extension Words {
    /// The line a long command shows on a terminal while it works: "10,000 actors: working (3 s)".
    /// Built as "count: state (time)" so that no language has to decline the noun after a
    /// preposition.
    public func workingOn(actors: Int, seconds: Int) -> String {
        let counted = count(actors, .actor)
        let time = "\(integer(seconds)) s"
        switch language {
        case .en: return "\(counted): working (\(time))"
        case .de: return "\(counted): Berechnung läuft (\(time))"
        case .fr: return typeset("\(counted) : calcul en cours (\(time))")
        case .sl: return "\(counted): izračun poteka (\(time))"
        }
    }
}
