import ArgumentParser
import Foundation
import GraphvizRendering
import NetworkModel
import NetworkReports

/// A report folder for the city council: `index.html` (self-contained), `report.md`,
/// `network.svg`, `centrality.csv` and `gaps.csv`.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a self-contained HTML report, Markdown, the diagram and CSV tables into a folder.")

    @OptionGroup var input: InputOptions

    @Option(name: [.short, .customLong("output")], help: "The folder to write the report into.")
    var output: String

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: "Layout engine for the diagram (default: dot up to \(Layout.layeredLimit) actors, sfdp above).")
    var layout: Layout?

    @Flag(name: .long, help: "Pseudonymise actors marked 'person: true' (Person 1, Person 2, ...).")
    var `public` = false

    @Flag(name: .customLong("force-layout"), help: "Use the --layout asked for even where it would take many minutes and gigabytes.")
    var forceLayout = false

    @Flag(name: .long, help: "Add the time of writing to the report; without it, the same input gives byte-identical files.")
    var stamp = false

    func run() throws {
        let loaded = try input.load()
        // Names with right-to-left letters or directional controls are isolated, so none can
        // reorder its neighbours in the report or the diagram (issue 21).
        let network = (`public` ? loaded.pseudonymised() : loaded).isolatingBidirectionalNames()
        if let layout, !forceLayout,
           let reason = layout.impracticality(actors: network.actors.count, links: network.links.count) {
            throw ValidationError("\(reason); use '--layout sfdp', or leave --layout out, or add '--force-layout' to wait for it.")
        }
        let stampText = stamp ? ISO8601DateFormatter().string(from: Date()) : nil
        let built = try ReportBuilder(language: language.lang, layout: layout, stamp: stampText).build(network)
        if !built.bounds.drawsWholeDiagram {
            // The reader of the page learns the same from the overview's lead paragraph.
            var note = "actormap: note: \(network.actors.count) actors and \(network.links.count) links: the report leaves out "
                + "the diagram of every actor (drawn up to \(ReportBounds.diagramActorLimit) actors and "
                + "\(ReportBounds.diagramLinkLimit) links; 'actormap render' draws it)"
            if !built.overviews.isEmpty {
                note += "; it opens with an overview of the actors collapsed "
                    + built.overviews.map { "by \($0.rawValue)" }.joined(separator: " and ")
            }
            if let rows = built.bounds.tableRows, network.actors.count > rows {
                note += "; its tables and profiles show the \(rows) most central actors, centrality.csv all"
            }
            StandardStreams.writeError(note + "\n")
        } else if layout == nil, built.layout != .dot {
            var note = "actormap: note: \(network.actors.count) actors: the diagram uses the \(built.layout.rawValue) layout, "
                + Layout.automaticChoiceReason(actors: network.actors.count, links: network.links.count)
            if !built.overviews.isEmpty {
                note += "; the report opens with an overview of the actors collapsed "
                    + built.overviews.map { "by \($0.rawValue)" }.joined(separator: " and ")
            }
            StandardStreams.writeError(note + "\n")
        }
        for warning in built.warnings {
            StandardStreams.writeError("actormap: warning: Graphviz: \(warning)\n")
        }
        try ReportFolderWriter.write(built.files, to: output, protecting: network.files + [input.file])
        StandardStreams.write("wrote \(output)/: " + built.files.map(\.name).joined(separator: ", ") + "\n")
    }
}

