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
            single-point-of-failure, unlinked-migrant-organisation, pathway-break. Tables and Markdown group
            the gaps of one kind and one service into one entry and list accepted gaps (the file's
            'accepted:') after the open ones; JSON and CSV keep one entry per gap. An 'accepted:' entry that
            matches no gap, names an unknown id or has expired is a warning on standard error. With --format
            csv and --matrix, only the coverage table (matrix,service,column,providers,state,capacity) is
            written, so that the output stays one CSV table.
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var output: FormatOption
    @OptionGroup var language: LanguageOption

    @Flag(name: .long, help: "Exit with status 1 when at least one open gap (at --min-severity or above) is found.")
    var failOnGaps = false

    @Option(name: .long, help: "List only gaps at least this severe, and count only those for --fail-on-gaps: high, medium or low.")
    var minSeverity: GapSeverity = .low

    @Flag(name: .long, help: "Add the service × language and service × district coverage.")
    var matrix = false

    @Option(name: .long, help: "The day an acceptance's 'until' is compared with when the network has no as_of (YYYY-MM-DD; default today).")
    var today: String?

    func validate() throws {
        if let today, CalendarDate(today) == nil {
            throw ValidationError("'--today \(today)' is not a date; write YYYY-MM-DD.")
        }
    }

    func run() throws {
        let network = try input.load()
        let day = today.flatMap(CalendarDate.init) ?? Validate.currentDay()
        let analysis = GapAnalysis(network: network, today: day)
        StandardStreams.report(analysis.acceptanceWarnings)
        let gaps = GapOutput.atLeast(minSeverity, analysis.gaps)
        let coverage = matrix ? CoverageMatrix(network: network) : nil
        switch output.format {
        case .json:
            StandardStreams.write(GapOutput.document(network: network.title, gaps: gaps, coverage: coverage).serialized() + "\n")
        case .csv:
            StandardStreams.write(coverage.map(GapOutput.coverageCSV) ?? GapOutput.csv(gaps))
        case .table, .markdown:
            StandardStreams.write(GapOutput.text(network: network, gaps: gaps, coverage: coverage,
                                                 markdown: output.format == .markdown, language: language.lang))
        }
        if failOnGaps && !analysis.failing(atLeast: minSeverity).isEmpty { throw ExitStatus.gapsFound }
    }
}

extension GapSeverity: ExpressibleByArgument {}
