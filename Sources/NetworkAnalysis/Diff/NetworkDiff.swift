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

    /// An actor in both snapshots with at least one field different; `fields` in FORMAT.md's order.
    public struct ActorChange: Sendable, Equatable {
        public var id: String
        public var name: String
        public var fields: [String]
    }

    public struct WeightChange: Sendable, Equatable {
        public var link: LinkKey
        public var oldWeight: Double
        public var newWeight: Double
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
    public var linksChanged: [WeightChange]
    public var offersAdded: [OfferEntry]
    public var offersRemoved: [OfferEntry]
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
            let fields = NetworkDiff.changedFields(before, actor)
            return fields.isEmpty ? nil : ActorChange(id: actor.id, name: actor.name, fields: fields)
        }

        let oldLinks = Dictionary(old.links.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let newLinks = Dictionary(new.links.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        linksAdded = newLinks.keys.filter { oldLinks[$0] == nil }.sorted()
        linksRemoved = oldLinks.keys.filter { newLinks[$0] == nil }.sorted()
        linksChanged = newLinks.compactMap { key, link -> WeightChange? in
            guard let before = oldLinks[key], before.weight != link.weight else { return nil }
            return WeightChange(link: key, oldWeight: before.weight, newWeight: link.weight)
        }.sorted { $0.link < $1.link }

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

        centralityChanges = NetworkDiff.largestChanges(old: CentralityResult(network: old),
                                                       new: CentralityResult(network: new))
    }

    /// The fields of FORMAT.md that differ, in its order. `offers` counts only offers present in
    /// both whose own languages, districts or capacity changed: added and removed offers have lists
    /// of their own, and a change an offer inherits from its actor shows as the actor's field.
    static func changedFields(_ a: Actor, _ b: Actor) -> [String] {
        var fields: [String] = []
        func check(_ name: String, _ differs: Bool) { if differs { fields.append(name) } }
        check("name", a.name != b.name)
        check("kind", a.kind != b.kind)
        check("sector", a.sector != b.sector)
        check("coordinator", a.coordinator != b.coordinator)
        check("languages", a.languages != b.languages)
        check("districts", a.districts != b.districts)
        let oldOffers = Dictionary(a.offers.map { ($0.service, $0) }, uniquingKeysWith: { first, _ in first })
        check("offers", b.offers.contains { offer in
            guard let before = oldOffers[offer.service] else { return false }
            let languages = before.hasOwnLanguages || offer.hasOwnLanguages
                ? (before.hasOwnLanguages != offer.hasOwnLanguages || Set(before.languages) != Set(offer.languages)) : false
            let districts = before.hasOwnDistricts || offer.hasOwnDistricts
                ? (before.hasOwnDistricts != offer.hasOwnDistricts || Set(before.districts) != Set(offer.districts)) : false
            return languages || districts || before.capacity != offer.capacity
        })
        check("url", a.url != b.url)
        check("contact", a.contact != b.contact)
        check("tags", a.tags != b.tags)
        check("influence", a.influence != b.influence)
        check("source", a.sources != b.sources)
        check("verified", a.verified != b.verified)
        check("person", a.person != b.person)
        return fields
    }

    /// For actors in both snapshots, every compared measure whose value moved, largest absolute
    /// change first, ties by id and then measure; at most `centralityLimit`. Changes below 1e-9
    /// are rounding, not change.
    static func largestChanges(old: CentralityResult, new: CentralityResult) -> [CentralityChange] {
        let oldRows = Dictionary(old.rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [CentralityChange] = []
        for row in new.rows {
            guard let before = oldRows[row.id] else { continue }
            for measure in comparedMeasures {
                guard let a = measure.value(in: before), let b = measure.value(in: row), a.isFinite, b.isFinite,
                      abs(b - a) > 1e-9 else { continue }
                changes.append(CentralityChange(id: row.id, measure: measure, old: a, new: b))
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
