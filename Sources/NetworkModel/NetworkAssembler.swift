/// Merges the fragments of every file into one `Network` and runs the checks that need them all:
/// ids unique across files, links and offers naming things that exist, pathway stages in the
/// catalogue, districts the network knows.
struct NetworkAssembler {
    let log: DiagnosticLog

    func assemble(_ fragments: [NetworkFragment], root: NetworkFragment) -> Network? {
        var network = Network(title: root.title ?? "", description: root.description, asOf: root.asOf,
                              languages: root.languages ?? [], districts: root.districts ?? [],
                              files: fragments.map(\.file))
        network.services = unique(fragments.flatMap(\.services), what: "service", id: \.id, location: \.location)
        network.actors = unique(fragments.flatMap(\.actors), what: "actor", id: \.id, location: \.location)
        let partialActors = fragments.flatMap(\.partialActors)
        let partialServices = fragments.flatMap(\.partialServices)
        reportDuplicates(of: partialActors, against: network.actors.map { ($0.id, $0.location) }, what: "actor")
        reportDuplicates(of: partialServices, against: network.services.map { ($0.id, $0.location) }, what: "service")
        network.pathways = unique(fragments.flatMap(\.pathways), what: "pathway", id: \.id, location: \.location)
        if fragments.allSatisfy({ $0.actorEntries == 0 }) {
            log.error("the network has no actors; add at least one under 'actors:'", at: root.start)
        }
        let actorIDs = Set(network.actors.map(\.id) + partialActors.map(\.id))
        let serviceIDs = Set(network.services.map(\.id) + partialServices.map(\.id))
        checkOffers(network.actors, serviceIDs: serviceIDs)
        network.links = checkedLinks(fragments, actorIDs: actorIDs)
        checkStages(fragments, serviceIDs: serviceIDs)
        checkDistricts(fragments, known: network.districts)
        return log.hasErrors ? nil : network
    }

    /// Keeps the first of each id and reports every later one with the place of the first.
    private func unique<T>(_ items: [T], what: String, id: (T) -> String, location: (T) -> SourceLocation?) -> [T] {
        var first: [String: SourceLocation?] = [:]
        var kept: [T] = []
        for item in items {
            let key = id(item)
            if let earlier = first[key] {
                let place = earlier.map { " (first defined at \($0))" } ?? ""
                log.error("duplicate \(what) id '\(key)'\(place)", at: location(item))
                continue
            }
            first[key] = location(item)
            kept.append(item)
        }
        return kept
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
            var seen: Set<String> = []
            for offer in actor.offers {
                if !serviceIDs.contains(offer.service) {
                    log.error("offer names unknown service '\(offer.service)'\(Suggestion.hint(for: offer.service, among: serviceIDs.sorted()))",
                              at: offer.location)
                } else if !seen.insert(offer.service).inserted {
                    log.error("actor '\(actor.id)' offers service '\(offer.service)' twice; give one offer all its languages and districts",
                              at: offer.location)
                }
            }
        }
    }

    private func checkedLinks(_ fragments: [NetworkFragment], actorIDs: Set<String>) -> [Link] {
        let sortedIDs = actorIDs.sorted()
        var seen: [LinkKey: SourceLocation?] = [:]
        var links: [Link] = []
        for fragment in fragments {
            for (link, places) in zip(fragment.links, fragment.linkEndpointLocations) {
                var valid = true
                for (id, place) in [(link.from, places.from), (link.to, places.to)] where !actorIDs.contains(id) {
                    log.error("link refers to unknown actor '\(id)'\(Suggestion.hint(for: id, among: sortedIDs))", at: place)
                    valid = false
                }
                if link.from == link.to {
                    log.error("a link cannot join actor '\(link.from)' to itself", at: places.to)
                    valid = false
                }
                if let earlier = seen[link.key] {
                    let place = earlier.map { " (first defined at \($0))" } ?? ""
                    log.error("duplicate link from '\(link.from)' to '\(link.to)' of type '\(link.type.rawValue)'\(place)",
                              at: link.location)
                    valid = false
                }
                seen[link.key] = seen[link.key] ?? link.location
                if valid { links.append(link) }
            }
        }
        return links
    }

    private func checkStages(_ fragments: [NetworkFragment], serviceIDs: Set<String>) {
        let sorted = serviceIDs.sorted()
        for fragment in fragments {
            for (pathway, places) in zip(fragment.pathways, fragment.stageLocations) {
                for (stage, place) in zip(pathway.stages, places) where !serviceIDs.contains(stage) {
                    log.error("pathway stage names unknown service '\(stage)'\(Suggestion.hint(for: stage, among: sorted))",
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
