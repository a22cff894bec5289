import NetworkModel

/// A step of a pathway where a newcomer is dropped: for consecutive stages A and B, nobody
/// offering A refers clients (a `refers` link) to anybody offering B, and no single actor offers
/// both, so nobody hands the newcomer on. A stage nobody offers breaks both steps it belongs to,
/// each reported on its own. Pathways check every stage, required or not: a pathway is a promise
/// that its steps follow on from one another. A step repeated in a pathway is reported once.
enum PathwayBreakCheck {
    static func gaps(_ context: GapContext) -> [Gap] {
        let network = context.network
        var refers: Set<[String]> = []
        for link in network.links where link.type == .refers { refers.insert([link.from, link.to]) }
        var gaps: [Gap] = []
        var seen: Set<[String]> = []
        for pathway in network.pathways.sorted(by: { $0.id < $1.id }) {
            for (a, b) in zip(pathway.stages, pathway.stages.dropFirst())
            where seen.insert([pathway.id, a, b]).inserted {
                let fromProviders = context.providers[a] ?? []
                let toProviders = context.providers[b] ?? []
                let toSet = Set(toProviders)
                let handedOn = fromProviders.contains { from in
                    toSet.contains(from) || toProviders.contains { refers.contains([from, $0]) }
                }
                guard !handedOn else { continue }
                let nameA = context.serviceName(a), nameB = context.serviceName(b)
                let reason: String
                switch (fromProviders.isEmpty, toProviders.isEmpty) {
                case (true, true): reason = "nobody offers \(nameA) or \(nameB)"
                case (true, false): reason = "nobody offers \(nameA)"
                case (false, true): reason = "nobody offers \(nameB)"
                case (false, false):
                    reason = "nobody offering \(nameA) refers clients to anybody offering \(nameB), and no actor offers both"
                }
                gaps.append(Gap(kind: .pathwayBreak, pathway: pathway.id, fromStage: a, toStage: b,
                                message: "\(pathway.name) breaks between \(nameA) and \(nameB): \(reason)"))
            }
        }
        return gaps
    }
}
