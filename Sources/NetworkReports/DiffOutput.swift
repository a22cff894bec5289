import NetworkAnalysis
import NetworkModel

/// The forms a diff takes: CLI.md's JSON, and sections of tables for people (text or Markdown).
public enum DiffOutput {
    /// Values are rounded to six decimals: a diff is read, and the seventh digit is noise.
    static func rounded(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }

    public static func json(_ diff: NetworkDiff) -> JSONValue {
        func snapshot(_ s: NetworkDiff.Snapshot) -> JSONValue {
            .object([("network", .string(s.network)), ("as_of", .string(s.asOf?.description))])
        }
        func actors(_ entries: [NetworkDiff.ActorEntry]) -> JSONValue {
            .array(entries.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) })
        }
        func links(_ keys: [LinkKey]) -> JSONValue {
            .array(keys.map { .object([("from", .string($0.from)), ("to", .string($0.to)), ("type", .string($0.type.rawValue))]) })
        }
        func offers(_ entries: [NetworkDiff.OfferEntry]) -> JSONValue {
            .array(entries.map { .object([("actor", .string($0.actor)), ("service", .string($0.service))]) })
        }
        return .object([
            ("old", snapshot(diff.old)), ("new", snapshot(diff.new)),
            ("actors_added", actors(diff.actorsAdded)), ("actors_removed", actors(diff.actorsRemoved)),
            ("actors_changed", .array(diff.actorsChanged.map {
                .object([("id", .string($0.id)), ("name", .string($0.name)), ("fields", .array($0.fields.map { .string($0) }))])
            })),
            ("links_added", links(diff.linksAdded)), ("links_removed", links(diff.linksRemoved)),
            ("links_changed", .array(diff.linksChanged.map {
                .object([("from", .string($0.link.from)), ("to", .string($0.link.to)), ("type", .string($0.link.type.rawValue)),
                         ("old_weight", .number($0.oldWeight)), ("new_weight", .number($0.newWeight))])
            })),
            ("offers_added", offers(diff.offersAdded)), ("offers_removed", offers(diff.offersRemoved)),
            ("gaps_opened", GapOutput.json(diff.gapsOpened)), ("gaps_closed", GapOutput.json(diff.gapsClosed)),
            ("centrality_changes", .array(diff.centralityChanges.map {
                .object([("id", .string($0.id)), ("measure", .string($0.measure.rawValue)),
                         ("old", .number(rounded($0.old))), ("new", .number(rounded($0.new)))])
            })),
        ])
    }

    public static func text(_ diff: NetworkDiff, markdown: Bool) -> String {
        func heading(_ title: String, _ count: Int) -> String {
            markdown ? "\n## \(title) (\(count))\n\n" : "\n\(title) (\(count))\n"
        }
        func render(_ table: Table) -> String {
            guard !table.rows.isEmpty else { return markdown ? "None.\n" : "  none\n" }
            return markdown ? table.markdown() : table.text()
        }
        func date(_ s: NetworkDiff.Snapshot) -> String { s.asOf.map { " (as of \($0))" } ?? "" }
        var out = markdown ? "# Changes\n\n" : ""
        out += "Old: \(diff.old.network)\(date(diff.old))\nNew: \(diff.new.network)\(date(diff.new))\n"
        out += heading("Actors added", diff.actorsAdded.count)
            + render(Table(columns: ["Actor", "Name"], rows: diff.actorsAdded.map { [$0.id, $0.name] }))
        out += heading("Actors removed", diff.actorsRemoved.count)
            + render(Table(columns: ["Actor", "Name"], rows: diff.actorsRemoved.map { [$0.id, $0.name] }))
        out += heading("Actors changed", diff.actorsChanged.count)
            + render(Table(columns: ["Actor", "Name", "Fields"],
                           rows: diff.actorsChanged.map { [$0.id, $0.name, $0.fields.joined(separator: ", ")] }))
        func linkRows(_ keys: [LinkKey]) -> [[String]] { keys.map { [$0.from, $0.to, $0.type.rawValue] } }
        out += heading("Links added", diff.linksAdded.count)
            + render(Table(columns: ["From", "To", "Type"], rows: linkRows(diff.linksAdded)))
        out += heading("Links removed", diff.linksRemoved.count)
            + render(Table(columns: ["From", "To", "Type"], rows: linkRows(diff.linksRemoved)))
        out += heading("Link weights changed", diff.linksChanged.count)
            + render(Table(columns: ["From", "To", "Type", "Old", "New"],
                           alignments: [.left, .left, .left, .right, .right],
                           rows: diff.linksChanged.map {
                               [$0.link.from, $0.link.to, $0.link.type.rawValue, NumberText.plain($0.oldWeight), NumberText.plain($0.newWeight)]
                           }))
        out += heading("Offers added", diff.offersAdded.count)
            + render(Table(columns: ["Actor", "Service"], rows: diff.offersAdded.map { [$0.actor, $0.service] }))
        out += heading("Offers removed", diff.offersRemoved.count)
            + render(Table(columns: ["Actor", "Service"], rows: diff.offersRemoved.map { [$0.actor, $0.service] }))
        for (title, gaps) in [("Gaps opened", diff.gapsOpened), ("Gaps closed", diff.gapsClosed)] {
            out += heading(title, gaps.count)
                + render(Table(columns: ["Severity", "Kind", "Involved", "Message"],
                               rows: gaps.map { [$0.severity.rawValue, $0.kind.rawValue, GapOutput.involved($0), $0.message] }))
        }
        out += heading("Largest centrality changes", diff.centralityChanges.count)
            + render(Table(columns: ["Actor", "Measure", "Old", "New", "Change"],
                           alignments: [.left, .left, .right, .right, .right],
                           rows: diff.centralityChanges.map {
                               [$0.id, $0.measure.rawValue, fixed($0.old), fixed($0.new), (($0.change >= 0) ? "+" : "") + fixed($0.change)]
                           }))
        return out
    }

    /// Four decimals, for tables.
    static func fixed(_ value: Double) -> String {
        let scaled = Int((abs(value) * 10_000).rounded())
        let digits = String(scaled % 10_000)
        return (value < 0 && scaled != 0 ? "-" : "") + "\(scaled / 10_000)." + String(repeating: "0", count: 4 - digits.count) + digits
    }
}
