import Foundation
import NetworkAnalysis
import NetworkModel
import Wording

/// What the caller decides about an overview. Deliberately smaller than `DiagramOptions`: sizes
/// by a measure, clusters and service lists belong to single actors, and an overview that
/// accepted them would have to ignore them.
public struct OverviewOptions: Sendable {
    /// nil: chosen by the number of groups (`OverviewDiagram.automaticLayout(forGroups:)`).
    public var layout: Layout?
    /// When true, each pair of groups gets up to two arrows, one per direction, each counting
    /// the directed links that run that way plus the undirected ones (which count both ways, as
    /// they become two arcs in directed analyses). When false, one line per pair counts all links.
    public var directed: Bool
    public var showLegend: Bool
    /// Put before every element id (and given to the graph as its id), so that two overviews
    /// inline in one HTML page, by kind and by district, keep their ids unique.
    public var idPrefix: String
    /// The language of the overview's words: title, legend, labels, tooltips (`--lang`).
    public var language: OutputLanguage

    public init(layout: Layout? = nil, directed: Bool = false, showLegend: Bool = true, idPrefix: String = "",
                language: OutputLanguage = .en) {
        self.layout = layout
        self.directed = directed
        self.showLegend = showLegend
        self.idPrefix = idPrefix
        self.language = language
    }
}

/// A network too big to draw actor by actor, drawn as one node per group of actors (per kind, or
/// per district; see `ActorGrouping` for which actor goes where) and one line per pair of groups
/// that has links between them.
///
/// - A group's area grows in proportion to its number of actors, so a group twice as big looks
///   twice as big (not four times, as scaling the width would make it); its label says the number
///   anyway, and the smallest groups are never drawn smaller than their label.
/// - A line's width grows with the square root of its number of links, which keeps a bundle of
///   3,000 links from drowning one of 30; the number is written on the line.
/// - Without `directed`, a line carries an arrowhead only when every link it stands for is of a
///   directed type and runs the same way. A bundle of 40 links "coordinates" from the office to
///   the associations gets its arrow; a bundle of 30 one way and 10 the other gets none, because a
///   single arrowhead would hide the ten. The split is in the line's tooltip either way.
/// - Links inside a group are not drawn as loops (which Graphviz places badly and which would
///   dwarf everything else); the group's label says "312 links inside".
///
/// Like `NetworkDiagram`, the DOT text names its layout and is exactly what `.dot` output writes.
public struct OverviewDiagram: Sendable {
    public var network: Network
    public var grouping: ActorGrouping
    public var options: OverviewOptions
    public var highlights: DiagramHighlights

    public init(network: Network, by criterion: GroupingCriterion, options: OverviewOptions = OverviewOptions(),
                highlights: DiagramHighlights = .none) {
        self.network = network
        self.grouping = ActorGrouping(network: network, by: criterion)
        self.options = options
        self.highlights = highlights
    }

    /// An overview has a few dozen nodes and nearly every pair of them is linked (nine kinds of
    /// actors in a regional network give 36 bundles of 36 possible), so there is no hierarchy for
    /// `dot` to show, and `dot` and `neato` pile the bundles up in the middle, their numbers on
    /// top of each other. `circo` puts the groups on a circle and every bundle becomes a straight
    /// chord with its number readable on it. Past a few dozen groups the circle grows too big and
    /// the chords too many, and `neato` keeps strongly tied groups (short `len`) close instead.
    public static func automaticLayout(forGroups count: Int) -> Layout {
        count <= circularLimit ? .circo : .neato
    }

    public static let circularLimit = 30

    /// Bundles are drawn curved only up to this many lines; the spline router costs most of the
    /// time in force layouts (see `NetworkDiagram.splineLimit`), and an overview of hundreds of
    /// districts reads as well with straight lines.
    static let splineLimit = 150

    /// Inches: the width of the biggest group lies between these two, wide enough that the
    /// smallest group would still be `smallestWidth` wide at its true area, but never wider than
    /// a page allows. Every other group is scaled so its area is in proportion to its number of
    /// actors; heights are `aspect` times the widths.
    static let largestWidthRange = 3.0...4.5
    static let smallestWidth = 1.4
    static let aspect = 0.62

    /// The width of the biggest group for these group sizes.
    static func largestWidth(sizes: [Int]) -> Double {
        let nonEmpty = sizes.filter { $0 > 0 }
        guard let largest = nonEmpty.max(), let smallest = nonEmpty.min() else { return largestWidthRange.lowerBound }
        let wanted = smallestWidth * (Double(largest) / Double(smallest)).squareRoot()
        return min(largestWidthRange.upperBound, max(largestWidthRange.lowerBound, wanted))
    }

    /// Points: the thinnest and the thickest line.
    static let thinnestLine = 1.0
    static let thickestLine = 9.0

    /// The width of the line with the most links: the full `thickestLine` from a thousand
    /// links, less for fewer (2 links: 2.3 points, 30: 5 points), so a small network's two links
    /// do not look like a regional network's two thousand.
    static func thickestLine(widest: Int) -> Double {
        let weight = min(1, log10(1 + Double(max(0, widest))) / 3)
        return thinnestLine + (thickestLine - thinnestLine) * weight
    }

    /// The layout asked for, or the automatic one for this many groups.
    public var layout: Layout {
        options.layout ?? Self.automaticLayout(forGroups: grouping.groups.count)
    }

    /// Renders through libgvc in this process; `.dot` returns the DOT text itself. With `paper`,
    /// the drawing is fitted to that page (see `PaperPage`).
    public func render(as format: DiagramFormat, paper: PaperPage? = nil) throws -> GraphvizOutput {
        var output = try GraphvizRenderer.render(dot: dot, engine: layout.rawValue, format: format, paper: paper)
        if format == .svg {
            output.data = SVGAccessibility.annotate(output.data, title: title, description: description)
        }
        return output
    }

    // MARK: - Words

    /// "by kind" or "by district", as the title and the legend say it.
    var criterionWords: String { words.grouped(byKind: grouping.criterion == .kind) }

    var words: Words { options.language.words }

    /// The document title and the screen reader's name for the picture.
    public var title: String {
        words.labelled(network.title, words.overviewPhrase(actors: grouping.actorCount, groups: grouping.groups.count,
                                                           byKind: grouping.criterion == .kind))
    }

    /// One paragraph that says what the picture shows, for those who cannot see it.
    public var description: String {
        var sentences = [
            words.overviewSummary(actors: grouping.actorCount, groups: grouping.groups.count,
                                  byKind: grouping.criterion == .kind, links: grouping.linkCount,
                                  inside: grouping.linksInside, between: grouping.linksBetween),
        ]
        let largest = grouping.groups.indices
            .sorted { grouping.groups[$0].members.count > grouping.groups[$1].members.count }
            .prefix(3)
            .filter { !grouping.groups[$0].members.isEmpty }
            .map { "\(groupNames[$0]) (\(words.integer(grouping.groups[$0].members.count)))" }
        if !largest.isEmpty {
            sentences.append(words.labelled(words[.largestGroups], largest.joined(separator: ", ")) + ".")
        }
        if let strongest = grouping.connections.max(by: { $0.total < $1.total }) {
            sentences.append(words.labelled(words[.mostLinksBetween], "\(groupNames[strongest.first]) \(words[.and]) "
                + "\(groupNames[strongest.second]) (\(words.integer(strongest.total)))") + ".")
        }
        if let rule = ruleText { sentences.append(rule) }
        sentences.append(words[.overviewTooltipNote])
        return sentences.joined(separator: " ")
    }

    /// How actors in several districts are counted; nil when grouping by kind.
    var ruleText: String? {
        guard grouping.criterion == .district else { return nil }
        return words[.overviewDistrictRule]
    }

    /// Group names as a reader sees them, in the order of `grouping.groups`.
    public var groupNames: [String] {
        grouping.groups.map { Self.name(of: $0.key, words: words) }
    }

    static func name(of key: ActorGrouping.Key, words: Words = Words(.en)) -> String {
        switch key {
        case .kind(let kind): return words.kind(kind)
        case .district(let district): return district
        case .noDistrict: return words[.noDistrict]
        }
    }

    /// Stable element ids `group-<slug>`: kinds by their FORMAT.md name, districts by their name
    /// in lower case with every run of other characters turned into one hyphen. Letters of any
    /// script are kept (`group-Δήμος`, lower-cased), so Greek or Arabic districts get readable ids;
    /// a slug that comes out empty or taken gets a number (`group-district-2`).
    public var groupIDs: [String] {
        var taken = Set<String>()
        var ids = Array(repeating: "", count: grouping.groups.count)
        // The city-wide group claims its id first, so a district called "No district" cannot take it.
        let cityWide = grouping.groups.indices.filter { grouping.groups[$0].key == .noDistrict }
        for index in cityWide + grouping.groups.indices.filter({ !cityWide.contains($0) }) {
            let base: String
            switch grouping.groups[index].key {
            case .kind(let kind): base = "group-" + kind.rawValue
            case .noDistrict: base = "group-no-district"
            case .district(let name):
                let slug = Self.slug(name)
                base = "group-" + (slug.isEmpty ? "district" : slug)
            }
            var id = base
            var number = 2
            while !taken.insert(id).inserted {
                id = "\(base)-\(number)"
                number += 1
            }
            ids[index] = id
        }
        return ids
    }

    static func slug(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal {
                if pendingHyphen, !result.isEmpty { result += "-" }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    // MARK: - DOT

    public var dot: String {
        let ids = groupIDs
        let names = groupNames
        let marks = gapMarks
        var lines: [String] = []
        lines.append("digraph \"actormap-overview\" {")
        lines.append("  graph [" + attributeList(graphAttributes(names: names, marks: marks)) + "];")
        lines.append("  node [" + attributeList([
            ("fontname", DOTEscaping.quoted(DiagramStyle.fontName)), ("fontsize", "11"),
            ("fontcolor", DOTEscaping.quoted(DiagramStyle.textColor)), ("margin", "\"0.12,0.06\""),
        ]) + "];")
        lines.append("  edge [" + attributeList([
            ("fontname", DOTEscaping.quoted(DiagramStyle.fontName)), ("fontsize", "10"),
            ("fontcolor", DOTEscaping.quoted(DiagramStyle.mutedTextColor)), ("arrowsize", "0.9"),
        ]) + "];")
        for index in grouping.groups.indices {
            let attributes = nodeAttributes(index, id: ids[index], name: names[index], marks: marks[index])
            lines.append("  \(Self.nodeName(index)) [" + attributeList(attributes) + "];")
        }
        let widest = grouping.connections.map { options.directed ? max($0.forward, $0.backward) + $0.undirected : $0.total }.max() ?? 1
        for connection in grouping.connections {
            for bundle in bundles(of: connection) {
                let (from, to) = bundle.reversed ? (connection.second, connection.first) : (connection.first, connection.second)
                lines.append("  \(Self.nodeName(from)) -> \(Self.nodeName(to)) ["
                    + attributeList(edgeAttributes(connection, bundle: bundle, ids: ids, names: names, widest: widest)) + "];")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    static func nodeName(_ index: Int) -> String { "g\(index)" }

    private func graphAttributes(names: [String], marks: [GapMarks]) -> [(String, String)] {
        var result: [(String, String)] = [
            ("layout", layout.rawValue),
            ("charset", "\"UTF-8\""),
            ("fontname", DOTEscaping.quoted(DiagramStyle.fontName)),
            ("bgcolor", "\"#FFFFFF\""),
            ("pad", "\"0.4\""),
            ("outputorder", "edgesfirst"),
        ]
        if !options.idPrefix.isEmpty {
            result.append(("id", DOTEscaping.svgAttribute(options.idPrefix + "overview", passes: 1)))
        }
        // Curves help the force layouts route round big groups; circo's chords are best straight
        // (and circo gives up on curves with a warning when big groups sit close on the circle).
        let lineCount = grouping.connections.count * (options.directed ? 2 : 1)
        let curved = lineCount <= Self.splineLimit && [.neato, .fdp, .sfdp].contains(layout)
        switch layout {
        case .dot:
            result += [("rankdir", "LR"), ("nodesep", "\"0.5\""), ("ranksep", "\"1.2\""), ("newrank", "true")]
        case .neato, .fdp, .sfdp:
            // The edge length is set per line (`len`), so strongly tied groups sit closer.
            result += [("overlap", "prism"), ("overlap_scaling", "0"), ("sep", "\"+24\""), ("esep", "\"+8\"")]
            if layout == .neato { result += [("mode", "major"), ("start", "\"regular\"")] }
        case .circo:
            result += [("mindist", "\"0.8\"")]
        case .twopi:
            result += [("overlap", "prism"), ("overlap_scaling", "0"), ("sep", "\"+24\""), ("ranksep", "\"2.2\"")]
            if let root = grouping.groups.indices.max(by: { grouping.groups[$0].coordinators < grouping.groups[$1].coordinators }) {
                result.append(("root", Self.nodeName(root)))
            }
        }
        if curved { result.append(("splines", "true")) }
        if options.showLegend || !highlights.missingServices.isEmpty || !network.title.isEmpty {
            let legend = OverviewLegend(diagram: self, names: names, hasCoordinators: grouping.groups.contains { $0.coordinators > 0 },
                                        marks: marks.reduce(GapMarks()) { $0.union($1) })
            result += [("label", "<\(legend.html)>"), ("labelloc", "b"), ("labeljust", "l")]
        }
        return result
    }

    // MARK: - Groups

    private func nodeAttributes(_ index: Int, id: String, name: String, marks: GapMarks) -> [(String, String)] {
        let group = grouping.groups[index]
        let sizes = grouping.groups.map(\.members.count)
        let scale = (Double(group.members.count) / Double(max(1, sizes.max() ?? 1))).squareRoot()
        let width = Self.largestWidth(sizes: sizes) * scale
        var styles = ["filled"]
        let shape: String
        var fill: String
        var border: String
        switch group.key {
        case .kind(let kind):
            shape = DiagramStyle.shape(of: kind)
            fill = DiagramStyle.tint(of: kind)
            border = DiagramStyle.color(of: kind)
            if kind == .serviceProvider { styles.append("rounded") }
            if kind == .migrantOrganisation { styles.append("diagonals") }
        case .district, .noDistrict:
            shape = "ellipse"
            fill = Self.districtFill
            border = Self.districtBorder
            if group.key == .noDistrict { fill = "#FFFFFF" }
        }
        var penWidth = 1.6
        if group.members.isEmpty {
            styles.append("dashed")
            fill = "#FFFFFF"
        }
        if marks.unreachable > 0 || marks.singlePointsOfFailure > 0 {
            border = DiagramStyle.problemColor
            penWidth = 3
        }
        var result: [(String, String)] = [
            ("id", DOTEscaping.svgAttribute(options.idPrefix + id, passes: 1)),
            ("shape", shape),
            ("style", DOTEscaping.quoted(styles.joined(separator: ","))),
            ("fillcolor", DOTEscaping.quoted(fill)),
            ("color", DOTEscaping.quoted(border)),
            ("penwidth", format(penWidth)),
            ("width", format(width)),
            ("height", format(width * Self.aspect)),
            ("label", "<\(label(of: group, name: name, scale: scale, marks: marks))>"),
            ("tooltip", DOTEscaping.svgAttribute(tooltip(of: group, name: name, marks: marks))),
        ]
        if group.coordinators > 0 { result.append(("peripheries", "2")) }
        return result
    }

    static let districtFill = "#DCE7F2"
    static let districtBorder = "#3D5A80"

    private func label(of group: ActorGrouping.Group, name: String, scale: Double, marks: GapMarks) -> String {
        let nameSize = 12 + Int((6 * scale).rounded())
        var rows: [String] = []
        let wrapped = ActorNode.wrap(name, width: ActorNode.nameWrapWidth).map(DOTEscaping.htmlText).joined(separator: "<BR/>")
        rows.append("<TR><TD><FONT POINT-SIZE=\"\(nameSize)\"><B>\(wrapped)</B></FONT></TD></TR>")
        var facts = [group.members.isEmpty ? words[.noActorsBasedHere] : words.count(group.members.count, .actor)]
        if group.alsoPresent > 0 { facts.append(words.alsoActiveHere(group.alsoPresent)) }
        var offers: [String] = []
        if group.coordinators > 0 { offers.append(words.count(group.coordinators, .coordinator)) }
        if !group.services.isEmpty { offers.append(words.count(group.services.count, .service)) }
        if !offers.isEmpty { facts.append(offers.joined(separator: " · ")) }
        if group.linksInside > 0 { facts.append(words.linksInside(group.linksInside)) }
        rows.append("<TR><TD><FONT POINT-SIZE=\"10\">" + facts.map(DOTEscaping.htmlText).joined(separator: "<BR/>") + "</FONT></TD></TR>")
        for badge in marks.badges(words) {
            rows.append("<TR><TD BGCOLOR=\"\(badge.fill)\" CELLPADDING=\"2\"><FONT POINT-SIZE=\"9\" COLOR=\"\(badge.text)\"><B>"
                + DOTEscaping.htmlText(badge.words) + "</B></FONT></TD></TR>")
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">" + rows.joined() + "</TABLE>"
    }

    static let maximumListedServices = 12
    static let maximumListedCoordinators = 6

    private func tooltip(of group: ActorGrouping.Group, name: String, marks: GapMarks) -> String {
        var lines = [name]
        var size = group.members.isEmpty ? words.capitalised(words[.noActorsBasedHere]) : words.count(group.members.count, .actor)
        if group.alsoPresent > 0 { size += words.basedElsewhere(group.alsoPresent) }
        lines.append(size)
        if grouping.criterion == .district, !group.kinds.isEmpty {
            lines.append(words.labelled(words[.kinds], group.kinds.map { "\(words.kind($0.kind)) \(words.integer($0.count))" }
                .joined(separator: ", ")))
        }
        if !group.sectors.isEmpty {
            lines.append(words.labelled(words[.sectors], group.sectors.map { "\(words.sector($0.sector)) \(words.integer($0.count))" }
                .joined(separator: ", ")))
        }
        let coordinators = group.members.filter { network.actors[$0].coordinator }.map { network.actors[$0].name }
        if !coordinators.isEmpty {
            var listed = coordinators.prefix(Self.maximumListedCoordinators).joined(separator: ", ")
            if coordinators.count > Self.maximumListedCoordinators {
                listed += words.andMore(coordinators.count - Self.maximumListedCoordinators)
            }
            lines.append(words.labelled(words[.coordinators], listed))
        }
        let serviceNames = group.services.map { id in network.services.first { $0.id == id }?.name ?? id }
        var services = serviceNames.prefix(Self.maximumListedServices).joined(separator: ", ")
        if serviceNames.count > Self.maximumListedServices {
            services += words.andMore(serviceNames.count - Self.maximumListedServices)
        }
        lines.append(words.labelled(words[.services], services.isEmpty ? words[.none] : services))
        lines.append(words.labelled(words[.overviewLinksInside], words.integer(group.linksInside)))
        lines += marks.badges(words).map(\.words)
        return lines.joined(separator: "\n")
    }

    // MARK: - Lines between groups

    /// One line of the picture: a whole connection, or one direction of it with `directed`.
    struct Bundle {
        /// Links this line stands for.
        var count: Int
        /// True when the line runs from `second` to `first`.
        var reversed: Bool
        var arrowhead: Bool
    }

    func bundles(of connection: ActorGrouping.Connection) -> [Bundle] {
        if options.directed {
            var result: [Bundle] = []
            let forward = connection.forward + connection.undirected
            let backward = connection.backward + connection.undirected
            if forward > 0 { result.append(Bundle(count: forward, reversed: false, arrowhead: true)) }
            if backward > 0 { result.append(Bundle(count: backward, reversed: true, arrowhead: true)) }
            return result
        }
        let oneWay = connection.undirected == 0 && (connection.forward == 0 || connection.backward == 0)
        return [Bundle(count: connection.total, reversed: oneWay && connection.forward == 0, arrowhead: oneWay)]
    }

    private func edgeAttributes(_ connection: ActorGrouping.Connection, bundle: Bundle, ids: [String], names: [String],
                                widest: Int) -> [(String, String)] {
        let share = (Double(bundle.count) / Double(max(1, widest))).squareRoot()
        let (from, to) = bundle.reversed ? (connection.second, connection.first) : (connection.first, connection.second)
        let id = options.directed
            ? "links-\(ids[from].dropFirst(6))-to-\(ids[to].dropFirst(6))"
            : "links-\(ids[connection.first].dropFirst(6))-\(ids[connection.second].dropFirst(6))"
        let penWidth = Self.thinnestLine + (Self.thickestLine(widest: widest) - Self.thinnestLine) * share
        var result: [(String, String)] = [
            ("id", DOTEscaping.svgAttribute(options.idPrefix + id, passes: 1)),
            ("color", DOTEscaping.quoted(Self.lineColor)),
            ("penwidth", format(penWidth)),
            // Graphviz scales arrowheads with the pen width; this keeps them about one size.
            ("arrowsize", format(min(1, 1.4 / penWidth.squareRoot()))),
            // On a white ground, so the number stays legible where it sits on its own line or another.
            ("label", "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLPADDING=\"1\" BGCOLOR=\"#FFFFFFD9\"><TR><TD>"
                + Self.number(bundle.count) + "</TD></TR></TABLE>>"),
            // Heavier bundles pull harder in dot and draw their groups closer in neato and fdp.
            ("weight", "\(1 + Int((10 * share).rounded()))"),
            ("len", format(3.2 - 1.4 * share)),
        ]
        result.append(bundle.arrowhead ? ("dir", "forward") : ("dir", "none"))
        result.append(("tooltip", DOTEscaping.svgAttribute(edgeTooltip(connection, bundle: bundle, names: names))))
        return result
    }

    static let lineColor = "#4D4D4DB3"

    private func edgeTooltip(_ connection: ActorGrouping.Connection, bundle: Bundle, names: [String]) -> String {
        let first = names[connection.first]
        let second = names[connection.second]
        var lines: [String] = []
        if options.directed {
            let (from, to) = bundle.reversed ? (second, first) : (first, second)
            lines.append(words.labelled("\(from) → \(to)", words.count(bundle.count, .link)))
        } else {
            lines.append(words.labelled("\(first) – \(second)", words.count(connection.total, .link)))
        }
        var split: [String] = []
        if connection.forward > 0 { split.append(words.fromTo(connection.forward, from: first, to: second)) }
        if connection.backward > 0 { split.append(words.fromTo(connection.backward, from: second, to: first)) }
        if connection.undirected > 0 { split.append(words.bothWaysCount(connection.undirected)) }
        lines.append(split.joined(separator: "; "))
        lines.append(connection.types.map { "\(words.linkType($0.type)) \(words.integer($0.count))" }.joined(separator: ", "))
        return lines.joined(separator: "\n")
    }

    // MARK: - Gaps

    /// How many of a group's actors carry each mark of `--highlight-gaps`.
    struct GapMarks: Equatable {
        var unreachable = 0
        var singlePointsOfFailure = 0
        var singleProviders = 0

        func union(_ other: GapMarks) -> GapMarks {
            GapMarks(unreachable: unreachable + other.unreachable,
                     singlePointsOfFailure: singlePointsOfFailure + other.singlePointsOfFailure,
                     singleProviders: singleProviders + other.singleProviders)
        }

        func badges(_ words: Words) -> [ActorNode.Badge] {
            var result: [ActorNode.Badge] = []
            if unreachable > 0 {
                result.append(ActorNode.Badge(words: words.unreachableCount(unreachable),
                                              fill: DiagramStyle.problemColor, text: "#FFFFFF"))
            }
            if singlePointsOfFailure > 0 {
                result.append(ActorNode.Badge(words: words.singlePointsOfFailureCount(singlePointsOfFailure),
                                              fill: DiagramStyle.problemColor, text: "#FFFFFF"))
            }
            if singleProviders > 0 {
                result.append(ActorNode.Badge(words: words.singleProvidersCount(singleProviders),
                                              fill: DiagramStyle.warningFill, text: DiagramStyle.textColor))
            }
            return result
        }
    }

    var gapMarks: [GapMarks] {
        guard !highlights.isEmpty else { return Array(repeating: GapMarks(), count: grouping.groups.count) }
        return grouping.groups.map { group in
            var marks = GapMarks()
            for member in group.members {
                let id = network.actors[member].id
                if highlights.unreachable.contains(id) { marks.unreachable += 1 }
                if highlights.singlePointsOfFailure.contains(id) { marks.singlePointsOfFailure += 1 }
                if highlights.singleProviders.contains(id) { marks.singleProviders += 1 }
            }
            return marks
        }
    }

    // MARK: - Numbers

    /// "1 actor", "2,937 actors".
    static func count(_ value: Int, _ noun: String) -> String {
        "\(number(value)) \(noun)\(value == 1 ? "" : "s")"
    }

    /// Thousands grouped with commas, as the English legend reads them: 10,000.
    static func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }
}

/// The title, what the overview counts, and the key to sizes, lines and marks, drawn as the
/// graph's own label under the picture (see `DiagramLegend` for why not as nodes).
struct OverviewLegend: LegendCells {
    var diagram: OverviewDiagram
    var names: [String]
    var hasCoordinators: Bool
    var marks: OverviewDiagram.GapMarks

    var html: String {
        let network = diagram.network
        let grouping = diagram.grouping
        let words = diagram.words
        var rows: [String] = []
        var title = "<FONT POINT-SIZE=\"15\"><B>\(DOTEscaping.htmlText(network.title))</B></FONT>"
        if let asOf = network.asOf {
            title += "<FONT POINT-SIZE=\"10\" COLOR=\"\(DiagramStyle.mutedTextColor)\">   "
                + "\(DOTEscaping.htmlText(words[.asOfLower])) \(DOTEscaping.htmlText(words.date(asOf)))</FONT>"
        }
        rows.append("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"3\">\(title)</TD></TR>")
        let summary = words.overviewLegendSummary(actors: grouping.actorCount, groups: grouping.groups.count,
                                                  byKind: grouping.criterion == .kind, links: grouping.linkCount,
                                                  inside: grouping.linksInside, between: grouping.linksBetween)
        rows.append("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"3\"><FONT POINT-SIZE=\"11\">\(DOTEscaping.htmlText(summary))</FONT></TD></TR>")
        if let rule = diagram.ruleText {
            rows.append("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"3\"><FONT POINT-SIZE=\"10\" COLOR=\"\(DiagramStyle.mutedTextColor)\">"
                + ActorNode.wrap(rule, width: 110).map(DOTEscaping.htmlText).joined(separator: "<BR ALIGN=\"LEFT\"/>")
                + "<BR ALIGN=\"LEFT\"/></FONT></TD></TR>")
        }
        if !diagram.highlights.missingServices.isEmpty {
            let missing = diagram.highlights.missingServices.map(DOTEscaping.htmlText).joined(separator: ", ")
            rows.append("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"3\" BORDER=\"2\" COLOR=\"\(DiagramStyle.problemColor)\" CELLPADDING=\"5\">"
                + "<FONT POINT-SIZE=\"12\" COLOR=\"\(DiagramStyle.problemColor)\"><B>⚠ \(DOTEscaping.htmlText(words[.nobodyOffers])) </B></FONT>"
                + "<FONT POINT-SIZE=\"12\">\(missing)</FONT></TD></TR>")
        }
        if diagram.options.showLegend {
            rows.append(keyRow([(words[.legendGroups], groupRows), (words[.legendLines], lineRows), (words[.legendMarks], markRows)]))
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"2\">" + rows.joined() + "</TABLE>"
    }

    /// The empty sample cell of a row that goes on with the words of the row above.
    private let continued = "<TD></TD>"

    private var words: Words { diagram.words }

    private var groupRows: [String] {
        var rows: [String] = []
        let counts = diagram.grouping.groups.map(\.members.count)
        if let largest = counts.max(), let smallest = counts.filter({ $0 > 0 }).min() {
            rows.append(row(sample: mark("⬤", color: DiagramStyle.mutedTextColor),
                            words: words.areaLegend(smallest: smallest, largest: largest)))
            rows.append(row(sample: continued, words: words[.legendSmallGroups]))
        }
        if diagram.grouping.criterion == .kind {
            for group in diagram.grouping.groups {
                guard case .kind(let kind) = group.key else { continue }
                rows.append(row(sample: swatch(fill: DiagramStyle.tint(of: kind), border: DiagramStyle.color(of: kind)), words: words.kind(kind)))
            }
        } else {
            rows.append(row(sample: swatch(fill: OverviewDiagram.districtFill, border: OverviewDiagram.districtBorder),
                            words: words[.legendDistrictGroup]))
            if diagram.grouping.groups.contains(where: { $0.key == .noDistrict }) {
                rows.append(row(sample: swatch(fill: "#FFFFFF", border: OverviewDiagram.districtBorder),
                                words: words[.legendNoDistrictGroup]))
            }
        }
        return rows
    }

    private var lineRows: [String] {
        let connections = diagram.grouping.connections
        guard !connections.isEmpty else { return [] }
        let color = String(OverviewDiagram.lineColor.prefix(7))
        var rows = [
            row(sample: mark("━━━", color: color), words: words[.legendLinesBetween]),
            row(sample: continued, words: words[.legendWiderLine]),
        ]
        if diagram.options.directed {
            rows.append(row(sample: mark("──▶", color: color), words: words[.legendDirectedLines]))
        } else {
            rows.append(row(sample: mark("──▶", color: color), words: words[.legendArrow]))
            rows.append(row(sample: mark("───", color: color), words: words[.legendNoArrow]))
        }
        return rows
    }

    private var markRows: [String] {
        var rows: [String] = []
        if hasCoordinators {
            rows.append(row(sample: mark("◎", color: DiagramStyle.textColor), words: words[.legendHasCoordinator]))
        }
        if diagram.grouping.groups.contains(where: { $0.members.isEmpty }) {
            rows.append(row(sample: mark("╌╌", color: OverviewDiagram.districtBorder), words: words[.legendNoActorBased]))
        }
        if marks.unreachable > 0 || marks.singlePointsOfFailure > 0 {
            rows.append(row(sample: mark("━━", color: DiagramStyle.problemColor),
                            words: words[.legendProblemOutline]))
        }
        if marks.singleProviders > 0 {
            rows.append(row(sample: swatch(fill: DiagramStyle.warningFill, border: DiagramStyle.warningFill),
                            words: words[.legendHasOnlyProvider]))
        }
        rows.append(row(sample: continued, words: words[.legendLinksInside]))
        return rows
    }
}
