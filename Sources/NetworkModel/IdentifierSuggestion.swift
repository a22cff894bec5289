import Foundation

/// A valid id for a text that is not one, offered in the message about the bad id: a person who
/// wrote `parität` or `Caritas Halle` should be told what to write instead, not only what is wrong.
extension Identifier {
    /// German umlauts and ß as German spells them without umlauts (`parität` -> `paritaet`, not
    /// `paritat`); letters that decompose into no ASCII letter get their usual Latin spelling.
    private static let spellings: [Character: String] = [
        "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS",
        "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "oe", "Ø": "Oe", "đ": "d", "Đ": "D",
        "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i", "ħ": "h", "Ħ": "H",
    ]

    /// The id a person most likely meant, or `nil` when no valid id comes of it (a name in
    /// Arabic or Cyrillic script has no obvious ASCII spelling, so none is guessed).
    /// Other accented letters lose their accents by canonical decomposition (`č` -> `c`, `é` -> `e`);
    /// spaces become `-`; any other character that an id cannot hold is left out.
    public static func transliterated(_ text: String) -> String? {
        var result = ""
        for character in text {
            if let spelling = spellings[character] {
                result += spelling
                continue
            }
            if character == " " {
                if !result.isEmpty, result.last != "-" { result.append("-") }
                continue
            }
            for scalar in String(character).decomposedStringWithCanonicalMapping.unicodeScalars
            where scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                                      || scalar == "." || scalar == "_" || scalar == "-") {
                result.unicodeScalars.append(scalar)
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        while let first = result.first, !(first.isASCII && (first.isLetter || first.isNumber)) {
            result.removeFirst()
        }
        return result.isEmpty || result == text || !isValid(result) ? nil : result
    }
}
