/// Escaping for the XML this module writes by hand. Names come from people and may hold `<`, `&`,
/// quotes, line breaks or stray control characters pasted from a word processor; one wrong
/// character makes Gephi or networkx reject the whole file, so every value goes through here.
enum XMLText {
    /// For attribute values in double quotes: tab and line breaks become character references,
    /// because an XML parser would otherwise normalise them to spaces (XML 1.0 §3.3.3).
    static func attribute(_ value: String) -> String {
        escape(value, inAttribute: true)
    }

    /// For element content.
    static func content(_ value: String) -> String {
        escape(value, inAttribute: false)
    }

    private static func escape(_ value: String, inAttribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += inAttribute ? "&quot;" : "\""
            case "'": out += inAttribute ? "&apos;" : "'"
            case "\t": out += inAttribute ? "&#9;" : "\t"
            case "\n": out += inAttribute ? "&#10;" : "\n"
            // A bare CR would be turned into LF by every parser, in content too.
            case "\r": out += "&#13;"
            default:
                if isAllowed(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    // XML 1.0 cannot carry these at all, not even as references; U+FFFD keeps the
                    // place visible instead of silently joining the neighbouring letters.
                    out += "\u{FFFD}"
                }
            }
        }
        return out
    }

    /// The `Char` production of XML 1.0.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
