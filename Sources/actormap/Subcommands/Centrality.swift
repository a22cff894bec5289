import ArgumentParser
import NetworkAnalysis
import NetworkModel
import NetworkReports

/// Every centrality per actor (CLI.md, `centrality`). The numbers come from NetworkAnalysis and
/// follow networkx 3.x definitions; this file only chooses the view, orders rows and formats.
struct Centrality: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "All centralities per actor: degree, betweenness, closeness, harmonic, eigenvector, PageRank, core, clustering, Burt's constraint and effective size.")

    @OptionGroup var input: InputOptions
    @OptionGroup var output: FormatOption

    @Flag(name: .long, help: "Keep the direction of directed link types; cooperates and partners count both ways.")
    var directed = false

    @Flag(name: .long, help: "Use link weights: strength for degree, 1/weight as distance for path measures.")
    var weighted = false

    @Option(name: .long, help: "Show only the first N actors after sorting.")
    var top: Int?

    @Option(name: .long, help: "Order actors by this measure, highest first (ties by id): \(Centrality.measureList).")
    var sort: CentralityMeasure?

    static var measureList: String { CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ") }

    func validate() throws {
        if let top, top < 1 {
            throw ValidationError("'--top' needs a positive number of actors, not \(top).")
        }
        if let sort, !directed, sort == .inDegree || sort == .outDegree {
            throw ValidationError("'--sort \(sort.rawValue)' needs '--directed'.")
        }
    }

    func run() throws {
        let network = try input.load()
        let result = CentralityResult(network: network, view: GraphView(directed: directed, weighted: weighted))
        var rows = result.sorted(by: sort)
        if let top { rows = Array(rows.prefix(top)) }
        switch output.format {
        case .json: StandardStreams.write(Centrality.json(result, rows: rows).serialized() + "\n")
        case .table: StandardStreams.write(Centrality.table(result, rows: rows).text())
        case .csv: StandardStreams.write(Centrality.table(result, rows: rows, precise: true).csv())
        case .markdown: StandardStreams.write(Centrality.table(result, rows: rows).markdown())
        }
    }

    /// The shape of CLI.md: keys in that order, `null` for undefined measures; counts stay integers
    /// unless the view is weighted (strength is a sum of weights).
    static func json(_ result: CentralityResult, rows: [CentralityResult.Row]) -> JSONValue {
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
    static func table(_ result: CentralityResult, rows: [CentralityResult.Row], precise: Bool = false) -> Table {
        let measures = CentralityMeasure.allCases.filter { measure in
            result.view.directed || (measure != .inDegree && measure != .outDegree)
        }
        var table = Table(columns: ["id", "name", "kind"] + measures.map(\.rawValue),
                          alignments: [.left, .left, .left] + measures.map { _ in .right })
        for row in rows {
            let cells = measures.map { measure -> String in
                guard let value = measure.value(in: row) else { return "" }
                switch measure {
                case .core: return String(Int(value))
                case .degree, .inDegree, .outDegree:
                    if !result.view.weighted, let count = Int(exactly: value) { return String(count) }
                    return precise ? JSONValue.format(value) : format(value)
                default: return precise ? JSONValue.format(value) : format(value)
                }
            }
            table.append([row.id, row.name, row.kind.rawValue] + cells)
        }
        return table
    }

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        let scaled = (value * 10_000).rounded() / 10_000
        var text = String(scaled)
        // Show four decimals consistently: 0.5 → 0.5000.
        if let dot = text.firstIndex(of: "."), !text.contains("e") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < 4 { text += String(repeating: "0", count: 4 - decimals) }
        }
        return text
    }
}

extension CentralityMeasure: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: String(argument.map { $0 == "-" ? "_" : $0 }))
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
