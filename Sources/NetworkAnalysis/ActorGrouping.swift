import NetworkModel

/// What actors are grouped by in an overview of a network too big to draw actor by actor.
public enum GroupingCriterion: String, CaseIterable, Sendable {
    case kind
    case district
}

/// Actors collapsed into groups (one per kind, or one per district) and the links counted within
/// and between the groups: the figures of an overview diagram of a regional network of thousands
/// of actors, where a planner asks "how many of whom, and who works with whom" rather than
/// "who exactly".
///
/// The groups partition the actors, so group sizes add up to the number of actors and every link
/// is counted exactly once, either inside one group or between two:
/// - By kind, each actor is in the group of its kind.
/// - By district, each actor is in the group of the first district its entry lists (its home
///   district). Counting an actor in every district it serves would make the sizes add up to more
///   than the network and count one link several times, once per pair of districts. Presence in
///   the other districts is kept as `alsoPresent`, so "120 based here, 35 more also active here"
///   can still be said. Actors without districts (city-wide, FORMAT.md) form a group of their own.
///   Every district named anywhere (the network's `districts`, any actor's) gets a group, even
///   when nobody is based there, so an empty district shows as empty instead of vanishing.
///
/// Groups come in a fixed order: kinds as FORMAT.md declares them; districts by name (Unicode
/// scalar order), the group without a district last. Connections are sorted by their groups.
///
/// Time complexity: O(A + L) for A actors and L links, after sorting the districts.
public struct ActorGrouping: Sendable {
    /// Which group an actor belongs to.
    public enum Key: Hashable, Sendable {
        case kind(ActorKind)
        case district(String)
        /// Actors with no district: city-wide, or not placed anywhere.
        case noDistrict
    }

    public struct Group: Sendable, Equatable {
        public var key: Key
        /// Indices into `network.actors`, in the order the network lists them.
        public var members: [Int]
        /// By district only: actors of other groups that also list this district.
        public var alsoPresent: Int
        public var coordinators: Int
        /// Distinct services offered by at least one member, as catalogue ids, sorted.
        public var services: [String]
        /// Links with both ends in this group.
        public var linksInside: Int
        /// Members per kind, in the order of FORMAT.md, only kinds present.
        public var kinds: [(kind: ActorKind, count: Int)]
        /// Members per sector, in the order of FORMAT.md, only sectors present.
        public var sectors: [(sector: Sector, count: Int)]

        public static func == (lhs: Group, rhs: Group) -> Bool {
            lhs.key == rhs.key && lhs.members == rhs.members && lhs.alsoPresent == rhs.alsoPresent
                && lhs.coordinators == rhs.coordinators && lhs.services == rhs.services
                && lhs.linksInside == rhs.linksInside
                && lhs.kinds.elementsEqual(rhs.kinds, by: ==) && lhs.sectors.elementsEqual(rhs.sectors, by: ==)
        }
    }

    /// The links between two different groups, `first < second` (indices into `groups`).
    public struct Connection: Sendable, Equatable {
        public var first: Int
        public var second: Int
        /// Links of a directed type running from a member of `first` to a member of `second`.
        public var forward: Int
        /// Links of a directed type running from `second` to `first`.
        public var backward: Int
        /// Links of an undirected type (`cooperates`, `partners`).
        public var undirected: Int
        /// Links per type, in the order of FORMAT.md, only types present.
        public var types: [(type: LinkType, count: Int)]

        public var total: Int { forward + backward + undirected }

        public static func == (lhs: Connection, rhs: Connection) -> Bool {
            lhs.first == rhs.first && lhs.second == rhs.second && lhs.forward == rhs.forward
                && lhs.backward == rhs.backward && lhs.undirected == rhs.undirected
                && lhs.types.elementsEqual(rhs.types, by: ==)
        }
    }

    public var criterion: GroupingCriterion
    public var groups: [Group]
    public var connections: [Connection]
    /// For each actor (index into `network.actors`), the index of its group.
    public var groupOfActor: [Int]
    public var actorCount: Int
    public var linkCount: Int
    /// Links that name an actor the network does not have; the loader never makes them, and
    /// they are left out of every count.
    public var unplacedLinks: Int

    public init(network: Network, by criterion: GroupingCriterion) {
        self.criterion = criterion
        actorCount = network.actors.count
        linkCount = network.links.count

        let keys = network.actors.map { Self.key(of: $0, by: criterion) }
        var present = Set(keys)
        if criterion == .district {
            // A district where actors are active but none is based, or one the network declares
            // and nobody serves, is still a place on the planner's map: it gets a group, empty.
            for actor in network.actors { present.formUnion(actor.districts.map(Key.district)) }
            present.formUnion(network.districts.map(Key.district))
        }
        let orderedKeys = Self.ordered(present, by: criterion)
        let indexOfKey = Dictionary(uniqueKeysWithValues: orderedKeys.enumerated().map { ($0.element, $0.offset) })
        groupOfActor = keys.map { indexOfKey[$0] ?? 0 }

        var members = Array(repeating: [Int](), count: orderedKeys.count)
        var alsoPresent = Array(repeating: 0, count: orderedKeys.count)
        var coordinators = Array(repeating: 0, count: orderedKeys.count)
        var services = Array(repeating: Set<String>(), count: orderedKeys.count)
        var kindCounts = Array(repeating: [Int](repeating: 0, count: ActorKind.allCases.count), count: orderedKeys.count)
        var sectorCounts = Array(repeating: [Int](repeating: 0, count: Sector.allCases.count), count: orderedKeys.count)
        let kindIndex = Dictionary(uniqueKeysWithValues: ActorKind.allCases.enumerated().map { ($0.element, $0.offset) })
        let sectorIndex = Dictionary(uniqueKeysWithValues: Sector.allCases.enumerated().map { ($0.element, $0.offset) })
        for (index, actor) in network.actors.enumerated() {
            let group = groupOfActor[index]
            members[group].append(index)
            if actor.coordinator { coordinators[group] += 1 }
            for offer in actor.offers { services[group].insert(offer.service) }
            kindCounts[group][kindIndex[actor.kind] ?? 0] += 1
            sectorCounts[group][sectorIndex[actor.sector] ?? 0] += 1
            if criterion == .district {
                var counted: Set<String> = [actor.districts.first ?? ""]
                for district in actor.districts.dropFirst() where counted.insert(district).inserted {
                    if let other = indexOfKey[.district(district)] { alsoPresent[other] += 1 }
                }
            }
        }

        // The first occurrence of a repeated id wins, as everywhere else in the analyses.
        var groupOfID: [String: Int] = [:]
        groupOfID.reserveCapacity(network.actors.count)
        for (index, actor) in network.actors.enumerated() where groupOfID[actor.id] == nil {
            groupOfID[actor.id] = groupOfActor[index]
        }
        let typeIndex = Dictionary(uniqueKeysWithValues: LinkType.allCases.enumerated().map { ($0.element, $0.offset) })
        var inside = Array(repeating: 0, count: orderedKeys.count)
        struct Tally {
            var forward = 0
            var backward = 0
            var undirected = 0
            var types = [Int](repeating: 0, count: LinkType.allCases.count)
        }
        var tallies: [Int: Tally] = [:]
        var unplaced = 0
        for link in network.links {
            guard let from = groupOfID[link.from], let to = groupOfID[link.to] else {
                unplaced += 1
                continue
            }
            if from == to {
                inside[from] += 1
                continue
            }
            let (first, second) = from < to ? (from, to) : (to, from)
            let pair = first * orderedKeys.count + second
            var tally = tallies[pair] ?? Tally()
            if !link.type.isDirected {
                tally.undirected += 1
            } else if from == first {
                tally.forward += 1
            } else {
                tally.backward += 1
            }
            tally.types[typeIndex[link.type] ?? 0] += 1
            tallies[pair] = tally
        }
        unplacedLinks = unplaced

        groups = orderedKeys.indices.map { group in
            Group(
                key: orderedKeys[group], members: members[group], alsoPresent: alsoPresent[group],
                coordinators: coordinators[group], services: services[group].sorted(), linksInside: inside[group],
                kinds: zip(ActorKind.allCases, kindCounts[group]).filter { $0.1 > 0 }.map { ($0.0, $0.1) },
                sectors: zip(Sector.allCases, sectorCounts[group]).filter { $0.1 > 0 }.map { ($0.0, $0.1) })
        }
        connections = tallies.keys.sorted().compactMap { pair in
            guard let tally = tallies[pair] else { return nil }
            return Connection(
                first: pair / orderedKeys.count, second: pair % orderedKeys.count,
                forward: tally.forward, backward: tally.backward, undirected: tally.undirected,
                types: zip(LinkType.allCases, tally.types).filter { $0.1 > 0 }.map { ($0.0, $0.1) })
        }
    }

    /// Links between different groups, all connections together.
    public var linksBetween: Int { connections.reduce(0) { $0 + $1.total } }

    /// Links inside groups, all groups together.
    public var linksInside: Int { groups.reduce(0) { $0 + $1.linksInside } }

    static func key(of actor: Actor, by criterion: GroupingCriterion) -> Key {
        switch criterion {
        case .kind: return .kind(actor.kind)
        case .district: return actor.districts.first.map(Key.district) ?? .noDistrict
        }
    }

    static func ordered(_ keys: Set<Key>, by criterion: GroupingCriterion) -> [Key] {
        switch criterion {
        case .kind:
            return ActorKind.allCases.map(Key.kind).filter(keys.contains)
        case .district:
            let districts = keys.compactMap { key -> String? in
                if case .district(let name) = key { return name }
                return nil
            }
            // Unicode scalar order rather than String's `<`, which compares by canonical
            // equivalence: stable across platforms and Swift versions.
            let sorted = districts.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            return sorted.map(Key.district) + (keys.contains(.noDistrict) ? [.noDistrict] : [])
        }
    }
}
