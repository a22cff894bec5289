/// Turns free text (actor names, service names, districts, notes) into the exact spelling each place
/// in a DOT file needs, so that a name is drawn as written and can never become DOT syntax, an
/// escString sequence (`\N`, `\G`, `\l`, `\n`) or SVG markup.
///
/// Graphviz treats text differently depending on where it sits, and the rules below were checked
/// against the SVG that libgvc 2.43 (Debian 12) writes; `DOTEscapingTests` pin them:
/// - HTML-like labels decode entities and then expand escString sequences once, so `&`, `<`, `>`
///   become entities, a backslash is doubled, and a line break becomes `<BR/>`.
/// - `tooltip` goes through escString expansion twice before the SVG writer copies it, `id` once,
///   and that writer leaves anything that already looks like an entity alone. So every XML special
///   character is written as an entity by us (a literal `&lt;` in a name then stays visible as
///   typed), and a backslash is written four times (tooltip) or twice (id).
/// - Node names are quoted DOT identifiers; only identifiers of the FORMAT.md shape are used as
///   names (see `NetworkDiagram`), but quoting still escapes `"` so no input can end the string.
public enum DOTEscaping {
    /// Graphviz's own `dot` program reads no HTML-like label longer than this many bytes (its
    /// lexer stops with "longer than 16384?"), though the library in this process does. A DOT
    /// file actormap writes must open in `dot`, so labels that would pass it are shortened.
    public static let htmlLabelLimit = 16_384

    /// `text` cut after `limit` Unicode scalars with "…" after it, or unchanged when it is no
    /// longer. Scalars, not characters, so a name of one letter and ten thousand combining marks
    /// is cut too. An isolate (U+2066…U+2068) the cut leaves open is closed, so a shortened
    /// right-to-left name cannot reorder what follows it.
    public static func shortened(_ text: String, to limit: Int) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > limit else { return text }
        var result = String.UnicodeScalarView(scalars.prefix(max(0, limit)))
        var open = 0
        for scalar in result {
            if (0x2066...0x2068).contains(scalar.value) { open += 1 }
            if scalar.value == 0x2069, open > 0 { open -= 1 }
        }
        result.append("…")
        for _ in 0..<open { result.append("\u{2069}") }
        return String(result)
    }

    /// A DOT double-quoted string. A backslash before the closing quote would escape it, so
    /// backslashes are doubled too; this is only used for names and fixed attribute values, never
    /// for text Graphviz expands.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text.unicodeScalars {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": break
            default: result.unicodeScalars.append(character)
            }
        }
        return result + "\""
    }

    /// Text inside an HTML-like label (`label=<...>`): entities for markup characters, a doubled
    /// backslash so `\N` stays two characters, `<BR/>` for each line break.
    public static func htmlText(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in normalizedLineBreaks(text).unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\\": result += "\\\\"
            case "\n": result += "<BR/>"
            default:
                if isInvisibleControl(character) { continue }
                result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// The value of an escString attribute that the SVG writer copies into an XML attribute,
    /// already wrapped in DOT quotes. Line breaks become `&#10;`, which browsers show as a new line
    /// in a tooltip. `tooltip` is expanded twice by Graphviz 2.43 and `id` once, hence `passes`.
    ///
    /// `dot` reads no quoted string over `htmlLabelLimit` bytes either, so a value that would pass
    /// it (a tooltip listing ten districts of 4,000 characters) keeps its first 2,000 characters:
    /// at most six bytes each once escaped.
    public static func svgAttribute(_ text: String, passes: Int = 2) -> String {
        let full = svgAttributeUnlimited(text, passes: passes)
        guard full.utf8.count > htmlLabelLimit else { return full }
        return svgAttributeUnlimited(shortened(text, to: 2_000), passes: passes)
    }

    private static func svgAttributeUnlimited(_ text: String, passes: Int) -> String {
        let backslash = String(repeating: "\\", count: 1 << max(0, passes))
        var result = "\""
        for character in normalizedLineBreaks(text).unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\\": result += backslash
            case "\n": result += "&#10;"
            default:
                if isInvisibleControl(character) { continue }
                result.unicodeScalars.append(character)
            }
        }
        return result + "\""
    }

    /// CR LF and lone CR are one line break, as a person typing the name meant.
    static func normalizedLineBreaks(_ text: String) -> String {
        guard text.contains("\r") else { return text }
        return text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
    }

    /// C0 controls other than line breaks are not allowed in XML 1.0 at all: a tab would be fine,
    /// but a stray NUL or form feed from a spreadsheet would make the whole SVG unreadable.
    static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\t" { return false }
        return scalar.value < 0x20 || scalar.value == 0x7F
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
