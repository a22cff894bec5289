import NetworkAnalysis
import NetworkModel

extension DiagramHighlights {
    /// The marks `--highlight-gaps` draws, taken from the gap list `actormap gaps` prints, so the
    /// picture and the table never disagree. Only gaps that belong to one actor, plus services
    /// nobody offers, can be drawn; the others (language, district, pathway) stay in the table.
    public init(gaps: [Gap], network: Network) {
        var unreachable = Set<String>()
        var singlePointsOfFailure = Set<String>()
        var singleProviders = Set<String>()
        var missing: [String] = []
        for gap in gaps {
            switch gap.kind {
            case .unreachable: if let actor = gap.actor { unreachable.insert(actor) }
            case .singlePointOfFailure: if let actor = gap.actor { singlePointsOfFailure.insert(actor) }
            case .singleProvider: if let actor = gap.actor { singleProviders.insert(actor) }
            case .missingService:
                if let service = gap.service {
                    let name = network.service(service)?.name ?? service
                    if !missing.contains(name) { missing.append(name) }
                }
            default: break
            }
        }
        self.init(unreachable: unreachable, singlePointsOfFailure: singlePointsOfFailure,
                  singleProviders: singleProviders, missingServices: missing)
    }
}
