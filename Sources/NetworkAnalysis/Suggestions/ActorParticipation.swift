import NetworkModel

/// Which actors a suggestion may name. An actor "takes no part" when the file shows that it has
/// left: it has ties, and every one of them ended (`until`) before the network's `as_of` (or
/// before today when the file has no `as_of`). Such an actor still stands in the file for the
/// record, but asking it to take on a tie or an offer would be asking someone who has gone.
/// An actor with no ties at all is not judged here: it is outside the coordinator-reachable part
/// that ties are planned for, and offers need a tie to a provider or a related service anyway.
public struct ActorParticipation: Sendable {
    /// Ids of the actors whose every tie has ended, sorted.
    public let departed: [String]
    private let departedSet: Set<String>

    public init(network: Network, today: CalendarDate? = nil) {
        let reference = network.asOf ?? today
        var anyLink: Set<String> = []
        var current: Set<String> = []
        for link in network.links {
            for id in [link.from, link.to] {
                anyLink.insert(id)
                let ended = link.until.map { until in reference.map { until < $0 } ?? false } ?? false
                if !ended { current.insert(id) }
            }
        }
        departedSet = anyLink.subtracting(current)
        departed = departedSet.sorted()
    }

    public func takesPart(_ actor: String) -> Bool { !departedSet.contains(actor) }
}
