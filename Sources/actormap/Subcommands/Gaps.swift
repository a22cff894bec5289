import ArgumentParser
import NetworkAnalysis
import NetworkModel
import NetworkReports

/// Every gap of a network, most severe first; with `--matrix`, the coverage behind them.
struct Gaps: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every gap in a network, most severe first.",
        discussion: """
            Gap kinds: missing-service, language, district, single-provider, no-coordinator, unreachable,
            single-point-of-failure, unlinked-migrant-organisation, pathway-break. With --format csv and
            --matrix, only the coverage table (matrix,service,column,providers) is written, so that the
            output stays one CSV table.
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var output: FormatOption

    @Flag(name: .long, help: "Exit with status 1 when at least one gap is found.")
    var failOnGaps = false

    @Flag(name: .long, help: "Add the service × language and service × district coverage.")
    var matrix = false

    func run() throws {
        let network = try input.load()
        let gaps = GapAnalysis.gaps(in: network)
        let coverage = matrix ? CoverageMatrix(network: network) : nil
        switch output.format {
        case .json:
            StandardStreams.write(GapOutput.document(network: network.title, gaps: gaps, coverage: coverage).serialized() + "\n")
        case .csv:
            StandardStreams.write(coverage.map(GapOutput.coverageCSV) ?? GapOutput.csv(gaps))
        case .table, .markdown:
            StandardStreams.write(GapOutput.text(network: network.title, gaps: gaps, coverage: coverage,
                                                 markdown: output.format == .markdown))
        }
        if failOnGaps && !gaps.isEmpty { throw ExitStatus.gapsFound }
    }
}
