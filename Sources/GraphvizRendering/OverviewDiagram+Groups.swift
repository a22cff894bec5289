import Foundation
import NetworkAnalysis
import NetworkModel
import Wording

/// How one group is drawn: shape and colours by kind or district, area by its number of actors,
/// the label that counts what it holds and the tooltip that lists it.
extension OverviewDiagram {
    func nodeAttributes(_ index: Int, id: String, name: String, marks: GapMarks) -> [(String, String)] {
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

    func label(of group: ActorGrouping.Group, name: String, scale: Double, marks: GapMarks) -> String {
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

    func tooltip(of group: ActorGrouping.Group, name: String, marks: GapMarks) -> String {
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
}
