/// How many terminal columns a string takes: wide East Asian characters take two, combining marks none.
public enum TerminalWidth {
    public static func of(_ text: String) -> Int {
        // Printable ASCII, which most ids, numbers and many names are, is one column per byte;
        // the walk by `Character` below costs about ten times as much.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return byCharacter(text)
    }

    /// The width of each user-perceived character: its first scalar decides.
    static func byCharacter(_ text: String) -> Int {
        var width = 0
        for character in text {
            guard let scalar = character.unicodeScalars.first else { continue }
            width += isWide(scalar.value) ? 2 : 1
        }
        return width
    }

    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
