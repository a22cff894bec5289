import ArgumentParser
import Foundation
import GraphvizRendering
import NetworkAnalysis
import NetworkModel

/// A diagram for a council paper, drawn by the Graphviz library inside this process.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the network as SVG, PNG or PDF (or write its DOT text) through the Graphviz library.",
        discussion: """
            The format follows OUT's extension: .svg, .png, .pdf or .dot; '-o -' writes SVG to standard output.
            Clusters are drawn by the dot and fdp layouts only; the others ignore --cluster-by.
            """)

    /// Graphviz failed on text we generated: a bug or a broken installation, not the user's input.
    static let graphvizFailed = ExitCode(70)

    @OptionGroup var input: InputOptions

    @Option(name: [.short, .customLong("output")], help: "The file to write: .svg, .png, .pdf or .dot ('-' for SVG on standard output).")
    var output: String

    @Option(name: .long, help: "Layout engine: dot, neato, fdp, sfdp, circo or twopi (default: dot up to \(Layout.layeredLimit) actors, sfdp above).")
    var layout: Layout?

    @Option(name: .customLong("size-by"), help: "Scale actors by a centrality measure (for example betweenness, degree, pagerank).")
    var sizeBy: String?

    @Option(name: .customLong("cluster-by"), help: "Group actors in boxes: kind, district or none.")
    var clusterBy: ClusterBy = .none

    @Flag(name: .customLong("highlight-gaps"), help: "Mark unreachable actors, single points of failure, single providers and services nobody offers.")
    var highlightGaps = false

    @Flag(name: .long, help: "Measure --size-by on the directed graph; draw undirected links with two arrowheads.")
    var directed = false

    func validate() throws {
        if output != "-", DiagramFormat(pathExtensionOf: output) == nil {
            throw ValidationError("'--output \(output)': the file must end in .svg, .png, .pdf or .dot.")
        }
        if let sizeBy, CentralityMeasure(rawValue: sizeBy) == nil {
            let names = CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("'--size-by \(sizeBy)' is not a measure; use one of: \(names).")
        }
    }

    func run() throws {
        let network = try input.load()
        if output != "-" {
            do {
                try InputProtection.refuse(output: output, inputs: network.files + [input.file])
            } catch let error as OutputFileError {
                StandardStreams.writeError("actormap: error: \(error)\n")
                throw ExitStatus.cannotCreateOutput
            }
        }
        let format = output == "-" ? DiagramFormat.svg : (DiagramFormat(pathExtensionOf: output) ?? .svg)

        let chosenLayout = layout ?? Layout.automatic(forActors: network.actors.count)
        if layout == nil, chosenLayout != .dot {
            StandardStreams.writeError("actormap: note: \(network.actors.count) actors: using the \(chosenLayout.rawValue) layout, "
                + "because a layered dot diagram of more than \(Layout.layeredLimit) actors is too wide to read; choose another with --layout\n")
        }
        var options = DiagramOptions(layout: chosenLayout, clusterBy: clusterBy, directed: directed)
        if let sizeBy, let measure = CentralityMeasure(rawValue: sizeBy) {
            let centrality = CentralityResult(network: network, view: GraphView(directed: directed))
            var sizes: [String: Double] = [:]
            for row in centrality.rows {
                if let value = measure.value(in: row) { sizes[row.id] = value }
            }
            options.sizeBy = sizes
            options.sizeMeasureName = measure.rawValue
        }
        let highlights = highlightGaps
            ? DiagramHighlights(gaps: GapAnalysis.gaps(in: network), network: network)
            : .none

        let rendered: GraphvizOutput
        do {
            rendered = try NetworkDiagram(network: network, options: options, highlights: highlights).render(as: format)
        } catch let error as GraphvizError {
            StandardStreams.writeError("actormap: error: \(error)\n")
            throw Render.graphvizFailed
        }
        for warning in rendered.warnings {
            StandardStreams.writeError("actormap: warning: Graphviz: \(warning)\n")
        }

        if output == "-" {
            FileHandle.standardOutput.write(Data(rendered.data))
            return
        }
        do {
            try AtomicFileWriter.write(rendered.data, to: output)
        } catch let error as OutputFileError {
            StandardStreams.writeError("actormap: error: \(error)\n")
            throw ExitStatus.cannotCreateOutput
        }
    }
}

extension Layout: ExpressibleByArgument {}
extension ClusterBy: ExpressibleByArgument {}
