import Foundation
import NetworkAnalysis
import NetworkModel

/// The brokerage result told in sentences, built only from the result's counts so that every
/// number a reader quotes can be found again in the table: the main broker, the main bridge
/// between groups, each bridging role held by one actor alone, and the coordinators' load.
/// The analysis returns the counts; the words are here, once for every language.
extension Words {
    public func brokerageSentences(_ result: BrokerageResult, coordinatorNames: [String]) -> [String] {
        var out: [String] = []
        let totals = result.totals
        guard totals.total > 0, let top = result.rows.first else {
            out.append(nobodyBrokers)
            if let load = result.coordinatorLoad { out.append(coordinatorLoadSentence(load, names: coordinatorNames)) }
            return out
        }
        out.append(mainBroker(top, totals: totals))
        let crossGroup = totals.crossGroup
        if crossGroup > 0 {
            let bridges = result.rows.filter { $0.counts.crossGroup > 0 }
                .sorted { $0.counts.crossGroup != $1.counts.crossGroup ? $0.counts.crossGroup > $1.counts.crossGroup : $0.id < $1.id }
            if let first = bridges.first {
                out.append(mainBridge(first, bridges: bridges.count, crossGroup: crossGroup, grouping: result.grouping))
            }
        } else {
            out.append(noBridge(result.grouping))
        }
        for role in [BrokerageRole.liaison, .gatekeeper, .representative, .itinerant] where totals[role] > 0 {
            let holders = result.rows.filter { $0.counts[role] > 0 }
            guard holders.count == 1, let only = holders.first else { continue }
            out.append(onlyHolder(only, role: role, pairs: totals[role], grouping: result.grouping))
        }
        if let load = result.coordinatorLoad { out.append(coordinatorLoadSentence(load, names: coordinatorNames)) }
        return out
    }

    var nobodyBrokers: String {
        switch language {
        case .en: return "Nobody brokers: every actor who could pass contact on is already tied to where it would go."
        case .de: return "Niemand vermittelt: Jeder Akteur, der Kontakte weitergeben könnte, ist mit deren Ziel bereits direkt verbunden."
        case .fr: return typeset("Aucun acteur ne sert d'intermédiaire : chacun de ceux qui pourraient transmettre un contact est déjà lié directement à sa destination.")
        case .sl: return "Nihče ne posreduje: vsak deležnik, ki bi lahko prenesel stik, je s prejemnikom že neposredno povezan."
        }
    }

    func mainBroker(_ top: BrokerageResult.Row, totals: BrokerageCounts) -> String {
        let all = top.counts.total == totals.total
        let role = dominantRole(top.counts)
        let n = integer(top.counts.total), total = integer(totals.total)
        switch language {
        case .en:
            let share = all ? (totals.total == 1 ? "the one open two-path runs" : "all \(totals.total) open two-paths run")
                : "\(top.counts.total) of the \(totals.total) open two-paths (\(Self.englishPercent(top.counts.total, of: totals.total))) run"
            return "\(top.name) brokers the most: \(share) through it, mostly as \(role.rawValue)."
        case .de:
            let share = all ? (totals.total == 1 ? "Der eine vermittelte Kontakt läuft" : "Alle \(total) vermittelten Kontakte laufen")
                : "\(n) der \(total) vermittelten Kontakte (\(percent(Double(top.counts.total) / Double(totals.total)))) laufen"
            return "\(top.name) vermittelt am meisten: \(share) über diesen Akteur, vor allem in der Rolle „\(brokerageRole(role))“."
        case .fr:
            let share = all ? (totals.total == 1 ? "le seul contact relayé passe" : "les \(total) contacts relayés passent tous")
                : "\(n) des \(total) contacts relayés (\(percent(Double(top.counts.total) / Double(totals.total)))) passent"
            return typeset("\(top.name) est le principal intermédiaire : \(share) par cet acteur, surtout dans le rôle « \(brokerageRole(role).lowercasedFirst) ».")
        case .sl:
            let share = all ? (totals.total == 1 ? "edini posredovani stik poteka" : "vsi posredovani stiki (\(total)) potekajo")
                : "\(n) od \(total) posredovanih stikov (\(percent(Double(top.counts.total) / Double(totals.total)))) "
                    + slovenianVerb(top.counts.total, one: "poteka", two: "potekata", few: "potekajo", other: "poteka")
            return "\(top.name) posreduje največ: \(share) prek tega deležnika, večinoma v vlogi »\(brokerageRole(role).lowercasedFirst)«."
        }
    }

    func mainBridge(_ first: BrokerageResult.Row, bridges: Int, crossGroup: Int, grouping: BrokerageGrouping) -> String {
        let n = integer(first.counts.crossGroup), total = integer(crossGroup)
        switch language {
        case .en:
            let noun = grouping == .sector ? "sectors" : "kinds of actor"
            if bridges == 1 {
                return "\(first.name) is the only broker between different \(noun): "
                    + (crossGroup == 1 ? "the one brokered pair across groups runs" : "all \(crossGroup) brokered pairs across groups run")
                    + " through it."
            }
            return "\(first.name) is the main broker between different \(noun): \(first.counts.crossGroup) of the "
                + "\(crossGroup) brokered pairs across groups run through it; \(bridges) actors broker across groups."
        case .de:
            let noun = grouping == .sector ? "Sektoren" : "Arten von Akteuren"
            if bridges == 1 {
                return "Nur \(first.name) vermittelt zwischen verschiedenen \(noun): "
                    + (crossGroup == 1 ? "Der eine gruppenübergreifende Kontakt läuft" : "Alle \(total) gruppenübergreifenden Kontakte laufen")
                    + " über diesen Akteur."
            }
            return "\(first.name) vermittelt am meisten zwischen verschiedenen \(noun): \(n) der \(total) gruppenübergreifenden "
                + "Kontakte laufen über diesen Akteur; insgesamt vermitteln \(integer(bridges)) Akteure über Gruppengrenzen hinweg."
        case .fr:
            let noun = grouping == .sector ? "secteurs" : "types d'acteurs"
            if bridges == 1 {
                return typeset("\(first.name) est le seul intermédiaire entre \(noun) différents : "
                    + (crossGroup == 1 ? "le seul contact relayé d'un groupe à l'autre passe" : "les \(total) contacts relayés d'un groupe à l'autre passent tous")
                    + " par cet acteur.")
            }
            return typeset("\(first.name) est le principal intermédiaire entre \(noun) différents : \(n) des \(total) contacts "
                + "relayés d'un groupe à l'autre passent par cet acteur ; au total, \(integer(bridges)) acteurs relaient des contacts entre groupes.")
        case .sl:
            let noun = grouping == .sector ? "sektorji" : "vrstami deležnikov"
            if bridges == 1 {
                return "\(first.name) je edini posrednik med različnimi \(noun): "
                    + (crossGroup == 1 ? "edini stik med skupinama poteka" : "vsi stiki med skupinami (\(total)) potekajo")
                    + " prek tega deležnika."
            }
            return "\(first.name) je glavni posrednik med različnimi \(noun): prek tega deležnika "
                + slovenianVerb(first.counts.crossGroup, one: "poteka", two: "potekata", few: "potekajo", other: "poteka")
                + " \(n) od \(total) posredovanih stikov med skupinami; med skupinami posreduje deležnikov: \(integer(bridges))."
        }
    }

    func noBridge(_ grouping: BrokerageGrouping) -> String {
        switch language {
        case .en:
            let noun = grouping == .sector ? "sectors" : "kinds of actor"
            return "No actor brokers between different \(noun): every brokered pair lies within one group."
        case .de:
            let noun = grouping == .sector ? "Sektoren" : "Arten von Akteuren"
            return "Kein Akteur vermittelt zwischen verschiedenen \(noun): Jeder vermittelte Kontakt bleibt innerhalb einer Gruppe."
        case .fr:
            let noun = grouping == .sector ? "secteurs" : "types d'acteurs"
            return typeset("Aucun acteur ne sert d'intermédiaire entre \(noun) différents : chaque contact relayé reste au sein d'un même groupe.")
        case .sl:
            let noun = grouping == .sector ? "sektorji" : "vrstami deležnikov"
            return "Noben deležnik ne posreduje med različnimi \(noun): vsak posredovani stik ostane znotraj ene skupine."
        }
    }

    func onlyHolder(_ only: BrokerageResult.Row, role: BrokerageRole, pairs: Int, grouping: BrokerageGrouping) -> String {
        let meaning = roleMeaning(role, grouping: grouping, group: only.group)
        let n = integer(pairs)
        switch language {
        case .en:
            let runs = pairs == 1 ? "the one such pair runs" : "all \(pairs) such pairs run"
            return "\(only.name) is the only \(role.rawValue) (\(meaning)): \(runs) through it."
        case .de:
            let runs = pairs == 1 ? "Der eine solche Kontakt läuft" : "Alle \(n) solchen Kontakte laufen"
            return "Nur \(only.name) hat die Rolle „\(brokerageRole(role))“ (\(meaning)): \(runs) über diesen Akteur."
        case .fr:
            let runs = pairs == 1 ? "le seul contact de ce type passe" : "les \(n) contacts de ce type passent tous"
            return typeset("\(only.name) est le seul à tenir le rôle « \(brokerageRole(role).lowercasedFirst) » (\(meaning)) : \(runs) par cet acteur.")
        case .sl:
            let runs = pairs == 1 ? "edini tak stik poteka" : "vsi taki stiki (\(n)) potekajo"
            return "Vlogo »\(brokerageRole(role).lowercasedFirst)« ima samo \(only.name) (\(meaning)): \(runs) prek tega deležnika."
        }
    }

    /// What a role means for the actor holding it, with its own group named as the reader names it.
    func roleMeaning(_ role: BrokerageRole, grouping: BrokerageGrouping, group: String) -> String {
        if language == .en {
            let own: String
            switch grouping {
            case .sector:
                switch Sector(rawValue: group) {
                case .public: own = "the public sector"
                case .civilSociety: own = "civil society"
                case .private: own = "the private sector"
                case nil: own = group
                }
            case .kind: own = "the \(ActorKind(rawValue: group)?.label.lowercased() ?? group) group"
            }
            switch role {
            case .coordinator: return "within its own group, \(own)"
            case .gatekeeper: return "letting contact from outside into \(own)"
            case .representative: return "carrying contact from \(own) to other groups"
            case .itinerant: return "within one group other than \(own)"
            case .liaison: return "between two groups other than \(own)"
            }
        }
        let own: String
        switch grouping {
        case .sector: own = Sector(rawValue: group).map(sector) ?? group
        case .kind: own = ActorKind(rawValue: group).map(kind) ?? group
        }
        switch (language, role) {
        case (.de, .coordinator): return "innerhalb der eigenen Gruppe: \(own)"
        case (.de, .gatekeeper): return "lässt Kontakte von außen in die eigene Gruppe: \(own)"
        case (.de, .representative): return "trägt Kontakte aus der eigenen Gruppe in andere: \(own)"
        case (.de, .itinerant): return "innerhalb einer fremden Gruppe; die eigene: \(own)"
        case (.de, .liaison): return "zwischen zwei fremden Gruppen; die eigene: \(own)"
        case (.fr, .coordinator): return typeset("au sein de son propre groupe : \(own)")
        case (.fr, .gatekeeper): return typeset("fait entrer dans son groupe des contacts extérieurs : \(own)")
        case (.fr, .representative): return typeset("porte les contacts de son groupe vers d'autres : \(own)")
        case (.fr, .itinerant): return typeset("au sein d'un groupe autre que le sien : \(own)")
        case (.fr, .liaison): return typeset("entre deux groupes autres que le sien : \(own)")
        case (.sl, .coordinator): return "znotraj lastne skupine: \(own)"
        case (.sl, .gatekeeper): return "stike od zunaj spušča v lastno skupino: \(own)"
        case (.sl, .representative): return "stike iz lastne skupine prenaša v druge: \(own)"
        case (.sl, .itinerant): return "znotraj tuje skupine; lastna skupina: \(own)"
        case (.sl, .liaison): return "med dvema tujima skupinama; lastna skupina: \(own)"
        case (.en, _): return own
        }
    }

    /// The coordinators' load: a mean over connected cross-sector pairs, not a share of all paths
    /// pooled (`CoordinatorLoad`), so the sentence says "on average per pair" and gives the pooled
    /// count beside it.
    public func coordinatorLoadSentence(_ load: CoordinatorLoad, names: [String]) -> String {
        guard !names.isEmpty else {
            switch language {
            case .en: return "The network has no coordinator, so no contact between civil society and the public sector runs through one."
            case .de: return "Das Netzwerk hat keine koordinierende Stelle; kein Kontakt zwischen Zivilgesellschaft und öffentlicher Hand läuft also über eine solche."
            case .fr: return typeset("Le réseau n'a aucun coordinateur ; aucun contact entre la société civile et le secteur public ne passe donc par un coordinateur.")
            case .sl: return "Mreža nima koordinatorja, zato noben stik med civilno družbo in javnim sektorjem ne poteka prek koordinatorja."
            }
        }
        guard let share = load.share, load.pairs > 0 else {
            switch language {
            case .en: return "No civil-society actor is connected to a public actor, so the coordinators carry no contact between the sectors."
            case .de: return "Kein Akteur der Zivilgesellschaft ist mit einem öffentlichen verbunden; die koordinierenden Stellen tragen also keinen Kontakt zwischen den Sektoren."
            case .fr: return typeset("Aucun acteur de la société civile n'est relié à un acteur public ; les coordinateurs ne portent donc aucun contact entre les secteurs.")
            case .sl: return "Noben deležnik civilne družbe ni povezan z javnim deležnikom, zato koordinatorji ne prenašajo stikov med sektorjema."
            }
        }
        let one = names.count == 1
        let pairs = integer(load.pairs), only = integer(load.pairsOnlyThroughCoordinators)
        func count(_ value: Double) -> String {
            value < 1e15 ? (language == .en ? String(Int(value)) : integer(Int(value))) : String(format: "%.3g", value)
        }
        let through = count(load.shortestPathsThroughCoordinators), all = count(load.shortestPaths)
        var sentence: String
        switch language {
        case .en:
            let who = one ? names[0] : "a coordinator (\(names.joined(separator: ", ")))"
            sentence = "On average over the \(load.pairs) connected pairs of a civil-society and a public actor, "
                + "\(String(format: "%.0f", share * 100))% of a pair's shortest paths run through \(who) "
                + "(\(through) of all \(all) shortest paths); "
                + (load.pairsOnlyThroughCoordinators == 0
                    ? "no connected pair depends on \(one ? "it" : "them") alone."
                    : "for \(load.pairsOnlyThroughCoordinators) of the \(load.pairs) connected pairs every shortest path runs "
                        + "through \(one ? "it" : "a coordinator").")
            if load.disconnectedPairs > 0 {
                sentence += load.disconnectedPairs == 1 ? " 1 pair is not connected at all."
                    : " \(load.disconnectedPairs) pairs are not connected at all."
            }
        case .de:
            let who = one ? names[0] : "eine koordinierende Stelle (\(list(names)))"
            sentence = "Im Mittel der \(pairs) verbundenen Paare aus einem Akteur der Zivilgesellschaft und einem "
                + "öffentlichen Akteur laufen je Paar \(percent(share)) seiner kürzesten Wege über \(who); "
                + "insgesamt sind es \(through) von \(all) kürzesten Wegen. "
                + (load.pairsOnlyThroughCoordinators == 0
                    ? "Kein verbundenes Paar ist allein auf \(one ? "diese Stelle" : "sie") angewiesen."
                    : "Bei \(only) der \(pairs) verbundenen Paare laufen alle kürzesten Wege über \(one ? "diese Stelle" : "eine koordinierende Stelle").")
            if load.disconnectedPairs > 0 {
                sentence += load.disconnectedPairs == 1 ? " 1 Paar ist gar nicht verbunden."
                    : " \(integer(load.disconnectedPairs)) Paare sind gar nicht verbunden."
            }
        case .fr:
            let who = one ? names[0] : "un coordinateur (\(list(names)))"
            sentence = "En moyenne sur les \(pairs) paires reliées d'un acteur de la société civile et d'un acteur "
                + "public, \(percent(share)) des plus courts chemins de chaque paire passent par \(who) ; "
                + "au total, \(through) plus courts chemins sur \(all). "
                + (load.pairsOnlyThroughCoordinators == 0
                    ? "Aucune paire reliée ne dépend \(one ? "de ce seul coordinateur" : "des seuls coordinateurs")."
                    : "Pour \(only) des \(pairs) paires reliées, tous les plus courts chemins passent par \(one ? "ce coordinateur" : "un coordinateur").")
            if load.disconnectedPairs > 0 {
                sentence += load.disconnectedPairs == 1 ? " 1 paire n'est pas reliée du tout."
                    : " \(integer(load.disconnectedPairs)) paires ne sont pas reliées du tout."
            }
            sentence = typeset(sentence)
        case .sl:
            let who = one ? "deležnika \(names[0])" : "koordinatorjev (\(list(names)))"
            sentence = "Povprečno na par (povezanih parov deležnika civilne družbe in javnega deležnika: \(pairs)) poteka "
                + "\(percent(share)) najkrajših poti para prek \(who); skupaj je to \(through) od \(all) najkrajših poti. "
                + (load.pairsOnlyThroughCoordinators == 0
                    ? "Noben povezan par ni odvisen samo od \(one ? "tega koordinatorja" : "koordinatorjev")."
                    : "Pri \(only) od \(pairs) povezanih parov potekajo vse najkrajše poti prek \(one ? "tega koordinatorja" : "koordinatorjev").")
            if load.disconnectedPairs > 0 {
                sentence += " Nepovezanih parov: \(integer(load.disconnectedPairs))."
            }
        }
        return sentence
    }

    func dominantRole(_ counts: BrokerageCounts) -> BrokerageRole {
        var best = BrokerageRole.coordinator
        for role in BrokerageRole.allCases where counts[role] > counts[best] { best = role }
        return best
    }

    static func englishPercent(_ part: Int, of whole: Int) -> String {
        whole > 0 ? String(format: "%.0f%%", Double(part) / Double(whole) * 100) : "0%"
    }
}

extension String {
    /// The text with its first letter in lower case, for a role's label inside a sentence.
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}

extension Words {
    /// The sentences with the coordinators named as the result's rows name them.
    public func brokerageSentences(_ result: BrokerageResult) -> [String] {
        let names = Dictionary(result.rows.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return brokerageSentences(result, coordinatorNames: (result.coordinatorLoad?.coordinators ?? []).map { names[$0] ?? $0 })
    }

    /// "Brokerage by sector", the heading of the `brokerage` command's output.
    public func brokerageHeading(_ grouping: BrokerageGrouping) -> String {
        switch (language, grouping) {
        case (.en, _): return "Brokerage by \(grouping.rawValue)"
        case (.de, .sector): return "Vermittlung zwischen Sektoren"
        case (.de, .kind): return "Vermittlung zwischen Arten von Akteuren"
        case (.fr, .sector): return "Intermédiation entre secteurs"
        case (.fr, .kind): return "Intermédiation entre types d'acteurs"
        case (.sl, .sector): return "Posredovanje med sektorji"
        case (.sl, .kind): return "Posredovanje med vrstami deležnikov"
        }
    }

    /// "3 of 12", "3 von 12", "3 sur 12", "3 od 12": numbers already written as the reader writes them.
    public func outOf(_ part: String, _ whole: String) -> String {
        switch language {
        case .en: return "\(part) of \(whole)"
        case .de: return "\(part) von \(whole)"
        case .fr: return "\(part) sur \(whole)"
        case .sl: return "\(part) od \(whole)"
        }
    }
}
