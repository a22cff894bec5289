import NetworkAnalysis
import NetworkModel
import OutputFiles

/// The brokerage result as the `brokerage` command prints it and a report can embed it: one place
/// decides keys, column order and the wording around the table.
public enum BrokerageOutput {
    static let roleColumns = BrokerageRole.allCases.map(\.rawValue)

    /// One row per actor in the result's order (total descending, then id).
    public static func table(_ result: BrokerageResult) -> Table {
        var table = Table(columns: ["id", "name", "group"] + roleColumns + ["total"],
                          alignments: [.left, .left, .left] + roleColumns.map { _ in .right } + [.right])
        for row in result.rows {
            table.append([row.id, row.name, row.group]
                + BrokerageRole.allCases.map { String(row.counts[$0]) } + [String(row.counts.total)])
        }
        return table
    }

    public static func json(_ result: BrokerageResult) -> JSONValue {
        let load = result.coordinatorLoad
        return .object([
            ("network", .string(result.network)),
            ("groups", .string(result.grouping.rawValue)),
            ("actors", .array(result.rows.map { row in
                .object([("id", .string(row.id)), ("name", .string(row.name)), ("group", .string(row.group))]
                    + BrokerageRole.allCases.map { ($0.rawValue, JSONValue.int(row.counts[$0])) }
                    + [("total", .int(row.counts.total))])
            })),
            ("totals", .object(BrokerageRole.allCases.map { ($0.rawValue, JSONValue.int(result.totals[$0])) }
                + [("total", .int(result.totals.total))])),
            ("coordinator_load", .object([
                ("coordinators", .array(load.coordinators.map { .string($0) })),
                ("pairs", .int(load.pairs)),
                ("disconnected_pairs", .int(load.disconnectedPairs)),
                ("pairs_only_through_coordinators", .int(load.pairsOnlyThroughCoordinators)),
                ("pairs_partly_through_coordinators", .int(load.pairsPartlyThroughCoordinators)),
                ("share", .number(load.share)),
                ("shortest_paths", .number(load.shortestPaths)),
                ("shortest_paths_through_coordinators", .number(load.shortestPathsThroughCoordinators)),
            ])),
            ("sentences", .array(result.sentences.map { .string($0) })),
        ])
    }

    /// The table, then the coordinators' load and the sentences; `markdown` for reports.
    public static func text(_ result: BrokerageResult, markdown: Bool) -> String {
        let load = result.coordinatorLoad
        // Names from the file are data: in Markdown they are escaped, never markup (issue 21).
        let shown: (String) -> String = { markdown ? MarkdownText.inline($0) : $0 }
        var out = markdown ? "# Brokerage by \(result.grouping.rawValue): \(shown(result.network))\n\n"
            : "Brokerage by \(result.grouping.rawValue): \(result.network)\n\n"
        let table = table(result)
        out += markdown ? table.markdown() : table.text()
        out += markdown ? "\n## Coordinators' load\n\n" : "\nCoordinators' load\n"
        let item = markdown ? "- " : "  "
        out += item + "coordinators: " + (load.coordinators.isEmpty ? "none" : shown(load.coordinators.joined(separator: ", "))) + "\n"
        out += item + "mean per connected civil-society–public pair of its shortest paths through a coordinator: "
            + "\(ReportNumber.short(load.share))\n"
        out += item + "shortest paths through a coordinator, all pairs together: "
            + "\(NumberText.plain(load.shortestPathsThroughCoordinators)) of \(NumberText.plain(load.shortestPaths))\n"
        out += item + "connected cross-sector pairs: \(load.pairs) (only through coordinators: \(load.pairsOnlyThroughCoordinators), "
            + "partly: \(load.pairsPartlyThroughCoordinators); not connected: \(load.disconnectedPairs))\n"
        out += markdown ? "\n## In brief\n\n" : "\nIn brief\n"
        out += result.sentences.map { item + shown($0) }.joined(separator: "\n") + "\n"
        return out
    }
}
