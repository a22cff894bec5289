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

    func validate() throws {
        if output.format == .csv {
            throw ValidationError("'--format csv' does not fit a diff of several lists; use table, json or markdown.")
        }
    }

    func run() throws {
        let oldNetwork = try loadNetworkOrExit(old)
        let newNetwork = try loadNetworkOrExit(new)
        let diff = NetworkDiff(old: oldNetwork, new: newNetwork)
        switch output.format {
        case .json: StandardStreams.write(DiffOutput.json(diff).serialized() + "\n")
        case .table, .csv: StandardStreams.write(DiffOutput.text(diff, markdown: false))
        case .markdown: StandardStreams.write(DiffOutput.text(diff, markdown: true))
        }
    }
}
