import ArgumentParser
import Foundation
import GraphvizRendering
import NetworkAnalysis
import NetworkModel
import OutputFiles

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

            A PDF is fitted to a page with 15 mm margins, never enlarged: A4 unless --paper a3 or letter is \
            given, turned to landscape when the drawing is wider than tall or when --landscape is given. \
            SVG and PNG keep the drawing's natural size (the SVG carries width, height and viewBox).

            --focus ID draws one actor's surroundings: the actor, every actor up to --depth links away \
            (default 1, whichever way the links run) and the links among them; with --highlight-gaps the marks \
            are those of the whole network.
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var language: LanguageOption

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

    @Flag(name: .long, help: "Pseudonymise actors marked 'person: true' (Person 1, Person 2, ...) and drop tags and notes.")
    var `public` = false

    @Flag(name: .customLong("force-layout"), help: "Use the --layout asked for even where it would take many minutes and gigabytes.")
    var forceLayout = false

    @Option(name: .long, help: "Draw an overview instead: one node per kind or district, with the links counted between them.")
    var collapse: GroupingCriterion?

    @Option(name: .long, help: "The page a PDF is fitted to: a4, a3 or letter (default for PDF: a4).")
    var paper: PaperPage.Size?

    @Flag(name: .long, help: "Print the PDF page in landscape (default: landscape when the drawing is wider than tall).")
    var landscape = false

    @Option(name: .long, help: "Draw only this actor, its neighbours up to --depth links away, and the links among them.")
    var focus: String?

    @Option(name: .long, help: "How many links away from the --focus actor to draw (default 1).")
    var depth: Int?

    func validate() throws {
        if output != "-", DiagramFormat(pathExtensionOf: output) == nil {
            throw ValidationError("'--output \(output)': the file must end in .svg, .png, .pdf or .dot.")
        }
        if let sizeBy, CentralityMeasure(rawValue: sizeBy) == nil {
            let names = CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("'--size-by \(sizeBy)' is not a measure; use one of: \(names).")
        }
        let isPDF = output != "-" && DiagramFormat(pathExtensionOf: output) == .pdf
        if !isPDF, let paper {
            throw ValidationError("'--paper \(paper.rawValue)' sets the page of a PDF; SVG and PNG keep the drawing's natural size. "
                + "Write to a file ending in .pdf.")
        }
        if !isPDF, landscape {
            throw ValidationError("'--landscape' turns the page of a PDF; SVG and PNG keep the drawing's natural size. "
                + "Write to a file ending in .pdf.")
        }
        if let depth {
            guard focus != nil else { throw ValidationError("'--depth \(depth)' counts links from the --focus actor; give --focus ID.") }
            guard depth >= 1 else { throw ValidationError("'--depth \(depth)': give 1 or more links.") }
        }
        if let focus, let collapse {
            throw ValidationError("'--focus \(focus)' draws single actors and cannot be combined with "
                + "'--collapse \(collapse.rawValue)', which draws one node per group.")
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
        let loaded = try input.load()
        // Names with right-to-left letters or directional controls are isolated, so none can
        // reorder its neighbours in the drawing (issue 21).
        let network = (`public` ? loaded.pseudonymised() : loaded).isolatingBidirectionalNames()
        if let layout, collapse == nil, focus == nil, !forceLayout,
           let reason = layout.impracticality(actors: network.actors.count, links: network.links.count) {
            throw ValidationError("\(reason); use '--layout sfdp', or '--collapse kind' or '--collapse district' "
                + "for an overview, or add '--force-layout' to wait for it.")
        }
        if output != "-" {
            try InputProtection.refuse(output: output, inputs: network.files + [input.file])
        }
        let format = output == "-" ? DiagramFormat.svg : (DiagramFormat(pathExtensionOf: output) ?? .svg)

        var highlights = highlightGaps
            ? DiagramHighlights(gaps: GapAnalysis.gaps(in: network), network: network)
            : .none
        let paperPage = format == .pdf ? PaperPage(size: paper ?? .a4, landscape: landscape ? true : nil) : nil
        var drawn = network
        if let focus {
            guard let part = FocusNetwork.around(focus, in: network, depth: depth ?? 1) else {
                let hint = Suggestion.hint(for: focus, among: network.actors.map(\.id))
                StandardStreams.writeError("actormap: error: '--focus \(focus)': no actor has this id\(hint)\n")
                throw ExitCode.validationFailure
            }
            drawn = part
            // Gaps are the whole network's (computed above); services nobody offers are about the
            // whole network, not about one actor's surroundings.
            highlights.missingServices = []
        }
        let rendered: GraphvizOutput
        if let collapse {
            let overview = OverviewDiagram(network: network, by: collapse, options: OverviewOptions(layout: layout, directed: directed, language: language.lang),
                                           highlights: highlights)
            if collapse == .district, overview.grouping.groups.allSatisfy({ $0.key == .noDistrict }) {
                StandardStreams.writeError("actormap: note: \(language.words.noDistrictOverview)\n")
            }
            rendered = try overview.render(as: format, paper: paperPage)
        } else {
            let options = diagramOptions(for: drawn, whole: network)
            rendered = try TerminalWorkNotice.run(actors: drawn.actors.count, words: language.words) {
                try NetworkDiagram(network: drawn, options: options, highlights: highlights).render(as: format, paper: paperPage)
            }
        }
        for warning in rendered.warnings {
            StandardStreams.writeError("actormap: warning: Graphviz: \(warning)\n")
        }
        for note in rendered.notes {
            StandardStreams.writeError("actormap: note: \(note)\n")
        }

        if output == "-" {
            StandardStreams.writeBytes(Data(rendered.data))
            return
        }
        try AtomicFileWriter.write(rendered.data, to: output)
    }

    /// The options of the actor-by-actor diagram; says on standard error which layout it picked
    /// when none was asked for, and suggests an overview when the network is very large.
    /// `whole` is the network the measures of `--size-by` are taken on: for `--focus`, the whole
    /// network, so an actor's size means the same in its surroundings as in the full diagram.
    private func diagramOptions(for network: Network, whole: Network) -> DiagramOptions {
        let chosenLayout = layout ?? Layout.automatic(forActors: network.actors.count, links: network.links.count)
        if layout == nil, chosenLayout != .dot {
            let words = language.words
            let reason = words.layoutReason(actors: network.actors.count, links: network.links.count,
                                            actorLimit: Layout.layeredLimit, linkLimit: Layout.layeredLinkLimit)
            var note = "actormap: note: " + words.layoutNote(actors: network.actors.count, layout: chosenLayout.rawValue,
                                                             reason: reason, inReport: false)
            if network.actors.count > Layout.overviewSuggestionLimit {
                note += words.overviewSuggestion
            }
            StandardStreams.writeError(note + "\n")
        }
        var options = DiagramOptions(layout: chosenLayout, clusterBy: clusterBy, directed: directed, language: language.lang)
        if let sizeBy, let measure = CentralityMeasure(rawValue: sizeBy) {
            let centrality = CentralityResult(network: whole, view: GraphView(directed: directed))
            var sizes: [String: Double] = [:]
            for row in centrality.rows {
                if let value = measure.value(in: row) { sizes[row.id] = value }
            }
            options.sizeBy = sizes
            options.sizeMeasureName = language.lang == .en ? measure.rawValue : language.words.measure(measure)
        }
        return options
    }
}

extension Layout: ExpressibleByArgument {}
extension GroupingCriterion: ExpressibleByArgument {}
extension ClusterBy: ExpressibleByArgument {}
extension PaperPage.Size: ExpressibleByArgument {}
