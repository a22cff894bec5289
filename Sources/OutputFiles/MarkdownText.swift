/// Text from a network file inside Markdown. Wikis and repositories that render Markdown also
/// render raw HTML, so a name such as `<img onerror=…>`, `[Click](javascript:…)` or
/// `![x](https://tracker.example/pixel.png)` would become a script, a live link or a tracking
/// pixel. Every character that could start Markdown or HTML markup is escaped, in running text,
/// headings and table cells alike, so data never becomes markup: links and images come only from
/// actormap's own words.
public enum MarkdownText {
    /// For running text and headings: one line, every markup character escaped.
    public static func inline(_ text: String) -> String {
        escaped(text, lineBreak: " ")
    }

    /// For a pipe-table cell: as `inline`, and a line break becomes `<br>` (actormap's own markup).
    public static func cell(_ text: String) -> String {
        escaped(text, lineBreak: "<br>")
    }

    static func escaped(_ text: String, lineBreak: String) -> String {
        var out = ""
        var lastThree = ""
        for character in text {
            let atStart = out.isEmpty
            switch character {
            case "\\", "`", "*", "_", "[", "]", "(", ")", "#", "|", "!", "~", "{", "}", ":":
                // `:` too: it ends the scheme of an autolink (`https:`, `javascript:`).
                out += "\\" + String(character)
            case "-" where atStart, "+" where atStart:
                // At the start a list marker.
                out += "\\" + String(character)
            case "." where lastThree == "www":
                // GitHub turns `www.example.org` into a link without any markup.
                out += "\\."
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": out += lineBreak
            default: out.append(character)
            }
            lastThree = String((lastThree + character.lowercased()).suffix(3))
        }
        return out
    }
}
