import NetworkModel
import Wording

/// The DOT attributes of one actor's box: shape and colour from `DiagramStyle`, the label, the
/// tooltip and the stable element id `actor-<id>` that reports link to.
///
/// Services are listed inside the actor's box rather than drawn as nodes of their own. Service
/// nodes would add a node per service and an edge per offer: in a typical city network that
/// doubles the nodes and triples the edges, and the layout would pull actors together because
/// they share a service rather than because they work together, which is the picture the
/// diagram exists to show. "Who offers what" is read at the actor anyway, and what nobody offers
/// goes into a note under the diagram.
struct ActorNode {
    var actor: Actor
    /// 0 (smallest) to 1 (largest), from `DiagramOptions.sizeBy`.
    var size: Double
    var measure: (name: String, value: Double)?
    var serviceNames: [String: String]
    var isUnreachable: Bool
    var isSinglePointOfFailure: Bool
    /// Services this actor alone offers; empty also when the caller marked the actor as a single
    /// provider but no service could be named.
    var soleServices: [String]?
    var showServices: Bool
    /// See `DiagramOptions.actorLinkPrefix`.
    var linkPrefix: String? = nil
    /// See `DiagramOptions.idPrefix`.
    var idPrefix = ""
    /// Off in a compact diagram (`DiagramOptions.compact`): the 8-point line is the first to
    /// become unreadable when the drawing is shrunk to a page.
    var showLanguages = true
    /// 11 in a compact diagram, as large as the names: there the badges are the smallest words,
    /// and they decide how far the drawing may be shrunk (`PrintDiagram`).
    var badgePointSize = 9
    /// The reader's words for tooltips, badges and "+ 3 more" (`DiagramOptions.language`).
    var words = Words(.en)

    static let maximumListedServices = 6
    static let nameWrapWidth = 24
    /// Service names and badges are set smaller, so their lines may be longer than a name's.
    static let serviceWrapWidth = 36

    var attributes: [(String, String)] {
        let kindColor = DiagramStyle.color(of: actor.kind)
        var styles = ["filled"]
        if actor.kind == .serviceProvider { styles.append("rounded") }
        if actor.kind == .migrantOrganisation { styles.append("diagonals") }
        var border = kindColor
        var penWidth = actor.sector == .public ? 1.2 : 2.6
        if isUnreachable {
            styles.append("dashed")
            border = DiagramStyle.problemColor
            penWidth = 3
        } else if actor.sector == .private {
            styles.append("dotted")
        }
        if isSinglePointOfFailure {
            border = DiagramStyle.problemColor
            penWidth = 4
        }
        var result: [(String, String)] = [
            ("id", DOTEscaping.svgAttribute("\(idPrefix)actor-\(actor.id)", passes: 1)),
            ("shape", DiagramStyle.shape(of: actor.kind)),
            ("style", DOTEscaping.quoted(styles.joined(separator: ","))),
            ("fillcolor", DOTEscaping.quoted(actor.sector == .public ? DiagramStyle.tint(of: actor.kind) : "#FFFFFF")),
            ("color", DOTEscaping.quoted(border)),
            ("penwidth", format(penWidth)),
            ("width", format(0.9 + 1.3 * size)),
            ("height", format(0.45 + 0.55 * size)),
            ("label", "<\(label)>"),
            ("tooltip", DOTEscaping.svgAttribute(tooltip)),
        ]
        if actor.coordinator { result.append(("peripheries", "2")) }
        if let linkPrefix {
            // Actor ids are limited to [A-Za-z0-9._-], so the fragment needs no further escaping.
            result.append(("href", DOTEscaping.svgAttribute("#\(linkPrefix)\(actor.id)", passes: 1)))
        }
        return result
    }

    /// In a label that would pass `DOTEscaping.htmlLabelLimit`, the name, the languages and the
    /// badges keep this many characters and each listed service a quarter of it: at most six
    /// bytes each once escaped, the whole stays under the limit with room for the markup.
    static let shortenedTextLimit = 400

    /// The label, shortened where the full one would pass `DOTEscaping.htmlLabelLimit`; the
    /// tooltip keeps every word.
    var label: String {
        let full = label(textLimit: nil)
        return full.utf8.count <= DOTEscaping.htmlLabelLimit ? full : label(textLimit: Self.shortenedTextLimit)
    }

    /// Whether `label` is shortened. Most boxes are told apart by a bound on the escaped size
    /// (every scalar at most six bytes: `&quot;`) without building the label.
    var isLabelShortened: Bool {
        let texts = [actor.name] + offeredServices.prefix(Self.maximumListedServices) + actor.languages + badges.map(\.words)
        let bound = 6 * texts.reduce(0) { $0 + $1.unicodeScalars.count } + 2_000
        return bound > DOTEscaping.htmlLabelLimit && label(textLimit: nil).utf8.count > DOTEscaping.htmlLabelLimit
    }

    private func label(textLimit limit: Int?) -> String {
        func cut(_ text: String, _ share: Int = 1) -> String {
            limit.map { DOTEscaping.shortened(text, to: $0 / share) } ?? text
        }
        var rows: [String] = []
        let nameSize = 11 + Int((5 * size).rounded())
        let name = Self.wrap(cut(actor.name), width: Self.nameWrapWidth).map(DOTEscaping.htmlText).joined(separator: "<BR/>")
        rows.append("<TR><TD><FONT POINT-SIZE=\"\(nameSize)\"><B>\(name)</B></FONT></TD></TR>")
        if showServices, !offeredServices.isEmpty {
            var lines = offeredServices.prefix(Self.maximumListedServices).map { service in
                Self.wrap(cut(service, 4), width: Self.serviceWrapWidth).map(DOTEscaping.htmlText).enumerated()
                    .map { $0.offset == 0 ? "• " + $0.element : "   " + $0.element }.joined(separator: "<BR/>")
            }
            if offeredServices.count > Self.maximumListedServices {
                lines.append(words.more(offeredServices.count - Self.maximumListedServices))
            }
            rows.append("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\" COLOR=\"#333333\">"
                + lines.joined(separator: "<BR/>") + "</FONT></TD></TR>")
        }
        if showLanguages, !actor.languages.isEmpty {
            rows.append("<TR><TD><FONT POINT-SIZE=\"8\" COLOR=\"\(DiagramStyle.mutedTextColor)\">"
                + DOTEscaping.htmlText(cut(actor.languages.joined(separator: " · "))) + "</FONT></TD></TR>")
        }
        for badge in badges {
            rows.append("<TR><TD BGCOLOR=\"\(badge.fill)\" CELLPADDING=\"2\"><FONT POINT-SIZE=\"\(badgePointSize)\" COLOR=\"\(badge.text)\"><B>"
                + Self.wrap(cut(badge.words), width: Self.serviceWrapWidth).map(DOTEscaping.htmlText).joined(separator: "<BR/>")
                + "</B></FONT></TD></TR>")
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">" + rows.joined() + "</TABLE>"
    }

    /// Everything a reader hovering over the box in a browser wants: kind, sector, services,
    /// languages, districts, the measure behind the size, and the problems in words.
    var tooltip: String {
        var lines = [actor.name]
        var role = "\(words.kind(actor.kind)) · \(words.sector(actor.sector))"
        if actor.coordinator { role += " · \(words[.coordinator])" }
        lines.append(role)
        lines.append(words.labelled(words[.services],
                                    offeredServices.isEmpty ? words[.none] : offeredServices.joined(separator: ", ")))
        lines.append(words.labelled(words[.languages], actor.languages.isEmpty ? words[.notGiven]
                                        : actor.languages.map(words.languageName).joined(separator: ", ")))
        lines.append(words.labelled(words[.districts],
                                    actor.districts.isEmpty ? words[.cityWide] : actor.districts.joined(separator: ", ")))
        if let measure {
            lines.append(words.labelled(measure.name, words.language == .en ? format(measure.value) : words.decimal(measure.value)))
        }
        lines += badges.map(\.words)
        return lines.joined(separator: "\n")
    }

    /// Offered services by name, each once, in the order the file lists them.
    var offeredServices: [String] {
        var seen = Set<String>()
        return actor.offers.compactMap { offer in
            guard seen.insert(offer.service).inserted else { return nil }
            return serviceNames[offer.service] ?? offer.service
        }
    }

    struct Badge {
        var words: String
        var fill: String
        var text: String
    }

    var badges: [Badge] {
        var result: [Badge] = []
        if isUnreachable {
            result.append(Badge(words: words[.badgeUnreachable], fill: DiagramStyle.problemColor, text: "#FFFFFF"))
        }
        if isSinglePointOfFailure {
            result.append(Badge(words: words[.badgeSinglePointOfFailure], fill: DiagramStyle.problemColor, text: "#FFFFFF"))
        }
        if let soleServices {
            let words = soleServices.isEmpty
                ? words[.badgeOnlyProviderOfAService]
                : words[.badgeOnlyProvider] + " " + soleServices.joined(separator: ", ")
            result.append(Badge(words: words, fill: DiagramStyle.warningFill, text: DiagramStyle.textColor))
        }
        return result
    }

    /// Breaks a long name at spaces so boxes stay narrow; a person's own line breaks are kept and
    /// a word longer than `width` is never cut.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in DOTEscaping.normalizedLineBreaks(text).split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                if current.isEmpty {
                    current = String(word)
                } else if current.count + 1 + word.count <= width {
                    current += " " + word
                } else {
                    lines.append(current)
                    current = String(word)
                }
            }
            lines.append(current)
        }
        return lines
    }
}

/// Numbers in DOT with at most three decimals: enough for inches and points, and stable text.
func format(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let rounded = (value * 1000).rounded() / 1000
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    return String(rounded)
}
