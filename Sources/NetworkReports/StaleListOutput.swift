import NetworkAnalysis
import NetworkModel
import OutputFiles

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
            ("sentence", .string(StaleListWords.summary(list))),
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

    /// The table for people, then the summary line; `markdown` with a heading.
    public static func text(_ list: StaleList, markdown: Bool) -> String {
        let words = StaleListWords.self
        var table = Table(columns: words.columns, alignments: [.left, .right, .right, .left, .left, .left, .left])
        for finding in list.findings {
            table.append([finding.location?.file ?? "", finding.location.map { String($0.line) } ?? "",
                          finding.location.map { String($0.column) } ?? "", finding.actor, finding.name,
                          words.problem(finding.problem, list.period), finding.lastChecked?.description ?? words.never])
        }
        var out = markdown ? "# \(words.title(list))\n\n" : "\(words.title(list))\n"
        if !list.findings.isEmpty { out += markdown ? table.markdown() + "\n" : table.text() }
        return out + words.summary(list) + "\n"
    }
}

/// The words of the to-do list, in one place for the catalogue of languages.
enum StaleListWords {
    static let columns = ["File", "Line", "Column", "Actor", "Name", "To do", "Last checked"]
    static let never = "never"

    static func title(_ list: StaleList) -> String {
        "Facts to check: not checked since \(list.cutoff) (\(list.period.inWords) before \(list.today)), or without a source"
    }

    static func problem(_ problem: StaleFinding.Problem, _ stalePeriod: StalenessPeriod) -> String {
        switch problem {
        case .stale: return "check again: older than \(stalePeriod.inWords)"
        case .neverChecked: return "check and add 'verified'"
        case .unsourced: return "add a 'source'"
        }
    }

    /// "37 facts older than 18 months, 2 actors never checked, 4 actors without a source".
    static func summary(_ list: StaleList) -> String {
        let stale = list.count(.stale), never = list.count(.neverChecked), unsourced = list.count(.unsourced)
        if list.findings.isEmpty { return "Nothing to check: every actor was checked within \(list.period.inWords) and names a source." }
        return [
            "\(stale) \(stale == 1 ? "fact" : "facts") older than \(list.period.inWords)",
            "\(never) \(never == 1 ? "actor" : "actors") never checked",
            "\(unsourced) \(unsourced == 1 ? "actor" : "actors") without a source",
        ].joined(separator: ", ")
    }
}
