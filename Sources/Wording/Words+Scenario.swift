import NetworkAnalysis

/// The words of a scenario's account for people: headings with their counts, whether the network
/// holds together, the lost coverage and places, and the `--remove-each` ranking's columns. The
/// analysis returns ids and counts; the words are here, once for every language.
extension Words {
    /// A count in a heading: "(12)"; English keeps the plain digits it has always printed.
    func headingCount(_ n: Int) -> String { language == .en ? "(\(n))" : "(\(integer(n)))" }

    public func scenarioTitle(_ network: String) -> String { labelled(self[.scenarioTitle], network) }

    public func scenarioCutOff(_ n: Int) -> String {
        switch language {
        case .en: return "Cut off from every coordinator \(headingCount(n))"
        case .de: return "Von jeder koordinierenden Stelle abgeschnitten \(headingCount(n))"
        case .fr: return "Coupés de tout coordinateur \(headingCount(n))"
        case .sl: return "Odrezani od vseh koordinatorjev \(headingCount(n))"
        }
    }

    public func scenarioServicesLost(_ n: Int) -> String { "\(self[command: .servicesNobodyOffers]) \(headingCount(n))" }
    public func scenarioPathwaysBroken(_ n: Int) -> String { "\(self[command: .pathwaysThatBreak]) \(headingCount(n))" }
    public func scenarioCoverageLost(_ n: Int) -> String { "\(self[command: .coverageNoLongerCovered]) \(headingCount(n))" }
    public func scenarioPlacesLost(_ n: Int) -> String { "\(self[command: .placesLost]) \(headingCount(n))" }
    public func scenarioGapsOpened(_ n: Int) -> String { "\(self[command: .gapsOpened]) \(headingCount(n))" }
    public func scenarioGapsGone(_ n: Int) -> String { "\(self[command: .gapsGoneNotSolved]) \(headingCount(n))" }
    public func scenarioGapsClosed(_ n: Int) -> String { "\(self[command: .gapsSolved]) \(headingCount(n))" }

    /// "1 group", "2 Gruppen", "2 groupes", "2 skupini".
    func groups(_ n: Int) -> String { language == .en ? (n == 1 ? "1 group" : "\(n) groups") : count(n, .group) }

    /// Whether the network falls apart, and what losing the last coordinator means.
    public func scenarioStructure(_ result: ScenarioResult) -> [String] {
        var lines: [String] = []
        let before = groups(result.componentsBefore), after = groups(result.componentsAfter)
        if result.componentsAfter > result.componentsBefore {
            switch language {
            case .en: lines.append("It falls apart: \(before) before, \(after) after.")
            case .de: lines.append("Es zerfällt: vorher \(before), danach \(after).")
            case .fr: lines.append(typeset("Il se morcelle : \(before) avant, \(after) après."))
            case .sl: lines.append("Mreža razpade: skupin prej \(integer(result.componentsBefore)), potem \(integer(result.componentsAfter)).")
            }
        } else if result.componentsAfter == result.componentsBefore {
            if result.componentsAfter == 1 {
                switch language {
                case .en: lines.append("It stays in one piece.")
                case .de: lines.append("Es bleibt zusammenhängend.")
                case .fr: lines.append("Il reste d'un seul tenant.")
                case .sl: lines.append("Mreža ostane povezana.")
                }
            } else {
                switch language {
                case .en: lines.append("It stays in \(after), as before.")
                case .de: lines.append("Es bleibt wie zuvor bei \(after).")
                case .fr: lines.append("Il reste en \(after), comme avant.")
                case .sl: lines.append("Kot prej ostane razdeljena na skupine (\(integer(result.componentsAfter))).")
                }
            }
        } else {
            switch language {
            case .en: lines.append("\(before) before, \(after) after (whole groups were removed).")
            case .de: lines.append("Vorher \(before), danach \(after) (ganze Gruppen wurden entfernt).")
            case .fr: lines.append("\(capitalised(before)) avant, \(after) après (des groupes entiers ont été retirés).")
            case .sl: lines.append("Skupin prej \(integer(result.componentsBefore)), potem \(integer(result.componentsAfter)) (odstranjene so bile cele skupine).")
            }
        }
        if result.noCoordinatorLeft && result.cutOff.isEmpty {
            lines.append(self[command: .noCoordinatorLeft])
        } else if result.noCoordinatorLeft {
            let n = result.cutOff.count
            let together = result.componentsAfter <= result.componentsBefore
            switch language {
            case .en:
                lines.append("No coordinator is left: the \(n) actors who reached one have none, "
                    + (together ? "although they stay tied to each other." : "and the ties between them break too."))
            case .de:
                lines.append("Es bleibt keine koordinierende Stelle: Die \(count(n, .actor)), die eine erreichten, haben keine mehr, "
                    + (together ? "auch wenn sie untereinander verbunden bleiben." : "und auch die Verbindungen zwischen ihnen reißen ab."))
            case .fr:
                lines.append(typeset("Il ne reste aucun coordinateur : les \(count(n, .actor)) qui en atteignaient un n'en ont plus, "
                    + (together ? "même s'ils restent liés entre eux." : "et les liens entre eux se rompent aussi.")))
            case .sl:
                lines.append("Ne ostane noben koordinator: deležniki, ki so ga dosegali (\(integer(n))), nimajo nobenega več, "
                    + (together ? "čeprav ostanejo povezani med seboj." : "pretrgajo pa se tudi povezave med njimi."))
            }
        }
        return lines
    }

    /// A lost coverage cell: "Counselling in Arabic", "Beratung: Sprache Arabisch".
    public func scenarioCell(service: String, language tag: String?, district: String?) -> String {
        switch language {
        case .en:
            return "\(service) " + (tag.map { "in \(LanguageNames.display($0))" } ?? "in \(district ?? "")")
        case .de:
            return labelled(service, tag.map { "Sprache \(languageName($0))" } ?? "Stadtteil \(district ?? "")")
        case .fr:
            return labelled(service, tag.map { "langue \(languageName($0))" } ?? "quartier \(district ?? "")")
        case .sl:
            return labelled(service, tag.map { "jezik \(languageName($0))" } ?? "območje \(district ?? "")")
        }
    }

    /// "Integration course: 640 places".
    public func placesCount(_ n: Int) -> String {
        switch language {
        case .en: return "\(n) places"
        case .de: return n == 1 ? "1 Platz" : "\(integer(n)) Plätze"
        case .fr: return "\(integer(n)) \(n <= 1 ? "place" : "places")"
        case .sl:
            let noun: String
            switch PluralCategory.of(n, in: .sl) {
            case .one: noun = "mesto"
            case .two: noun = "mesti"
            case .few: noun = "mesta"
            case .other: noun = "mest"
            }
            return "\(integer(n)) \(noun)"
        }
    }

    /// The `--remove-each` table's columns: rank, actor, id, then `ScenarioResult.impact` in its
    /// order, then the groups the network falls into.
    public var rankingColumns: [String] {
        [self[command: .rank], self[command: .actor], language == .en ? "Id" : self[command: .identifier],
         self[command: .requiredServicesLost], self[command: .pathwaysBroken], self[command: .coverageCellsLost],
         self[command: .cutOff], self[command: .placesLost], self[command: .highGapsOpened], self[command: .gapsOpened],
         self[command: .groupsAfter]]
    }

    /// The note on standard error when `--remove` selects nobody.
    public func namesNoActor(_ selector: String) -> String {
        switch language {
        case .en: return "'\(selector)' names no actor in this network"
        case .de: return "„\(selector)“ bezeichnet keinen Akteur dieses Netzwerks"
        case .fr: return typeset("« \(selector) » ne désigne aucun acteur de ce réseau")
        case .sl: return "»\(selector)« ne označuje nobenega deležnika te mreže"
        }
    }
}
