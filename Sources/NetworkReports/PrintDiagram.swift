import GraphvizRendering
import NetworkModel

/// The diagram as it goes on paper: the report's full diagram, shrunk to an A4 page, prints its
/// 8-point words at 2 to 3 points (Halle: 2,400 points wide). On paper the report shows instead a
/// compact drawing (names only, packed tighter, `DiagramOptions.compact`) on a landscape page of
/// its own, and the key on the page after it, when that drawing fits the page with its smallest
/// words at 6 points or more. Otherwise the diagram gives way on paper to the overviews (a
/// network of more than 300 actors) and to the tables that say the same in text.
struct PrintDiagram {
    /// SVG of the compact drawing, ids prefixed `print-`.
    var svg: String
    /// SVG of the key alone, ids prefixed `print-`.
    var keySVG: String?
    /// The factor the page shrinks the drawing by (1: natural size).
    var scale: Double

    /// The part of a landscape A4 page the drawing may fill, in points: 277 × 190 mm inside the
    /// report's 10 mm margins (`@page diagram`), less 15 mm for the heading above it. The style
    /// sheet's `max-height: 175mm` for the printed drawing says the same.
    static let pageWidth = 277 / 25.4 * 72
    static let pageHeight = 175 / 25.4 * 72
    static let smallestPrintedSize = 6.0
    /// Above this many actors no compact drawing reaches 6 points on A4 (60 names need about
    /// 1,500 × 1,000 points at 11 points each), so none is tried.
    static let actorLimit = 60

    /// `nil` when no compact drawing is legible on A4. Tries the report's layout and `neato`
    /// (a layered layout of a hub and twenty partners is one long row) and keeps the larger print.
    static func make(network: Network, options: DiagramOptions, highlights: DiagramHighlights) throws -> PrintDiagram? {
        guard network.actors.count <= actorLimit, !network.actors.isEmpty else { return nil }
        var compact = options
        compact.compact = true
        compact.idPrefix = "print-"
        compact.sizeBy = nil
        // Names and, in a compact drawing, badges are set at 11 points or more.
        let smallestWords = 11.0
        var best: (svg: [UInt8], scale: Double, diagram: NetworkDiagram)?
        for layout in [options.layout, .neato] where best == nil || layout != options.layout {
            compact.layout = layout
            let diagram = NetworkDiagram(network: network, options: compact, highlights: highlights)
            let svg = try diagram.render(as: .svg).data
            guard let size = viewBoxSize(svg) else { continue }
            let scale = min(1, pageWidth / size.width, pageHeight / size.height)
            if best.map({ scale > $0.scale }) ?? true { best = (svg, scale, diagram) }
        }
        guard let best, best.scale * smallestWords >= smallestPrintedSize else { return nil }
        let key = try best.diagram.renderKey(as: .svg).map { String(decoding: $0.data, as: UTF8.self) }
        return PrintDiagram(svg: String(decoding: best.svg, as: UTF8.self), keySVG: key, scale: best.scale)
    }

    static func viewBoxSize(_ svg: [UInt8]) -> (width: Double, height: Double)? {
        let text = String(decoding: svg.prefix(4096), as: UTF8.self)
        guard let start = text.range(of: " viewBox=\"") else { return nil }
        let rest = text[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        let numbers = rest[..<end].split(separator: " ").compactMap { Double($0) }
        guard numbers.count == 4, numbers[2] > 0, numbers[3] > 0 else { return nil }
        return (numbers[2], numbers[3])
    }
}
