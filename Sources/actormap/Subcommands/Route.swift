import ArgumentParser
import NetworkAnalysis
import NetworkModel
import NetworkReports

/// A newcomer's route through a pathway's services, and where it breaks.
struct Route: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A newcomer's route through a pathway's services, and where it breaks.",
        discussion: """
            A provider is usable when it offers the stage's service in the language (or a more or less \
            specific form of it) and covers the district (or every district). Consecutive stages are \
            joined by a refers link between usable providers, or one provider offering both; failing \
            that, by a referral in two steps through one actor between. A step is a bottleneck when every \
            hand-off passes through a coordinator or through one and the same actor. An unknown pathway \
            or district, or a network without pathways, is a usage error (64).
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var output: FormatOption
    @OptionGroup var lang: LanguageOption

    @Option(name: .long, help: "The newcomer's language, a BCP 47 tag such as ar or pt-BR.")
    var language: String

    @Option(name: .long, help: "The district the newcomer lives in.")
    var district: String

    @Option(name: .long, help: "The pathway to follow (default: the network's first).")
    var pathway: String?

    func run() throws {
        let network = try input.load()
        let result = try RouteAnalysis.route(in: network, language: language, district: district, pathway: pathway)
        switch output.format {
        case .json: StandardStreams.write(RouteOutput.json(result, network: network).serialized() + "\n")
        case .csv: StandardStreams.write(RouteOutput.table(result, network: network).csv())
        case .table, .markdown:
            StandardStreams.write(RouteOutput.text(result, network: network, markdown: output.format == .markdown,
                                                   words: lang.words))
        }
    }
}
