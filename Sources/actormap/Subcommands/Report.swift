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
        let built = try TerminalWorkNotice.run(actors: network.actors.count, words: language.words) {
            try ReportBuilder(language: language.lang, layout: layout, stamp: stampText).build(network)
        }
        if !built.bounds.drawsWholeDiagram {
            // The reader of the page learns the same from the overview's lead paragraph.
            let words = language.words
            let byKind = built.overviews.contains { $0.rawValue == "kind" }
            let byDistrict = built.overviews.contains { $0.rawValue == "district" }
            var note = "actormap: note: " + words.reportLeavesOutDiagram(actors: network.actors.count, links: network.links.count,
                                                                         actorLimit: ReportBounds.diagramActorLimit,
                                                                         linkLimit: ReportBounds.diagramLinkLimit)
            if !built.overviews.isEmpty {
                note += words.opensWithOverview(byKind: byKind, byDistrict: byDistrict, report: false)
            }
            if let rows = built.bounds.tableRows, network.actors.count > rows {
                note += words.reportShowsMostCentral(rows)
            }
            StandardStreams.writeError(note + "\n")
        } else if layout == nil, built.layout != .dot {
            let words = language.words
            let reason = words.layoutReason(actors: network.actors.count, links: network.links.count,
                                            actorLimit: Layout.layeredLimit, linkLimit: Layout.layeredLinkLimit)
            var note = "actormap: note: " + words.layoutNote(actors: network.actors.count, layout: built.layout.rawValue,
                                                             reason: reason, inReport: true)
            if !built.overviews.isEmpty {
                note += words.opensWithOverview(byKind: built.overviews.contains { $0.rawValue == "kind" },
                                                byDistrict: built.overviews.contains { $0.rawValue == "district" }, report: true)
            }
            StandardStreams.writeError(note + "\n")
        }
        for warning in built.warnings {
            StandardStreams.writeError("actormap: warning: Graphviz: \(warning)\n")
        }
        for note in built.notes {
            StandardStreams.writeError("actormap: note: \(note)\n")
        }
        try ReportFolderWriter.write(built.files, to: output, protecting: network.files + [input.file])
        StandardStreams.write("wrote \(output)/: " + built.files.map(\.name).joined(separator: ", ") + "\n")
    }
}

