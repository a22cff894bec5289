import NetworkModel

/// Links from an actor that offers interpreting to a provider it is not yet linked to, where the
/// one link would close several language gaps at once (FORMAT.md 1.1: interpreting makes every
/// offer of a linked actor usable in the interpreting offer's languages). Chosen greedily: the
/// link closing most open language cells first, those cells then counted as closed, until no link
/// closes two or more. Ties by interpreter id, then provider id.
///
/// Complexity: O(k · i · a · c) for k links, i interpreters, a actors and c open cells.
enum InterpretingLinks {
    /// A link must close at least this many cells to be worth suggesting on its own: one cell is
    /// better closed by an offer in the language, which `offers` looks for.
    static let severalCells = 2

    struct Suggestion {
        var interpreter: String
        var provider: String
        var cells: [CoverageCell]
        /// Other interpreters that would close the same cells through the same provider.
        var alternatives: [String]
    }

    static func links(network: Network, openGaps: [Gap], participation: ActorParticipation) -> [Suggestion] {
        let interpretingServices = Set(network.services.filter(\.interpreting).map(\.id))
        guard !interpretingServices.isEmpty else { return [] }
        var open: Set<CoverageCell> = []
        for gap in openGaps where gap.kind == .language {
            if let service = gap.service, let language = gap.language {
                open.insert(CoverageCell(service: service, language: language))
            }
        }
        let actors = network.actors.sorted { $0.id < $1.id }
        var linked: Set<Set<String>> = []
        for link in network.links { linked.insert([link.from, link.to]) }
        let interpreters = actors.compactMap { actor -> (String, [String])? in
            // An interpreting offer whose capacity is 0 has no place free to lend (capacity as a limit).
            let languages = actor.offers.filter { interpretingServices.contains($0.service) && $0.capacity != 0 }
                .flatMap(\.languages)
            return languages.isEmpty || !participation.takesPart(actor.id) ? nil : (actor.id, languages)
        }
        func closes(_ languages: [String], _ provider: Actor) -> [CoverageCell] {
            let services = Set(provider.offers.map(\.service)).subtracting(interpretingServices)
            return open.filter { cell in
                services.contains(cell.service)
                    && languages.contains { LanguageNames.serves($0, cell.language ?? "") }
            }.sorted()
        }
        var result: [Suggestion] = []
        while true {
            var best: Suggestion?
            for (interpreter, languages) in interpreters {
                for provider in actors where provider.id != interpreter && participation.takesPart(provider.id)
                    && !linked.contains([interpreter, provider.id]) {
                    let cells = closes(languages, provider)
                    guard cells.count >= severalCells, cells.count > (best?.cells.count ?? 0) else { continue }
                    best = Suggestion(interpreter: interpreter, provider: provider.id, cells: cells, alternatives: [])
                }
            }
            guard var chosen = best, let provider = network.actor(chosen.provider) else { break }
            chosen.alternatives = interpreters.filter { $0.0 != chosen.interpreter && !linked.contains([$0.0, chosen.provider])
                && Set(closes($0.1, provider)).isSuperset(of: chosen.cells) }.map(\.0)
            result.append(chosen)
            linked.insert([chosen.interpreter, chosen.provider])
            open.subtract(chosen.cells)
        }
        return result
    }
}
