import ArgumentParser
import NetworkAnalysis
import NetworkModel
import NetworkReports
import OutputFiles

/// What breaks if actors drop out: one scenario (`--remove`), or every actor on its own, ranked
/// (`--remove-each`).
struct Scenario: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what breaks if actors drop out: actors cut off, services and pathways lost, gaps opened.")

    @OptionGroup var input: InputOptions
    @OptionGroup var output: FormatOption
    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: ArgumentHelp("An actor id, kind:KIND or sector:SECTOR to remove; repeatable.",
                                            valueName: "selector"))
    var remove: [String] = []

    @Flag(name: .long, help: "Remove every actor on its own and rank them, most critical first.")
    var removeEach = false

    /// The n-fold run `--remove-each` is checked against, for measuring the two side by side.
    @Flag(name: .long, help: ArgumentHelp("With --remove-each: one whole gap analysis per actor.", visibility: .hidden))
    var plainly = false

    func validate() throws {
        if remove.isEmpty && !removeEach { throw ValidationError("Give --remove ID|kind:KIND|sector:SECTOR, or --remove-each.") }
        if !remove.isEmpty && removeEach { throw ValidationError("Use either --remove or --remove-each, not both.") }
    }

    func run() throws {
        let network = try input.load()
        if removeEach {
            let progress = TerminalProgress(language.words[.scenarioTitle], words: language.words)
            let results = plainly ? ScenarioAnalysis.removeEachPlainly(network) { progress.update($0, of: $1) }
                : ScenarioAnalysis.removeEach(network) { progress.update($0, of: $1) }
            progress.finish()
            switch output.format {
            case .json: StandardStreams.write(ScenarioOutput.rankingJSON(results, network: network).serialized() + "\n")
            case .csv: StandardStreams.write(ScenarioOutput.rankingCSV(results, network: network))
            case .markdown, .table:
                StandardStreams.write(ScenarioOutput.rankingText(results, network: network, markdown: output.format == .markdown,
                                                                 words: language.words))
            }
            return
        }
        var ids: Set<String> = []
        for text in remove {
            let selector = try RemovalSelector.parse(text, in: network)
            let selected = selector.actorIDs(in: network)
            if selected.isEmpty { StandardStreams.writeError("actormap: note: \(language.words.namesNoActor(text))\n") }
            ids.formUnion(selected)
        }
        let result = ScenarioAnalysis.run(network, removing: ids)
        switch output.format {
        case .json: StandardStreams.write(ScenarioOutput.json(result).serialized() + "\n")
        case .csv: StandardStreams.write(ScenarioOutput.csv(result))
        case .table, .markdown:
            StandardStreams.write(ScenarioOutput.text(result, network: network, markdown: output.format == .markdown,
                                                      words: language.words))
        }
    }
}
