import GraphvizRendering
import NetworkAnalysis
import NetworkModel
import OutputFiles
import Wording

/// What the report's explorer (find, filter, focus, what if, pathways) needs, computed here once
/// and embedded in `index.html` as one JSON block, so that the page answers "what if" and "which
/// route" offline with the same results as `scenario --remove-each` and `route`: the script looks
/// results up, it computes no analysis of its own.
///
/// Actors are referred to by their position in `actors` (the order of the file), which keeps the
/// block small: at 300 actors it is a fraction of the diagram's own size (README).
struct ExplorerData {
    /// A pathway × language × district table larger than this is left out (the pathway control
    /// with it): a regional map with many districts would otherwise carry thousands of routes
    /// nobody looks up one by one; `actormap route` answers any of them.
    static let routeLimit = 1_500

    var json: JSONValue
    /// Routes were worked out (the network has pathways, and not too many combinations).
    var hasRoutes: Bool

    init(network: Network, gaps: [Gap], language: OutputLanguage) {
        let words = language.words
        let index = Dictionary(network.actors.indices.map { (network.actors[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        let serviceNames = Dictionary(network.services.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let highlights = DiagramHighlights(gaps: gaps, network: network)

        func indices(_ ids: [String]) -> JSONValue { .array(ids.compactMap { index[$0] }.map { .int($0) }) }
        func strings(_ values: [String]) -> JSONValue { .array(values.map { .string($0) }) }

        let actors: [JSONValue] = network.actors.map { actor in
            var marks: [String] = []
            if highlights.unreachable.contains(actor.id) { marks.append("unreachable") }
            if highlights.singlePointsOfFailure.contains(actor.id) { marks.append("cuts-off") }
            if highlights.singleProviders.contains(actor.id) { marks.append("only-provider") }
            var services: [String] = []
            for offer in actor.offers where !services.contains(offer.service) { services.append(offer.service) }
            return .object([
                ("id", .string(actor.id)), ("name", .string(actor.name)), ("kind", .string(actor.kind.rawValue)),
                ("sector", .string(actor.sector.rawValue)), ("languages", strings(actor.languages)),
                ("districts", strings(actor.districts)), ("services", strings(services)), ("marks", strings(marks)),
            ])
        }
        let links: [JSONValue] = network.links.compactMap { link in
            guard let from = index[link.from], let to = index[link.to] else { return nil }
            return .array([.int(from), .int(to), .string(link.type.rawValue)])
        }

        // What if: the structural remove-each, the same results as `scenario --remove-each`.
        let scenarios = Dictionary(ScenarioAnalysis.removeEach(network).compactMap { result in
            result.removed.first.map { ($0, result) }
        }, uniquingKeysWith: { first, _ in first })
        let whatIf: [JSONValue] = network.actors.map { actor in
            guard let result = scenarios[actor.id] else { return .null }
            let coverage = result.coverageLost.map { cell -> String in
                let name = serviceNames[cell.service] ?? cell.service
                return name + " · " + (cell.language.map(words.languageName) ?? cell.district ?? "")
            }
            let opened = GapGrouping.groups(result.gapsOpened, in: network, languageName: words.languageName)
                .map { GapSentences.sentence(for: $0, in: network, language: language) }
            return .object([
                ("cutOff", indices(result.cutOff)),
                ("servicesLost", strings(result.servicesLost.map { serviceNames[$0] ?? $0 })),
                ("coverageLost", strings(coverage)),
                ("pathwaysBroken", strings(result.pathwaysBroken.map { id in
                    network.pathways.first { $0.id == id }?.name ?? id })),
                ("gapsOpened", strings(opened)),
            ])
        }

        // Pathways: every route a reader can choose, as `actormap route` computes it.
        let routeLanguages = Self.routeLanguages(network)
        let routeDistricts = RouteAnalysis.knownDistricts(of: network)
        var routes: [(String, JSONValue)] = []
        let combinations = network.pathways.count * routeLanguages.count * max(routeDistricts.count, 1)
        if combinations <= Self.routeLimit {
            for (number, pathway) in network.pathways.enumerated() {
                for tag in routeLanguages {
                    for district in routeDistricts.isEmpty ? [""] : routeDistricts {
                        guard let route = try? RouteAnalysis.route(in: network, language: tag, district: district,
                                                                   pathway: pathway.id) else { continue }
                        let steps: [JSONValue] = route.steps.map { step in
                            .object([
                                ("holds", .bool(step.holds)),
                                ("handOffs", .array(step.handOffs.map { indices($0.actors) })),
                                ("via", indices(step.status == .indirect ? step.handOffs.compactMap(\.via) : [])),
                            ])
                        }
                        routes.append(("\(number)|\(tag)|\(district)", .object([
                            ("stages", .array(route.stages.map { indices($0.usable) })),
                            ("steps", .array(steps)),
                        ])))
                    }
                }
            }
        }
        let pathways: [JSONValue] = routes.isEmpty ? [] : network.pathways.map { pathway in
            .object([("name", .string(pathway.name)),
                     ("stages", strings(pathway.stages.map { serviceNames[$0] ?? $0 }))])
        }

        hasRoutes = !routes.isEmpty
        json = .object([
            ("words", .object(Self.terms.map { ($0.rawValue, .string(words[$0])) })),
            ("actors", .array(actors)),
            ("links", .array(links)),
            ("whatIf", .array(whatIf)),
            ("pathways", .array(pathways)),
            ("routes", .object(routes)),
        ])
    }

    /// The languages a route can be asked for: those the network says it needs, or else every
    /// language an actor works in.
    static func routeLanguages(_ network: Network) -> [String] {
        network.languages.isEmpty ? Set(network.actors.flatMap(\.languages)).sorted() : network.languages
    }

    /// The words the script writes itself (the panel's headings and the route's hand-overs); the
    /// controls' own words are in the page's markup (`ExplorerControls`).
    static let terms: [Term] = [
        .explorerFound, .explorerWhatIf, .cutOff, .servicesLost, .explorerCoverageLost, .explorerPathwaysBroken,
        .gapsOpened, .explorerNothing, .explorerRouteHolds, .explorerRouteBreaks, .explorerRouteVia,
        .explorerNobodyServes, .explorerClose,
    ]

    /// The block's text, safe inside `<script type="application/json">`: plain ASCII, with `<`, `>`,
    /// `&` and every character beyond ASCII written as the JSON escape that `JSON.parse` reads back
    /// to the same character. So no `</script>` or `<!--` can end or bend the block, no U+2028 or
    /// U+2029 can trouble an older script parser, and no right-to-left name can reorder the text
    /// around it in an editor or a terminal that shows the page's source (JSON escapes the isolates
    /// the names are wrapped in, so the names themselves must not stay bare either).
    var scriptBlockText: String {
        var out = ""
        func escape(_ unit: UInt16) {
            let hex = String(unit, radix: 16)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
        for scalar in json.serialized(pretty: false).unicodeScalars {
            switch scalar {
            case "<", ">", "&": escape(UInt16(scalar.value))
            case _ where scalar.isASCII: out.unicodeScalars.append(scalar)
            default: String(scalar).utf16.forEach(escape)
            }
        }
        return out
    }
}
