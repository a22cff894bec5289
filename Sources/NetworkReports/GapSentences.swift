import NetworkAnalysis
import NetworkModel
import Wording

/// Every sentence a person reads about a gap, in English and German, in this one file: one
/// sentence per group of gaps (`GapGrouping`), a single gap being a group of one. Actors,
/// services and pathways are named by their names as written in the file; languages by their
/// names in the reader's language. French and Slovenian read the English sentences until the
/// catalogue (`Wording`) holds these too.
public enum GapSentences {
    public static func sentence(for group: GapGroup, in network: Network, language: OutputLanguage) -> String {
        let names = Names(network: network, words: language.words)
        let german = language == .de
        let gaps = group.gaps
        let first = gaps.first
        let service = names.service(group.service ?? first?.service)
        let actor = names.actor(first?.actor)
        let actors = gaps.map { names.actor($0.actor) }
        switch group.kind {
        case .missingService:
            return german ? "Niemand bietet \(service) an" : "No actor offers \(service)"
        case .language:
            let languages = names.words.alternatives(gaps.map { names.words.languageName($0.language ?? "") })
            return german ? "\(service) gibt es nicht auf \(languages)" : "\(service) is offered in no \(languages)"
        case .district:
            let districts = names.words.alternatives(gaps.map { $0.district ?? "" })
            return german ? "\(service) gibt es nicht in \(districts)" : "\(service) is offered in none of \(districts)"
        case .singleProvider:
            return german ? "Nur \(actor) bietet \(service) an; fällt dieser Akteur weg, bietet es niemand"
                : "Only \(actor) offers \(service); if it stops, nobody does"
        case .noCoordinator:
            return german ? "Kein Akteur koordiniert, niemand hält \(network.title) zusammen"
                : "No actor is a coordinator, so nobody holds \(network.title) together"
        case .unreachable:
            let list = names.words.list(actors, limit: 8)
            if german {
                return "\(list) \(actors.count == 1 ? "hat" : "haben") weder direkt noch über andere eine Verbindung zu einer koordinierenden Stelle"
            }
            return "\(list) \(actors.count == 1 ? "has" : "have") no tie, direct or indirect, to any coordinator"
        case .singlePointOfFailure:
            let cutOff = (first?.cutOff ?? []).map(names.actor).sorted()
            let list = names.words.list(cutOff, limit: 8)
            if german {
                let count = cutOff.count == 1 ? "verlöre 1 Akteur" : "verlören \(cutOff.count) Akteure"
                return "Fiele \(actor) weg, \(count) jede Verbindung zu einer koordinierenden Stelle: \(list)"
            }
            let count = cutOff.count == 1 ? "1 actor would" : "\(cutOff.count) actors would"
            return "If \(actor) dropped out, \(count) lose every tie to a coordinator: \(list)"
        case .unlinkedMigrantOrganisation:
            let list = names.words.list(actors, limit: 8)
            if german {
                return "\(list) \(actors.count == 1 ? "hat" : "haben") keine direkte Verbindung zu einer öffentlichen Stelle"
            }
            return "\(list) \(actors.count == 1 ? "has" : "have") no direct tie to any public body"
        case .pathwayBreak:
            return pathwayBreak(first, names: names, network: network, german: german)
        }
    }

    /// "accepted until 31 December 2026: Legal monopoly", for the accepted section's reason column.
    public static func acceptance(_ acceptance: GapAcceptance, language: OutputLanguage) -> String {
        let words = language.words
        guard let until = acceptance.until else { return acceptance.reason }
        let label = language == .de ? "bis \(words.date(until))" : "until \(words.date(until))"
        return "\(acceptance.reason) (\(label))"
    }

    /// One gap's sentence, for the forms that list gaps one by one (scenario, diff in German).
    public static func sentence(for gap: Gap, in network: Network, language: OutputLanguage) -> String {
        sentence(for: GapGroup(kind: gap.kind, severity: gap.severity, service: gap.service, acceptance: gap.accepted,
                               gaps: [gap]), in: network, language: language)
    }

    private static func pathwayBreak(_ gap: Gap?, names: Names, network: Network, german: Bool) -> String {
        let pathway = network.pathways.first { $0.id == gap?.pathway }?.name ?? gap?.pathway ?? ""
        let from = names.service(gap?.fromStage), to = names.service(gap?.toStage)
        let offered = Set(network.actors.flatMap { $0.offers.map(\.service) })
        let fromMissing = gap?.fromStage.map { !offered.contains($0) } ?? false
        let toMissing = gap?.toStage.map { !offered.contains($0) } ?? false
        let reason: String
        switch (fromMissing, toMissing, german) {
        case (true, true, true): reason = "niemand bietet \(from) oder \(to) an"
        case (true, false, true): reason = "niemand bietet \(from) an"
        case (false, true, true): reason = "niemand bietet \(to) an"
        case (false, false, true):
            reason = "niemand, der \(from) anbietet, vermittelt an jemanden weiter, der \(to) anbietet, und kein Akteur bietet beides an"
        case (true, true, false): reason = "nobody offers \(from) or \(to)"
        case (true, false, false): reason = "nobody offers \(from)"
        case (false, true, false): reason = "nobody offers \(to)"
        case (false, false, false):
            reason = "nobody offering \(from) refers clients to anybody offering \(to), and no actor offers both"
        }
        return german ? "\(pathway) bricht zwischen \(from) und \(to) ab: \(reason)"
            : "\(pathway) breaks between \(from) and \(to): \(reason)"
    }

    /// The network's names by id, and the reader's words.
    struct Names {
        let actors: [String: String]
        let services: [String: String]
        let words: Words

        init(network: Network, words: Words) {
            actors = Dictionary(network.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            services = Dictionary(network.services.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            self.words = words
        }

        func actor(_ id: String?) -> String { id.map { actors[$0] ?? $0 } ?? "" }
        func service(_ id: String?) -> String { id.map { services[$0] ?? $0 } ?? "" }
    }
}
