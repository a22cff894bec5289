/// What a text of a network file may hold, checked where it is read so that the problem has its
/// place. Names travel into Graphviz labels, SVG, HTML, Markdown and terminals: a character one of
/// them cannot take (a noncharacter, a control character) used to stop a whole report with exit 70
/// and no line number, and a right-to-left override in one name reverses the next name beside it.
///
/// - Errors: longer than the cap of its kind (`Kind.limit`); a noncharacter (U+FDD0–U+FDEF, the
///   last two code points of every plane); a C0 control character (U+0000–U+001F), except tab and
///   line breaks in descriptions, notes and contacts, where several lines are normal; DEL.
/// - Warnings, in names only: bidirectional controls and invisible characters, which make a name
///   show differently from what it holds or two different names look the same.
public enum TextRules {
    public enum Kind: Sendable {
        /// An id (`id`, and the ids a link, offer or stage names).
        case identifier
        /// A name or title (`name`, `network`).
        case name
        /// Free text over several lines (`description`, `note`, `contact`).
        case longText
        /// Any other text: a URL, a source, a tag, a district.
        case shortText

        /// The most characters (Unicode scalars) a text of this kind may have. A real name is a
        /// few hundred at most; ten million (a hostile file) took a render four minutes.
        public var limit: Int {
            switch self {
            case .identifier: return 200
            case .name, .shortText: return 4_000
            case .longText: return 20_000
            }
        }

        static func of(key: String) -> Kind {
            switch key {
            case "id", "from", "to", "service", "stages", "actor", "pathway": return .identifier
            case "name", "network": return .name
            case "description", "note", "contact", "reason": return .longText
            default: return .shortText
            }
        }
    }

    public struct Finding: Equatable, Sendable {
        public var severity: Diagnostic.Severity
        /// Follows "'name' of an actor " in a message.
        public var message: String
    }

    /// The problems of `text` as a value of `kind`: at most one error (the first), then at most one
    /// warning; empty for almost every text, found by looking at its bytes once.
    public static func check(_ text: String, as kind: Kind) -> [Finding] {
        let utf8 = text.utf8
        // Nearly every text is printable ASCII and short: one pass over the bytes decides that.
        if utf8.count <= kind.limit, utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return [] }
        let length = utf8.count <= kind.limit ? utf8.count : text.unicodeScalars.count
        if length > kind.limit {
            return [Finding(severity: .error, message: "is \(grouped(length)) characters long, more than the limit of "
                            + "\(grouped(kind.limit)) for \(kind.description)")]
        }
        var findings: [Finding] = []
        for (index, scalar) in text.unicodeScalars.enumerated() {
            let value = scalar.value
            if value < 0x20 || value == 0x7F {
                if kind == .longText, value == 0x09 || value == 0x0A || value == 0x0D { continue }
                let what = value == 0x0A || value == 0x0D ? "a line break" : value == 0x09 ? "a tab" : "a control character"
                return [Finding(severity: .error, message: "contains \(codePoint(scalar)), \(what), which "
                                + "diagrams and terminals cannot show; remove it"
                                + (value == 0x0A || value == 0x0D ? " and write \(kind.description) on one line" : ""))]
            }
            if isNoncharacter(value) {
                return [Finding(severity: .error, message: "contains \(codePoint(scalar)), a noncharacter that "
                                + "diagrams cannot show; remove it")]
            }
            // Every control and invisible character of the tables lies at U+00AD or from U+034F on:
            // the letters of Latin, Greek and Cyrillic names skip both lookups.
            guard kind == .name, findings.isEmpty, value == 0xAD || value >= 0x034F else { continue }
            if let name = bidiControls[value] {
                findings.append(Finding(severity: .warning, message: "contains \(codePoint(scalar)) (\(name)), which "
                                        + "changes how the text around it is shown; remove it unless the name needs it"))
            } else if let name = invisibles[value], !isJoinerBetweenLetters(Array(text.unicodeScalars), index) {
                findings.append(Finding(severity: .warning, message: "contains \(codePoint(scalar)) (\(name)), an "
                                        + "invisible character: names that differ by it look the same"))
            }
        }
        return findings
    }

    /// A text without bidirectional controls and invisible characters: what a reader sees.
    public static func visible(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where bidiControls[scalar.value] == nil && invisibles[scalar.value] == nil {
            result.append(scalar)
        }
        return String(result)
    }

    static let bidiControls: [UInt32: String] = [
        0x061C: "Arabic letter mark", 0x200E: "left-to-right mark", 0x200F: "right-to-left mark",
        0x202A: "left-to-right embedding", 0x202B: "right-to-left embedding", 0x202C: "pop directional formatting",
        0x202D: "left-to-right override", 0x202E: "right-to-left override", 0x2066: "left-to-right isolate",
        0x2067: "right-to-left isolate", 0x2068: "first strong isolate", 0x2069: "pop directional isolate",
    ]

    static let invisibles: [UInt32: String] = [
        0x00AD: "soft hyphen", 0x034F: "combining grapheme joiner", 0x115F: "Hangul choseong filler",
        0x1160: "Hangul jungseong filler", 0x180E: "Mongolian vowel separator", 0x200B: "zero-width space",
        0x200C: "zero-width non-joiner", 0x200D: "zero-width joiner", 0x2060: "word joiner",
        0x2061: "function application", 0x2062: "invisible times", 0x2063: "invisible separator",
        0x2064: "invisible plus", 0x3164: "Hangul filler", 0xFEFF: "zero-width no-break space", 0xFFA0: "halfwidth Hangul filler",
    ]

    /// U+FDD0–U+FDEF and U+xFFFE, U+xFFFF of every plane.
    static func isNoncharacter(_ value: UInt32) -> Bool {
        (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
    }

    /// A zero-width (non-)joiner between two letters of a script that uses them (Persian, Arabic,
    /// the Indic scripts: "می‌خواهم") is spelling, not a trick; elsewhere it is invisible noise.
    private static func isJoinerBetweenLetters(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        guard scalars[index].value == 0x200C || scalars[index].value == 0x200D,
              index > 0, index + 1 < scalars.count else { return false }
        func isNonLatinLetterOrMark(_ scalar: Unicode.Scalar) -> Bool {
            guard scalar.value >= 0x0370 else { return false }
            switch scalar.properties.generalCategory {
            case .otherLetter, .lowercaseLetter, .uppercaseLetter, .nonspacingMark, .spacingMark, .otherSymbol: return true
            default: return false
            }
        }
        return isNonLatinLetterOrMark(scalars[index - 1]) && isNonLatinLetterOrMark(scalars[index + 1])
    }

    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// 4000 -> "4,000", as the documentation writes limits.
    static func grouped(_ value: Int) -> String {
        var digits = String(value)
        var index = digits.endIndex
        while digits.distance(from: digits.startIndex, to: index) > 3 {
            index = digits.index(index, offsetBy: -3)
            digits.insert(",", at: index)
        }
        return digits
    }
}

extension TextRules.Kind: CustomStringConvertible {
    public var description: String {
        switch self {
        case .identifier: return "an id"
        case .name: return "a name"
        case .longText: return "a description or note"
        case .shortText: return "a text"
        }
    }
}
