import NetworkModel

/// What changed between two snapshots of a network: who joined and left, which ties and offers
/// appeared and went, which gaps opened and closed, and whose position moved most.
/// Actors match by id, links by `from`, `to` and `type`, offers by actor and service, gaps by
/// kind and ids. Every list is sorted by its ids.
public struct NetworkDiff: Sendable, Equatable {
    public struct Snapshot: Sendable, Equatable {
        public var network: String
        public var asOf: CalendarDate?
    }

    public struct ActorEntry: Sendable, Equatable {
        public var id: String
        public var name: String
    }

    /// An actor in both snapshots with at least one field different; `changes` in FORMAT.md's
    /// order, each with its old and new value; `name` is the new one.
    public struct ActorChange: Sendable, Equatable {
        public var id: String
        public var name: String
        public var changes: [FieldChange]
        public var fields: [String] { changes.map(\.field) }

        public init(id: String, name: String, changes: [FieldChange]) {
            self.id = id
            self.name = name
            self.changes = changes
        }
    }

    /// A link in both snapshots (same from, to and type) whose weight, since, until or note differs.
    public struct LinkChange: Sendable, Equatable {
        public var link: LinkKey
        public var oldWeight: Double
        public var newWeight: Double
        public var changes: [FieldChange]
    }

    /// A service, or a pathway, added or removed.
    public struct Entry: Sendable, Equatable {
        public var id: String
        public var name: String
    }

    /// A service or pathway in both snapshots with fields that differ.
    public struct Change: Sendable, Equatable {
        public var id: String
        public var name: String
        public var changes: [FieldChange]
    }

    public struct OfferEntry: Sendable, Equatable {
        public var actor: String
        public var service: String
    }

    public struct CentralityChange: Sendable, Equatable {
        public var id: String
        public var measure: CentralityMeasure
        public var old: Double
        public var new: Double
        public var change: Double { new - old }
    }

    public var old: Snapshot
    public var new: Snapshot
    public var actorsAdded: [ActorEntry]
    public var actorsRemoved: [ActorEntry]
    public var actorsChanged: [ActorChange]
    public var linksAdded: [LinkKey]
    public var linksRemoved: [LinkKey]
    public var linksChanged: [LinkChange]
    public var offersAdded: [OfferEntry]
    public var offersRemoved: [OfferEntry]
    public var servicesAdded: [Entry]
    public var servicesRemoved: [Entry]
    public var servicesChanged: [Change]
    public var pathwaysAdded: [Entry]
    public var pathwaysRemoved: [Entry]
    public var pathwaysChanged: [Change]
    public var gapsOpened: [Gap]
    public var gapsClosed: [Gap]
    public var centralityChanges: [CentralityChange]

    /// The measures compared: the normalised ones, so that a change means the same in a network of
    /// ten actors as in one of a hundred.
    public static let comparedMeasures: [CentralityMeasure] = [.degreeCentrality, .betweenness, .closeness]
    /// How many centrality changes are kept, largest first.
    public static let centralityLimit = 10

    public init(old: Network, new: Network) {
        self.old = Snapshot(network: old.title, asOf: old.asOf)
        self.new = Snapshot(network: new.title, asOf: new.asOf)
        let oldActors = Dictionary(old.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newActors = Dictionary(new.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        actorsAdded = new.actors.filter { oldActors[$0.id] == nil }.map { ActorEntry(id: $0.id, name: $0.name) }
            .sorted { $0.id < $1.id }
        actorsRemoved = old.actors.filter { newActors[$0.id] == nil }.map { ActorEntry(id: $0.id, name: $0.name) }
            .sorted { $0.id < $1.id }
        actorsChanged = new.actors.sorted { $0.id < $1.id }.compactMap { actor in
            guard let before = oldActors[actor.id] else { return nil }
            let changes = NetworkDiff.changes(before, actor)
            return changes.isEmpty ? nil : ActorChange(id: actor.id, name: actor.name, changes: changes)
        }

        let oldLinks = Dictionary(old.links.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let newLinks = Dictionary(new.links.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        linksAdded = newLinks.keys.filter { oldLinks[$0] == nil }.sorted()
        linksRemoved = oldLinks.keys.filter { newLinks[$0] == nil }.sorted()
        linksChanged = newLinks.compactMap { key, link -> LinkChange? in
            guard let before = oldLinks[key] else { return nil }
            var changes = FieldChanges()
            changes.compare("weight", .number(before.weight), .number(link.weight))
            changes.compare("since", .date(before.since), .date(link.since))
            changes.compare("until", .date(before.until), .date(link.until))
            changes.compare("note", .text(before.note), .text(link.note))
            guard !changes.changes.isEmpty else { return nil }
            return LinkChange(link: key, oldWeight: before.weight, newWeight: link.weight, changes: changes.changes)
        }.sorted { $0.link < $1.link }

        let oldServices = Dictionary(old.services.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newServices = Dictionary(new.services.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        servicesAdded = new.services.filter { oldServices[$0.id] == nil }.map { Entry(id: $0.id, name: $0.name) }
            .sorted { $0.id < $1.id }
        servicesRemoved = old.services.filter { newServices[$0.id] == nil }.map { Entry(id: $0.id, name: $0.name) }
            .sorted { $0.id < $1.id }
        servicesChanged = new.services.sorted { $0.id < $1.id }.compactMap { service in
            guard let before = oldServices[service.id] else { return nil }
            var changes = FieldChanges()
            changes.compare("name", .text(before.name), .text(service.name))
            changes.compare("required", .flag(before.required), .flag(service.required))
            changes.compare("languages", .list(before.languages), .list(service.languages))
            changes.compare("districts", .list(before.districts), .list(service.districts))
            changes.compare("interpreting", .flag(before.interpreting), .flag(service.interpreting))
            return changes.changes.isEmpty ? nil : Change(id: service.id, name: service.name, changes: changes.changes)
        }

        let oldPathways = Dictionary(old.pathways.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newPathways = Dictionary(new.pathways.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        pathwaysAdded = new.pathways.filter { oldPathways[$0.id] == nil }.map { Entry(id: $0.id, name: $0.name) }
            .sorted { $0.id < $1.id }
        pathwaysRemoved = old.pathways.filter { newPathways[$0.id] == nil }.map { Entry(id: $0.id, name: $0.name) }
            .sorted { $0.id < $1.id }
        pathwaysChanged = new.pathways.sorted { $0.id < $1.id }.compactMap { pathway in
            guard let before = oldPathways[pathway.id] else { return nil }
            var changes = FieldChanges()
            changes.compare("name", .text(before.name), .text(pathway.name))
            changes.compare("stages", .list(before.stages), .list(pathway.stages))
            return changes.changes.isEmpty ? nil : Change(id: pathway.id, name: pathway.name, changes: changes.changes)
        }

        func offerKeys(_ network: Network) -> Set<[String]> {
            Set(network.actors.flatMap { actor in actor.offers.map { [actor.id, $0.service] } })
        }
        let oldOffers = offerKeys(old), newOffers = offerKeys(new)
        func entries(_ keys: Set<[String]>) -> [OfferEntry] {
            keys.sorted { $0.lexicographicallyPrecedes($1) }.map { OfferEntry(actor: $0[0], service: $0[1]) }
        }
        offersAdded = entries(newOffers.subtracting(oldOffers))
        offersRemoved = entries(oldOffers.subtracting(newOffers))

        let oldGaps = GapAnalysis.gaps(in: old), newGaps = GapAnalysis.gaps(in: new)
        let oldKeys = Set(oldGaps.map(\.key)), newKeys = Set(newGaps.map(\.key))
        gapsOpened = newGaps.filter { !oldKeys.contains($0.key) }
        gapsClosed = oldGaps.filter { !newKeys.contains($0.key) }

        // The compared measures are functions of the undirected graph alone: where both snapshots
        // have the same actors and ties, no value can move, and the all-pairs searches (nearly all
        // of `diff` at 10,000 actors) are skipped.
        let oldGraph = CompactGraph(network: old, view: .undirected), newGraph = CompactGraph(network: new, view: .undirected)
        if oldGraph.ids == newGraph.ids && oldGraph.outOffsets == newGraph.outOffsets && oldGraph.outTargets == newGraph.outTargets {
            centralityChanges = []
        } else {
            // Only the compared measures, each computed alone.
            let measures = Set(Self.comparedMeasures)
            centralityChanges = NetworkDiff.largestChanges(old: MeasureColumns(network: old, measures: measures),
                                                           new: MeasureColumns(network: new, measures: measures))
        }
    }

    /// The fields of FORMAT.md that differ, in its order, with their values. `offers` holds only
    /// offers present in both whose own languages, districts or capacity changed (old and new form,
    /// by service): added and removed offers have lists of their own, and a change an offer
    /// inherits from its actor shows as the actor's field.
    static func changes(_ a: Actor, _ b: Actor) -> [FieldChange] {
        var changes = FieldChanges()
        changes.compare("name", .text(a.name), .text(b.name))
        changes.compare("kind", .text(a.kind.rawValue), .text(b.kind.rawValue))
        changes.compare("sector", .text(a.sector.rawValue), .text(b.sector.rawValue))
        changes.compare("coordinator", .flag(a.coordinator), .flag(b.coordinator))
        changes.compare("languages", .list(a.languages), .list(b.languages))
        changes.compare("districts", .list(a.districts), .list(b.districts))
        let oldOffers = Dictionary(a.offers.map { ($0.service, $0) }, uniquingKeysWith: { first, _ in first })
        let changed = b.offers.compactMap { offer -> (Offer, Offer)? in
            guard let before = oldOffers[offer.service] else { return nil }
            let languages = before.hasOwnLanguages || offer.hasOwnLanguages
                ? (before.hasOwnLanguages != offer.hasOwnLanguages || Set(before.languages) != Set(offer.languages)) : false
            let districts = before.hasOwnDistricts || offer.hasOwnDistricts
                ? (before.hasOwnDistricts != offer.hasOwnDistricts || Set(before.districts) != Set(offer.districts)) : false
            return languages || districts || before.capacity != offer.capacity ? (before, offer) : nil
        }.sorted { $0.1.service < $1.1.service }
        if !changed.isEmpty {
            changes.compare("offers", .offers(changed.map { DiffValue.OfferState($0.0) }),
                            .offers(changed.map { DiffValue.OfferState($0.1) }))
        }
        changes.compare("url", .text(a.url), .text(b.url))
        changes.compare("contact", .text(a.contact), .text(b.contact))
        changes.compare("tags", .list(a.tags), .list(b.tags))
        changes.compare("influence", .number(a.influence), .number(b.influence))
        changes.compare("source", .list(a.sources), .list(b.sources))
        changes.compare("verified", .date(a.verified), .date(b.verified))
        changes.compare("person", .flag(a.person), .flag(b.person))
        return changes.changes
    }

    /// The two snapshots in time order: when both say `as_of` and the first is the later, they are
    /// swapped (`swapped` true) so that "opened" and "added" mean what happened, not what the
    /// order of the arguments suggests.
    public static func chronological(_ first: Network, _ second: Network) -> (old: Network, new: Network, swapped: Bool) {
        if let a = first.asOf, let b = second.asOf, a > b { return (second, first, true) }
        return (first, second, false)
    }

    /// For actors in both snapshots, every compared measure whose value moved, largest absolute
    /// change first, ties by id and then measure; at most `centralityLimit`. Changes below 1e-9
    /// are rounding, not change.
    static func largestChanges(old: MeasureColumns, new: MeasureColumns) -> [CentralityChange] {
        let oldIndex = Dictionary(old.ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [CentralityChange] = []
        for (index, id) in new.ids.enumerated() {
            guard let before = oldIndex[id] else { continue }
            for measure in comparedMeasures {
                guard let a = old.value(measure, at: before), let b = new.value(measure, at: index), a.isFinite, b.isFinite,
                      abs(b - a) > 1e-9 else { continue }
                changes.append(CentralityChange(id: id, measure: measure, old: a, new: b))
            }
        }
        let order = Dictionary(uniqueKeysWithValues: comparedMeasures.enumerated().map { ($1, $0) })
        changes.sort { lhs, rhs in
            let l = abs(lhs.change), r = abs(rhs.change)
            if abs(l - r) > 1e-12 { return l > r }
            if lhs.id != rhs.id { return lhs.id < rhs.id }
            return (order[lhs.measure] ?? 0) < (order[rhs.measure] ?? 0)
        }
        return Array(changes.prefix(centralityLimit))
    }
}
