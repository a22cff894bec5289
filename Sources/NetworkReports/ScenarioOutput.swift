import NetworkAnalysis
import NetworkModel

/// The forms a scenario takes: CLI.md's JSON, a plain account for people, CSV and Markdown, and
/// the ranking of `--remove-each`.
public enum ScenarioOutput {
    /// CLI.md's shape, with `pathways_broken` after `services_lost`.
    public static func json(_ result: ScenarioResult) -> JSONValue {
        func strings(_ items: [String]) -> JSONValue { .array(items.map { .string($0) }) }
        return .object([
            ("network", .string(result.network)), ("removed", strings(result.removed)),
            ("cut_off", strings(result.cutOff)), ("services_lost", strings(result.servicesLost)),
            ("pathways_broken", strings(result.pathwaysBroken)),
            ("gaps_opened", GapOutput.json(result.gapsOpened)), ("gaps_closed", GapOutput.json(result.gapsClosed)),
        ])
    }

    public static func text(_ result: ScenarioResult, network: Network, markdown: Bool) -> String {
        let actorNames = Dictionary(network.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let serviceNames = Dictionary(network.services.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let pathwayNames = Dictionary(network.pathways.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func heading(_ title: String) -> String { markdown ? "\n## \(title)\n\n" : "\n\(title)\n" }
        func list(_ ids: [String], _ names: [String: String]) -> String {
            guard !ids.isEmpty else { return markdown ? "None.\n" : "  none\n" }
            return ids.map { (markdown ? "- " : "  ") + "\(names[$0] ?? $0) (\($0))" }.joined(separator: "\n") + "\n"
        }
        var out = markdown ? "# Scenario: \(result.network)\n" : "Scenario: \(result.network)\n"
        out += heading("Removed") + list(result.removed, actorNames)
        out += heading("Cut off from every coordinator (\(result.cutOff.count))") + list(result.cutOff, actorNames)
        out += heading("Services nobody offers any more (\(result.servicesLost.count))") + list(result.servicesLost, serviceNames)
        out += heading("Pathways that break (\(result.pathwaysBroken.count))") + list(result.pathwaysBroken, pathwayNames)
        for (title, gaps) in [("Gaps opened", result.gapsOpened), ("Gaps closed", result.gapsClosed)] {
            out += heading("\(title) (\(gaps.count))")
            if gaps.isEmpty {
                out += markdown ? "None.\n" : "  none\n"
            } else {
                let table = Table(columns: ["Severity", "Kind", "Involved", "Message"],
                                  rows: gaps.map { [$0.severity.rawValue, $0.kind.rawValue, GapOutput.involved($0), $0.message] })
                out += markdown ? table.markdown() : table.text()
            }
        }
        return out
    }

    /// One row per consequence: `change` is cut_off, service_lost, pathway_broken, gap_opened or
    /// gap_closed; `id` the actor, service or pathway, or for gaps the ids involved.
    public static func csv(_ result: ScenarioResult) -> String {
        var table = Table(columns: ["change", "id", "severity", "kind", "message"])
        for id in result.cutOff { table.append(["cut_off", id, "", "", ""]) }
        for id in result.servicesLost { table.append(["service_lost", id, "", "", ""]) }
        for id in result.pathwaysBroken { table.append(["pathway_broken", id, "", "", ""]) }
        for (change, gaps) in [("gap_opened", result.gapsOpened), ("gap_closed", result.gapsClosed)] {
            for gap in gaps {
                table.append([change, GapOutput.involved(gap), gap.severity.rawValue, gap.kind.rawValue, gap.message])
            }
        }
        return table.csv()
    }

    /// `--remove-each`: every actor, most critical first, as a table.
    public static func rankingTable(_ results: [ScenarioResult], network: Network) -> Table {
        let names = Dictionary(network.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var table = Table(columns: ["Rank", "Actor", "Name", "Cut off", "Services lost", "Gaps opened", "Gaps closed"],
                          alignments: [.right, .left, .left, .right, .right, .right, .right])
        for (rank, result) in results.enumerated() {
            let id = result.removed.joined(separator: " ")
            table.append([String(rank + 1), id, names[id] ?? id, String(result.cutOff.count),
                          String(result.servicesLost.count), String(result.gapsOpened.count), String(result.gapsClosed.count)])
        }
        return table
    }

    public static func rankingJSON(_ results: [ScenarioResult], network: Network) -> JSONValue {
        let names = Dictionary(network.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func strings(_ items: [String]) -> JSONValue { .array(items.map { .string($0) }) }
        return .object([
            ("network", .string(network.title)),
            ("ranking", .array(results.enumerated().map { rank, result in
                let id = result.removed.joined(separator: " ")
                return .object([
                    ("rank", .int(rank + 1)), ("id", .string(id)), ("name", .string(names[id] ?? id)),
                    ("cut_off", strings(result.cutOff)), ("services_lost", strings(result.servicesLost)),
                    ("pathways_broken", strings(result.pathwaysBroken)),
                    ("gaps_opened", GapOutput.json(result.gapsOpened)), ("gaps_closed", GapOutput.json(result.gapsClosed)),
                ])
            })),
        ])
    }
}
