import NetworkModel

/// How old and how well sourced the facts of a network are. A map of actors is only as good as
/// its last check: an association that closed two years ago still "offers" counselling in the
/// file. These are warnings, not errors: old facts may still be true.
public struct DataFreshness: Sendable {
    public var actorsWithSource: Int
    public var actorsChecked: Int
    public var actorCount: Int
    public var oldestCheck: CalendarDate?
    public var newestCheck: CalendarDate?
    /// Actor ids without any source, sorted.
    public var unsourced: [String]

    public init(_ network: Network) {
        actorCount = network.actors.count
        actorsWithSource = network.actors.filter { !$0.sources.isEmpty }.count
        let dates = network.actors.compactMap(\.verified)
        actorsChecked = dates.count
        oldestCheck = dates.min()
        newestCheck = dates.max()
        unsourced = network.actors.filter { $0.sources.isEmpty }.map(\.id).sorted()
    }

    /// The to-do list: every actor checked before the cutoff or never, and every actor without a
    /// source, in file order (`StaleList` sorts them oldest first).
    public static func findings(for network: Network, staleAfter period: StalenessPeriod,
                                today: CalendarDate) -> [StaleFinding] {
        let cutoff = period.cutoff(from: today)
        var findings: [StaleFinding] = []
        for actor in network.actors {
            func add(_ problem: StaleFinding.Problem) {
                findings.append(StaleFinding(location: actor.location, actor: actor.id, name: actor.name, problem: problem,
                                             lastChecked: actor.verified))
            }
            if let verified = actor.verified {
                if verified < cutoff { add(.stale) }
            } else {
                add(.neverChecked)
            }
            if actor.sources.isEmpty { add(.unsourced) }
        }
        return findings
    }

    /// Warnings at each actor's place in its file: checked before the cutoff, never checked, or
    /// without a source.
    public static func warnings(for network: Network, staleAfter period: StalenessPeriod,
                                today: CalendarDate) -> [Diagnostic] {
        let cutoff = period.cutoff(from: today)
        var warnings: [Diagnostic] = []
        for actor in network.actors {
            if let verified = actor.verified {
                if verified < cutoff {
                    warnings.append(.warning("\(actor.name) ('\(actor.id)') was last checked on \(verified), "
                        + "more than \(period.inWords) before \(today)", at: actor.location))
                }
            } else {
                warnings.append(.warning("\(actor.name) ('\(actor.id)') has no date of last check ('verified')", at: actor.location))
            }
            if actor.sources.isEmpty {
                warnings.append(.warning("\(actor.name) ('\(actor.id)') has no source ('source')", at: actor.location))
            }
        }
        return warnings.sortedByLocation()
    }
}
