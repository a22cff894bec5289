import Foundation
import NetworkAnalysis
import NetworkModel
import Wording

/// The DOT text: the graph's attributes for each layout, then one node per group
/// (`OverviewDiagram+Groups`) and one edge per bundle (`OverviewDiagram+Bundles`).
extension OverviewDiagram {
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

    func graphAttributes(names: [String], marks: [GapMarks]) -> [(String, String)] {
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
}
