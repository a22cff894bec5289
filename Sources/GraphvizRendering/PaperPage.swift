import Foundation

/// The sheet a PDF diagram is printed on. A drawing of a real network is 50 to 80 cm wide at its
/// natural size; a council paper is A4. Graphviz cannot set a PDF's page size by itself (its
/// `page` attribute only paginates PostScript), but the cairo PDF page is exactly the drawing
/// plus the graph's `margin`, so after measuring the drawing we ask for a `size` that fits the
/// page inside the margins and for the horizontal and vertical margins that fill the rest.
public struct PaperPage: Sendable, Equatable {
    public enum Size: String, CaseIterable, Sendable {
        case a4, a3, letter

        /// Portrait width and height in whole points. ISO A4 is 595.28 × 841.89 pt; cairo rounds
        /// the page to whole points, so whole numbers are asked for directly (the rounding of
        /// the exact values came out as 595 × 841, one point short of what `pdfinfo` calls A4).
        var portrait: (width: Double, height: Double) {
            switch self {
            case .a4: return (595, 842)
            case .a3: return (842, 1191)
            case .letter: return (612, 792)
            }
        }
    }

    public var size: Size
    /// `nil`: landscape exactly when the drawing is wider than tall.
    public var landscape: Bool?

    public init(size: Size = .a4, landscape: Bool? = nil) {
        self.size = size
        self.landscape = landscape
    }

    /// 15 mm on every side: inside what office printers can reach, and room for a staple.
    public static let margin = 42.52

    /// Width and height of the page, in points, for a drawing of this shape.
    public func pageSize(drawingWidth: Double, drawingHeight: Double) -> (width: Double, height: Double) {
        let portrait = size.portrait
        let turned = landscape ?? (drawingWidth > drawingHeight)
        return turned ? (portrait.height, portrait.width) : portrait
    }

    /// The factor the drawing is scaled by: as large as fits inside the margins, and never above
    /// 1, because a small diagram blown up to a page prints its 11-point names at 30 points.
    public func scale(drawingWidth: Double, drawingHeight: Double) -> Double {
        guard drawingWidth > 0, drawingHeight > 0 else { return 1 }
        let page = pageSize(drawingWidth: drawingWidth, drawingHeight: drawingHeight)
        return min(1, (page.width - 2 * Self.margin) / drawingWidth, (page.height - 2 * Self.margin) / drawingHeight)
    }

    /// The graph attributes that put a drawing measured at this size (points, without `pad`)
    /// in the middle of the page: `size` for the scaled drawing, `margin` for the rest.
    /// `correction` (points) is added to the page before the margins are shared out; see
    /// `GraphvizRenderer.render(dot:engine:format:paper:)`.
    func attributes(drawingWidth: Double, drawingHeight: Double,
                    correction: (width: Double, height: Double) = (0, 0)) -> [(String, String)] {
        let page = pageSize(drawingWidth: drawingWidth, drawingHeight: drawingHeight)
        let scale = scale(drawingWidth: drawingWidth, drawingHeight: drawingHeight)
        let width = drawingWidth * scale, height = drawingHeight * scale
        let inches = { (points: Double) in String(format: "%.6f", points / 72) }
        return [
            ("pad", "0"),
            ("size", "\"\(inches(width)),\(inches(height))\""),
            ("margin", "\"\(inches((page.width + correction.width - width) / 2)),"
                + "\(inches((page.height + correction.height - height) / 2))\""),
        ]
    }
}

extension GraphvizRenderer {
    /// Renders `dot` with `engine`; with a `paper`, first measures the drawing (an SVG at `pad=0`
    /// is the cheapest way to learn its size in points) and renders again fitted to the page.
    static func render(dot: String, engine: String, format: DiagramFormat, paper: PaperPage?) throws -> GraphvizOutput {
        guard let graphvizFormat = format.graphvizFormat else {
            return GraphvizOutput(data: Array(dot.utf8), warnings: [])
        }
        guard let paper else {
            return try render(dot: dot, engine: engine, graphvizFormat: graphvizFormat)
        }
        let measured = try render(dot: appendingGraphAttributes([("pad", "0")], to: dot), engine: engine, graphvizFormat: "svg:svg:core")
        guard let size = svgSize(measured.data) else {
            throw GraphvizError(stage: .render, messages: ["the drawing's size could not be read to fit it to the page"])
        }
        // Graphviz scales and rounds the drawing its own way (asked for 842 × 595, it made an A4
        // page of 840 × 595 for a drawing ten times wider than tall), so the page it would make
        // is read back from an SVG at the same settings (SVG and PDF share the page size) and the
        // margins are corrected by what is missing, until the page is the paper's.
        let page = paper.pageSize(drawingWidth: size.width, drawingHeight: size.height)
        var correction = (width: 0.0, height: 0.0)
        var fitted = dot
        for _ in 0..<Self.pageFittingAttempts {
            fitted = appendingGraphAttributes(
                paper.attributes(drawingWidth: size.width, drawingHeight: size.height, correction: correction), to: dot)
            let check = try render(dot: fitted, engine: engine, graphvizFormat: "svg:svg:core")
            guard let made = svgPageSize(check.data) else { break }
            if made.width == page.width, made.height == page.height { break }
            correction.width += page.width - made.width
            correction.height += page.height - made.height
        }
        var output = try render(dot: fitted, engine: engine, graphvizFormat: graphvizFormat)
        output.warnings = uniqued(measured.warnings + output.warnings)
        return output
    }

    static let pageFittingAttempts = 3

    /// `width="842pt" height="595pt"`: the page Graphviz makes, in whole points.
    static func svgPageSize(_ svg: [UInt8]) -> (width: Double, height: Double)? {
        let text = String(decoding: svg.prefix(4096), as: UTF8.self)
        func value(_ name: String) -> Double? {
            guard let start = text.range(of: " \(name)=\"") else { return nil }
            let rest = text[start.upperBound...]
            guard let end = rest.range(of: "pt\"") else { return nil }
            return Double(rest[..<end.lowerBound])
        }
        guard let width = value("width"), let height = value("height") else { return nil }
        return (width, height)
    }

    /// The root graph's attributes set again at the end of the text: in DOT a later `graph [...]`
    /// statement at the top level overrides an earlier one, so the text before stays as it is.
    static func appendingGraphAttributes(_ attributes: [(String, String)], to dot: String) -> String {
        guard let end = dot.lastIndex(of: "}") else { return dot }
        return String(dot[..<end]) + "  graph [" + attributeList(attributes) + "];\n" + dot[end...]
    }

    /// The drawing's size in points from the `viewBox` of Graphviz's SVG root element: at
    /// `pad=0` it is the bounding box to two decimals, where `width="646pt"` is rounded up to
    /// whole points (a page fitted to that came out a point short).
    static func svgSize(_ svg: [UInt8]) -> (width: Double, height: Double)? {
        let text = String(decoding: svg.prefix(4096), as: UTF8.self)
        guard let start = text.range(of: " viewBox=\"") else { return nil }
        let rest = text[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        let numbers = rest[..<end].split(separator: " ").compactMap { Double($0) }
        guard numbers.count == 4 else { return nil }
        return (numbers[2], numbers[3])
    }

    static func uniqued(_ warnings: [String]) -> [String] {
        var seen = Set<String>()
        return warnings.filter { seen.insert($0).inserted }
    }
}
