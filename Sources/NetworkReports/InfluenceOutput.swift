import NetworkAnalysis
import Wording
import OutputFiles

/// Perceived against measured influence as the `influence` command prints it and a report can
/// embed it.
public enum InfluenceOutput {
    /// Rated actors by perceived rank, then the actors not rated, marked as such.
    public static func table(_ result: InfluenceComparison) -> Table {
        let seen = Set(result.seenButPeripheral), unseen = Set(result.centralButUnseen)
        var table = Table(columns: ["id", "name", "influence", result.measure.rawValue, "perceived_rank", "measured_rank", "finding"],
                          alignments: [.left, .left, .right, .right, .right, .right, .left])
        for row in result.rows {
            let finding = seen.contains(row.id) ? "seen but peripheral" : unseen.contains(row.id) ? "central but unseen" : ""
            table.append([row.id, row.name, ReportNumber.short(row.influence), ReportNumber.short(row.measured),
                          ReportNumber.short(row.perceivedRank), ReportNumber.short(row.measuredRank), finding])
        }
        for id in result.notMeasured {
            table.append([id, "", "", "", "", "", "not measured"])
        }
        for actor in result.notRated {
            table.append([actor.id, actor.name, "", ReportNumber.short(actor.measured), "", "", "not rated"])
        }
        return table
    }

    /// The same rows headed and filled in the reader's language (findings, measure and decimals
    /// as `words` writes them); ids stay as written.
    public static func table(_ result: InfluenceComparison, words: Words) -> Table {
        let seen = Set(result.seenButPeripheral), unseen = Set(result.centralButUnseen)
        func number(_ value: Double?) -> String { ReportNumber.short(value, in: words) }
        var table = Table(columns: [words[command: .identifier], words[.name], words[.influence], words.measure(result.measure),
                                    words[.perceivedRank], words[.measuredRank], words[.finding]],
                          alignments: [.left, .left, .right, .right, .right, .right, .left])
        for row in result.rows {
            let finding = seen.contains(row.id) ? words[.seenButPeripheral] : unseen.contains(row.id) ? words[.centralButUnseen] : ""
            table.append([row.id, row.name, number(row.influence), number(row.measured), number(row.perceivedRank),
                          number(row.measuredRank), finding])
        }
        for id in result.notMeasured {
            table.append([id, "", "", "", "", "", words[.notMeasured]])
        }
        for actor in result.notRated {
            table.append([actor.id, actor.name, "", number(actor.measured), "", "", words[.notRated]])
        }
        return table
    }

    public static func json(_ result: InfluenceComparison) -> JSONValue {
        func strings(_ items: [String]) -> JSONValue { .array(items.map { .string($0) }) }
        return .object([
            ("network", .string(result.network)),
            ("measure", .string(result.measure.rawValue)),
            ("spearman", .number(result.spearman)),
            ("actors", .array(result.rows.map { row in
                .object([("id", .string(row.id)), ("name", .string(row.name)), ("influence", .number(row.influence)),
                         ("measured", .number(row.measured)), ("perceived_rank", .number(row.perceivedRank)),
                         ("measured_rank", .number(row.measuredRank))])
            })),
            ("seen_but_peripheral", strings(result.seenButPeripheral)),
            ("central_but_unseen", strings(result.centralButUnseen)),
            ("not_rated", .array(result.notRated.map { actor in
                .object([("id", .string(actor.id)), ("name", .string(actor.name)), ("measured", .number(actor.measured))])
            })),
            ("not_measured", strings(result.notMeasured)),
            ("sentences", strings(Words(.en).influenceSentences(result))),
        ])
    }

    public static func text(_ result: InfluenceComparison, markdown: Bool, words: Words = Words(.en)) -> String {
        let english = words.language == .en
        // Names from the file are data: in Markdown they are escaped, never markup (issue 21).
        let shown: (String) -> String = { markdown ? MarkdownText.inline($0) : $0 }
        let title = words.labelled(words.influenceHeading(result.measure), result.network)
        var out = markdown ? "# \(shown(title))\n\n" : "\(title)\n\n"
        let table = english ? table(result) : table(result, words: words)
        out += markdown ? table.markdown() : table.text()
        out += markdown ? "\n## \(words[command: .inBrief])\n\n" : "\n\(words[command: .inBrief])\n"
        out += words.influenceSentences(result).map { (markdown ? "- " : "  ") + shown($0) }.joined(separator: "\n") + "\n"
        return out
    }
}
