import NetworkAnalysis
import NetworkModel
import Wording
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
            ("coordinator_load", result.coordinatorLoad.map { load in .object([
                ("coordinators", .array(load.coordinators.map { .string($0) })),
                ("pairs", .int(load.pairs)),
                ("disconnected_pairs", .int(load.disconnectedPairs)),
                ("pairs_only_through_coordinators", .int(load.pairsOnlyThroughCoordinators)),
                ("pairs_partly_through_coordinators", .int(load.pairsPartlyThroughCoordinators)),
                ("share", .number(load.share)),
                ("shortest_paths", .number(load.shortestPaths)),
                ("shortest_paths_through_coordinators", .number(load.shortestPathsThroughCoordinators)),
            ]) } ?? .null),
            ("sentences", .array(Words(.en).brokerageSentences(result).map { .string($0) })),
        ])
    }

    /// One row per actor, headed and filled in the reader's language: groups, roles and numbers
    /// as `words` writes them. English keeps the machine column names the CSV has.
    public static func table(_ result: BrokerageResult, words: Words) -> Table {
        guard words.language != .en else { return table(result) }
        let roles = BrokerageRole.allCases
        var table = Table(columns: [words[command: .identifier], words[.name], words[.group]] + roles.map(words.brokerageRole)
                            + [words[.total]],
                          alignments: [.left, .left, .left] + roles.map { _ in .right } + [.right])
        for row in result.rows {
            table.append([row.id, row.name, BrokerageReportSections.groupName(row.group, grouping: result.grouping, words: words)]
                + roles.map { words.integer(row.counts[$0]) } + [words.integer(row.counts.total)])
        }
        return table
    }

    /// The table, then the coordinators' load and the sentences, in the reader's language;
    /// `markdown` for reports.
    public static func text(_ result: BrokerageResult, markdown: Bool, words: Words = Words(.en)) -> String {
        let english = words.language == .en
        // Names from the file are data: in Markdown they are escaped, never markup (issue 21).
        let shown: (String) -> String = { markdown ? MarkdownText.inline($0) : $0 }
        func heading(_ title: String) -> String { markdown ? "\n## \(title)\n\n" : "\n\(title)\n" }
        func paths(_ value: Double) -> String {
            english || !(value.isFinite && value == value.rounded() && abs(value) < 1e15) ? NumberText.plain(value)
                : words.integer(Int(value))
        }
        func count(_ value: Int) -> String { english ? String(value) : words.integer(value) }
        let title = words.labelled(words.brokerageHeading(result.grouping), english ? result.network : shown(result.network))
        var out = markdown ? "# \(english ? "Brokerage by \(result.grouping.rawValue): \(shown(result.network))" : title)\n\n"
            : "\(english ? "Brokerage by \(result.grouping.rawValue): \(result.network)" : title)\n\n"
        let table = table(result, words: words)
        out += markdown ? table.markdown() : table.text()
        let item = markdown ? "- " : "  "
        if let load = result.coordinatorLoad {
            out += heading(words[command: .coordinatorsLoad])
            let coordinators = english ? words[.coordinators].lowercased() : words[.coordinators]
            out += item + words.labelled(coordinators, load.coordinators.isEmpty ? words[command: .none]
                                            : shown(load.coordinators.joined(separator: ", "))) + "\n"
            out += item + words.labelled(words[command: .meanPerPairThroughCoordinator], ReportNumber.short(load.share, in: words)) + "\n"
            out += item + words.labelled(words[command: .pathsThroughCoordinatorAllPairs],
                                         words.outOf(paths(load.shortestPathsThroughCoordinators), paths(load.shortestPaths))) + "\n"
            let parts = words.labelled(words[command: .onlyThroughCoordinators], count(load.pairsOnlyThroughCoordinators)) + ", "
                + words.labelled(words[command: .partly], count(load.pairsPartlyThroughCoordinators))
                + words.semicolon
                + words.labelled(words[command: .notConnected], count(load.disconnectedPairs))
            out += item + words.labelled(words[command: .connectedCrossSectorPairs], "\(count(load.pairs)) (\(parts))") + "\n"
        }
        out += heading(words[command: .inBrief])
        out += words.brokerageSentences(result).map { item + shown($0) }.joined(separator: "\n") + "\n"
        return out
    }
}
