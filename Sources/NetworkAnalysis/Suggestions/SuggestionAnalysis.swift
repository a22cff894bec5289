import NetworkModel

/// `actormap suggest`: concrete changes that close gaps, each checked by applying it to a copy of
/// the network and running the whole gap analysis again (issue 22).
///
/// The kinds are looked for in `SuggestionKind` order on a network that already holds the
/// suggestions made so far: ties (single points of failure are the `high` gaps that hurt most
/// people), referrals (pathway breaks, also `high`), interpreting links (one link, several
/// language cells), then offers for the cells still open. A candidate that closes no open gap and,
/// for a tie, protects nobody is dropped: every suggestion listed did something when checked.
/// The list is therefore also the order to apply them in; `apply(first:)` gives the network with
/// the first K added, each marked `source: suggested`.
///
/// Accepted gaps (FORMAT.md 1.1) are left alone: the network lives with them on purpose.
public struct SuggestionAnalysis: Sendable {
    public let network: Network
    public let suggestions: [SuggestedChange]
    /// Open gaps of the network as given, and once every listed suggestion is applied.
    public let gapsBefore: [Gap]
    public let gapsAfter: [Gap]
    /// No fewer new ties can remove the single points of failure (Eswaran–Tarjan's bound on the
    /// network as given); nil when ties were not asked for.
    public let tieLowerBound: Int?
    /// Actors in a piece of the network where nobody takes part, for whom no tie is suggested.
    public let unprotectable: [String]
    /// Actors whose every tie has ended (`ActorParticipation`): never named in a suggestion.
    public let departed: [String]
    /// H(k) when a service's offers had to be chosen greedily; nil when every cover is exact.
    public let greedyBound: Double?
    /// Actors left out of offers because every capacity the file gives them is 0 (no free
    /// places), though they would otherwise be candidates. Sorted.
    public let noFreeCapacity: [String]

    public init(network: Network, kinds: Set<SuggestionKind> = Set(SuggestionKind.allCases), max: Int? = nil,
                today: CalendarDate? = nil) {
        self.network = network
        let participation = ActorParticipation(network: network, today: today)
        departed = participation.departed
        func openGaps(_ network: Network) -> [Gap] { GapAnalysis(network: network, today: today).gaps.filter(\.isOpen) }
        let limit = max ?? Int.max
        var working = network
        var current = openGaps(network)
        gapsBefore = current
        var listed: [SuggestedChange] = []
        var tieLowerBound: Int?
        var unprotectable: [String] = []
        var greedyBound: Double?
        var noFreeCapacity: Set<String> = []

        /// Applies the change if it closes something (or protects somebody); fills in its record.
        @discardableResult
        func check(_ change: SuggestedChange) -> Bool {
            guard listed.count < limit else { return false }
            var change = change
            let next = Self.apply([change], to: working)
            let after = openGaps(next)
            let beforeKeys = Set(current.map(\.key)), afterKeys = Set(after.map(\.key))
            change.closed = current.filter { !afterKeys.contains($0.key) }
            change.opened = after.filter { !beforeKeys.contains($0.key) }
            if change.kind == .ties {
                let before = Self.exposure(current), remaining = Self.exposure(after)
                var protects: Set<String> = [], relieves: [String] = []
                for (point, cutOff) in before.sorted(by: { $0.key < $1.key }) {
                    let relieved = cutOff.subtracting(remaining[point] ?? [])
                    if !relieved.isEmpty {
                        relieves.append(point)
                        protects.formUnion(relieved)
                    }
                }
                change.protects = protects.sorted()
                change.relieves = relieves
                guard !change.protects.isEmpty || !change.closed.isEmpty else { return false }
            } else {
                guard !change.closed.isEmpty else { return false }
            }
            change.openBefore = current.count
            change.openAfter = after.count
            listed.append(change)
            working = next
            current = after
            return true
        }

        for kind in SuggestionKind.allCases where kinds.contains(kind) {
            switch kind {
            case .ties:
                let plan = TieAugmentation(network: working, participation: participation)
                tieLowerBound = plan.lowerBound
                unprotectable = plan.unprotectable
                // A tie that protects nobody alone (two leaves tied together below the same cut
                // vertex) is needed by the one after it: the two are one suggestion.
                var pending: [TieAugmentation.Tie] = []
                for tie in plan.ties {
                    let ties = pending + [tie]
                    var reasons: [SuggestionReason] = []
                    for reason in ties.flatMap(\.reasons) where !reasons.contains(reason) { reasons.append(reason) }
                    let change = SuggestedChange(kind: .ties, links: ties.map { Self.link($0.from, $0.to, .cooperates) },
                                                 reasons: reasons)
                    pending = check(change) ? [] : ties
                }
            case .referrals:
                let reach = Self.reachesCoordinator(working)
                for referral in ReferralRepair.referrals(network: working, openGaps: current, participation: participation) {
                    var change = SuggestedChange(kind: .referrals, links: [Self.link(referral.from, referral.to, .refers)],
                                                 pathway: referral.pathway, fromStage: referral.fromStage,
                                                 toStage: referral.toStage, routes: referral.routes,
                                                 reasons: referral.linkedAs.map { [.alreadyLinked($0)] } ?? [])
                    guard reach.contains(referral.from) == reach.contains(referral.to) else { continue }
                    change.equallyGood = referral.equallyGood
                    check(change)
                }
            case .interpreting:
                let reach = Self.reachesCoordinator(working)
                for suggestion in InterpretingLinks.links(network: working, openGaps: current, participation: participation)
                where reach.contains(suggestion.interpreter) == reach.contains(suggestion.provider) {
                    check(SuggestedChange(kind: .interpreting,
                                          links: [Self.link(suggestion.interpreter, suggestion.provider, .supports)],
                                          cells: suggestion.cells,
                                          reasons: Self.languagesOf(suggestion.cells).map(SuggestionReason.speaks),
                                          alternatives: suggestion.alternatives))
                }
            case .offers:
                let cover = CoverageOffers(network: working, openGaps: current, participation: participation)
                greedyBound = cover.greedyBound
                noFreeCapacity.formUnion(cover.fullActors)
                for chosen in cover.chosen {
                    let candidate = chosen.candidate
                    check(SuggestedChange(kind: .offers,
                                          offer: SuggestedOffer(actor: candidate.actor, service: candidate.service,
                                                                existingCapacity: candidate.capacity),
                                          cells: candidate.cells.sorted(), reasons: candidate.reasons,
                                          alternatives: chosen.alternatives))
                }
            }
        }
        suggestions = listed
        gapsAfter = current
        self.tieLowerBound = tieLowerBound
        self.unprotectable = unprotectable
        self.greedyBound = greedyBound
        self.noFreeCapacity = noFreeCapacity.sorted()
    }

    /// The cells' languages, each once, sorted: what an interpreter brings to the provider.
    static func languagesOf(_ cells: [CoverageCell]) -> [String] {
        Array(Set(cells.compactMap(\.language))).sorted()
    }

    /// The network with the first `count` suggestions added.
    public func apply(first count: Int) -> Network {
        Self.apply(Array(suggestions.prefix(Swift.max(0, count))), to: network)
    }

    /// Adds the changes' links (with `source: suggested`) and offers. A suggested offer is made in
    /// the languages the actor works in (its own and its offers') and its districts, and leaves
    /// "suggested (offer of SERVICE)" in the actor's `source`: the format gives an offer no
    /// source of its own.
    public static func apply(_ changes: [SuggestedChange], to network: Network) -> Network {
        var network = network
        for change in changes {
            network.links.append(contentsOf: change.links)
            if let offer = change.offer, let index = network.actors.firstIndex(where: { $0.id == offer.actor }) {
                let actor = network.actors[index]
                network.actors[index].offers.append(Offer(service: offer.service,
                                                          languages: CoverageOffers.workingLanguages(actor, in: network),
                                                          districts: actor.districts))
                network.actors[index].sources.append("\(suggestedSource) (offer of \(offer.service))")
            }
        }
        return network
    }

    static func link(_ from: String, _ to: String, _ type: LinkType) -> Link {
        Link(from: from, to: to, type: type, sources: [suggestedSource])
    }

    /// Actors with a path to a coordinator. A link between one of them and an actor without
    /// would bring the other into the network hanging on one tie: a new single point of failure
    /// where there was an unreachable actor. Referrals and interpreting links stay on one side.
    static func reachesCoordinator(_ network: Network) -> Set<String> {
        let graph = CompactGraph(network: network, view: .undirected)
        let coordinators = Set(network.coordinators.map(\.id))
        let nodes = graph.ids.indices.filter { coordinators.contains(graph.ids[$0]) }
        let reached = CoordinatorReach.reaching(graph, coordinators: nodes, removed: [])
        return Set(graph.ids.indices.filter { reached[$0] }.map { graph.ids[$0] })
    }

    /// For each single point of failure, the actors its loss would cut off from every coordinator.
    static func exposure(_ gaps: [Gap]) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for gap in gaps where gap.kind == .singlePointOfFailure {
            if let actor = gap.actor { result[actor, default: []].formUnion(gap.cutOff ?? []) }
        }
        return result
    }
}
