import ArgumentParser
import NetworkAnalysis
import NetworkModel
import NetworkReports


/// Perceived influence (`influence` in the file) set beside a measured centrality.
struct Influence: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Perceived influence against measured centrality.",
        discussion: """
            Rated actors are ranked by influence and by the measure (rank 1 highest, ties share the \
            average rank; for constraint the lowest ranks first). Seen but peripheral: perceived rank in \
            the top third, measured rank in the bottom third; central but unseen: the reverse. Spearman's \
            rho compares the two rankings. Actors without influence are listed as not rated.
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var output: FormatOption
    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: "The centrality to compare with (default: betweenness).")
    var measure: CentralityMeasure = .betweenness

    @Flag(name: .long, help: "Directed view: directed link types keep their direction.")
    var directed = false

    @Flag(name: .long, help: "Weighted view: a pair's weight is the sum of its links' weights.")
    var weighted = false

    func validate() throws {
        if !directed && (measure == .inDegree || measure == .outDegree) {
            throw ValidationError("--measure \(measure.rawValue) needs --directed")
        }
    }

    func run() throws {
        let network = try input.load()
        let result = TerminalWorkNotice.run(actors: network.actors.count, words: language.words) {
            InfluenceAnalysis.compare(network, measure: measure, view: GraphView(directed: directed, weighted: weighted))
        }
        switch output.format {
        case .json: StandardStreams.write(InfluenceOutput.json(result).serialized() + "\n")
        case .csv: StandardStreams.write(InfluenceOutput.table(result).csv())
        case .table, .markdown:
            StandardStreams.write(InfluenceOutput.text(result, markdown: output.format == .markdown, words: language.words))
        }
    }
}
