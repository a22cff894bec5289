/// What a report of a large network says about what it leaves out (`ReportBounds`): a reader
/// who finds no diagram of every actor, or a table that stops at the thousandth row, must learn
/// why and where the rest is, in the language of the report.
extension Words {
    /// The overview's lead paragraph when the diagram of every actor is left out.
    public func overviewHintWithoutDiagram(actors count: Int) -> String {
        let n = integer(count)
        switch language {
        case .en:
            return "\(n) actors are too many to read one by one. Each circle stands for a group of actors, its area in "
                + "proportion to their number; each line for the links between two groups, with their number on it. "
                + "A diagram of every actor would be a tangle of \(n) dots that no page or screen can show, so this report "
                + "leaves it out; the profiles of the coordinators and of the most central actors show their surroundings."
        case .de:
            return "\(n) Akteure sind zu viele, um sie einzeln zu lesen. Jeder Kreis steht für eine Gruppe von Akteuren, "
                + "seine Fläche entspricht ihrer Zahl; jede Linie für die Verbindungen zwischen zwei Gruppen, mit ihrer "
                + "Anzahl. Ein Netzwerkbild aller Akteure wäre ein Knäuel aus \(n) Punkten, das keine Seite und kein "
                + "Bildschirm zeigen kann; dieser Bericht lässt es deshalb weg. Die Profile der koordinierenden Stellen "
                + "und der zentralsten Akteure zeigen ihr Umfeld."
        case .fr:
            return "Avec \(n) acteurs, une lecture un par un n'est plus possible. Chaque cercle représente un groupe "
                + "d'acteurs, sa surface est proportionnelle à leur nombre\u{00A0}; chaque trait représente les liens entre "
                + "deux groupes, avec leur nombre. Un schéma de tous les acteurs serait un enchevêtrement de \(n) points "
                + "qu'aucune page ni aucun écran ne peut montrer\u{00A0}: ce rapport l'omet. Les fiches des coordinateurs et "
                + "des acteurs les plus centraux montrent leur entourage."
        case .sl:
            return "Deležnikov je \(n), preveč, da bi jih brali posamično. Vsak krog predstavlja skupino deležnikov, "
                + "njegova površina je sorazmerna z njihovim številom; vsaka črta predstavlja povezave med dvema "
                + "skupinama, število je zapisano ob njej. Shema vseh deležnikov bi bila klobčič \(n) točk, ki ga ne "
                + "pokaže nobena stran in noben zaslon, zato je v tem poročilu ni. Profili koordinatorjev in najbolj "
                + "osrednjih deležnikov kažejo njihovo okolico."
        }
    }

    /// Under a centrality table shortened to its first rows.
    public func tableShortened(shown: Int, of total: Int, file: String) -> String {
        let shownText = integer(shown), totalText = integer(total)
        switch language {
        case .en:
            return "The \(shownText) most central of \(totalText) actors; all \(totalText) are in \(file) beside this report."
        case .de:
            return "Die \(shownText) zentralsten von \(totalText) Akteuren; alle \(totalText) stehen in \(file) neben diesem Bericht."
        case .fr:
            return "Les \(shownText) acteurs les plus centraux sur \(totalText)\u{00A0}; les \(totalText) figurent dans "
                + "\(file), à côté de ce rapport."
        case .sl:
            return "\(shownText) najbolj osrednjih od \(totalText) deležnikov; vseh \(totalText) je v datoteki \(file) "
                + "poleg tega poročila."
        }
    }

    /// Above the profiles of a shortened report.
    public func profilesShortened(shown: Int, of total: Int, file: String) -> String {
        let shownText = integer(shown), totalText = integer(total)
        switch language {
        case .en:
            return "Profiles of \(shownText) of \(totalText) actors: the coordinators and the most central actors. "
                + "The figures of every actor are in \(file)."
        case .de:
            return "Profile von \(shownText) der \(totalText) Akteure: die koordinierenden Stellen und die zentralsten "
                + "Akteure. Die Kennzahlen aller Akteure stehen in \(file)."
        case .fr:
            return "Fiches de \(shownText) acteurs sur \(totalText)\u{00A0}: les coordinateurs et les acteurs les plus "
                + "centraux. Les chiffres de chaque acteur figurent dans \(file)."
        case .sl:
            return "Profili \(shownText) od \(totalText) deležnikov: koordinatorji in najbolj osrednji deležniki. "
                + "Številke vseh deležnikov so v datoteki \(file)."
        }
    }
}

extension Words {
    /// In the brokerage section of a report above `ReportBounds.tableRowLimit` actors: the
    /// coordinators' load compares every pair of actors, most of such a report's time, so the
    /// report names the command that computes it instead.
    public func coordinatorLoadLeftOut(actors count: Int) -> String {
        let n = integer(count)
        switch language {
        case .en:
            return "The coordinators' load is left out of a report of \(n) actors: it compares every pair of actors and "
                + "would take most of the report's time. The command “actormap brokerage” computes it."
        case .de:
            return "Die Last der koordinierenden Stellen fehlt in einem Bericht über \(n) Akteure: Sie vergleicht jedes Paar "
                + "von Akteuren und würde den größten Teil der Rechenzeit beanspruchen. Der Befehl „actormap brokerage“ "
                + "berechnet sie."
        case .fr:
            return typeset("La charge des coordinateurs n'est pas calculée dans un rapport de \(n) acteurs : elle compare "
                + "chaque paire d'acteurs et prendrait l'essentiel du temps de calcul. La commande « actormap brokerage » "
                + "la calcule.")
        case .sl:
            return "Obremenitev koordinatorjev v poročilu o \(n) deležnikih ni izračunana: primerja vsak par deležnikov "
                + "in bi vzela večino časa izdelave poročila. Izračuna jo ukaz »actormap brokerage«."
        }
    }

    /// Under a brokerage table shortened to the actors who broker most.
    public func brokerageTableShortened(shown: Int, of total: Int) -> String {
        let shownText = integer(shown), totalText = integer(total)
        switch language {
        case .en:
            return "The \(shownText) of \(totalText) actors with the most brokered contacts; the command "
                + "“actormap brokerage” lists every actor."
        case .de:
            return "Die \(shownText) von \(totalText) Akteuren mit den meisten vermittelten Kontakten; der Befehl "
                + "„actormap brokerage“ führt alle auf."
        case .fr:
            return typeset("Les \(shownText) acteurs sur \(totalText) qui relaient le plus de contacts ; la commande "
                + "« actormap brokerage » les énumère tous.")
        case .sl:
            return "\(shownText) od \(totalText) deležnikov z največ posredovanimi stiki; ukaz »actormap brokerage« "
                + "navede vse."
        }
    }
}
