import NetworkAnalysis
import NetworkModel
import Wording
import OutputFiles

/// The forms a scenario takes: docs/cli.md's JSON, a plain account for people, CSV and Markdown,
/// and the ranking of `--remove-each`. Every word a reader sees is in `ScenarioWords` below.
public enum ScenarioOutput {
    static func strings(_ items: [String]) -> JSONValue { .array(items.map { .string($0) }) }

    /// The members every scenario object has, in docs/cli.md's order with the round-2 keys after
    /// `cut_off` and `services_lost`.
    static func members(_ result: ScenarioResult) -> [(String, JSONValue)] {
        [
            ("cut_off", strings(result.cutOff)),
            ("components_before", .int(result.componentsBefore)), ("components_after", .int(result.componentsAfter)),
            ("no_coordinator_left", .bool(result.noCoordinatorLeft)),
            ("services_lost", strings(result.servicesLost)),
            ("required_services_lost", strings(result.requiredServicesLost)),
            ("pathways_broken", strings(result.pathwaysBroken)),
            ("coverage_lost", .array(result.coverageLost.map(cellJSON))),
            ("capacity_lost", .array(result.capacityLost.map {
                .object([("service", .string($0.service)), ("places", .int($0.places))])
            })),
            ("gaps_opened", GapOutput.json(result.gapsOpened)), ("gaps_closed", GapOutput.json(result.gapsClosed)),
            ("gaps_gone", GapOutput.json(result.gapsGone)),
        ]
    }

    static func cellJSON(_ cell: ScenarioResult.CoverageCell) -> JSONValue {
        var members: [(String, JSONValue)] = [("service", .string(cell.service))]
        if let language = cell.language { members.append(("language", .string(language))) }
        if let district = cell.district { members.append(("district", .string(district))) }
        return .object(members)
    }

    public static func json(_ result: ScenarioResult) -> JSONValue {
        .object([("network", .string(result.network)), ("removed", strings(result.removed))] + members(result))
    }

    /// The account for people, in the reader's language (`words`); names from the file as written.
    public static func text(_ result: ScenarioResult, network: Network, markdown: Bool, words: Words = Words(.en)) -> String {
        let names = Names(network)
        let none = markdown ? "\(words[command: .noneSentence])\n" : "  \(words[command: .none])\n"
        func heading(_ title: String) -> String { markdown ? "\n## \(title)\n\n" : "\n\(title)\n" }
        func list(_ lines: [String]) -> String {
            guard !lines.isEmpty else { return none }
            // Names from the file are data: in Markdown they are escaped, never markup (issue 21).
            return lines.map { markdown ? "- " + MarkdownText.inline($0) : "  " + $0 }.joined(separator: "\n") + "\n"
        }
        func actors(_ ids: [String]) -> [String] { names.sortedActors(ids).map { "\(names.actor($0)) (\($0))" } }
        let title = words.scenarioTitle(result.network)
        var out = (markdown ? "# " + MarkdownText.inline(title) : title) + "\n"
        out += heading(words[.removed]) + list(actors(result.removed))
        out += heading(words[command: .holdsTogether]) + list(words.scenarioStructure(result))
        out += heading(words.scenarioCutOff(result.cutOff.count)) + list(actors(result.cutOff))
        let required = Set(result.requiredServicesLost)
        out += heading(words.scenarioServicesLost(result.servicesLost.count))
            + list(names.sortedServices(result.servicesLost).map {
                "\(names.service($0)) (\($0))" + (required.contains($0) ? ", \(words[command: .required])" : "")
            })
        out += heading(words.scenarioPathwaysBroken(result.pathwaysBroken.count))
            + list(result.pathwaysBroken.sorted { (names.pathway($0), $0) < (names.pathway($1), $1) }
                .map { "\(names.pathway($0)) (\($0))" })
        out += heading(words.scenarioCoverageLost(result.coverageLost.count))
            + list(names.sortedCells(result.coverageLost).map {
                words.scenarioCell(service: names.service($0.service), language: $0.language, district: $0.district)
            })
        out += heading(words.scenarioPlacesLost(result.placesLost))
            + list(result.capacityLost.sorted { (names.service($0.service), $0.service) < (names.service($1.service), $1.service) }
                .map { words.labelled(names.service($0.service), words.placesCount($0.places)) })
        for (title, gaps) in [(words.scenarioGapsOpened(result.gapsOpened.count), result.gapsOpened),
                              (words.scenarioGapsGone(result.gapsGone.count), result.gapsGone),
                              (words.scenarioGapsClosed(result.gapsClosed.count), result.gapsClosed)] {
            out += heading(title)
            // Grouped by kind and service and named as the gaps command names them; the network
            // before the loss knows every name, the removed actors' included.
            out += gaps.isEmpty ? none
                : GapOutput.grouped(gaps, network: network, markdown: markdown, headingLevel: 3, language: words.language)
        }
        return out
    }

    /// One row per consequence: `change` is cut_off, service_lost, pathway_broken, coverage_lost,
    /// capacity_lost, gap_opened, gap_gone or gap_closed; `id` the actor, service or pathway, for a
    /// cell `service language` or `service district`, for gaps the ids involved; `places` the places
    /// lost. The structure comes first as `components` (before and after in `id`) and
    /// `no_coordinator_left`.
    public static func csv(_ result: ScenarioResult) -> String {
        var table = Table(columns: ["change", "id", "places", "severity", "kind", "message"])
        table.append(["components", "\(result.componentsBefore) \(result.componentsAfter)", "", "", "", ""])
        if result.noCoordinatorLeft { table.append(["no_coordinator_left", "", "", "", "", ""]) }
        for id in result.cutOff { table.append(["cut_off", id, "", "", "", ""]) }
        for id in result.servicesLost { table.append(["service_lost", id, "", "", "", ""]) }
        for id in result.pathwaysBroken { table.append(["pathway_broken", id, "", "", "", ""]) }
        for cell in result.coverageLost {
            table.append(["coverage_lost", [cell.service, cell.language ?? cell.district ?? ""].joined(separator: " "), "", "", "", ""])
        }
        for loss in result.capacityLost { table.append(["capacity_lost", loss.service, String(loss.places), "", "", ""]) }
        for (change, gaps) in [("gap_opened", result.gapsOpened), ("gap_gone", result.gapsGone), ("gap_closed", result.gapsClosed)] {
            for gap in gaps {
                table.append([change, GapOutput.involved(gap), "", gap.severity.rawValue, gap.kind.rawValue, gap.message])
            }
        }
        return table.csv()
    }

    /// `--remove-each` for people: every actor, most critical first, with every ranking column.
    public static func rankingTable(_ results: [ScenarioResult], network: Network, words: Words = Words(.en)) -> Table {
        let names = Names(network)
        let columns = words.rankingColumns
        let number: (Int) -> String = words.language == .en ? { String($0) } : { words.integer($0) }
        var table = Table(columns: columns, alignments: [.right, .left, .left] + columns.dropFirst(3).map { _ in .right })
        for (rank, result) in results.enumerated() {
            let id = result.removed.joined(separator: " ")
            table.append([number(rank + 1), names.actor(id), id] + result.impact.map(number)
                + [number(result.componentsAfter)])
        }
        return table
    }

    /// `--remove-each` for people: a title line, then the ranking.
    public static func rankingText(_ results: [ScenarioResult], network: Network, markdown: Bool, words: Words = Words(.en)) -> String {
        let title = words.labelled(words[command: .ifOneActorDroppedOut], markdown ? MarkdownText.inline(network.title) : network.title)
        let table = rankingTable(results, network: network, words: words)
        return markdown ? "# \(title)\n\n" + table.markdown() : "\(title)\n" + table.text()
    }

    /// `--remove-each --format csv`: the ranking columns under machine names.
    public static func rankingCSV(_ results: [ScenarioResult], network: Network) -> String {
        let names = Names(network)
        var table = Table(columns: ["rank", "id", "name", "required_services_lost", "pathways_broken", "coverage_lost",
                                    "cut_off", "places_lost", "high_gaps_opened", "gaps_opened", "components_after",
                                    "no_coordinator_left", "gaps_gone", "gaps_closed"])
        for (rank, result) in results.enumerated() {
            let id = result.removed.joined(separator: " ")
            table.append([String(rank + 1), id, names.actor(id)] + result.impact.map(String.init)
                + [String(result.componentsAfter), result.noCoordinatorLeft ? "true" : "false",
                   String(result.gapsGone.count), String(result.gapsClosed.count)])
        }
        return table.csv()
    }

    public static func rankingJSON(_ results: [ScenarioResult], network: Network) -> JSONValue {
        let names = Names(network)
        return .object([
            ("network", .string(network.title)),
            ("ranking", .array(results.enumerated().map { rank, result in
                let id = result.removed.joined(separator: " ")
                return .object([("rank", .int(rank + 1)), ("id", .string(id)), ("name", .string(names.actor(id))),
                                ("places_lost", .int(result.placesLost)), ("high_gaps_opened", .int(result.highGapsOpened))]
                    + members(result))
            })),
        ])
    }

    /// Names of ids for people, and the orders people read lists in: by name, then id.
    struct Names {
        let actors: [String: String]
        let services: [String: String]
        let pathways: [String: String]

        init(_ network: Network) {
            actors = Dictionary(network.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            services = Dictionary(network.services.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            pathways = Dictionary(network.pathways.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        }

        func actor(_ id: String) -> String { actors[id] ?? id }
        func service(_ id: String) -> String { services[id] ?? id }
        func pathway(_ id: String) -> String { pathways[id] ?? id }

        func sortedActors(_ ids: [String]) -> [String] { ids.sorted { (actor($0), $0) < (actor($1), $1) } }
        func sortedServices(_ ids: [String]) -> [String] { ids.sorted { (service($0), $0) < (service($1), $1) } }
        func sortedCells(_ cells: [ScenarioResult.CoverageCell]) -> [ScenarioResult.CoverageCell] {
            cells.sorted { lhs, rhs in
                if lhs.service != rhs.service { return (service(lhs.service), lhs.service) < (service(rhs.service), rhs.service) }
                return lhs < rhs
            }
        }
    }
}
