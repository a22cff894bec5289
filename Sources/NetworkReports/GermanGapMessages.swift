import NetworkAnalysis
import NetworkModel

/// Gap messages in German for `--lang de`. The analysis writes its messages in English; a
/// German report must not switch language in the middle of its most important section, so the
/// message is built again here from the gap's ids and the network's own names.
public enum GermanGapMessages {
    public static func message(for gap: Gap, in network: Network) -> String {
        let actors = Dictionary(network.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let services = Dictionary(network.services.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let actor = gap.actor.map { actors[$0] ?? $0 } ?? ""
        let service = gap.service.map { services[$0] ?? $0 } ?? ""
        switch gap.kind {
        case .missingService:
            return "Niemand bietet \(service) an"
        case .language:
            return "Niemand bietet \(service) in der Sprache \(gap.language ?? "") an"
        case .district:
            return "Niemand bietet \(service) in \(gap.district ?? "") an"
        case .singleProvider:
            return "Nur \(actor) bietet \(service) an; fällt dieser Akteur weg, bietet es niemand"
        case .noCoordinator:
            return "Kein Akteur koordiniert, niemand hält \(network.title) zusammen"
        case .unreachable:
            return "\(actor) hat weder direkt noch über andere eine Verbindung zu einer koordinierenden Stelle"
        case .singlePointOfFailure:
            let cutOff = (gap.cutOff ?? []).map { actors[$0] ?? $0 }
            let count = cutOff.count == 1 ? "verlöre 1 Akteur" : "verlören \(cutOff.count) Akteure"
            return "Fiele \(actor) weg, \(count) jede Verbindung zu einer koordinierenden Stelle: \(list(cutOff))"
        case .unlinkedMigrantOrganisation:
            return "\(actor) hat keine direkte Verbindung zu einer öffentlichen Stelle"
        case .pathwayBreak:
            let pathway = network.pathways.first { $0.id == gap.pathway }?.name ?? gap.pathway ?? ""
            let from = gap.fromStage.map { services[$0] ?? $0 } ?? ""
            let to = gap.toStage.map { services[$0] ?? $0 } ?? ""
            let offered = Set(network.actors.flatMap { $0.offers.map(\.service) })
            let fromMissing = gap.fromStage.map { !offered.contains($0) } ?? false
            let toMissing = gap.toStage.map { !offered.contains($0) } ?? false
            let reason: String
            switch (fromMissing, toMissing) {
            case (true, true): reason = "niemand bietet \(from) oder \(to) an"
            case (true, false): reason = "niemand bietet \(from) an"
            case (false, true): reason = "niemand bietet \(to) an"
            case (false, false):
                reason = "niemand, der \(from) anbietet, vermittelt an jemanden weiter, der \(to) anbietet, und kein Akteur bietet beides an"
            }
            return "\(pathway) bricht zwischen \(from) und \(to) ab: \(reason)"
        }
    }

    /// "A, B und C"; past eight names the rest are counted.
    static func list(_ names: [String], limit: Int = 8) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        if names.count > limit {
            return names.prefix(limit).joined(separator: ", ") + " und \(names.count - limit) weitere"
        }
        return names.dropLast().joined(separator: ", ") + " und " + (names.last ?? "")
    }
}
