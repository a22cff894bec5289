/// French typography in one rule rather than in every string: a no-break space (U+00A0) before
/// ":" ";" "?" "!" and inside guillemets, so that a line never breaks between a word and its
/// colon and a screen never shows "Pourquoi" at a line's end and ":" at the next one's start.
/// Sentences are written with ordinary spaces and pass through `typeset`; the other languages
/// set these marks without a space and are returned unchanged.
extension Words {
    public func typeset(_ text: String) -> String {
        guard language == .fr else { return text }
        var out: [Character] = []
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case ":", ";", "?", "!", "»":
                if let last = out.last, last == " " || last == "\u{00A0}" || last == "\u{202F}" {
                    out[out.count - 1] = "\u{00A0}"
                }
                out.append(character)
            case " " where out.last == "«":
                out.append("\u{00A0}")
            default:
                out.append(character)
            }
        }
        return String(out)
    }
}

extension Words {
    /// "; " between two clauses, "\u{00A0}; " in French.
    public var semicolon: String { language == .fr ? "\u{00A0}; " : "; " }

    /// The sentence with its full stop, unless it already ends on one ("… e.V.").
    public func ending(_ sentence: String) -> String { sentence.hasSuffix(".") ? sentence : sentence + "." }

    /// Whole sentences one after the other, each but the last ended by `ending`: each starts with
    /// a capital ("If …", "Fiele …"), so a semicolon between them would read wrong.
    public func sentences(_ parts: [String]) -> String {
        (parts.dropLast().map { ending($0) + " " } + parts.suffix(1)).joined()
    }
}
