import Foundation

/// Words for the syntax errors a person editing a network file by hand actually makes, added after
/// libyaml's own: "mapping values are not allowed in this context" does not say that the value
/// `Caritas: Migrationsdienst` needs quotes because of its colon.
enum YAMLSyntaxHint {
    /// The hint for libyaml's `problem` on the editor line `line`, starting with "; ", or "".
    static func hint(problem: String, line: String?) -> String {
        guard problem == "mapping values are not allowed in this context" else { return "" }
        let general = "; a value that contains ': ' must be put in quotes"
        guard let line, let quoted = quotedValue(line) else { return general }
        return general + ": \(quoted)"
    }

    /// `name: "Caritas: Migrationsdienst"` for the line `    name: Caritas: Migrationsdienst`, when the
    /// line is one block-style `key: value` (after an optional `- `) whose value is not quoted yet.
    static func quotedValue(_ line: String) -> String? {
        var text = Substring(line).drop { $0 == " " || $0 == "\t" }
        if text.hasPrefix("- ") { text = text.dropFirst(2).drop { $0 == " " } }
        guard let separator = text.range(of: ": ") else { return nil }
        let key = text[..<separator.lowerBound]
        var value = text[separator.upperBound...].drop { $0 == " " }
        if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
        while value.last == " " || value.last == "\t" || value.last == "\r" { value = value.dropLast() }
        guard !key.isEmpty, !key.contains(where: { "{}[]\"'#".contains($0) }), !value.isEmpty,
              let first = value.first, !"\"'{[|>&*!".contains(first) else { return nil }
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\(key): \"\(escaped)\""
    }

    /// Line `number` (from 1) of the file, lines ending at LF as an editor counts them.
    static func line(_ number: Int, of bytes: [UInt8]) -> String? {
        var current = 1
        var start = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                if current == number { break }
                current += 1
                start = index + 1
            }
            index += 1
        }
        guard current == number, start <= bytes.count else { return nil }
        // A line of a hostile file may be megabytes long: a hint needs the start of it only.
        let end = min(index, start + 1_000)
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
