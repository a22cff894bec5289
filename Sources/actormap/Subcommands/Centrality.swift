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
    @OptionGroup var language: LanguageOption

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
        let result = TerminalWorkNotice.run(actors: network.actors.count, words: language.words) {
            CentralityResult(network: network, view: GraphView(directed: directed, weighted: weighted))
        }
        var rows = result.sorted(by: sort)
        if let top { rows = Array(rows.prefix(top)) }
        switch output.format {
        case .json: StandardStreams.write(CentralityOutput.json(result, rows: rows).serialized() + "\n")
        case .table: StandardStreams.write(CentralityOutput.table(result, rows: rows, words: language.words).text())
        case .csv: StandardStreams.write(CentralityOutput.table(result, rows: rows, precise: true).csv())
        case .markdown: StandardStreams.write(CentralityOutput.table(result, rows: rows, words: language.words).markdown())
        }
    }
}

extension CentralityMeasure: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: String(argument.map { $0 == "-" ? "_" : $0 }))
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
