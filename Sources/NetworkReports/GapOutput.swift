import NetworkAnalysis
import NetworkModel

/// The forms a gap list takes: CLI.md's JSON, tables grouped by severity for people, one CSV
/// table for spreadsheets, and the coverage matrix in each of them. Shared by `gaps`, `scenario`,
/// `diff` and the report.
public enum GapOutput {
    /// One gap as CLI.md writes it: kind, severity, the ids that apply, `cut_off`, then message.
    public static func json(_ gap: Gap) -> JSONValue {
        var members: [(String, JSONValue)] = [("kind", .string(gap.kind.rawValue)), ("severity", .string(gap.severity.rawValue))]
        let ids: [(String, String?)] = [
            ("service", gap.service), ("language", gap.language), ("district", gap.district), ("actor", gap.actor),
            ("pathway", gap.pathway), ("from_stage", gap.fromStage), ("to_stage", gap.toStage),
        ]
        for (key, value) in ids { if let value { members.append((key, .string(value))) } }
        if let cutOff = gap.cutOff { members.append(("cut_off", .array(cutOff.map { .string($0) }))) }
        members.append(("message", .string(gap.message)))
        return .object(members)
    }

    public static func json(_ gaps: [Gap]) -> JSONValue { .array(gaps.map(json)) }

    /// `{"network": ..., "gaps": [...]}`, with `"coverage"` last when a matrix is given.
    public static func document(network: String, gaps: [Gap], coverage: CoverageMatrix?) -> JSONValue {
        var members: [(String, JSONValue)] = [("network", .string(network)), ("gaps", json(gaps))]
        if let coverage { members.append(("coverage", json(coverage))) }
        return .object(members)
    }

    public static func json(_ matrix: CoverageMatrix) -> JSONValue {
        func part(_ part: CoverageMatrix.Part) -> JSONValue {
            .object([
                ("columns", .array(part.columns.map { .string($0) })),
                ("rows", .array(part.rows.map { row in
                    .object([("service", .string(row.service)), ("name", .string(row.name)),
                             ("counts", .array(row.counts.map { .int($0) }))])
                })),
            ])
        }
        return .object([("languages", part(matrix.languages)), ("districts", part(matrix.districts))])
    }

    /// The ids of a gap in a few words, for the "Involved" column.
    public static func involved(_ gap: Gap) -> String {
        switch gap.kind {
        case .pathwayBreak:
            return "\(gap.pathway ?? ""): \(gap.fromStage ?? "") → \(gap.toStage ?? "")"
        default:
            return [gap.service, gap.language, gap.district, gap.actor].compactMap { $0 }.joined(separator: " · ")
        }
    }

    /// A table of gaps without the severity (it is in the heading above it).
    public static func table(_ gaps: [Gap]) -> Table {
        Table(columns: ["Kind", "Involved", "Message"],
              rows: gaps.map { [$0.kind.rawValue, involved($0), $0.message] })
    }

    /// Aligned text or Markdown: a heading per severity that has gaps, most severe first.
    public static func grouped(_ gaps: [Gap], markdown: Bool, headingLevel: Int = 2) -> String {
        var out = ""
        for severity in GapSeverity.allCases {
            let group = gaps.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            let title = "\(severity.label) (\(group.count))"
            if markdown {
                out += "\n" + String(repeating: "#", count: headingLevel) + " \(title)\n\n" + table(group).markdown()
            } else {
                out += "\n\(title)\n" + table(group).text()
            }
        }
        return out
    }

    /// The whole `gaps` result for people: a title line, the groups, then the matrix if asked for.
    public static func text(network: String, gaps: [Gap], coverage: CoverageMatrix?, markdown: Bool) -> String {
        var out = markdown ? "# Gaps: \(network)\n\n" : "Gaps: \(network)\n"
        out += gaps.isEmpty ? "No gaps found.\n" : "\(gaps.count) gap\(gaps.count == 1 ? "" : "s") found.\n"
        out += grouped(gaps, markdown: markdown)
        if let coverage {
            let (languages, districts) = coverageTables(coverage)
            for (title, table, need) in [("Coverage by language (providers per service)", languages, "languages"),
                                         ("Coverage by district (providers per service)", districts, "districts")] {
                out += markdown ? "\n## \(title)\n\n" : "\n\(title)\n"
                if table.columns.count == 1 {
                    out += "The network and its required services name no \(need).\n"
                } else {
                    out += markdown ? table.markdown() : table.text()
                }
            }
        }
        return out
    }

    /// One row per gap; the ids in CLI.md's field order, `cut_off` joined with spaces.
    public static func csv(_ gaps: [Gap]) -> String {
        var table = Table(columns: ["severity", "kind", "service", "language", "district", "actor", "pathway",
                                    "from_stage", "to_stage", "cut_off", "message"])
        for gap in gaps {
            table.append([gap.severity.rawValue, gap.kind.rawValue] + gap.ids.map { $0 ?? "" }
                + [(gap.cutOff ?? []).joined(separator: " "), gap.message])
        }
        return table.csv()
    }

    /// Two tables: services down, languages (districts) across, a count of providers per cell.
    /// A part with no columns (no language or district need anywhere) still lists the services.
    public static func coverageTables(_ matrix: CoverageMatrix) -> (languages: Table, districts: Table) {
        func table(_ part: CoverageMatrix.Part) -> Table {
            Table(columns: ["Service"] + part.columns,
                  alignments: [.left] + part.columns.map { _ in .right },
                  rows: part.rows.map { [$0.name] + $0.counts.map(String.init) })
        }
        return (table(matrix.languages), table(matrix.districts))
    }

    /// The long form for spreadsheets: `matrix,service,column,providers`, languages first.
    public static func coverageCSV(_ matrix: CoverageMatrix) -> String {
        var table = Table(columns: ["matrix", "service", "column", "providers"])
        for (name, part) in [("languages", matrix.languages), ("districts", matrix.districts)] {
            for row in part.rows {
                for (column, count) in zip(part.columns, row.counts) {
                    table.append([name, row.service, column, String(count)])
                }
            }
        }
        return table.csv()
    }
}
