import NetworkModel

/// Sentences with numbers and names in them. Each is a switch over the language without a
/// `default`, so a sentence added for one language and forgotten in another does not compile.
/// Where a Slovenian sentence would need the count in a case other than the nominative
/// ("z dvema povezavama"), it is built as "label: number" instead, the way Slovenian forms and
/// tables write it, rather than risk a wrong ending.
extension Words {
    /// A Slovenian verb in the form the count asks for: "ima", "imata", "imajo", "ima".
    func slovenianVerb(_ count: Int, one: String, two: String, few: String, other: String) -> String {
        switch PluralCategory.of(count, in: .sl) {
        case .one: return one
        case .two: return two
        case .few: return few
        case .other: return other
        }
    }

    // MARK: - Report

    /// "12 of 20 actors name a source."
    public func actorsNamingSource(_ count: Int, of total: Int) -> String {
        let n = integer(count), all = integer(total)
        switch language {
        case .en: return "\(n) of \(all) actors name a source."
        case .de: return "\(n) von \(all) Akteuren \(count == 1 ? "nennt" : "nennen") eine Quelle."
        case .fr: return "\(n) \(noun(.actor, count: count)) sur \(all) \(count <= 1 ? "indique" : "indiquent") une source."
        case .sl: return "Vir navaja \(n) od \(all) \(total == 1 ? "deležnika" : "deležnikov")."
        }
    }

    /// "8 have a date of last check, the oldest 3 March 2024, the newest 30 June 2025."
    public func actorsChecked(_ count: Int, oldest: CalendarDate, newest: CalendarDate) -> String {
        let n = integer(count), old = date(oldest), new = date(newest)
        switch language {
        case .en:
            return "\(n) have a date of last check, the oldest \(old), the newest \(new)."
        case .de:
            return "\(n) \(count == 1 ? "hat" : "haben") ein Datum der letzten Prüfung, das älteste vom \(old), das jüngste vom \(new)."
        case .fr:
            return "\(n) \(count <= 1 ? "indique" : "indiquent") une date de dernière vérification\u{00A0}: "
                + "la plus ancienne est le \(old), la plus récente le \(new)."
        case .sl:
            let verb = slovenianVerb(count, one: "ima", two: "imata", few: "imajo", other: "ima")
            return "Datum zadnjega preverjanja \(verb) \(self.count(count, .actor)); najstarejši je \(old), najnovejši \(new)."
        }
    }

    /// The overview's lead paragraph for a network of `count` actors.
    public func overviewHint(actors count: Int) -> String {
        let n = integer(count)
        switch language {
        case .en:
            return "\(n) actors are too many to read one by one. Each circle stands for a group of actors, its area in "
                + "proportion to their number; each line for the links between two groups, with their number on it. "
                + "The full diagram follows below."
        case .de:
            return "\(n) Akteure sind zu viele, um sie einzeln zu lesen. Jeder Kreis steht für eine Gruppe von Akteuren, "
                + "seine Fläche entspricht ihrer Zahl; jede Linie für die Verbindungen zwischen zwei Gruppen, mit ihrer "
                + "Anzahl. Das vollständige Netzwerkbild folgt weiter unten."
        case .fr:
            return "Avec \(n) acteurs, une lecture un par un n'est plus possible. Chaque cercle représente un groupe "
                + "d'acteurs, sa surface est proportionnelle à leur nombre\u{00A0}; chaque trait représente les liens entre "
                + "deux groupes, avec leur nombre. Le schéma complet suit plus bas."
        case .sl:
            return "Deležnikov je \(n), preveč, da bi jih brali posamično. Vsak krog predstavlja skupino deležnikov, "
                + "njegova površina je sorazmerna z njihovim številom; vsaka črta predstavlja povezave med dvema "
                + "skupinama, število je zapisano ob njej. Celotna shema sledi spodaj."
        }
    }

    /// The coordinators' load as the report states it: a mean over connected cross-sector pairs
    /// of each pair's share of shortest paths through a coordinator (`CoordinatorLoad`), which the
    /// words say, not a share of all paths pooled.
    public func coordinatorShare(_ share: Double?) -> String {
        let value = decimal(share)
        switch language {
        case .en:
            return "Share of a pair's shortest paths that run through a coordinator, on average over the connected pairs "
                + "of a civil-society and a public actor: \(value)."
        case .de:
            return "Anteil der kürzesten Wege eines Paares, die über eine koordinierende Stelle laufen, im Mittel der "
                + "verbundenen Paare aus einem Akteur der Zivilgesellschaft und einem öffentlichen Akteur: \(value)."
        case .fr:
            return typeset("Part des plus courts chemins d'une paire qui passent par un coordinateur, en moyenne sur les "
                + "paires reliées d'un acteur de la société civile et d'un acteur public : \(value).")
        case .sl:
            return "Delež najkrajših poti para, ki potekajo prek koordinatorja, povprečno na povezane pare deležnika "
                + "civilne družbe in javnega deležnika: \(value)."
        }
    }

    // MARK: - Diagrams

    /// The legend's line for `--size-by`: "bigger box, larger name: higher betweenness".
    public func sizeMark(measure: String) -> String {
        switch language {
        case .en: return "bigger box, larger name: higher \(measure)"
        case .de: return "größerer Kasten, größerer Name: höherer Wert (\(measure))"
        case .fr: return "case et nom plus grands\u{00A0}: valeur plus élevée (\(measure))"
        case .sl: return "večji okvir in ime: višja vrednost (\(measure))"
        }
    }

    /// "+ 3 more" under a box's list of services.
    public func more(_ count: Int) -> String {
        let n = integer(count)
        switch language {
        case .en: return "+ \(n) more"
        case .de: return "+ \(n) weitere"
        case .fr: return "+ \(n) \(count <= 1 ? "autre" : "autres")"
        case .sl: return "+ še \(n)"
        }
    }

    /// "Halle: network diagram", the SVG's title for screen readers.
    public func diagramTitle(_ network: String) -> String {
        switch language {
        case .en, .de, .sl: return "\(network): \(self[.networkDiagram])"
        case .fr: return "\(network)\u{00A0}: \(self[.networkDiagram])"
        }
    }

    /// "12 actors (Association 3, Authority 1) joined by 15 links."
    public func diagramSummary(actors: Int, kinds: [(ActorKind, Int)], links: Int) -> String {
        let kindList = kinds.map { "\(kind($0.0)) \(integer($0.1))" }.joined(separator: ", ")
        switch language {
        case .en: return "\(count(actors, .actor)) (\(kindList)) joined by \(count(links, .link))."
        case .de: return "\(count(actors, .actor)) (\(kindList)), verbunden durch \(count(links, .link))."
        case .fr: return "\(count(actors, .actor)) (\(kindList)) \(actors <= 1 ? "relié" : "reliés") par \(count(links, .link))."
        case .sl: return "\(capitalised(self[.actors])): \(integer(actors)) (\(kindList)); \(self[.links].lowercased()): \(integer(links))."
        }
    }

    /// "Largest groups: A (3), B (2)." and the like: a label, a colon and a list, as each
    /// language sets the colon.
    public func labelled(_ label: String, _ text: String) -> String {
        let trimmed = label.hasSuffix(":") ? String(label.dropLast()).trimmingTrailingSpaces : label
        return language == .fr ? typeset("\(trimmed) :") + " \(text)" : "\(trimmed): \(text)"
    }

    // MARK: - Overview diagrams

    /// "by kind" or "by district".
    public func grouped(byKind: Bool) -> String { byKind ? self[.byKind] : self[.byDistrict] }

    /// "overview of 2,937 actors in 9 groups by kind".
    public func overviewPhrase(actors: Int, groups: Int, byKind: Bool) -> String {
        let criterion = grouped(byKind: byKind)
        switch language {
        case .en: return "overview of \(count(actors, .actor)) in \(count(groups, .group)) \(criterion)"
        case .de: return "Überblick über \(count(actors, .actor)) in \(count(groups, .group)) \(criterion)"
        case .fr: return "vue d'ensemble de \(count(actors, .actor)) en \(count(groups, .group)) \(criterion)"
        case .sl: return "pregled \(criterion) (deležnikov: \(integer(actors)), skupin: \(integer(groups)))"
        }
    }

    /// The overview's first descriptive sentence.
    public func overviewSummary(actors: Int, groups: Int, byKind: Bool, links: Int, inside: Int, between: Int) -> String {
        let criterion = grouped(byKind: byKind)
        switch language {
        case .en:
            return "Overview of \(count(actors, .actor)) in \(count(groups, .group)) \(criterion), one node per group, joined by "
                + "\(count(links, .link)): \(integer(inside)) inside groups and \(integer(between)) between them."
        case .de:
            return "Überblick über \(count(actors, .actor)) in \(count(groups, .group)) \(criterion), ein Knoten je Gruppe, "
                + "verbunden durch \(count(links, .link)): \(integer(inside)) innerhalb der Gruppen und \(integer(between)) zwischen ihnen."
        case .fr:
            return "Vue d'ensemble de \(count(actors, .actor)) en \(count(groups, .group)) \(criterion), un nœud par groupe, "
                + "reliés par \(count(links, .link))\u{00A0}: \(integer(inside)) à l'intérieur des groupes et \(integer(between)) entre eux."
        case .sl:
            return "Pregled \(criterion), vsaka skupina je en krog. Deležnikov: \(integer(actors)); skupin: \(integer(groups)); "
                + "povezav: \(integer(links)), od tega \(integer(inside)) znotraj skupin in \(integer(between)) med njimi."
        }
    }

    /// The legend's summary line under an overview.
    public func overviewLegendSummary(actors: Int, groups: Int, byKind: Bool, links: Int, inside: Int, between: Int) -> String {
        let criterion = grouped(byKind: byKind)
        switch language {
        case .en:
            return "Overview \(criterion): \(count(actors, .actor)) in \(count(groups, .group)), \(count(links, .link)) "
                + "(\(integer(inside)) inside groups, \(integer(between)) between them)"
        case .de:
            return "Überblick \(criterion): \(count(actors, .actor)) in \(count(groups, .group)), \(count(links, .link)) "
                + "(\(integer(inside)) innerhalb der Gruppen, \(integer(between)) zwischen ihnen)"
        case .fr:
            return "Vue d'ensemble \(criterion)\u{00A0}: \(count(actors, .actor)) en \(count(groups, .group)), \(count(links, .link)) "
                + "(\(integer(inside)) à l'intérieur des groupes, \(integer(between)) entre eux)"
        case .sl:
            return "Pregled \(criterion): deležnikov \(integer(actors)), skupin \(integer(groups)), povezav \(integer(links)) "
                + "(\(integer(inside)) znotraj skupin, \(integer(between)) med njimi)"
        }
    }

    /// "+12 also active here" in a district's box.
    public func alsoActiveHere(_ count: Int) -> String {
        switch language {
        case .en: return "+\(integer(count)) also active here"
        case .de: return "+\(integer(count)) auch hier tätig"
        case .fr: return "+\(integer(count)) également \(count <= 1 ? "actif" : "actifs") ici"
        case .sl: return "+\(integer(count)) dejavnih tudi tukaj"
        }
    }

    /// "and 12 based elsewhere also active here", after a group's number of actors.
    public func basedElsewhere(_ count: Int) -> String {
        switch language {
        case .en: return ", and \(integer(count)) based elsewhere also active here"
        case .de: return ", dazu \(integer(count)) mit Sitz anderswo, die auch hier tätig sind"
        case .fr: return ", et \(integer(count)) \(count <= 1 ? "établi" : "établis") ailleurs mais également \(count <= 1 ? "actif" : "actifs") ici"
        case .sl: return ", poleg tega tukaj deluje še \(integer(count)) s sedežem drugje"
        }
    }

    /// "12 links inside" in a group's box.
    public func linksInside(_ count: Int) -> String {
        switch language {
        case .en: return "\(self.count(count, .link)) inside"
        case .de: return "\(self.count(count, .link)) innerhalb"
        case .fr: return "\(self.count(count, .link)) \(count <= 1 ? "interne" : "internes")"
        case .sl: return "povezav znotraj: \(integer(count))"
        }
    }

    /// "12 from A to B" in a line's tooltip.
    public func fromTo(_ count: Int, from: String, to: String) -> String {
        switch language {
        case .en: return "\(integer(count)) from \(from) to \(to)"
        case .de: return "\(integer(count)) von \(from) an \(to)"
        case .fr: return "\(integer(count)) de «\u{00A0}\(from)\u{00A0}» vers «\u{00A0}\(to)\u{00A0}»"
        case .sl: return "\(integer(count)) od »\(from)« k »\(to)«"
        }
    }

    /// "3 both ways (cooperates, partners)".
    public func bothWaysCount(_ count: Int) -> String {
        switch language {
        case .en: return "\(integer(count)) both ways (cooperates, partners)"
        case .de, .fr, .sl: return "\(integer(count)) \(self[.bothWays]) (\(linkType(.cooperates)), \(linkType(.partners)))"
        }
    }

    /// " and 3 more" after a shortened list in a tooltip.
    public func andMore(_ count: Int) -> String {
        switch language {
        case .en: return " and \(integer(count)) more"
        case .de: return " und \(integer(count)) weitere"
        case .fr: return " et \(integer(count)) \(count <= 1 ? "autre" : "autres")"
        case .sl: return " in še \(integer(count))"
        }
    }

    /// "⚠ 3 with no path to a coordinator" on a group.
    public func unreachableCount(_ count: Int) -> String {
        switch language {
        case .en: return "⚠ \(integer(count)) with no path to a coordinator"
        case .de: return "⚠ \(integer(count)) ohne Verbindung zur Koordination"
        case .fr: return "⚠ \(integer(count)) sans lien avec un coordinateur"
        case .sl: return "⚠ brez poti do koordinatorja: \(integer(count))"
        }
    }

    /// "⚠ 2 single points of failure" on a group.
    public func singlePointsOfFailureCount(_ count: Int) -> String {
        switch language {
        case .en: return "⚠ \(integer(count)) \(count == 1 ? "single point of failure" : "single points of failure")"
        case .de: return "⚠ \(integer(count)) \(count == 1 ? "unersetzbares Bindeglied" : "unersetzbare Bindeglieder")"
        case .fr: return "⚠ \(integer(count)) \(count <= 1 ? "maillon indispensable" : "maillons indispensables")"
        case .sl: return "⚠ nenadomestljivi členi: \(integer(count))"
        }
    }

    /// "2 only providers of a service" on a group.
    public func singleProvidersCount(_ count: Int) -> String {
        switch language {
        case .en: return "\(integer(count)) \(count == 1 ? "only provider of a service" : "only providers of a service")"
        case .de: return "\(integer(count)) \(count == 1 ? "einziger Anbieter eines Angebots" : "einzige Anbieter eines Angebots")"
        case .fr: return "\(integer(count)) \(count <= 1 ? "seul prestataire d'une prestation" : "seuls prestataires d'une prestation")"
        case .sl: return "edini izvajalci storitve: \(integer(count))"
        }
    }

    /// "area: number of actors (3 to 412);".
    public func areaLegend(smallest: Int, largest: Int) -> String {
        switch language {
        case .en: return "\(self[.legendArea]) (\(integer(smallest)) to \(integer(largest)));"
        case .de: return "\(self[.legendArea]) (\(integer(smallest)) bis \(integer(largest)));"
        case .fr: return "\(self[.legendArea]) (de \(integer(smallest)) à \(integer(largest)))\u{00A0};"
        case .sl: return "\(self[.legendArea]) (od \(integer(smallest)) do \(integer(largest)));"
        }
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while let last = text.last, last == " " || last == "\u{00A0}" { text.removeLast() }
        return text
    }
}
