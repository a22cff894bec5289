import NetworkModel
import Wording

/// A network as a diagram: the DOT text (pure Swift, testable without Graphviz) and its rendering.
///
/// The DOT text is the single description of the picture: the in-process renderer reads exactly
/// the text that `.dot` output writes, so "open the .dot in Graphviz" always shows the same thing.
/// It names its layout engine (`layout=...`), so `dot -Tsvg network.dot` picks the same one.
public struct NetworkDiagram: Sendable {
    public var network: Network
    public var options: DiagramOptions
    public var highlights: DiagramHighlights

    public init(network: Network, options: DiagramOptions = DiagramOptions(), highlights: DiagramHighlights = .none) {
        self.network = network
        self.options = options
        self.highlights = highlights
    }

    /// Renders through libgvc in this process; `.dot` returns the DOT text itself, which has no
    /// key: the key is added after layout (see `DiagramKeyDrawing`). With `paper`, the drawing
    /// is fitted to that page (meant for PDF; SVG and PNG are asked for at their natural size).
    public func render(as format: DiagramFormat, paper: PaperPage? = nil) throws -> GraphvizOutput {
        guard format != .dot else { return GraphvizOutput(data: Array(dot.utf8), warnings: [], notes: shortenedLabelNotes) }
        let drawing = try drawingWithKey()
        var output = try GraphvizRenderer.render(dot: drawing.dot, engine: drawing.engine, format: format, paper: paper)
        output.warnings = GraphvizRenderer.uniqued(drawing.warnings + output.warnings)
        output.notes = shortenedLabelNotes
        if format == .svg {
            output.data = SVGAccessibility.annotate(output.data, network: network, words: options.language.words)
        }
        return output
    }

    /// One note per box whose label was shortened (`ActorNode.label`), for the command to pass on.
    var shortenedLabelNotes: [String] {
        actorNodes.filter(\.isLabelShortened).map { node in
            "the box of actor '\(node.actor.id)' shows its name, services, languages and marks shortened to "
                + "\(ActorNode.shortenedTextLimit) characters each, as Graphviz's dot reads no label over 16,384 "
                + "characters; its tooltip keeps more"
        }
    }

    /// The DOT text that is finally drawn and the engine that draws it: without a key, `dot` and
    /// the chosen layout; with one, the drawing laid out by the chosen engine (Graphviz's `dot`
    /// output: every position and spline written down), the key's nodes added under it, and
    /// `nop2`, which draws it all where it stands.
    func drawingWithKey() throws -> (dot: String, engine: String, warnings: [String]) {
        let keys = options.compact ? [] : legend(nodes: actorNodes).keys
        guard !keys.isEmpty else { return (dot, options.layout.rawValue, []) }
        let laidOut = try GraphvizRenderer.render(dot: dot, engine: options.layout.rawValue, graphvizFormat: "dot")
        let text = String(decoding: laidOut.data, as: UTF8.self)
        guard let box = Self.boundingBox(in: text), let end = text.lastIndex(of: "}") else {
            throw GraphvizError(stage: .layout, messages: ["the laid-out drawing has no bounding box to put the key under"])
        }
        let key = DiagramKeyDrawing(keys: keys, directed: options.directed, idPrefix: options.idPrefix).statements(below: box)
        let withKey = String(text[..<end]) + key.joined(separator: "\n") + "\n" + text[end...]
        return (GraphvizRenderer.appendingGraphAttributes([("layout", "nop2")], to: withKey), "nop2", laidOut.warnings)
    }

    /// Points: 277 mm, a landscape A4 page inside the report's 10 mm margins, less the key's pad.
    static let keyPageWidth = 277 / 25.4 * 72 - 20

    /// The key alone, as the diagram would draw it under the actors (`nil` without one): what
    /// a compact diagram leaves out, for the page after it.
    public func renderKey(as format: DiagramFormat) throws -> GraphvizOutput? {
        var full = options
        full.compact = false
        let keys = NetworkDiagram(network: network, options: full, highlights: highlights).legend(nodes: actorNodes).keys
        guard !keys.isEmpty else { return nil }
        let statements = DiagramKeyDrawing(keys: keys, directed: options.directed, idPrefix: options.idPrefix + "only",
                                           bandWidth: Self.keyPageWidth)
            .statements(below: (0, DiagramKeyDrawing.gapAboveKey, 0, DiagramKeyDrawing.gapAboveKey))
        var lines = ["digraph \"key\" {"]
        lines.append("  graph [" + attributeList([
            ("layout", "nop2"), ("charset", "\"UTF-8\""), ("bgcolor", "\"#FFFFFF\""), ("pad", "\"0.1\""),
            ("id", DOTEscaping.svgAttribute(options.idPrefix + "key", passes: 1)),
        ]) + "];")
        lines.append("  node [" + attributeList([
            ("fontname", DOTEscaping.quoted(DiagramStyle.fontName)), ("fontcolor", DOTEscaping.quoted(DiagramStyle.textColor)),
        ]) + "];")
        lines.append("  edge [" + attributeList([("arrowsize", "0.8")]) + "];")
        lines += statements
        lines.append("}")
        return try GraphvizRenderer.render(dot: lines.joined(separator: "\n") + "\n", engine: "nop2", format: format, paper: nil)
    }

    /// The root graph's `bb="llx,lly,urx,ury"`: the first `bb` of Graphviz's `dot` output, whose
    /// root attributes come before any subgraph.
    static func boundingBox(in laidOut: String) -> (minX: Double, minY: Double, maxX: Double, maxY: Double)? {
        guard let start = laidOut.range(of: "bb=\"") else { return nil }
        let rest = laidOut[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        let numbers = rest[..<end].split(separator: ",").compactMap { Double($0) }
        guard numbers.count == 4 else { return nil }
        return (numbers[0], numbers[1], numbers[2], numbers[3])
    }

    func legend(nodes: [ActorNode]) -> DiagramLegend {
        DiagramLegend(
            network: network, options: options, highlights: highlights,
            hasUnreachable: nodes.contains(where: \.isUnreachable),
            hasSinglePointOfFailure: nodes.contains(where: \.isSinglePointOfFailure),
            hasSingleProvider: nodes.contains { $0.soleServices != nil })
    }

    /// Above this many actors edges are drawn straight: routing splines around the boxes costs
    /// far more than the layout itself in the force-directed engines (sfdp measured here: 2.6 s
    /// at 80 actors, 7.4 s at 120, 49 s at 300, against 0.15 s with straight edges at 300).
    static let splineLimit = 60
    /// Above this many links edges are drawn straight too, however few the actors: 40 actors with
    /// all 12,480 links a file allows took sfdp 56 s of routing and then crashed inside Graphviz
    /// 2.43 (`munmap_chunk(): invalid pointer`); straight, 0.5 s.
    static let splineLinkLimit = Layout.layeredLinkLimit

    public var dot: String {
        let names = nodeNames
        var lines: [String] = []
        lines.append("digraph \"actormap\" {")
        let nodes = actorNodes
        lines.append("  graph [" + attributeList(graphAttributes(nodes: nodes, names: names)) + "];")
        lines.append("  node [" + attributeList([
            ("fontname", DOTEscaping.quoted(DiagramStyle.fontName)), ("fontsize", "11"),
            ("fontcolor", DOTEscaping.quoted(DiagramStyle.textColor)), ("margin", "\"0.14,0.07\""),
        ]) + "];")
        lines.append("  edge [" + attributeList([
            ("fontname", DOTEscaping.quoted(DiagramStyle.fontName)), ("fontsize", "9"), ("arrowsize", "0.8"),
        ]) + "];")

        let groups = clusterGroups
        var clustered = Set<Int>()
        for (number, group) in groups.enumerated() {
            lines.append("  subgraph \"cluster_\(number)\" {")
            lines.append("    graph [" + attributeList([
                ("label", "<<FONT POINT-SIZE=\"12\" COLOR=\"#444444\"><B>\(DOTEscaping.htmlText(DOTEscaping.shortened(group.label, to: 1_000)))</B></FONT>>"),
                ("style", "\"rounded,dashed\""), ("color", "\"#9A9A9A\""), ("margin", "14"),
            ]) + "];")
            for index in group.members {
                clustered.insert(index)
                lines.append("    " + names[index] + " [" + attributeList(nodes[index].attributes) + "];")
            }
            lines.append("  }")
        }
        for index in nodes.indices where !clustered.contains(index) {
            lines.append("  " + names[index] + " [" + attributeList(nodes[index].attributes) + "];")
        }

        let nameOfID = Dictionary(network.actors.indices.map { (network.actors[$0].id, names[$0]) },
                                  uniquingKeysWith: { first, _ in first })
        let actorNames = Dictionary(network.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for link in network.links {
            // Links to unknown actors cannot come from the loader; drawing them would make
            // Graphviz invent a node that is no actor, so they are left out.
            guard let from = nameOfID[link.from], let to = nameOfID[link.to] else { continue }
            lines.append("  \(from) -> \(to) [" + attributeList(edgeAttributes(link, actorNames: actorNames)) + "];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private func graphAttributes(nodes: [ActorNode], names: [String]) -> [(String, String)] {
        var result: [(String, String)] = [
            ("layout", options.layout.rawValue),
            ("charset", "\"UTF-8\""),
            ("fontname", DOTEscaping.quoted(DiagramStyle.fontName)),
            ("bgcolor", "\"#FFFFFF\""),
            ("pad", "\"0.3\""),
            ("outputorder", "edgesfirst"),
        ]
        let curved = network.actors.count <= Self.splineLimit && network.links.count <= Self.splineLinkLimit
        switch options.layout {
        case .dot:
            result += [("rankdir", "TB"), ("nodesep", "\"0.35\""), ("ranksep", "\"0.7\""), ("newrank", "true")]
            if curved { result.append(("splines", "true")) }
        case .neato, .fdp, .sfdp:
            // Prism removes overlaps without the default scaling up, which left a 20-actor
            // network 30 inches tall with edges four boxes long.
            // Compact: less air around boxes that hold only a name, so the drawing shrinks less to fit a page.
            let separation = options.compact ? ("\"+6\"", "\"+3\"") : ("\"+16\"", "\"+6\"")
            result += [("overlap", "prism"), ("overlap_scaling", "0"), ("sep", separation.0), ("esep", separation.1)]
            if curved { result.append(("splines", "true")) }
        case .circo:
            result += [("mindist", "\"0.5\"")]
            if curved { result.append(("splines", "true")) }
        case .twopi:
            result += [("overlap", "prism"), ("overlap_scaling", "0"), ("sep", "\"+16\""), ("ranksep", "\"1.6\"")]
            if let root = network.actors.indices.first(where: { network.actors[$0].coordinator }) {
                result.append(("root", names[root]))
            }
            if curved { result.append(("splines", "true")) }
        }
        if !options.idPrefix.isEmpty {
            result.append(("id", DOTEscaping.svgAttribute(options.idPrefix + "diagram", passes: 1)))
        }
        if !options.compact, let title = legend(nodes: nodes).titleHTML {
            result += [("label", "<\(title)>"), ("labelloc", "t"), ("labeljust", "l")]
        }
        return result
    }

    private func edgeAttributes(_ link: Link, actorNames: [String: String]) -> [(String, String)] {
        let style = DiagramStyle.style(of: link.type)
        let strength = min(2.5, max(0.6, link.weight.squareRoot()))
        var result: [(String, String)] = [
            ("id", DOTEscaping.svgAttribute("\(options.idPrefix)link-\(link.from)-\(link.to)-\(link.type.rawValue)", passes: 1)),
            ("color", DOTEscaping.quoted(style.color)),
            ("style", style.line),
            ("penwidth", format(style.penWidth * strength)),
        ]
        if link.type.isDirected {
            result += [("dir", "forward"), ("arrowhead", style.arrowhead)]
        } else if options.directed {
            result += [("dir", "both"), ("arrowhead", "normal"), ("arrowtail", "normal")]
        } else {
            result.append(("dir", "none"))
        }
        let fromName = actorNames[link.from] ?? link.from
        let toName = actorNames[link.to] ?? link.to
        var tooltip = "\(fromName) \(options.language.words.linkType(link.type)) \(toName)"
        if link.weight != 1 {
            let words = options.language.words
            tooltip += " (\(words[.weight]) \(words.language == .en ? format(link.weight) : words.decimal(link.weight)))"
        }
        if let note = link.note, !note.isEmpty { tooltip += "\n" + note }
        result.append(("tooltip", DOTEscaping.svgAttribute(tooltip)))
        return result
    }

    /// DOT node names: the actor id where it has the FORMAT.md shape (readable `.dot` files),
    /// otherwise, or for a repeated id, `_actor<index>`, which no valid id can spell.
    var nodeNames: [String] {
        var seen = Set<String>()
        return network.actors.enumerated().map { index, actor in
            if Self.isPlainIdentifier(actor.id), seen.insert(actor.id).inserted {
                return DOTEscaping.quoted(actor.id)
            }
            return DOTEscaping.quoted("_actor\(index)")
        }
    }

    static func isPlainIdentifier(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.isASCIIAlphanumeric else { return false }
        return id.unicodeScalars.allSatisfy { $0.isASCIIAlphanumeric || $0 == "." || $0 == "_" || $0 == "-" }
    }

    var actorNodes: [ActorNode] {
        let serviceNames = Dictionary(network.services.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var providers: [String: Set<String>] = [:]
        for actor in network.actors {
            for offer in actor.offers { providers[offer.service, default: []].insert(actor.id) }
        }
        let sizes = normalizedSizes
        return network.actors.map { actor in
            var sole: [String]?
            if highlights.singleProviders.contains(actor.id) {
                var seen = Set<String>()
                sole = actor.offers.compactMap { offer in
                    guard providers[offer.service]?.count == 1, seen.insert(offer.service).inserted else { return nil }
                    return serviceNames[offer.service] ?? offer.service
                }
            }
            var measure: (String, Double)?
            if let value = options.sizeBy?[actor.id], value.isFinite {
                measure = (options.sizeMeasureName ?? "size", value)
            }
            return ActorNode(
                actor: actor, size: sizes[actor.id] ?? 0, measure: measure, serviceNames: serviceNames,
                isUnreachable: highlights.unreachable.contains(actor.id),
                isSinglePointOfFailure: highlights.singlePointsOfFailure.contains(actor.id),
                soleServices: options.compact && sole != nil ? [] : sole,
                showServices: options.showServices && !options.compact, linkPrefix: options.actorLinkPrefix,
                idPrefix: options.idPrefix, showLanguages: !options.compact, badgePointSize: options.compact ? 11 : 9,
                words: options.language.words)
        }
    }

    /// Measures scaled to 0...1 by their range; the square root makes area, not width, follow the
    /// measure, so one hub does not shrink everybody else to dots. Equal values get the middle.
    var normalizedSizes: [String: Double] {
        guard let sizeBy = options.sizeBy else { return [:] }
        let values = sizeBy.values.filter(\.isFinite)
        guard let low = values.min(), let high = values.max() else { return [:] }
        return sizeBy.compactMapValues { value in
            guard value.isFinite else { return nil }
            guard high > low else { return 0.5 }
            return ((value - low) / (high - low)).squareRoot()
        }
    }

    struct ClusterGroup {
        var label: String
        var members: [Int]
    }

    /// Cluster boxes, in a fixed order (kinds as declared, district sets alphabetically) so the
    /// same network always gives the same DOT text.
    var clusterGroups: [ClusterGroup] {
        switch options.clusterBy {
        case .none:
            return []
        case .kind:
            return ActorKind.allCases.compactMap { kind in
                let members = network.actors.indices.filter { network.actors[$0].kind == kind }
                return members.isEmpty ? nil : ClusterGroup(label: options.language.words.kind(kind), members: members)
            }
        case .district:
            var groups: [String: [Int]] = [:]
            for (index, actor) in network.actors.enumerated() where !actor.districts.isEmpty {
                groups[actor.districts.sorted().joined(separator: ", "), default: []].append(index)
            }
            return groups.keys.sorted().map { ClusterGroup(label: $0, members: groups[$0] ?? []) }
        }
    }
}

/// `name=value, name=value`: values come already quoted or escaped for their place.
func attributeList(_ attributes: [(String, String)]) -> String {
    attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
}

extension Unicode.Scalar {
    fileprivate var isASCIIAlphanumeric: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
    }
}
