/// What a diagram is written as. The command line picks it from the output file's extension, so a
/// council clerk asking for `network.pdf` gets a PDF without learning a flag.
public enum DiagramFormat: String, CaseIterable, Sendable {
    case svg
    case png
    case pdf
    /// Our own DOT text, before layout: for people who want to tweak the picture in Graphviz tools.
    case dot

    /// `nil` for an extension we cannot write, so the caller can name the ones we can.
    public init?(pathExtensionOf path: String) {
        guard let dot = path.lastIndex(of: "."),
              !path[path.index(after: dot)...].contains("/")
        else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }

    /// The Graphviz `-T` value, naming the plugin so that `svg` is the core writer (which keeps
    /// ids and tooltips) and PNG/PDF come from cairo (antialiased, real fonts) rather than gd.
    var graphvizFormat: String? {
        switch self {
        case .svg: return "svg:svg:core"
        case .png: return "png:cairo"
        case .pdf: return "pdf:cairo"
        case .dot: return nil
        }
    }
}
