import NetworkAnalysis
import NetworkModel
import OutputFiles
import Wording

/// The `validate --stale-after` to-do list in every form: one row per finding, oldest first, and
/// the summary line. Every English word is in `StaleListWords` below.
public enum StaleListOutput {
    public static func json(_ list: StaleList) -> JSONValue {
        .object([
            ("stale_after", .string(list.period.description)),
            ("today", .string(list.today.description)),
            ("cutoff", .string(list.cutoff.description)),
            ("findings", .array(list.findings.map { finding in
                .object([
                    ("file", .string(finding.location?.file)), ("line", finding.location.map { .int($0.line) } ?? .null),
                    ("column", finding.location.map { .int($0.column) } ?? .null),
                    ("actor", .string(finding.actor)), ("name", .string(finding.name)),
                    ("problem", .string(finding.problem.rawValue)),
                    ("last_checked", .string(finding.lastChecked?.description)),
                ])
            })),
            ("summary", .object([
                ("stale", .int(list.count(.stale))), ("never_checked", .int(list.count(.neverChecked))),
                ("unsourced", .int(list.count(.unsourced))),
            ])),
            ("sentence", .string(summary(list, words: Words(.en)))),
        ])
    }

    public static func csv(_ list: StaleList) -> String {
        var table = Table(columns: ["file", "line", "column", "actor", "name", "problem", "last_checked"])
        for finding in list.findings {
            table.append([finding.location?.file ?? "", finding.location.map { String($0.line) } ?? "",
                          finding.location.map { String($0.column) } ?? "", finding.actor, finding.name,
                          finding.problem.rawValue, finding.lastChecked?.description ?? ""])
        }
        return table.csv()
    }

    /// The table for people, then the summary line, in the reader's language; `markdown` with a heading.
    public static func text(_ list: StaleList, markdown: Bool, words: Words = Words(.en)) -> String {
        var table = Table(columns: words.staleColumns, alignments: [.left, .right, .right, .left, .left, .left, .left])
        for finding in list.findings {
            table.append([finding.location?.file ?? "", finding.location.map { String($0.line) } ?? "",
                          finding.location.map { String($0.column) } ?? "", finding.actor, finding.name,
                          words.staleProblem(finding.problem, period: list.period),
                          finding.lastChecked.map(words.listDate) ?? words.never])
        }
        let title = words.staleTitle(cutoff: list.cutoff, period: list.period, today: list.today)
        var out = markdown ? "# \(title)\n\n" : "\(title)\n"
        if !list.findings.isEmpty { out += markdown ? table.markdown() + "\n" : table.text() }
        return out + summary(list, words: words) + "\n"
    }

    static func summary(_ list: StaleList, words: Words) -> String {
        words.staleSummary(stale: list.count(.stale), never: list.count(.neverChecked), unsourced: list.count(.unsourced),
                           period: list.period)
    }
}
