import Foundation
import NetworkAnalysis
import NetworkModel
import Wording

/// The lines between groups: which bundles a connection becomes, how wide and where an arrowhead
/// is honest, and the tooltip that splits a bundle by direction and link type.
extension OverviewDiagram {
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

    func edgeAttributes(_ connection: ActorGrouping.Connection, bundle: Bundle, ids: [String], names: [String],
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

    func edgeTooltip(_ connection: ActorGrouping.Connection, bundle: Bundle, names: [String]) -> String {
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
