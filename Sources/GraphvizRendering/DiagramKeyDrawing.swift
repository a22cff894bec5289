import NetworkModel

/// The key as Graphviz nodes and edges at fixed places under a drawing that is already laid out:
/// a small node of each kind's shape and colours, a short edge of each link type's colour, style
/// and arrowhead, and the words beside each. The laid-out drawing with these statements added is
/// drawn again by Graphviz's `nop2` engine, which keeps every position and spline as given, so
/// the key looks the same whichever engine laid out the actors.
struct DiagramKeyDrawing {
    var keys: [DiagramLegend.Key]
    /// See `DiagramOptions.directed`: undirected types then carry two arrowheads, in the key too.
    var directed: Bool
    var idPrefix: String
    /// Points. The key alone goes on a landscape A4 page of its own (277 mm inside the margins):
    /// drawn in one band, a German or French key of a city's many kinds and link types is twice
    /// that wide and would print its words at 5 points; with a width its columns continue in a
    /// band below. `nil` (under a drawing on screen): one band, as wide as the key needs.
    var bandWidth: Double? = nil

    /// Points. A sample is as wide as a short word and as tall as a line of text plus air.
    static let sampleWidth = 36.0
    static let sampleHeight = 18.0
    static let rowHeight = 24.0
    static let wordsOffset = 46.0
    static let columnGap = 28.0
    static let gapAboveKey = 24.0
    static let fontSize = 10.0
    /// A long key (ten kinds and three sectors) continues in a second column rather than making
    /// the drawing a third taller: drawings are wider than tall, and so are pages turned for them.
    static let rowsPerColumn = 6
    /// A generous average width of a character of 10-point Helvetica (about 0.55 em), to give
    /// every line of a column the same left edge: the words' cell is at least this wide times
    /// the longest line, and shorter words are set left in it.
    static let characterWidth = 5.8

    /// Graphviz statements for the key, its top-left corner just under `box` (Graphviz's `bb`:
    /// lower-left x, lower-left y, upper-right x, upper-right y; y grows upwards).
    func statements(below box: (minX: Double, minY: Double, maxX: Double, maxY: Double)) -> [String] {
        var lines: [String] = []
        let bandLeft = box.minX + 8
        var left = bandLeft
        var top = box.minY - Self.gapAboveKey
        var linesInBand = 0
        var number = 0
        func name() -> String {
            number += 1
            return "\"_key_\(number)\""
        }
        func id(_ text: String) -> String { DOTEscaping.svgAttribute(idPrefix + "key-" + text, passes: 1) }
        for column in columns {
            let longest = ([column.heading ?? ""] + column.entries.map(\.entry.words)).map(\.count).max() ?? 0
            let wordsWidth = (Double(longest) * Self.characterWidth).rounded(.up) + 4
            if let bandWidth, left > bandLeft, left + Self.wordsOffset + wordsWidth > bandLeft + bandWidth {
                left = bandLeft
                top -= 8 + Double(linesInBand + 1) * Self.rowHeight + Self.columnGap
                linesInBand = 0
            }
            linesInBand = max(linesInBand, column.entries.count)
            // A key that continues at the start of the next band says again whose entries these are.
            let heading = column.heading ?? (left == bandLeft ? keys[column.key].heading : nil)
            let headingID = column.heading == nil ? "heading-\(column.key + 1)-continued" : "heading-\(column.key + 1)"
            if let heading {
                lines.append("  \(name()) [" + attributeList(words(heading, bold: true, width: wordsWidth + Self.wordsOffset,
                                                                     at: (left + (wordsWidth + Self.wordsOffset) / 2, top - 8))
                    + [("id", id(headingID))]) + "];")
            }
            for (line, item) in column.entries.enumerated() {
                let y = top - 8 - Double(line + 1) * Self.rowHeight
                let entryID = "\(column.key + 1)-\(item.row + 1)"
                switch item.entry.sample {
                case .link(let type):
                    lines += edge(type, from: left, to: left + Self.sampleWidth, y: y, names: (name(), name()), id: id("line-" + entryID),
                                  tooltip: item.entry.words)
                default:
                    lines.append("  \(name()) [" + attributeList(node(item.entry.sample, at: (left + Self.sampleWidth / 2, y))
                        + [("id", id("sample-" + entryID))]) + "];")
                }
                lines.append("  \(name()) [" + attributeList(words(item.entry.words, bold: false, width: wordsWidth,
                                                                     at: (left + Self.wordsOffset + wordsWidth / 2, y))
                    + [("id", id("words-" + entryID))]) + "];")
            }
            left += Self.wordsOffset + wordsWidth + Self.columnGap
        }
        return lines
    }

    /// The keys cut into columns of at most `rowsPerColumn` entries; only a key's first column
    /// carries its heading. `row` counts within the key, for the element ids.
    var columns: [(key: Int, heading: String?, entries: [(row: Int, entry: DiagramLegend.Entry)])] {
        var result: [(key: Int, heading: String?, entries: [(row: Int, entry: DiagramLegend.Entry)])] = []
        for (keyIndex, key) in keys.enumerated() {
            let numbered = Array(key.entries.enumerated()).map { (row: $0.offset, entry: $0.element) }
            for start in stride(from: 0, to: numbered.count, by: Self.rowsPerColumn) {
                result.append((keyIndex, start == 0 ? key.heading : nil,
                               Array(numbered[start..<min(numbered.count, start + Self.rowsPerColumn)])))
            }
        }
        return result
    }

    private func position(_ point: (Double, Double)) -> (String, String) {
        ("pos", "\"\(format(point.0)),\(format(point.1))!\"")
    }

    private func words(_ text: String, bold: Bool, width: Double, at point: (Double, Double)) -> [(String, String)] {
        let escaped = DOTEscaping.htmlText(text)
        let body = bold ? "<B>\(escaped)</B>" : escaped
        return [
            ("shape", "plaintext"), ("margin", "0"), ("width", "0"), ("height", "0"), position(point),
            ("label", "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\"><TR>"
                + "<TD ALIGN=\"LEFT\" WIDTH=\"\(format(width))\" HEIGHT=\"14\"><FONT POINT-SIZE=\"\(format(Self.fontSize))\">"
                + body + "</FONT></TD></TR></TABLE>>"),
            ("tooltip", DOTEscaping.svgAttribute(text)),
        ]
    }

    /// The sample node of a kind, sector or mark, drawn with the attributes `ActorNode` gives an
    /// actor of that kind (public sector: tinted fill), at a fixed small size.
    private func node(_ sample: DiagramLegend.Sample, at point: (Double, Double)) -> [(String, String)] {
        var shape = "box"
        var styles = ["filled"]
        var fill = "#FFFFFF"
        var border = DiagramStyle.textColor
        var penWidth = 1.2
        var extra: [(String, String)] = []
        switch sample {
        case .kind(let kind):
            shape = DiagramStyle.shape(of: kind)
            if kind == .serviceProvider { styles.append("rounded") }
            if kind == .migrantOrganisation { styles.append("diagonals") }
            fill = DiagramStyle.tint(of: kind)
            border = DiagramStyle.color(of: kind)
        case .sector(let sector):
            border = "#666666"
            switch sector {
            case .public: fill = "#D9D9D9"
            case .civilSociety: penWidth = 2.6
            case .private: penWidth = 2.6; styles.append("dotted")
            }
        case .coordinator:
            extra.append(("peripheries", "2"))
        case .sized:
            break
        case .unreachable:
            styles.append("dashed")
            border = DiagramStyle.problemColor
            penWidth = 3
        case .singlePointOfFailure:
            border = DiagramStyle.problemColor
            penWidth = 4
        case .singleProvider:
            fill = DiagramStyle.warningFill
            border = DiagramStyle.warningFill
        case .link:
            break
        }
        return [
            ("shape", shape), ("style", DOTEscaping.quoted(styles.joined(separator: ","))),
            ("fillcolor", DOTEscaping.quoted(fill)), ("color", DOTEscaping.quoted(border)), ("penwidth", format(penWidth)),
            ("fixedsize", "true"), ("width", format(Self.sampleWidth / 72)), ("height", format(Self.sampleHeight / 72)),
            ("label", "\"\""), ("tooltip", "\" \""), position(point),
        ] + extra
    }

    /// A short line between two invisible points, with the spline given (`pos`), so `nop2` draws
    /// it as it is instead of routing it. The arrowhead's 8 points (`arrowsize` 0.8) lie between
    /// the spline's end and the end point `e`, as Graphviz's own layouts write it.
    private func edge(_ type: LinkType, from start: Double, to end: Double, y: Double,
                      names: (String, String), id: String, tooltip: String) -> [String] {
        let style = DiagramStyle.style(of: type)
        let arrow = 8.0
        let forward = type.isDirected || directed
        let backward = !type.isDirected && directed
        let first = backward ? start + arrow : start
        let last = forward ? end - arrow : end
        let step = (last - first) / 3
        var spline: [String] = []
        if forward { spline.append("e,\(format(end)),\(format(y))") }
        if backward { spline.append("s,\(format(start)),\(format(y))") }
        spline += (0...3).map { "\(format(first + Double($0) * step)),\(format(y))" }
        var attributes: [(String, String)] = [
            ("id", id), ("color", DOTEscaping.quoted(style.color)), ("style", style.line), ("penwidth", format(style.penWidth)),
            ("pos", "\"" + spline.joined(separator: " ") + "\""), ("tooltip", DOTEscaping.svgAttribute(tooltip)),
        ]
        if type.isDirected {
            attributes += [("dir", "forward"), ("arrowhead", style.arrowhead)]
        } else if directed {
            attributes += [("dir", "both"), ("arrowhead", "normal"), ("arrowtail", "normal")]
        } else {
            attributes.append(("dir", "none"))
        }
        let point: [(String, String)] = [("shape", "point"), ("style", "invis"), ("width", "0.01"), ("label", "\"\"")]
        return [
            "  \(names.0) [" + attributeList(point + [position((start, y))]) + "];",
            "  \(names.1) [" + attributeList(point + [position((end, y))]) + "];",
            "  \(names.0) -> \(names.1) [" + attributeList(attributes) + "];",
        ]
    }
}
