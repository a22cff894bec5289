import ArgumentParser
import NetworkAnalysis
import NetworkModel
import NetworkReports

/// Two snapshots of a network compared: actors, links, offers, gaps and centrality.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two snapshots: actors, links and offers added and removed, gaps opened and closed.")

    @Argument(help: "The older snapshot (file or folder).")
    var old: String

    @Argument(help: "The newer snapshot (file or folder).")
    var new: String

    @OptionGroup var output: FormatOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if output.format == .csv {
            throw ValidationError("'--format csv' does not fit a diff of several lists; use table, json or markdown.")
        }
    }

    func run() throws {
        let ordered = NetworkDiff.chronological(try loadNetworkOrExit(old), try loadNetworkOrExit(new))
        if ordered.swapped, let earlier = ordered.old.asOf, let later = ordered.new.asOf {
            StandardStreams.writeError("actormap: " + DiffOutput.swappedNote(older: new, newer: old, olderDate: earlier, newerDate: later,
                                                                             words: language.words))
        }
        let diff = TerminalWorkNotice.run(actors: max(ordered.old.actors.count, ordered.new.actors.count), words: language.words) {
            NetworkDiff(old: ordered.old, new: ordered.new)
        }
        switch output.format {
        case .json: StandardStreams.write(DiffOutput.json(diff).serialized() + "\n")
        case .table, .csv: StandardStreams.write(DiffOutput.text(diff, old: ordered.old, new: ordered.new, markdown: false,
                                                                  language: language.words))
        case .markdown: StandardStreams.write(DiffOutput.text(diff, old: ordered.old, new: ordered.new, markdown: true,
                                                             language: language.words))
        }
    }
}
