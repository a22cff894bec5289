import NetworkAnalysis
import Wording
import OutputFiles

/// The centrality result as the `centrality` command and the report's `centrality.csv` show it:
/// one place decides keys, order, rounding and what counts as an integer.
public enum CentralityOutput {
    /// The shape of CLI.md: keys in that order, `null` for undefined measures; counts stay integers
    /// unless the view is weighted (strength is a sum of weights).
    public static func json(_ result: CentralityResult, rows: [CentralityResult.Row]) -> JSONValue {
        let weighted = result.view.weighted
        func degreeValue(_ value: Double?) -> JSONValue {
            guard let value else { return .null }
            if !weighted, let count = Int(exactly: value) { return .int(count) }
            return .number(value)
        }
        let actors: [JSONValue] = rows.map { row in
            var members: [(String, JSONValue)] = [
                ("id", .string(row.id)), ("name", .string(row.name)), ("kind", .string(row.kind.rawValue)),
                ("degree", degreeValue(row.degree)),
            ]
            if result.view.directed {
                members.append(("in_degree", degreeValue(row.inDegree)))
                members.append(("out_degree", degreeValue(row.outDegree)))
            }
            members += [
                ("degree_centrality", .number(row.degreeCentrality)),
                ("betweenness", .number(row.betweenness)),
                ("closeness", .number(row.closeness)),
                ("harmonic", .number(row.harmonic)),
                ("eigenvector", .number(row.eigenvector)),
                ("pagerank", .number(row.pagerank)),
                ("core", .int(row.core)),
                ("clustering", .number(row.clustering)),
                ("constraint", .number(row.constraint)),
                ("effective_size", .number(row.effectiveSize)),
            ]
            return .object(members)
        }
        return .object([
            ("network", .string(result.network)),
            ("directed", .bool(result.view.directed)),
            ("weighted", .bool(result.view.weighted)),
            ("actors", .array(actors)),
        ])
    }

    /// One row per actor; measures rounded to four decimals for reading, or at full precision for
    /// CSV, which spreadsheets compute with.
    /// In a language other than English (`words`), the headers, kinds and decimals are the
    /// reader's; the CSV (`precise`) always keeps the machine form.
    public static func table(_ result: CentralityResult, rows: [CentralityResult.Row], precise: Bool = false,
                             words: Words = Words(.en)) -> Table {
        let localised = words.language != .en && !precise
        let measures = CentralityMeasure.allCases.filter { measure in
            result.view.directed || (measure != .inDegree && measure != .outDegree)
        }
        let columns = localised ? [words[command: .identifier], words[.name], words[.kind]] + measures.map(words.measure)
            : ["id", "name", "kind"] + measures.map(\.rawValue)
        func shown(_ text: String) -> String {
            localised ? text.replacingOccurrences(of: ".", with: words.decimalSeparator) : text
        }
        var table = Table(columns: columns,
                          alignments: [.left, .left, .left] + measures.map { _ in .right })
        for row in rows {
            let cells = measures.map { measure -> String in
                guard let value = measure.value(in: row) else { return "" }
                switch measure {
                case .core: return String(Int(value))
                case .degree, .inDegree, .outDegree:
                    if !result.view.weighted, let count = Int(exactly: value) { return String(count) }
                    return precise ? JSONValue.format(value) : shown(format(value))
                default: return precise ? JSONValue.format(value) : shown(format(value))
                }
            }
            table.append([row.id, row.name, localised ? words.kind(row.kind) : row.kind.rawValue] + cells)
        }
        return table
    }

    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        let scaled = (value * 10_000).rounded() / 10_000
        var text = String(scaled)
        // Show four decimals consistently: 0.5 → 0.5000.
        // Bytes, not `contains("e")`: a string argument goes through Foundation's search.
        if let dot = text.firstIndex(of: "."), !text.utf8.contains(UInt8(ascii: "e")) {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < 4 { text += String(repeating: "0", count: 4 - decimals) }
        }
        return text
    }
}
