/// A piece of the report's markup that is safe by construction: text enters escaped, and only the
/// page's own tags, written as literals in this module's source, enter as markup.
///
/// Why a type: the report used to be strings with some 70 calls to `HTMLEscaping.escape`, and one
/// forgotten call would let a name in a network file from another organisation become markup or
/// script. Here the default is the safe one. In a literal such as
/// `"<h3>\(actor.name)</h3>"` the interpolated `String` is escaped, an interpolated `HTML` goes in
/// as it is, and a `Substring`, `Character` or optional does not compile; markup that did not
/// come from a literal (Graphviz's SVG, the embedded style sheet) has to say so with
/// `HTML(trusted:)`, which only this module can call.
public struct HTML: Sendable, Equatable, CustomStringConvertible {
    /// The markup, ready to write.
    public private(set) var markup: String

    public init() { markup = "" }

    /// Text from anywhere (a network file, a translation, a number written in words): escaped.
    public init(text: String) { markup = HTMLEscaping.escape(text) }

    /// Markup this module made itself (Graphviz's SVG of the network, the page's assets). Never for
    /// text from a network file: that is what `init(text:)` is for.
    init(trusted markup: String) { self.markup = markup }

    public var description: String { markup }

    public var isEmpty: Bool { markup.isEmpty }

    /// Without the newlines at its end, for markup placed inside a literal that has its own.
    func trimmingTrailingNewlines() -> HTML {
        var markup = self.markup
        while markup.last?.isNewline == true { markup.removeLast() }
        return HTML(trusted: markup)
    }

    public static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(trusted: lhs.markup + rhs.markup) }

    public static func += (lhs: inout HTML, rhs: HTML) { lhs.markup += rhs.markup }
}

extension HTML: ExpressibleByStringInterpolation {
    /// A literal in source is the page's own markup; everything interpolated into it is escaped
    /// unless it is `HTML` already.
    public init(stringLiteral value: String) { markup = value }

    public init(stringInterpolation: Interpolation) { markup = stringInterpolation.markup }

    public struct Interpolation: StringInterpolationProtocol {
        var markup = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) { markup += literal }

        /// Text: escaped, for element content and for attribute values in double quotes alike.
        public mutating func appendInterpolation(_ text: String) { markup += HTMLEscaping.escape(text) }

        public mutating func appendInterpolation(_ html: HTML) { markup += html.markup }

        /// Counts and other integers, which need no escaping.
        public mutating func appendInterpolation(_ number: Int) { markup += String(number) }

        /// An id for `id="…"` and `href="#…"` (`HTMLEscaping.fragment`).
        public mutating func appendInterpolation(fragment id: String) { markup += HTMLEscaping.fragment(id) }
    }
}

extension Sequence where Element == HTML {
    public func joined(separator: HTML = HTML()) -> HTML {
        var result = HTML()
        var first = true
        for piece in self {
            if !first { result += separator }
            result += piece
            first = false
        }
        return result
    }
}
