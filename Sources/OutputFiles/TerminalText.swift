/// Text on its way to a terminal. A name from an outside file may carry escape sequences that a
/// terminal obeys: OSC 52 writes the clipboard, OSC 0 the window title, `ESC[8m` hides text, and a
/// carriage return with `ESC[2K` rewrites a warning into "all checks passed". Every control
/// character (C0 but line feed and tab, DEL, C1) and every bidirectional control therefore becomes
/// a visible `\u{…}` escape, so the reader sees that something odd is in the file instead of it
/// acting on their terminal.
public enum TerminalText {
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// C0 except line feed and tab, DEL and C1 (terminals act on them), and the bidirectional
    /// embeddings, overrides and isolates (they reorder what follows them on the line).
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
