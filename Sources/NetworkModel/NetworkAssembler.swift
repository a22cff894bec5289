/// Merges the fragments of every file into one `Network` and runs the checks that need them all:
/// ids unique across files, links and offers naming things that exist, pathway stages in the
/// catalogue, districts the network knows.
struct NetworkAssembler {
    let log: DiagnosticLog

    func assemble(_ fragments: [NetworkFragment], root: NetworkFragment) -> Network? {
        var network = Network(title: root.title ?? "", description: root.description, asOf: root.asOf,
                              languages: root.languages ?? [], districts: root.districts ?? [],
                              files: fragments.map(\.file))
        network.services = unique(joined(fragments, \.services), what: "service", id: \.id, location: \.location).kept
        let actors = unique(joined(fragments, \.actors), what: "actor", id: \.id, location: \.location)
        network.actors = actors.kept
        let partialActors = fragments.flatMap(\.partialActors)
        let partialServices = fragments.flatMap(\.partialServices)
        // Only entries with errors can repeat a kept id here; a clean network skips the table.
        if !partialActors.isEmpty {
            reportDuplicates(of: partialActors, against: network.actors.map { ($0.id, $0.location) }, what: "actor")
        }
        if !partialServices.isEmpty {
            reportDuplicates(of: partialServices, against: network.services.map { ($0.id, $0.location) }, what: "service")
        }
        network.pathways = unique(joined(fragments, \.pathways), what: "pathway", id: \.id, location: \.location).kept
        network.accepted = joined(fragments, \.accepted)
        if fragments.allSatisfy({ $0.actorEntries == 0 }) {
            log.unresolved("the network has no actors; add at least one under 'actors:'", at: root.start)
        }
        // Every actor id a link may name, numbered; entries with errors count as known.
        var actorNumbers = actors.numbers
        for (id, _) in partialActors where actorNumbers[id] == nil { actorNumbers[id] = actorNumbers.count }
        let serviceIDs = Set(network.services.map(\.id) + partialServices.map(\.id))
        checkOffers(network.actors, serviceIDs: serviceIDs)
        network.links = checkedLinks(fragments, actorNumbers: actorNumbers)
        checkStages(fragments, serviceIDs: serviceIDs)
        checkDistricts(fragments, known: network.districts)
        return log.hasErrors ? nil : network
    }

    /// One file's list as it is (no copy of its elements), several files' lists joined.
    private func joined<T>(_ fragments: [NetworkFragment], _ list: KeyPath<NetworkFragment, [T]>) -> [T] {
        fragments.count == 1 ? fragments[0][keyPath: list] : fragments.flatMap { $0[keyPath: list] }
    }

    /// Keeps the first of each id and reports every later one with the place of the first.
    /// `numbers` gives each kept id its position in `kept`; without duplicates `kept` is `items`
    /// itself, not a copy (100,000 actors are a million reference counts to copy).
    private func unique<T>(_ items: [T], what: String, id: (T) -> String, location: (T) -> SourceLocation?)
        -> (kept: [T], numbers: [String: Int]) {
        var numbers: [String: Int] = [:]
        numbers.reserveCapacity(items.count)
        var repeated: [Int] = []
        for (index, item) in items.enumerated() {
            let key = id(item)
            if let earlier = NetworkAssembler.existingOrInserted(&numbers, key, index) {
                let place = location(items[earlier]).map { " (first defined at \($0))" } ?? ""
                log.error("duplicate \(what) id '\(key)'\(place)", at: location(item))
                repeated.append(index)
            }
        }
        guard !repeated.isEmpty else { return (items, numbers) }
        var kept: [T] = []
        kept.reserveCapacity(items.count - repeated.count)
        var next = repeated.makeIterator()
        var skip = next.next()
        for (index, item) in items.enumerated() {
            if index == skip {
                skip = next.next()
            } else {
                numbers[id(item)] = kept.count
                kept.append(item)
            }
        }
        return (kept, numbers)
    }

    /// The value already stored under `key`, or `nil` after storing `value` there: one hash
    /// lookup instead of a lookup and an insertion (hundreds of thousands of ids and links).
    private static func existingOrInserted<Key: Hashable, Value>(_ table: inout [Key: Value], _ key: Key,
                                                                 _ value: Value) -> Value? {
        var inserted = false
        // The defaulted subscript, accessed for modification, finds the slot once and fills it
        // with the default (evaluated only then) when the key is new.
        let stored = { (slot: inout Value) in slot }(&table[key, default: {
            inserted = true
            return value
        }()])
        return inserted ? nil : stored
    }

    /// Entries with errors still take part in the duplicate check, so a repeated id is reported
    /// in the same run as the other mistakes in its entry.
    private func reportDuplicates(of partial: [(id: String, location: SourceLocation)],
                                  against complete: [(String, SourceLocation?)], what: String) {
        var first: [String: SourceLocation] = [:]
        for (id, location) in complete { if let location, first[id] == nil { first[id] = location } }
        for (id, location) in partial.sorted(by: { $0.location < $1.location }) {
            if let earlier = first[id] {
                let (kept, repeated) = earlier < location ? (earlier, location) : (location, earlier)
                log.error("duplicate \(what) id '\(id)' (first defined at \(kept))", at: repeated)
            } else {
                first[id] = location
            }
        }
    }

    private func checkOffers(_ actors: [Actor], serviceIDs: Set<String>) {
        for actor in actors {
            // Most actors have a handful of offers: looking back costs less than a set for each.
            let many = actor.offers.count > 16
            var seen: Set<String> = []
            for (index, offer) in actor.offers.enumerated() {
                if !serviceIDs.contains(offer.service) {
                    log.unresolved("offer names unknown service '\(offer.service)'\(Suggestion.hint(for: offer.service, among: serviceIDs.sorted()))",
                              at: offer.location)
                    continue
                }
                // An earlier offer of the same service names a known service too.
                let repeated = many ? !seen.insert(offer.service).inserted
                    : actor.offers[..<index].contains { $0.service == offer.service }
                if repeated {
                    log.error("actor '\(actor.id)' offers service '\(offer.service)' twice; give one offer all its languages and districts",
                              at: offer.location)
                }
            }
        }
    }

    /// A link's identity by actor numbers: hashing two integers instead of two ids.
    private struct EndpointKey: Hashable {
        var from: Int
        var to: Int
        var type: LinkType

        /// By the type's position among the cases: `LinkType`'s own hashing (the default for a
        /// type with a raw value) hashes its text.
        func hash(into hasher: inout Hasher) {
            hasher.combine(from)
            hasher.combine(to)
            hasher.combine(EndpointKey.ordinal(type))
        }

        static func == (lhs: EndpointKey, rhs: EndpointKey) -> Bool {
            lhs.from == rhs.from && lhs.to == rhs.to && ordinal(lhs.type) == ordinal(rhs.type)
        }

        private static func ordinal(_ type: LinkType) -> UInt8 {
            switch type {
            case .coordinates: return 0
            case .funds: return 1
            case .supports: return 2
            case .refers: return 3
            case .reportsTo: return 4
            case .memberOf: return 5
            case .informs: return 6
            case .cooperates: return 7
            case .partners: return 8
            }
        }
    }

    /// Reports links to unknown actors, to themselves, and repeated; keeps the others.
    /// `actorNumbers` numbers every known actor id; unknown ids get numbers past them, so that a
    /// repeated link between unknown actors is still reported as repeated.
    private func checkedLinks(_ fragments: [NetworkFragment], actorNumbers: [String: Int]) -> [Link] {
        var numbers = actorNumbers
        var sortedIDs: [String]?
        /// The id's number; an unknown id is reported at `place`, fetched only then (a copy of a
        /// place retains its file name, 600,000 times for nothing on a clean network).
        func number(_ id: String, at place: () -> SourceLocation) -> (Int, known: Bool) {
            if let known = actorNumbers[id] { return (known, true) }
            if sortedIDs == nil { sortedIDs = actorNumbers.keys.sorted() }
            log.unresolved("link refers to unknown actor '\(id)'\(Suggestion.hint(for: id, among: sortedIDs ?? []))", at: place())
            if let assigned = numbers[id] { return (assigned, false) }
            numbers[id] = numbers.count
            return (numbers.count - 1, false)
        }
        /// The first link of each identity, as file and position, for the message about a repeat.
        var seen: [EndpointKey: (fragment: Int, link: Int)] = [:]
        seen.reserveCapacity(fragments.reduce(0) { $0 + $1.links.count })
        var kept: [Link] = []
        for (fragmentIndex, fragment) in fragments.enumerated() {
            let links = fragment.links
            let endpoints = fragment.linkEndpointLocations
            var dropped: [Int] = []
            // By index, not by element: a copy of each `Link` would retain and release its texts.
            for index in 0..<min(links.count, endpoints.count) {
                let from = number(links[index].from) { endpoints[index].from }
                let to = number(links[index].to) { endpoints[index].to }
                var valid = from.known && to.known
                if from.0 == to.0 {
                    log.error("a link cannot join actor '\(links[index].from)' to itself", at: endpoints[index].to)
                    valid = false
                }
                let key = EndpointKey(from: from.0, to: to.0, type: links[index].type)
                if let earlier = NetworkAssembler.existingOrInserted(&seen, key, (fragmentIndex, index)) {
                    let link = links[index]
                    let first = fragments[earlier.fragment].links[earlier.link].location
                    let place = first.map { " (first defined at \($0))" } ?? ""
                    log.error("duplicate link from '\(link.from)' to '\(link.to)' of type '\(link.type.rawValue)'\(place)",
                              at: link.location)
                    valid = false
                }
                if !valid { dropped.append(index) }
            }
            // Without a rejected link the file's list is taken as it is, not copied link by link.
            if dropped.isEmpty, kept.isEmpty {
                kept = links
            } else if dropped.isEmpty {
                kept += links
            } else {
                let droppedSet = Set(dropped)
                kept += links.indices.filter { !droppedSet.contains($0) }.map { links[$0] }
            }
        }
        return kept
    }

    private func checkStages(_ fragments: [NetworkFragment], serviceIDs: Set<String>) {
        let sorted = serviceIDs.sorted()
        for fragment in fragments {
            for (pathway, places) in zip(fragment.pathways, fragment.stageLocations) {
                for (stage, place) in zip(pathway.stages, places) where !serviceIDs.contains(stage) {
                    log.unresolved("pathway stage names unknown service '\(stage)'\(Suggestion.hint(for: stage, among: sorted))",
                              at: place)
                }
            }
        }
    }

    /// A district the network does not list is most likely a typo that would silently break
    /// coverage; it may also be a neighbouring town, so it is a warning, not an error.
    private func checkDistricts(_ fragments: [NetworkFragment], known: [String]) {
        guard !known.isEmpty else { return }
        let knownSet = Set(known)
        for fragment in fragments {
            for reference in fragment.districtReferences where !knownSet.contains(reference.name) {
                log.warning("district '\(reference.name)' is not in the network's districts\(Suggestion.hint(for: reference.name, among: known))",
                            at: reference.location)
            }
        }
    }
}
