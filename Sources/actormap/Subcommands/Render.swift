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

            --collapse kind|district draws an overview for networks too big to draw actor by actor: one node \
            per kind or per district, its area in proportion to its number of actors, and one line per pair of \
            groups with the number of links between them. An actor in several districts is counted once, in \
            the first district its entry lists; actors without a district form a 'No district (city-wide)' \
            group. The overview uses the circo layout (neato above \(OverviewDiagram.circularLimit) groups) \
            unless --layout is given. With --collapse, --highlight-gaps counts each group's unreachable actors, \
            single points of failure and only providers, and --directed draws one arrow per direction; \
            --size-by and --cluster-by describe single actors and cannot be combined with it.
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

    @Option(name: .long, help: "Draw an overview instead: one node per kind or district, with the links counted between them.")
    var collapse: GroupingCriterion?

    func validate() throws {
        if output != "-", DiagramFormat(pathExtensionOf: output) == nil {
            throw ValidationError("'--output \(output)': the file must end in .svg, .png, .pdf or .dot.")
        }
        if let sizeBy, CentralityMeasure(rawValue: sizeBy) == nil {
            let names = CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("'--size-by \(sizeBy)' is not a measure; use one of: \(names).")
        }
        if let collapse {
            // An overview node is a group: its size is its number of actors and it has no inner boxes.
            if let sizeBy {
                throw ValidationError("'--size-by \(sizeBy)' sizes single actors and cannot be combined with "
                    + "'--collapse \(collapse.rawValue)', where a group's size is its number of actors.")
            }
            if clusterBy != .none {
                throw ValidationError("'--cluster-by \(clusterBy.rawValue)' boxes single actors and cannot be combined with "
                    + "'--collapse \(collapse.rawValue)', which already draws one node per group.")
            }
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

        let highlights = highlightGaps
            ? DiagramHighlights(gaps: GapAnalysis.gaps(in: network), network: network)
            : .none
        let rendered: GraphvizOutput
        do {
            if let collapse {
                let overview = OverviewDiagram(network: network, by: collapse, options: OverviewOptions(layout: layout, directed: directed),
                                               highlights: highlights)
                if collapse == .district, overview.grouping.groups.allSatisfy({ $0.key == .noDistrict }) {
                    StandardStreams.writeError("actormap: note: no actor names a district, so the overview by district has one group; "
                        + "try --collapse kind\n")
                }
                rendered = try overview.render(as: format)
            } else {
                rendered = try NetworkDiagram(network: network, options: diagramOptions(for: network), highlights: highlights)
                    .render(as: format)
            }
        } catch let error as GraphvizError {
            StandardStreams.writeError("actormap: error: \(error)\n")
            throw Render.graphvizFailed
        }
        for warning in rendered.warnings {
            StandardStreams.writeError("actormap: warning: Graphviz: \(warning)\n")
        }

        if output == "-" {
            StandardStreams.writeBytes(Data(rendered.data))
            return
        }
        do {
            try AtomicFileWriter.write(rendered.data, to: output)
        } catch let error as OutputFileError {
            StandardStreams.writeError("actormap: error: \(error)\n")
            throw ExitStatus.cannotCreateOutput
        }
    }

    /// The options of the actor-by-actor diagram; says on standard error which layout it picked
    /// when none was asked for, and suggests an overview when the network is very large.
    private func diagramOptions(for network: Network) -> DiagramOptions {
        let chosenLayout = layout ?? Layout.automatic(forActors: network.actors.count)
        if layout == nil, chosenLayout != .dot {
            var note = "actormap: note: \(network.actors.count) actors: using the \(chosenLayout.rawValue) layout, "
                + Layout.automaticChoiceReason
            if network.actors.count > Layout.overviewSuggestionLimit {
                note += "; for an overview of this many actors, try --collapse kind or --collapse district"
            }
            StandardStreams.writeError(note + "\n")
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
        return options
    }
}

extension Layout: ExpressibleByArgument {}
extension GroupingCriterion: ExpressibleByArgument {}
extension ClusterBy: ExpressibleByArgument {}
