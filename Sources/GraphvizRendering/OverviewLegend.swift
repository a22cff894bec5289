import NetworkModel
import Wording

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
        rows.append(titleRow(network, words: words, span: 3))
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
            rows.append(nobodyOffersRow(diagram.highlights.missingServices, words: words, span: 3))
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
