import ArgumentParser
import Foundation
import GraphvizRendering
import NetworkAnalysis
import NetworkInterop
import NetworkModel
import NetworkReports
import OutputFiles

extension SuggestionKind: ExpressibleByArgument {}

/// From finding gaps to closing them (issue 22): the few changes the data makes plausible, best
/// first, each checked against the gap analysis; `--apply K -o FILE` writes them into a copy.
struct Suggest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Suggest ties, referrals, interpreting links and offers that close gaps, each checked by re-running the gap analysis.",
        discussion: """
            Kinds, looked for in this order on a network that already holds the suggestions before: \
            ties (no single loss cuts anybody off from every coordinator), referrals (repair pathway breaks), \
            interpreting (one link closing several language gaps), offers (an actor already working in a \
            language or district takes on a service it is close to). Each suggestion lists the open gaps \
            before and after it. Actors whose every tie has ended (until before as_of) are never named. \
            --apply K -o FILE writes the network with the first K suggestions added, each suggested link \
            with 'source: suggested' and each actor given a suggested offer with 'suggested (offer of SERVICE)' \
            in its source. docs/suggest.md explains each rule.
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var format: FormatOption
    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: "List at most this many suggestions (default 10).")
    var max = 10

    @Option(name: .long, help: "Which kinds to look for, comma-separated: ties,referrals,interpreting,offers (default all).")
    var kinds: String?

    @Option(name: .long, help: "Write the network with the first K suggestions added (needs -o).")
    var apply: Int?

    @Option(name: .shortAndLong, help: "The file --apply writes ('-' for standard output).")
    var output: String?

    @Option(name: .long, help: "The day ties' 'until' and acceptances are compared with when the network has no as_of (YYYY-MM-DD; default today).")
    var today: String?

    func validate() throws {
        if max < 1 { throw ValidationError("'--max \(max)' must be at least 1.") }
        _ = try chosenKinds()
        if let apply, apply < 1 { throw ValidationError("'--apply \(apply)' must be at least 1.") }
        if apply != nil && output == nil { throw ValidationError("'--apply' writes a network file; give it with '-o FILE'.") }
        if apply == nil && output != nil { throw ValidationError("'-o' is for '--apply K'; without it the suggestions go to standard output.") }
        if let today, CalendarDate(today) == nil { throw ValidationError("'--today \(today)' is not a date; write YYYY-MM-DD.") }
    }

    func chosenKinds() throws -> Set<SuggestionKind> {
        guard let kinds else { return Set(SuggestionKind.allCases) }
        var chosen: Set<SuggestionKind> = []
        for part in kinds.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmingCharacters(in: .whitespaces)
            guard let kind = SuggestionKind(rawValue: name) else {
                let names = SuggestionKind.allCases.map(\.rawValue)
                throw ValidationError("'--kinds' has unknown kind '\(name)'\(Suggestion.hint(for: name, among: names)); "
                    + "the kinds are \(names.joined(separator: ", ")).")
            }
            chosen.insert(kind)
        }
        return chosen
    }

    func run() throws {
        let network = try input.load()
        let day = today.flatMap(CalendarDate.init) ?? Validate.currentDay()
        let analysis = SuggestionAnalysis(network: network, kinds: try chosenKinds(), max: Swift.max(max, apply ?? 0),
                                          today: day)
        if let apply, let output {
            let count = Swift.min(apply, analysis.suggestions.count)
            let header = "\(network.title), with the first \(count) of actormap's suggestions added (source: suggested).\n"
                + "Suggestions are not facts: check each with the actors before treating it as one."
            let text = YAMLNetworkWriter.yaml(analysis.apply(first: count), header: header)
            if output == "-" {
                StandardStreams.writeUnchanged(text)
                return
            }
            try InputProtection.refuse(output: output, inputs: network.files + [input.file])
            try AtomicFileWriter.write(Array(text.utf8), to: output)
            return
        }
        switch format.format {
        case .json: StandardStreams.write(SuggestionOutput.json(analysis).serialized() + "\n")
        case .csv: StandardStreams.write(SuggestionOutput.csv(analysis, language: language.lang))
        case .table, .markdown:
            StandardStreams.write(SuggestionOutput.text(analysis, markdown: format.format == .markdown, language: language.lang))
        }
    }
}
