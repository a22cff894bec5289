import Foundation
import NetworkAnalysis
import NetworkModel
import Wording

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
}
