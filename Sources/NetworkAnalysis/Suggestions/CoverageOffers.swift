import NetworkModel

/// Offers that close open service × language and service × district cells, chosen as a minimum
/// set cover.
///
/// A candidate for a cell of service s is an actor that takes part, does not offer s yet, and
/// is close to it in the data: it offers a *related* service (one that some provider of s also
/// offers, or one next to s in a pathway), or it is linked to a provider of s. Its offer would be
/// made in the languages it works in (`workingLanguages`) and its districts, so it covers the open
/// language cells of s among those languages and the open district cells among its `districts` (every
/// district when it names none). The cells of different services never overlap, so the cover is
/// solved per service: exactly (branch and bound on the cell with fewest candidates) while a
/// service has at most `exactLimit` candidates, greedily above that (largest remaining set
/// first), which is within a factor H(k) = 1 + 1/2 + … + 1/k of the minimum for sets of at most k
/// cells (Chvátal 1979, doi:10.1287/moor.4.3.233). Among covers of one size the search keeps the
/// first found, candidates tried with most cells first, then linked to a provider, then by id.
///
/// Complexity: exact O(c^k) for c candidates and a cover of k offers, bounded by `exactLimit`;
/// greedy O(c · cells) per offer.
struct CoverageOffers {
    static let exactLimit = 16

    struct Candidate {
        var actor: String
        var service: String
        var cells: Set<CoverageCell>
        var reasons: [SuggestionReason]
        var linkedToProvider: Bool
        var capacity: Int?
    }

    struct Chosen {
        var candidate: Candidate
        /// Other candidates covering at least the same cells.
        var alternatives: [String]
    }

    var chosen: [Chosen] = []
    /// The greedy bound H(k) where a service needed the greedy cover; nil when every cover is exact.
    var greedyBound: Double?
    /// Actors that would be candidates for some open cell but whose every stated capacity is 0
    /// (no place free), sorted.
    var fullActors: [String] { full.sorted() }
    private var full: Set<String> = []

    init(network: Network, openGaps: [Gap], participation: ActorParticipation) {
        var openCells: [String: Set<CoverageCell>] = [:]
        for gap in openGaps {
            guard let service = gap.service else { continue }
            if gap.kind == .language, let language = gap.language {
                openCells[service, default: []].insert(CoverageCell(service: service, language: language))
            } else if gap.kind == .district, let district = gap.district {
                openCells[service, default: []].insert(CoverageCell(service: service, district: district))
            }
        }
        let actors = network.actors.sorted { $0.id < $1.id }
        var neighbours: [String: Set<String>] = [:]
        for link in network.links {
            neighbours[link.from, default: []].insert(link.to)
            neighbours[link.to, default: []].insert(link.from)
        }
        for service in openCells.keys.sorted() {
            guard let cells = openCells[service] else { continue }
            let providers = actors.filter { $0.offers(service) }.map(\.id)
            var related: Set<String> = []
            for actor in actors where actor.offers(service) { related.formUnion(actor.offers.map(\.service)) }
            for pathway in network.pathways {
                for (a, b) in zip(pathway.stages, pathway.stages.dropFirst()) {
                    if a == service { related.insert(b) }
                    if b == service { related.insert(a) }
                }
            }
            related.remove(service)
            var candidates: [Candidate] = []
            for actor in actors where !actor.offers(service) && participation.takesPart(actor.id) {
                var reasons: [SuggestionReason] = []
                let linked = providers.filter { neighbours[actor.id]?.contains($0) ?? false }
                if let relatedService = actor.offers.map(\.service).filter(related.contains).sorted().first {
                    reasons.append(.relatedService(relatedService))
                }
                if let provider = linked.first { reasons.append(.linkedToProvider(provider)) }
                guard !reasons.isEmpty else { continue }
                var covered: Set<CoverageCell> = []
                let spoken = Self.workingLanguages(actor, in: network)
                for cell in cells {
                    if let language = cell.language, spoken.contains(where: { LanguageNames.serves($0, language) }) {
                        covered.insert(cell)
                    }
                    if let district = cell.district, actor.districts.isEmpty || actor.districts.contains(district) {
                        covered.insert(cell)
                    }
                }
                guard !covered.isEmpty else { continue }
                let capacities = actor.offers.compactMap(\.capacity)
                // Capacity as a limit: every place the file gives this actor is taken (0), so a
                // new offer would not be free to take on; it is named in a note instead.
                if !capacities.isEmpty && capacities.allSatisfy({ $0 == 0 }) {
                    full.insert(actor.id)
                    continue
                }
                let speaks = covered.compactMap(\.language).sorted().map(SuggestionReason.speaks)
                let present = covered.compactMap(\.district).sorted().filter { actor.districts.contains($0) }
                    .map(SuggestionReason.worksIn)
                candidates.append(Candidate(actor: actor.id, service: service, cells: covered,
                                            reasons: reasons + speaks + present, linkedToProvider: !linked.isEmpty,
                                            capacity: capacities.isEmpty ? nil : capacities.reduce(0, +)))
            }
            candidates.sort {
                ($0.cells.count, $0.linkedToProvider ? 1 : 0, $0.capacity ?? -1) > ($1.cells.count, $1.linkedToProvider ? 1 : 0, $1.capacity ?? -1)
                    || (($0.cells.count, $0.linkedToProvider ? 1 : 0, $0.capacity ?? -1) == ($1.cells.count, $1.linkedToProvider ? 1 : 0, $1.capacity ?? -1)
                        && $0.actor < $1.actor)
            }
            guard !candidates.isEmpty else { continue }
            let universe = candidates.reduce(into: Set<CoverageCell>()) { $0.formUnion($1.cells) }
            let cover: [Int]
            if candidates.count <= Self.exactLimit {
                cover = Self.exactCover(candidates.map(\.cells), universe: universe)
            } else {
                cover = Self.greedyCover(candidates.map(\.cells), universe: universe)
                let k = candidates.map(\.cells.count).max() ?? 1
                let bound = (1...max(1, k)).reduce(0.0) { $0 + 1 / Double($1) }
                greedyBound = max(greedyBound ?? 0, bound)
            }
            for i in cover {
                let mine = candidates[i]
                let others = candidates.indices.filter { $0 != i && candidates[$0].cells.isSuperset(of: mine.cells) }
                    .map { candidates[$0].actor }.sorted()
                chosen.append(Chosen(candidate: mine, alternatives: others))
            }
        }
        chosen.sort { ($0.candidate.cells.count, $1.candidate.service, $1.candidate.actor)
            > ($1.candidate.cells.count, $0.candidate.service, $0.candidate.actor) }
    }

    /// The languages an actor works in: its own `languages`, then those of its offers (an
    /// association counselling in Turkish works in Turkish even where the file gives the actor no
    /// languages of its own). Interpreting offers do not count: their languages are lent to other
    /// actors' offers, which `InterpretingLinks` looks at.
    static func workingLanguages(_ actor: Actor, in network: Network) -> [String] {
        let interpreting = Set(network.services.filter(\.interpreting).map(\.id))
        var result: [String] = []
        for language in actor.languages + actor.offers.filter({ !interpreting.contains($0.service) }).flatMap(\.languages)
        where !result.contains(where: { $0.lowercased() == language.lowercased() }) {
            result.append(language)
        }
        return result
    }

    /// The smallest set of indices whose sets cover `universe`, by branch and bound on the
    /// uncovered cell with fewest sets containing it. Ties keep the first cover found.
    static func exactCover(_ sets: [Set<CoverageCell>], universe: Set<CoverageCell>) -> [Int] {
        var best = greedyCover(sets, universe: universe)
        var chosen: [Int] = []
        func search(_ uncovered: Set<CoverageCell>) {
            if uncovered.isEmpty {
                if chosen.count < best.count { best = chosen }
                return
            }
            if chosen.count + 1 >= best.count { return }
            let largest = sets.map { $0.intersection(uncovered).count }.max() ?? 0
            guard largest > 0 else { return }
            // Even the largest set would leave too many cells for the sets still allowed.
            if chosen.count + (uncovered.count + largest - 1) / largest >= best.count { return }
            let cell = uncovered.min { a, b in
                let ca = sets.filter { $0.contains(a) }.count, cb = sets.filter { $0.contains(b) }.count
                return ca != cb ? ca < cb : a < b
            }
            guard let cell else { return }
            for i in sets.indices where sets[i].contains(cell) {
                chosen.append(i)
                search(uncovered.subtracting(sets[i]))
                chosen.removeLast()
            }
        }
        search(universe)
        return best.sorted()
    }

    /// Largest remaining set first, the lowest index on ties.
    static func greedyCover(_ sets: [Set<CoverageCell>], universe: Set<CoverageCell>) -> [Int] {
        var uncovered = universe
        var result: [Int] = []
        while !uncovered.isEmpty {
            var bestIndex = -1, bestCount = 0
            for i in sets.indices {
                let count = sets[i].intersection(uncovered).count
                if count > bestCount { bestIndex = i; bestCount = count }
            }
            guard bestIndex >= 0 else { break }
            result.append(bestIndex)
            uncovered.subtract(sets[bestIndex])
        }
        return result.sorted()
    }
}
