import ArgumentParser
import NetworkAnalysis
import NetworkModel
import NetworkReports

extension BrokerageGrouping: ExpressibleByArgument {}

/// Gould-Fernandez brokerage roles per actor, and how much cross-sector contact runs through the
/// coordinators.
struct Brokerage: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Gould-Fernandez brokerage roles per actor, and the coordinators' share of cross-sector paths.",
        discussion: """
            Roles are counted on the directed view: for every a -> b -> c with a != c and no arc a -> c, \
            the broker b is a coordinator (all three in one group), gatekeeper (only a outside), \
            representative (only c outside), itinerant (a and c in one group, b outside) or liaison \
            (three groups). The coordinators' load is, for each connected pair of a civil-society and a \
            public actor (undirected view), the fraction of its shortest paths with a coordinator inside, \
            averaged over the pairs; the count of such paths over all pairs together is given beside \
            it. With --format csv only the role table is written.
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var output: FormatOption
    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: "Group actors by sector or kind.")
    var groups: BrokerageGrouping = .sector

    func run() throws {
        let network = try input.load()
        let result = TerminalWorkNotice.run(actors: network.actors.count, words: language.words) {
            BrokerageAnalysis.analyse(network, grouping: groups)
        }
        switch output.format {
        case .json: StandardStreams.write(BrokerageOutput.json(result).serialized() + "\n")
        case .csv: StandardStreams.write(BrokerageOutput.table(result).csv())
        case .table, .markdown:
            StandardStreams.write(BrokerageOutput.text(result, markdown: output.format == .markdown, words: language.words))
        }
    }
}
