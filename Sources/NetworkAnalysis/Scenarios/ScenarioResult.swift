import NetworkModel

/// What a loss costs the people served: the actors left without any coordinator, whether the
/// network falls apart, the services, pathways, coverage and places that go, and the gaps that
/// open, go with the removed actors, or are genuinely solved.
public struct ScenarioResult: Sendable, Equatable {
    /// The coverage cell, one type for what an actor's loss takes away and what a suggestion closes.
    public typealias CoverageCell = NetworkAnalysis.CoverageCell

    /// The places per year (offers' `capacity`) a service loses with the removed actors.
    public struct CapacityLoss: Sendable, Equatable {
        public var service: String
        public var places: Int

        public init(service: String, places: Int) {
            self.service = service
            self.places = places
        }
    }

    public var network: String
    /// The removed actors' ids, sorted.
    public var removed: [String]
    /// Actors (not removed) that reach a coordinator before and none after, sorted. If every
    /// coordinator is removed, that is everybody who reached one (see `noCoordinatorLeft`).
    public var cutOff: [String]
    /// Connected groups of actors (undirected, isolated actors each a group) before and after: a
    /// loss that cuts everybody off from the coordinator may still leave the network in one piece.
    public var componentsBefore: Int
    public var componentsAfter: Int
    /// The network had a coordinator and has none after the removal.
    public var noCoordinatorLeft: Bool
    /// Services someone offered before and nobody after, sorted by id, required or not.
    public var servicesLost: [String]
    /// The required ones among `servicesLost`: the first thing the ranking weighs.
    public var requiredServicesLost: [String]
    /// Pathways with at least one `pathway-break` opened, sorted by id.
    public var pathwaysBroken: [String]
    /// Required language and district cells of required services covered before (directly or
    /// through interpreting) and not after, sorted.
    public var coverageLost: [CoverageCell]
    /// Per service with known capacity among the removed actors' offers, sorted by service id.
    public var capacityLost: [CapacityLoss]
    /// Gaps after and not before, compared by kind and ids, in gap order.
    public var gapsOpened: [Gap]
    /// Gaps before and not after whose problem is solved while its subject remains, in gap order.
    public var gapsClosed: [Gap]
    /// Gaps before and not after that went with the loss, not because anything got better: they
    /// named a removed actor, their service is now offered by nobody, or a larger loss swallowed
    /// them (the actors a single point of failure would cut off are cut off already, or no
    /// coordinator is left to be cut off from). In gap order.
    public var gapsGone: [Gap]

    public init(network: String, removed: [String], cutOff: [String], componentsBefore: Int, componentsAfter: Int,
                noCoordinatorLeft: Bool, servicesLost: [String], requiredServicesLost: [String],
                pathwaysBroken: [String], coverageLost: [CoverageCell], capacityLost: [CapacityLoss],
                gapsOpened: [Gap], gapsClosed: [Gap], gapsGone: [Gap]) {
        self.network = network
        self.removed = removed
        self.cutOff = cutOff
        self.componentsBefore = componentsBefore
        self.componentsAfter = componentsAfter
        self.noCoordinatorLeft = noCoordinatorLeft
        self.servicesLost = servicesLost
        self.requiredServicesLost = requiredServicesLost
        self.pathwaysBroken = pathwaysBroken
        self.coverageLost = coverageLost
        self.capacityLost = capacityLost
        self.gapsOpened = gapsOpened
        self.gapsClosed = gapsClosed
        self.gapsGone = gapsGone
    }

    /// Places lost over every service.
    public var placesLost: Int { capacityLost.reduce(0) { $0 + $1.places } }

    public var highGapsOpened: Int { gapsOpened.filter { $0.severity == .high }.count }

    /// How hard the loss hits the people served, compared largest first (docs/cli.md, round 2):
    /// required services lost, pathways broken, coverage cells lost, actors cut off, places lost,
    /// high gaps opened, all gaps opened. A club that loses its one partner cuts off one actor;
    /// the adult education centre whose loss breaks the arrival pathway outranks it.
    public var impact: [Int] {
        [requiredServicesLost.count, pathwaysBroken.count, coverageLost.count, cutOff.count, placesLost,
         highGapsOpened, gapsOpened.count]
    }

    /// The `--remove-each` order: larger impact first, ties by the removed ids.
    public static func ranksBefore(_ lhs: ScenarioResult, _ rhs: ScenarioResult) -> Bool {
        if lhs.impact != rhs.impact { return lhs.impact.lexicographicallyPrecedes(rhs.impact, by: >) }
        return lhs.removed.lexicographicallyPrecedes(rhs.removed)
    }
}
