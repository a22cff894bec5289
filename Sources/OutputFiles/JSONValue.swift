/// A JSON value whose objects keep their keys in the order they were built, with a deterministic
/// serializer: the same value always gives the same bytes, so command output can be diffed and
/// golden-tested. `JSONEncoder` sorts or scrambles keys and escapes `/`; CLI.md fixes key order and
/// names must stay readable, so non-ASCII text is written as is (JSON is UTF-8, RFC 8259 §8.1).
///
/// Numbers: `.int` prints as an integer; `.number` prints Swift's shortest round-trip description,
/// so an integer-valued double prints as `1.0` (consistently, so a reader can tell a measure from a
/// count); NaN and infinities, which JSON cannot hold, print as `null`.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Key order is output order; a repeated key is written as often as it appears.
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(l), .bool(r)): return l == r
        case let (.int(l), .int(r)): return l == r
        case let (.number(l), .number(r)): return l == r || (l.isNaN && r.isNaN)
        case let (.string(l), .string(r)): return l == r
        case let (.array(l), .array(r)): return l == r
        case let (.object(l), .object(r)):
            return l.count == r.count && zip(l, r).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// `nil` becomes `null`: undefined measures stay visible as keys.
    public static func number(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
    public static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

    /// Compact form on one line, `", "` and `": "` between items as in CLI.md's examples when
    /// `pretty` is false; with `pretty`, two-space indentation and one item per line.
    public func serialized(pretty: Bool = true) -> String {
        var out = ""
        write(into: &out, indent: pretty ? 0 : nil)
        return out
    }

    private func write(into out: inout String, indent: Int?) {
        switch self {
        case .null: out += "null"
        case let .bool(value): out += value ? "true" : "false"
        case let .int(value): out += String(value)
        case let .number(value): out += JSONValue.format(value)
        case let .string(value): JSONValue.writeString(value, into: &out)
        case let .array(items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += indent == nil ? ", " : "," }
                if let indent { out += "\n" + String(repeating: "  ", count: indent + 1) }
                item.write(into: &out, indent: indent.map { $0 + 1 })
            }
            if let indent { out += "\n" + String(repeating: "  ", count: indent) }
            out += "]"
        case let .object(members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += indent == nil ? ", " : "," }
                if let indent { out += "\n" + String(repeating: "  ", count: indent + 1) }
                JSONValue.writeString(key, into: &out)
                out += ": "
                value.write(into: &out, indent: indent.map { $0 + 1 })
            }
            if let indent { out += "\n" + String(repeating: "  ", count: indent) }
            out += "}"
        }
    }

    /// Shortest round-trip decimal; `null` for values JSON cannot represent.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        return "\(value)"
    }

    /// Escapes what RFC 8259 requires (quote, backslash, C0 controls) and, as `\u` escapes that
    /// mean the same string, DEL, C1 and the bidirectional controls, which a terminal or an editor
    /// would act on (`TerminalText`); everything else, umlauts, Greek and Arabic included, is
    /// written unchanged.
    static func writeString(_ value: String, into out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029
                    || TerminalText.needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
