/// Every piece of network data that enters the HTML report passes through here, so nothing in a
/// network file can become markup or script: names are data, never HTML.
public enum HTMLEscaping {
    /// For text between tags and for attribute values in double quotes.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab and newline cannot appear in HTML text.
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" {
                    out += "&#xFFFD;"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// An id usable in `id=` and `href="#..."`; actor ids are already restricted to
    /// `[A-Za-z0-9._-]`, this keeps that promise for anything else.
    public static func fragment(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar -> Character in
            let ok = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-" || scalar == "_" || scalar == "."
            return ok ? Character(scalar) : "_"
        })
    }
}
