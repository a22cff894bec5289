import NetworkAnalysis
import NetworkModel
import Wording
import OutputFiles

/// The forms a gap list takes: CLI.md's JSON, tables grouped by severity for people, one CSV
/// table for spreadsheets, and the coverage matrix in each of them. Shared by `gaps`, `scenario`,
/// `diff` and the report.
public enum GapOutput {
    /// One gap as CLI.md writes it: kind, severity, the ids that apply, `cut_off`, message, then
    /// `accepted` (`{"reason", "until"}`) for a gap the network accepts.
    public static func json(_ gap: Gap) -> JSONValue {
        var members: [(String, JSONValue)] = [("kind", .string(gap.kind.rawValue)), ("severity", .string(gap.severity.rawValue))]
        let ids: [(String, String?)] = [
            ("service", gap.service), ("language", gap.language), ("district", gap.district), ("actor", gap.actor),
            ("pathway", gap.pathway), ("from_stage", gap.fromStage), ("to_stage", gap.toStage),
        ]
        for (key, value) in ids { if let value { members.append((key, .string(value))) } }
        if let cutOff = gap.cutOff { members.append(("cut_off", .array(cutOff.map { .string($0) }))) }
        members.append(("message", .string(gap.message)))
        if let accepted = gap.accepted {
            members.append(("accepted", .object([("reason", .string(accepted.reason)),
                                                 ("until", accepted.until.map { .string($0.description) } ?? .null)])))
        }
        return .object(members)
    }

    public static func json(_ gaps: [Gap]) -> JSONValue { .array(gaps.map(json)) }

    /// `{"network": ..., "gaps": [...]}`, with `"coverage"` last when a matrix is given.
    public static func document(network: String, gaps: [Gap], coverage: CoverageMatrix?) -> JSONValue {
        var members: [(String, JSONValue)] = [("network", .string(network)), ("gaps", json(gaps))]
        if let coverage { members.append(("coverage", json(coverage))) }
        return .object(members)
    }

    /// Each row keeps `counts` (direct providers per column) and adds `cells`, each cell's state
    /// (`offered` with its providers, `through-interpreting` with its interpreters, `missing`,
    /// `not-needed`), `capacity` (places summed over the service's offers, `null` when no offer
    /// gives one) and, for districts, `capacities` per column.
    public static func json(_ matrix: CoverageMatrix) -> JSONValue {
        func cell(_ cell: CoverageMatrix.Cell) -> JSONValue {
            var members: [(String, JSONValue)] = [("state", .string(cell.state))]
            switch cell {
            case .offered(let providers): members.append(("providers", .int(providers)))
            case .throughInterpreting(let interpreters): members.append(("interpreters", .array(interpreters.map { .string($0) })))
            case .missing, .notNeeded: break
            }
            return .object(members)
        }
        func part(_ part: CoverageMatrix.Part) -> JSONValue {
            .object([
                ("columns", .array(part.columns.map { .string($0) })),
                ("rows", .array(part.rows.map { row in
                    var members: [(String, JSONValue)] = [
                        ("service", .string(row.service)), ("name", .string(row.name)),
                        ("counts", .array(row.counts.map { .int($0) })), ("cells", .array(row.cells.map(cell))),
                        ("capacity", row.capacity.map { .int($0) } ?? .null),
                    ]
                    if let capacities = row.capacities {
                        members.append(("capacities", .array(capacities.map { $0.map { .int($0) } ?? .null })))
                    }
                    return .object(members)
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

    /// The gaps at or above `minimum`, the rest left out (`--min-severity`).
    public static func atLeast(_ minimum: GapSeverity, _ gaps: [Gap]) -> [Gap] {
        gaps.filter { $0.severity <= minimum }
    }

    /// Aligned text or Markdown: the open gaps grouped (`GapGrouping`) under a heading per
    /// severity, most severe first, then the accepted ones under their own heading with their reasons.
    public static func grouped(_ gaps: [Gap], network: Network, markdown: Bool, headingLevel: Int = 2,
                               language: OutputLanguage = .en) -> String {
        let words = language.words
        let groups = GapGrouping.groups(gaps, in: network, languageName: words.languageName)
        func heading(_ title: String) -> String {
            markdown ? "\n" + String(repeating: "#", count: headingLevel) + " \(title)\n\n" : "\n\(title)\n"
        }
        func render(_ table: Table) -> String { markdown ? table.markdown() : table.text() }
        var out = ""
        for severity in GapSeverity.allCases {
            let group = groups.filter { $0.isOpen && $0.severity == severity }
            guard !group.isEmpty else { continue }
            let count = group.reduce(0) { $0 + $1.gaps.count }
            out += heading("\(words.severity(severity)) (\(count))")
            out += render(Table(columns: [words[.kind], words[.gaps]], rows: group.map {
                [words.gapKind($0.kind), GapSentences.sentence(for: $0, in: network, language: language)]
            }))
        }
        let accepted = groups.filter { !$0.isOpen }
        if !accepted.isEmpty {
            let count = accepted.reduce(0) { $0 + $1.gaps.count }
            out += heading("\(words[.accepted]) (\(count))")
            out += render(Table(columns: [words[.kind], words[.gaps], words[.reason]],
                                rows: accepted.map { group in
                [words.gapKind(group.kind), GapSentences.sentence(for: group, in: network, language: language),
                 group.acceptance.map { GapSentences.acceptance($0, language: language) } ?? ""]
            }))
        }
        return out
    }

    /// The whole `gaps` result for people: a title line, the groups, then the matrix if asked for.
    public static func text(network: Network, gaps: [Gap], coverage: CoverageMatrix?, markdown: Bool,
                            language: OutputLanguage = .en) -> String {
        let open = gaps.filter(\.isOpen).count
        let accepted = gaps.count - open
        let words = language.words
        let title = words.labelled(words[.gaps], network.title)
        var out = markdown ? "# \(MarkdownText.inline(title))\n\n" : "\(title)\n"
        if gaps.isEmpty {
            out += words[.noGaps] + "\n"
        } else {
            out += words.gapsFound(open: open, accepted: accepted) + "\n"
        }
        out += grouped(gaps, network: network, markdown: markdown, language: language)
        if let coverage {
            let (languages, districts) = coverageTables(coverage, language: language)
            for (title, table, none) in [(words[.coverageByLanguage], languages, words[.noLanguagesNamed]),
                                         (words[.coverageByDistrict], districts, words[.noDistrictsNamed])] {
                out += markdown ? "\n## \(title)\n\n" : "\n\(title)\n"
                if table.columns.count == 1 {
                    out += none + "\n"
                } else {
                    out += markdown ? table.markdown() : table.text()
                }
            }
            out += (markdown ? "\n" : "\n") + words[.coverageLegend] + "\n"
        }
        return out
    }

    /// What the marks in a coverage table mean.
    public static let coverageLegend = Words(.en)[.coverageLegend]

    /// One row per gap; the ids in CLI.md's field order, `cut_off` joined with spaces, and the
    /// acceptance (reason, until) where the network accepts the gap.
    public static func csv(_ gaps: [Gap]) -> String {
        var table = Table(columns: ["severity", "kind", "service", "language", "district", "actor", "pathway",
                                    "from_stage", "to_stage", "cut_off", "message", "accepted_reason", "accepted_until"])
        for gap in gaps {
            table.append([gap.severity.rawValue, gap.kind.rawValue] + gap.ids.map { $0 ?? "" }
                + [(gap.cutOff ?? []).joined(separator: " "), gap.message, gap.accepted?.reason ?? "",
                   gap.accepted?.until?.description ?? ""])
        }
        return table.csv()
    }

    /// How a cell reads in a text or Markdown table: providers (with places), `i`, `–` or `·`.
    public static func cellText(_ cell: CoverageMatrix.Cell, capacity: Int? = nil) -> String {
        switch cell {
        case .offered(let providers): return capacity.map { "\(providers) (\($0))" } ?? String(providers)
        case .throughInterpreting: return "i"
        case .missing: return "–"
        case .notNeeded: return "·"
        }
    }

    /// Two tables: services down, languages (districts) across, a cell per service and column;
    /// a "Places" column at the end when any offer gives a capacity. A part with no columns (no
    /// language or district need anywhere) still lists the services.
    public static func coverageTables(_ matrix: CoverageMatrix,
                                      language: OutputLanguage = .en) -> (languages: Table, districts: Table) {
        let words = language.words
        func table(_ part: CoverageMatrix.Part, columns: [String]) -> Table {
            let places = part.rows.contains { $0.capacity != nil } && !part.columns.isEmpty
            return Table(columns: [words[.service]] + columns + (places ? [words[.placesColumn]] : []),
                         alignments: [.left] + part.columns.map { _ in .right } + (places ? [.right] : []),
                         rows: part.rows.map { row in
                [row.name] + row.cells.indices.map { cellText(row.cells[$0], capacity: row.capacities?[$0]) }
                    + (places ? [row.capacity.map(String.init) ?? ""] : [])
            })
        }
        // Languages by name for a reader of another language; English keeps the tags it always showed.
        let languageColumns = language == .en ? matrix.languages.columns : matrix.languages.columns.map(words.languageName)
        return (table(matrix.languages, columns: languageColumns), table(matrix.districts, columns: matrix.districts.columns))
    }

    /// The long form for spreadsheets: `matrix,service,column,providers,state,capacity`,
    /// languages first; `capacity` only for districts, where offers give one.
    public static func coverageCSV(_ matrix: CoverageMatrix) -> String {
        var table = Table(columns: ["matrix", "service", "column", "providers", "state", "capacity"])
        for (name, part) in [("languages", matrix.languages), ("districts", matrix.districts)] {
            for row in part.rows {
                for index in part.columns.indices {
                    let capacity = row.capacities?[index].map(String.init) ?? ""
                    table.append([name, row.service, part.columns[index], String(row.counts[index]),
                                  row.cells[index].state, capacity])
                }
            }
        }
        return table.csv()
    }
}
