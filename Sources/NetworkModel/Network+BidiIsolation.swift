/// Names prepared for documents that people read: every name that carries right-to-left letters
/// or bidirectional controls is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
/// (U+2068 … U+2069), the plain-text form of HTML's `<bdi>`.
///
/// Why: a name with an unterminated RIGHT-TO-LEFT OVERRIDE (U+202E) reverses whatever follows it
/// on the line, the next actor's name in the same sentence included (issue 21, finding 10), and an
/// Arabic name pulls neighbouring punctuation to its side. Isolated, each name is laid out on its
/// own and cannot reach its neighbours, in HTML, SVG, PDF and Markdown alike. Only names that need
/// it are wrapped, so Latin, Greek and Cyrillic names stay byte for byte as written; ids,
/// languages and districts are keys and are never touched. For reports and diagrams only: exports
/// keep the data as written.
extension Network {
    public func isolatingBidirectionalNames() -> Network {
        var copy = self
        copy.title = BidiIsolation.isolated(title)
        copy.actors = actors.map { actor in
            var shown = actor
            shown.name = BidiIsolation.isolated(actor.name)
            return shown
        }
        copy.services = services.map { service in
            var shown = service
            shown.name = BidiIsolation.isolated(service.name)
            return shown
        }
        copy.pathways = pathways.map { pathway in
            var shown = pathway
            shown.name = BidiIsolation.isolated(pathway.name)
            return shown
        }
        return copy
    }
}

public enum BidiIsolation {
    public static let firstStrongIsolate: Unicode.Scalar = "\u{2068}"
    public static let popDirectionalIsolate: Unicode.Scalar = "\u{2069}"

    /// The text wrapped in an isolate when it needs one; else unchanged. A pop at the end closes
    /// every embedding, override and isolate opened inside, so nothing leaks past it.
    public static func isolated(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsIsolation) else { return text }
        return String(firstStrongIsolate) + text + String(popDirectionalIsolate)
    }

    /// Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms) and
    /// the explicit directional formatting characters.
    static func needsIsolation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: return true
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
