import NetworkAnalysis
import NetworkModel

/// Every sentence of `actormap suggest`, in each language: the change itself, why the data makes
/// it plausible, who else could make it, and the notes under the list. The analysis keeps ids;
/// names are looked up here and stay as written in the file.
extension Words {
    /// "Suggestions: Halle (Saale) – …".
    public func suggestionsTitle(_ title: String) -> String {
        switch language {
        case .en: return "Suggestions: \(title)"
        case .de: return "Vorschläge: \(title)"
        case .fr: return "Propositions\u{00A0}: \(title)"
        case .sl: return "Predlogi: \(title)"
        }
    }

    /// "61 open gaps now, 40 after these 12 changes."
    public func suggestionsSummary(before: Int, after: Int, changes: Int) -> String {
        switch language {
        case .en:
            return "\(integer(before)) open gap\(before == 1 ? "" : "s") now, \(integer(after)) after "
                + (changes == 1 ? "this change." : "these \(integer(changes)) changes.")
        case .de:
            return "Jetzt \(integer(before)) offene \(before == 1 ? "Lücke" : "Lücken"), nach "
                + (changes == 1 ? "dieser Änderung" : "diesen \(integer(changes)) Änderungen") + " \(integer(after))."
        case .fr:
            return "\(integer(before)) \(before <= 1 ? "lacune ouverte" : "lacunes ouvertes") aujourd'hui, \(integer(after)) après "
                + (changes == 1 ? "cette modification." : "ces \(integer(changes)) modifications.")
        case .sl:
            return "Odprte vrzeli zdaj: \(integer(before)); po predlaganih spremembah (\(integer(changes))): \(integer(after))."
        }
    }

    public var noSuggestions: String {
        switch language {
        case .en: return "No suggestion: no change the data makes plausible closes an open gap."
        case .de: return "Kein Vorschlag: Keine Änderung, die die Daten nahelegen, schließt eine offene Lücke."
        case .fr: return "Aucune proposition\u{00A0}: aucune modification plausible au vu des données ne comble une lacune ouverte."
        case .sl: return "Ni predlogov: nobena sprememba, ki jo podatki utemeljujejo, ne zapre odprte vrzeli."
        }
    }

    /// Column headings of the list: number, kind, change, why, closes, open gaps before → after.
    public var suggestionColumns: [String] {
        switch language {
        case .en: return ["#", "Kind", "Change", "Why this", "What it closes", "Open gaps"]
        case .de: return ["Nr.", "Art", "Änderung", "Begründung", "Was sie schließt", "Offene Lücken"]
        case .fr: return ["N°", "Type", "Modification", "Pourquoi", "Ce qu'elle comble", "Lacunes ouvertes"]
        case .sl: return ["Št.", "Vrsta", "Sprememba", "Utemeljitev", "Kaj zapre", "Odprte vrzeli"]
        }
    }

    public func suggestionKind(_ kind: SuggestionKind) -> String {
        switch (kind, language) {
        case (.ties, .en): return "Tie"
        case (.ties, .de): return "Verbindung"
        case (.ties, .fr): return "Lien"
        case (.ties, .sl): return "Povezava"
        case (.referrals, .en): return "Referral"
        case (.referrals, .de): return "Weitervermittlung"
        case (.referrals, .fr): return "Orientation"
        case (.referrals, .sl): return "Napotitev"
        case (.interpreting, .en): return "Interpreting"
        case (.interpreting, .de): return "Sprachmittlung"
        case (.interpreting, .fr): return "Interprétariat"
        case (.interpreting, .sl): return "Tolmačenje"
        case (.offers, .en): return "Offer"
        case (.offers, .de): return "Angebot"
        case (.offers, .fr): return "Offre"
        case (.offers, .sl): return "Ponudba"
        }
    }

    /// The change as one sentence a council paper can carry.
    public func suggestionChange(_ change: SuggestedChange, in network: Network) -> String {
        let names = NetworkNames(network)
        let link = change.links.first
        let groups = Set(network.actors.filter { $0.tags.contains(Self.placeholderTag) }.map(\.id))
        /// A group the source does not name member by member cannot itself sign up to anything:
        /// the suggestion is put to one of its members.
        func end(_ id: String?) -> String {
            let name = names.actor(id)
            guard let id, groups.contains(id) else { return name }
            switch language {
            case .en: return "a member of the group \(command(name))"
            case .de: return "ein Mitglied der Gruppe \(command(name))"
            case .fr: return "un membre du groupe \(command(name))"
            case .sl: return "član skupine \(command(name))"
            }
        }
        let from = end(link?.from), to = end(link?.to)
        switch change.kind {
        case .ties:
            let protected = list(change.protects.map(names.actor).sorted(), limit: 6)
            let points = alternatives(change.relieves.map(names.actor).sorted())
            if change.links.count > 1 {
                let pairs = list(change.links.map { "\(end($0.from)) – \(end($0.to))" })
                switch language {
                case .en: return "New direct ties \(pairs), needed together; then the loss of \(points) no longer cuts off \(protected)"
                case .de: return "Neue unmittelbare Verbindungen: \(pairs), nur gemeinsam wirksam; dann schneidet der Ausfall von \(points) nicht mehr ab: \(protected)"
                case .fr: return "Nouveaux liens directs \(pairs), nécessaires ensemble\u{00A0}; la perte de \(points) ne coupe alors plus de tout coordinateur\u{00A0}: \(protected)"
                case .sl: return "Nove neposredne povezave \(pairs), potrebne skupaj; izguba (\(points)) potem ne odreže več: \(protected)"
                }
            }
            switch language {
            case .en: return "\(from) and \(to) work together directly; then the loss of \(points) no longer cuts off \(protected)"
            case .de: return "\(from) und \(to) arbeiten unmittelbar zusammen; dann schneidet der Ausfall von \(points) nicht mehr ab: \(protected)"
            case .fr: return "\(from) et \(to) coopèrent directement\u{00A0}; la perte de \(points) ne coupe alors plus de tout coordinateur\u{00A0}: \(protected)"
            case .sl: return "\(from) in \(to) neposredno sodelujeta; izguba (\(points)) potem ne odreže več: \(protected)"
            }
        case .referrals:
            let pathway = network.pathways.first { $0.id == change.pathway }?.name ?? change.pathway ?? ""
            let stageA = names.service(change.fromStage), stageB = names.service(change.toStage)
            let routes = change.routes ?? 0
            switch language {
            case .en:
                return "\(from) refers clients to \(to) (\(pathway): from \(stageA) to \(stageB); \(integer(routes)) route\(routes == 1 ? "" : "s") by language and district)"
            case .de:
                return "\(from) vermittelt an \(to) weiter (\(pathway): von \(stageA) zu \(stageB); \(integer(routes)) \(routes == 1 ? "Weg" : "Wege") nach Sprache und Stadtteil)"
            case .fr:
                return "\(from) oriente les personnes vers \(to) (\(quoted(pathway))\u{00A0}: de \(quoted(stageA)) à \(quoted(stageB))\u{00A0}; \(integer(routes)) \(routes <= 1 ? "parcours" : "parcours") par langue et quartier)"
            case .sl:
                return "\(from) napoti stranke k \(to) (\(quoted(pathway)): od \(quoted(stageA)) do \(quoted(stageB)); poti po jeziku in območju: \(integer(routes)))"
            }
        case .interpreting:
            let cells = cellList(change.cells, names: names)
            switch language {
            case .en: return "\(from) supports \(to) with interpreting: usable then \(cells)"
            case .de: return "\(from) unterstützt \(to) mit Sprachmittlung: nutzbar wird dann \(cells)"
            case .fr: return "\(from) soutient \(to) par l'interprétariat\u{00A0}: deviennent alors accessibles \(cells)"
            case .sl: return "\(from) podpira \(to) s tolmačenjem: tako postane dostopno: \(cells)"
            }
        case .offers:
            let actor = end(change.offer?.actor), service = names.service(change.offer?.service)
            let cells = cellPlaces(change.cells)
            switch language {
            case .en: return "\(actor) offers \(service) in the languages and districts it works in, covering \(cells)"
            case .de: return "\(actor) bietet \(service) in den Sprachen und Stadtteilen an, in denen er arbeitet, und deckt damit \(cells) ab"
            case .fr: return "\(actor) propose la prestation \(quoted(service)) dans ses langues et quartiers, ce qui couvre \(cells)"
            case .sl: return "\(actor) ponudi storitev \(quoted(service)) v svojih jezikih in na svojih območjih in tako pokrije: \(cells)"
            }
        }
    }

    /// "Migrationsberatung in Arabic and Tigrinya, Jugendmigrationsdienst in Arabic".
    func cellList(_ cells: [CoverageCell], names: NetworkNames) -> String {
        var byService: [(String, [CoverageCell])] = []
        for cell in cells {
            if let index = byService.firstIndex(where: { $0.0 == cell.service }) {
                byService[index].1.append(cell)
            } else {
                byService.append((cell.service, [cell]))
            }
        }
        let parts = byService.map { service, cells in
            let name = names.service(service)
            switch language {
            case .en: return "\(name) in \(list(cells.compactMap(\.language).map(languageName)))"
            case .de: return "\(name) auf \(list(cells.compactMap(\.language).map(languageName)))"
            case .fr: return "\(quoted(name)) en \(list(cells.compactMap(\.language).map(languageName)))"
            case .sl: return "\(quoted(name)) " + cells.compactMap(\.language).map(languageName).map(Self.slovenianInLanguage).joined(separator: ", ")
            }
        }
        return language == .sl ? parts.joined(separator: semicolon) : list(parts)
    }

    /// "Arabic, Farsi and Neustadt": the languages by name, then the districts as written.
    func cellPlaces(_ cells: [CoverageCell]) -> String {
        list(cells.compactMap(\.language).map(languageName) + cells.compactMap(\.district))
    }

    /// Why the data makes the change plausible, one clause per reason; "–" when none applies.
    public func suggestionReasons(_ change: SuggestedChange, in network: Network) -> String {
        let names = NetworkNames(network)
        var clauses: [String] = []
        var spoken: [String] = [], present: [String] = []
        for reason in change.reasons {
            switch reason {
            case .speaks(let tag): spoken.append(languageName(tag))
            case .worksIn(let district): present.append(district)
            case .sameSector(let sector):
                switch language {
                case .en: clauses.append("same sector (\(self.sector(sector)))")
                case .de: clauses.append("gleicher Sektor (\(self.sector(sector)))")
                case .fr: clauses.append("même secteur (\(self.sector(sector)))")
                case .sl: clauses.append("isti sektor (\(self.sector(sector)))")
                }
            case .sameDistrict(let district):
                switch language {
                case .en: clauses.append("both in \(district)")
                case .de: clauses.append("beide in \(district)")
                case .fr: clauses.append("tous deux à \(district)")
                case .sl: clauses.append("oba na območju \(district)")
                }
            case .sameService(let service):
                let name = names.service(service)
                switch language {
                case .en: clauses.append("both offer \(name)")
                case .de: clauses.append("beide bieten \(name) an")
                case .fr: clauses.append("tous deux proposent \(quoted(name))")
                case .sl: clauses.append("oba ponujata \(quoted(name))")
                }
            case .relatedService(let service):
                let name = names.service(service)
                switch language {
                case .en: clauses.append("already offers \(name)")
                case .de: clauses.append("bietet bereits \(name) an")
                case .fr: clauses.append("propose déjà \(quoted(name))")
                case .sl: clauses.append("že ponuja \(quoted(name))")
                }
            case .linkedToProvider(let actor):
                let name = names.actor(actor)
                switch language {
                case .en: clauses.append("linked to \(name), which offers it")
                case .de: clauses.append("verbunden mit \(name), der es anbietet")
                case .fr: clauses.append("lié à \(name), qui la propose")
                case .sl: clauses.append("povezan z \(name), ki jo ponuja")
                }
            case .commonPartner(let actor):
                let name = names.actor(actor)
                switch language {
                case .en: clauses.append("both already work with \(name)")
                case .de: clauses.append("beide arbeiten schon mit \(name)")
                case .fr: clauses.append("tous deux travaillent déjà avec \(name)")
                case .sl: clauses.append("oba že sodelujeta z istim partnerjem (\(name))")
                }
            case .alreadyLinked(let type):
                switch language {
                case .en: clauses.append("already linked (\(linkType(type)))")
                case .de: clauses.append("schon verbunden (\(linkType(type)))")
                case .fr: clauses.append("déjà liés (\(linkType(type)))")
                case .sl: clauses.append("že povezana (\(linkType(type)))")
                }
            }
        }
        if !spoken.isEmpty {
            switch language {
            case .en: clauses.append("works in \(list(spoken))")
            case .de: clauses.append("arbeitet auf \(list(spoken))")
            case .fr: clauses.append("travaille en \(list(spoken))")
            case .sl: clauses.append("dela " + spoken.map(Self.slovenianInLanguage).joined(separator: ", "))
            }
        }
        if !present.isEmpty {
            switch language {
            case .en: clauses.append("present in \(list(present))")
            case .de: clauses.append("vertreten in \(list(present))")
            case .fr: clauses.append("présent à \(list(present))")
            case .sl: clauses.append("prisoten na območju \(list(present))")
            }
        }
        if let capacity = change.offer?.existingCapacity {
            switch language {
            case .en: clauses.append("\(integer(capacity)) places a year in its present offers")
            case .de: clauses.append("\(integer(capacity)) Plätze im Jahr in den bisherigen Angeboten")
            case .fr: clauses.append("\(integer(capacity)) places par an dans ses offres actuelles")
            case .sl: clauses.append("mest na leto v dosedanjih ponudbah: \(integer(capacity))")
            }
        }
        if !change.alternatives.isEmpty {
            let others = list(change.alternatives.map(names.actor).sorted(), limit: 4)
            switch language {
            case .en: clauses.append("\(others) could do the same")
            case .de: clauses.append("ebenso möglich: \(others)")
            case .fr: clauses.append("\(others) pourrai\(change.alternatives.count == 1 ? "t" : "ent") faire de même")
            case .sl: clauses.append("enako bi lahko: \(others)")
            }
        }
        if change.equallyGood > 0 {
            let n = integer(change.equallyGood)
            switch language {
            case .en: clauses.append("\(n) other pair\(change.equallyGood == 1 ? "" : "s") would do as well")
            case .de: clauses.append("\(n) \(change.equallyGood == 1 ? "anderes Paar wäre" : "andere Paare wären") ebenso gut")
            case .fr: clauses.append("\(n) \(change.equallyGood == 1 ? "autre paire ferait" : "autres paires feraient") aussi bien")
            case .sl: clauses.append("enako dobri drugi pari: \(n)")
            }
        }
        if clauses.isEmpty && change.kind == .ties {
            // Say so rather than leave the reader guessing why these two.
            switch language {
            case .en: return "Nothing shared in the data; of the pairings with the fewest ties, the one whose ends are closest in the network"
            case .de: return "Keine Gemeinsamkeit in den Daten; von den Paarungen mit den wenigsten Verbindungen die, deren Enden im Netz am nächsten beieinander liegen"
            case .fr: return "Rien de commun dans les données\u{00A0}; parmi les appariements demandant le moins de liens, celui dont les extrémités sont les plus proches dans le réseau"
            case .sl: return "V podatkih nič skupnega; med razporeditvami z najmanj povezavami tista, pri kateri sta konca v omrežju najbližje"
            }
        }
        return clauses.isEmpty ? "–" : capitalised(clauses.joined(separator: semicolon))
    }

    /// What a tie closes when no gap closes whole: it shrinks what some losses would cut off.
    public func tieNarrows(_ change: SuggestedChange, in network: Network) -> String {
        let points = alternatives(change.relieves.map(NetworkNames(network).actor).sorted())
        switch language {
        case .en: return "No gap whole yet; it narrows what the loss of \(points) would cut off"
        case .de: return "Noch keine Lücke ganz; verkleinert, was der Ausfall von \(points) abschneiden würde"
        case .fr: return "Aucune lacune entière pour l'instant\u{00A0}; réduit ce que la perte de \(points) couperait"
        case .sl: return "Še nobena vrzel v celoti; zmanjša, kar bi odrezala izguba (\(points))"
        }
    }

    /// Under the list: how close the ties come to the least possible number.
    public func tieBound(suggested: Int, lowerBound: Int) -> String {
        switch language {
        case .en: return "Ties: \(integer(suggested)) suggested; no fewer than \(integer(lowerBound)) can remove every single point of failure."
        case .de: return "Verbindungen: \(integer(suggested)) vorgeschlagen; mit weniger als \(integer(lowerBound)) lässt sich nicht jede einzelne Ausfallstelle beheben."
        case .fr: return "Liens\u{00A0}: \(integer(suggested)) proposés\u{00A0}; il en faut au moins \(integer(lowerBound)) pour supprimer tout point de défaillance unique."
        case .sl: return "Povezave: predlaganih \(integer(suggested)); za odpravo vseh posameznih točk odpovedi jih je potrebnih vsaj \(integer(lowerBound))."
        }
    }

    /// Under the list, when some service's offers were chosen greedily.
    public func greedyCoverNote(bound: Double) -> String {
        let factor = decimal(bound, digits: 2)
        switch language {
        case .en: return "Offers: chosen step by step (too many candidates to try every combination); at most \(factor) times the fewest possible."
        case .de: return "Angebote: schrittweise gewählt (zu viele Kandidaten für alle Kombinationen); höchstens \(factor)-mal so viele wie nötig."
        case .fr: return "Offres\u{00A0}: choisies pas à pas (trop de candidats pour essayer toutes les combinaisons)\u{00A0}; au plus \(factor) fois le minimum."
        case .sl: return "Ponudbe: izbrane postopoma (preveč kandidatov za vse kombinacije); največ \(factor)-krat več od najmanjšega možnega števila."
        }
    }

    /// Under the list: actors left out, and why.
    public func departedNote(_ actors: [String], in network: Network) -> String {
        let names = list(actors.map(NetworkNames(network).actor).sorted(), limit: 8)
        switch language {
        case .en: return "Not named in any suggestion, because all their ties have ended: \(names)."
        case .de: return "In keinem Vorschlag genannt, weil alle ihre Verbindungen beendet sind: \(names)."
        case .fr: return "Nommés dans aucune proposition, car tous leurs liens ont pris fin\u{00A0}: \(names)."
        case .sl: return "Niso navedeni v nobenem predlogu, ker so se vse njihove povezave končale: \(names)."
        }
    }

    /// Under the list: actors close to a missing offer whose places are all taken.
    public func noFreeCapacityNote(_ actors: [String], in network: Network) -> String {
        let names = list(actors.map(NetworkNames(network).actor).sorted(), limit: 8)
        switch language {
        case .en: return "Not proposed for a new offer, because every capacity the file gives them is 0 (no free places): \(names)."
        case .de: return "Nicht für ein neues Angebot vorgeschlagen, weil jede Kapazität, die die Datei für sie nennt, 0 ist (kein freier Platz): \(names)."
        case .fr: return "Non proposés pour une nouvelle offre, car chaque capacité que le fichier leur donne est 0 (aucune place libre)\u{00A0}: \(names)."
        case .sl: return "Niso predlagani za novo ponudbo, ker je vsaka zmogljivost, ki jo zanje navaja datoteka, 0 (ni prostih mest): \(names)."
        }
    }

    public func unprotectableNote(_ actors: [String], in network: Network) -> String {
        let names = list(actors.map(NetworkNames(network).actor).sorted(), limit: 8)
        switch language {
        case .en: return "No tie is suggested for \(names): nobody there takes part any more."
        case .de: return "Für \(names) wird keine Verbindung vorgeschlagen: dort wirkt niemand mehr mit."
        case .fr: return "Aucun lien n'est proposé pour \(names)\u{00A0}: plus personne n'y participe."
        case .sl: return "Za \(names) ni predlagane povezave: tam nihče več ne sodeluje."
        }
    }
}

// MARK: - The report's section

extension Words {
    /// The report section's heading.
    public var suggestionsSectionTitle: String {
        switch language {
        case .en: return "What would close the gaps"
        case .de: return "Was die Lücken schließen würde"
        case .fr: return "Ce qui comblerait les lacunes"
        case .sl: return "Kaj bi zaprlo vrzeli"
        }
    }

    /// Said before any suggestion, because a council paper quoting one must not read it as a finding.
    public var suggestionsNotFacts: String {
        switch language {
        case .en:
            return "These are suggestions to discuss with the actors concerned, not facts: each follows from the data in the file "
                + "and was checked by running the gap analysis again with it, but only the actors can say whether they can and want to take it on."
        case .de:
            return "Dies sind Vorschläge, die mit den Beteiligten zu besprechen sind, keine Tatsachen: Jeder ergibt sich aus den Daten der Datei "
                + "und wurde geprüft, indem die Lückenanalyse mit ihm erneut lief; ob die Akteure ihn übernehmen können und wollen, können nur sie selbst sagen."
        case .fr:
            return "Ce sont des propositions à discuter avec les acteurs concernés, pas des faits\u{00A0}: chacune découle des données du fichier "
                + "et a été vérifiée en relançant l'analyse des lacunes avec elle, mais seuls les acteurs peuvent dire s'ils peuvent et veulent la mettre en œuvre."
        case .sl:
            return "To so predlogi za pogovor z udeleženimi, ne dejstva: vsak izhaja iz podatkov v datoteki in je bil preverjen s ponovno analizo vrzeli, "
                + "a le deležniki sami lahko povedo, ali ga lahko in želijo prevzeti."
        }
    }

    /// How the shown suggestions relate to the command that gives them all.
    public func suggestionsShownFirst(_ count: Int) -> String {
        switch language {
        case .en:
            return "At most the first \(integer(count)), in the order to apply them (as \(command("actormap suggest --max \(count)")) lists them); "
                + "\(command("actormap suggest")) lists more, and \(command("--apply K -o FILE")) writes the first K into a copy of the file."
        case .de:
            return "Höchstens die ersten \(integer(count)), in der Reihenfolge, in der sie anzuwenden sind (wie \(command("actormap suggest --max \(count)")) sie listet); "
                + "\(command("actormap suggest")) listet weitere, und \(command("--apply K -o DATEI")) schreibt die ersten K in eine Kopie der Datei."
        case .fr:
            return "Au plus les \(integer(count)) premières, dans l'ordre où les appliquer (comme les liste \(command("actormap suggest --max \(count)")))\u{00A0}; "
                + "\(command("actormap suggest")) en liste davantage, et \(command("--apply K -o FICHIER")) écrit les K premières dans une copie du fichier."
        case .sl:
            return "Največ prvih \(integer(count)), v vrstnem redu uporabe (kot jih navede \(command("actormap suggest --max \(count)"))); "
                + "\(command("actormap suggest")) navede več, \(command("--apply K -o DATOTEKA")) pa zapiše prvih K v kopijo datoteke."
        }
    }

    /// Instead of the suggestions on a network too big to look for them while writing the report.
    public func suggestionsLeftOut(actors: Int, limit: Int) -> String {
        switch language {
        case .en:
            return "This network has \(integer(actors)) actors; above \(integer(limit)) the report leaves the suggestions out so that it stays quick to write "
                + "(each one is checked by running the whole gap analysis again). \(command("actormap suggest FILE --max 5")) gives them."
        case .de:
            return "Dieses Netzwerk hat \(integer(actors)) Akteure; über \(integer(limit)) lässt der Bericht die Vorschläge weg, damit er schnell entsteht "
                + "(jeder wird geprüft, indem die ganze Lückenanalyse erneut läuft). \(command("actormap suggest DATEI --max 5")) liefert sie."
        case .fr:
            return "Ce réseau compte \(integer(actors)) acteurs\u{00A0}; au-delà de \(integer(limit)), le rapport omet les propositions pour rester rapide à produire "
                + "(chacune est vérifiée en relançant toute l'analyse des lacunes). \(command("actormap suggest FICHIER --max 5")) les donne."
        case .sl:
            return "To omrežje ima \(integer(actors)) deležnikov; nad \(integer(limit)) poročilo predloge izpusti, da nastane hitro "
                + "(vsak se preveri s ponovno celotno analizo vrzeli). Dobite jih z \(command("actormap suggest DATOTEKA --max 5"))."
        }
    }

    /// The tag the example networks give an actor that stands for a group the source does not
    /// name member by member.
    static let placeholderTag = "placeholder"

    /// A command line inside a sentence, in the language's quotation marks (the report's
    /// Markdown would show backticks escaped).
    func command(_ text: String) -> String {
        switch language {
        case .en: return "\u{201C}\(text)\u{201D}"
        case .de: return "\u{201E}\(text)\u{201C}"
        case .fr: return "«\u{00A0}\(text)\u{00A0}»"
        case .sl: return "»\(text)«"
        }
    }
}
