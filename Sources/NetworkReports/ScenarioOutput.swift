import NetworkAnalysis
import NetworkModel
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

    public static func text(_ result: ScenarioResult, network: Network, markdown: Bool) -> String {
        let names = Names(network)
        let words = ScenarioWords.self
        func heading(_ title: String) -> String { markdown ? "\n## \(title)\n\n" : "\n\(title)\n" }
        func list(_ lines: [String]) -> String {
            guard !lines.isEmpty else { return markdown ? "\(words.noneSentence)\n" : "  \(words.none)\n" }
            // Names from the file are data: in Markdown they are escaped, never markup (issue 21).
            return lines.map { markdown ? "- " + MarkdownText.inline($0) : "  " + $0 }.joined(separator: "\n") + "\n"
        }
        func actors(_ ids: [String]) -> [String] { names.sortedActors(ids).map { "\(names.actor($0)) (\($0))" } }
        var out = (markdown ? "# " + MarkdownText.inline(words.title(result.network)) : words.title(result.network)) + "\n"
        out += heading(words.removed) + list(actors(result.removed))
        out += heading(words.holdsTogether) + list(words.structure(result))
        out += heading(words.cutOff(result.cutOff.count)) + list(actors(result.cutOff))
        let required = Set(result.requiredServicesLost)
        out += heading(words.servicesLost(result.servicesLost.count))
            + list(names.sortedServices(result.servicesLost).map {
                "\(names.service($0)) (\($0))" + (required.contains($0) ? words.requiredMark : "")
            })
        out += heading(words.pathwaysBroken(result.pathwaysBroken.count))
            + list(result.pathwaysBroken.sorted { (names.pathway($0), $0) < (names.pathway($1), $1) }
                .map { "\(names.pathway($0)) (\($0))" })
        out += heading(words.coverageLost(result.coverageLost.count))
            + list(names.sortedCells(result.coverageLost).map { words.cell($0, names: names) })
        out += heading(words.placesLost(result.placesLost))
            + list(result.capacityLost.sorted { (names.service($0.service), $0.service) < (names.service($1.service), $1.service) }
                .map { words.places($0, names: names) })
        for (title, gaps) in [(words.gapsOpened(result.gapsOpened.count), result.gapsOpened),
                              (words.gapsGone(result.gapsGone.count), result.gapsGone),
                              (words.gapsClosed(result.gapsClosed.count), result.gapsClosed)] {
            out += heading(title)
            // Grouped by kind and service and named as the gaps command names them; the network
            // before the loss knows every name, the removed actors' included.
            out += gaps.isEmpty ? (markdown ? "\(words.noneSentence)\n" : "  \(words.none)\n")
                : GapOutput.grouped(gaps, network: network, markdown: markdown, headingLevel: 3)
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
    public static func rankingTable(_ results: [ScenarioResult], network: Network) -> Table {
        let names = Names(network)
        var table = Table(columns: ScenarioWords.rankingColumns,
                          alignments: [.right, .left, .left] + ScenarioWords.rankingColumns.dropFirst(3).map { _ in .right })
        for (rank, result) in results.enumerated() {
            let id = result.removed.joined(separator: " ")
            table.append([String(rank + 1), names.actor(id), id] + result.impact.map(String.init)
                + [String(result.componentsAfter)])
        }
        return table
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

/// Every English word and sentence of the scenario outputs, in one place so that the catalogue of
/// languages can take them over whole.
enum ScenarioWords {
    static let none = "none"
    static let noneSentence = "None."
    static let removed = "Removed"
    static let holdsTogether = "Does the network hold together?"
    static let requiredMark = ", required"
    /// The ranking's columns after rank, name and id are `ScenarioResult.impact` in its order, then
    /// the groups the network falls into.
    static let rankingColumns = ["Rank", "Actor", "Id", "Required services lost", "Pathways broken",
                                 "Coverage cells lost", "Cut off", "Places lost", "High gaps opened", "Gaps opened",
                                 "Groups after"]

    static func title(_ network: String) -> String { "Scenario: \(network)" }
    static func cutOff(_ n: Int) -> String { "Cut off from every coordinator (\(n))" }
    static func servicesLost(_ n: Int) -> String { "Services nobody offers any more (\(n))" }
    static func pathwaysBroken(_ n: Int) -> String { "Pathways that break (\(n))" }
    static func coverageLost(_ n: Int) -> String { "Languages and districts no longer covered (\(n))" }
    static func placesLost(_ n: Int) -> String { "Places lost (\(n))" }
    static func gapsOpened(_ n: Int) -> String { "Gaps opened (\(n))" }
    static func gapsGone(_ n: Int) -> String { "Gaps gone with the loss, not solved (\(n))" }
    static func gapsClosed(_ n: Int) -> String { "Gaps solved (\(n))" }

    static func groups(_ n: Int) -> String { n == 1 ? "1 group" : "\(n) groups" }

    /// Whether the network falls apart, and what losing the last coordinator means.
    static func structure(_ result: ScenarioResult) -> [String] {
        var lines: [String] = []
        if result.componentsAfter > result.componentsBefore {
            lines.append("It falls apart: \(groups(result.componentsBefore)) before, \(groups(result.componentsAfter)) after.")
        } else if result.componentsAfter == result.componentsBefore {
            lines.append(result.componentsAfter == 1 ? "It stays in one piece."
                : "It stays in \(groups(result.componentsAfter)), as before.")
        } else {
            lines.append("\(groups(result.componentsBefore)) before, \(groups(result.componentsAfter)) after "
                + "(whole groups were removed).")
        }
        if result.noCoordinatorLeft && result.cutOff.isEmpty {
            lines.append("No coordinator is left.")
        } else if result.noCoordinatorLeft {
            lines.append("No coordinator is left: the \(result.cutOff.count) actors who reached one have none, "
                + (result.componentsAfter <= result.componentsBefore ? "although they stay tied to each other."
                    : "and the ties between them break too."))
        }
        return lines
    }

    static func cell(_ cell: ScenarioResult.CoverageCell, names: ScenarioOutput.Names) -> String {
        let place = cell.language.map { "in \(LanguageNames.display($0))" } ?? "in \(cell.district ?? "")"
        return "\(names.service(cell.service)) \(place)"
    }

    static func places(_ loss: ScenarioResult.CapacityLoss, names: ScenarioOutput.Names) -> String {
        "\(names.service(loss.service)): \(loss.places) places"
    }
}
