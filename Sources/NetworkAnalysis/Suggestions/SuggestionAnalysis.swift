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

        /// Applies the change if it closes something (or protects somebody); fills in its record.
        func check(_ change: SuggestedChange) {
            guard listed.count < limit else { return }
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
                guard !change.protects.isEmpty || !change.closed.isEmpty else { return }
            } else {
                guard !change.closed.isEmpty else { return }
            }
            change.openBefore = current.count
            change.openAfter = after.count
            listed.append(change)
            working = next
            current = after
        }

        for kind in SuggestionKind.allCases where kinds.contains(kind) {
            switch kind {
            case .ties:
                let plan = TieAugmentation(network: working, participation: participation)
                tieLowerBound = plan.lowerBound
                unprotectable = plan.unprotectable
                for tie in plan.ties {
                    check(SuggestedChange(kind: .ties, links: [Self.link(tie.from, tie.to, .cooperates)], reasons: tie.reasons))
                }
            case .referrals:
                for referral in ReferralRepair.referrals(network: working, openGaps: current, participation: participation) {
                    var change = SuggestedChange(kind: .referrals, links: [Self.link(referral.from, referral.to, .refers)],
                                                 pathway: referral.pathway, fromStage: referral.fromStage,
                                                 toStage: referral.toStage, routes: referral.routes,
                                                 reasons: referral.linkedAs.map { [.alreadyLinked($0)] } ?? [])
                    change.equallyGood = referral.equallyGood
                    check(change)
                }
            case .interpreting:
                for suggestion in InterpretingLinks.links(network: working, openGaps: current, participation: participation) {
                    check(SuggestedChange(kind: .interpreting,
                                          links: [Self.link(suggestion.interpreter, suggestion.provider, .supports)],
                                          cells: suggestion.cells, alternatives: suggestion.alternatives))
                }
            case .offers:
                let cover = CoverageOffers(network: working, openGaps: current, participation: participation)
                greedyBound = cover.greedyBound
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
    }

    /// The network with the first `count` suggestions added.
    public func apply(first count: Int) -> Network {
        Self.apply(Array(suggestions.prefix(Swift.max(0, count))), to: network)
    }

    /// Adds the changes' links (with `source: suggested`) and offers. A suggested offer is made in
    /// the actor's languages and districts, as the format's defaults make it, and leaves
    /// "suggested (offer of SERVICE)" in the actor's `source`: the format gives an offer no
    /// source of its own.
    public static func apply(_ changes: [SuggestedChange], to network: Network) -> Network {
        var network = network
        for change in changes {
            network.links.append(contentsOf: change.links)
            if let offer = change.offer, let index = network.actors.firstIndex(where: { $0.id == offer.actor }) {
                let actor = network.actors[index]
                network.actors[index].offers.append(Offer(service: offer.service, languages: actor.languages,
                                                          districts: actor.districts))
                network.actors[index].sources.append("\(suggestedSource) (offer of \(offer.service))")
            }
        }
        return network
    }

    static func link(_ from: String, _ to: String, _ type: LinkType) -> Link {
        Link(from: from, to: to, type: type, sources: [suggestedSource])
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
