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
    public static func svgAttribute(_ text: String, passes: Int = 2) -> String {
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
