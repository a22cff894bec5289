/// A pass over the raw bytes before any YAML is read, refusing aliases (a few lines of them can
/// stand for gigabytes) with the exact place of the `*`, and nesting deeper than the limit, which
/// no network needs and which would make every later walk over the tree deep. It knows just
/// enough YAML to skip quoted text, comments and block scalars; `YAMLEventReader` refuses any
/// alias event it cannot see.
struct YAMLPrescan {
    struct Finding: Error, Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    static func check(_ bytes: [UInt8], maxDepth: Int) -> Finding? {
        var scanner = YAMLPrescan(bytes: bytes, maxDepth: maxDepth)
        return scanner.run()
    }

    private let bytes: [UInt8]
    private let maxDepth: Int
    private var index = 0
    private var line = 1
    /// Where the current line starts. The column is counted from here only for a finding:
    /// counting it for every byte would cost a third of the pass.
    private var lineStart = 0
    private var flowDepth = 0
    /// Indentation of the enclosing block levels, for a nesting estimate that needs no parser.
    private var indentStack: [Int] = []
    /// Inside a `|` or `>` block scalar: lines indented deeper than this are text, not YAML.
    private var blockScalarParentIndent: Int?

    private init(bytes: [UInt8], maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    private mutating func run() -> Finding? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            index = 3
            lineStart = 3
        }
        while index < bytes.count {
            if let finding = scanLine() { return finding }
        }
        return nil
    }

    /// Scans one line; leaves `index` at the start of the next.
    private mutating func scanLine() -> Finding? {
        var indent = 0
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") {
            indent += 1
            advance()
        }
        let isBlank = index >= bytes.count || bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r")
            || bytes[index] == UInt8(ascii: "#")
        if let parent = blockScalarParentIndent {
            if isBlank || indent > parent {
                skipToNextLine()
                return nil
            }
            blockScalarParentIndent = nil
        }
        if isBlank {
            skipToNextLine()
            return nil
        }
        if flowDepth == 0 {
            while let top = indentStack.last, top > indent { indentStack.removeLast() }
            if indentStack.last != indent { indentStack.append(indent) }
            // Mappings nested by indentation alone (`a:` under `a:` under ...) have no `-` or `[`
            // to count; without this check they passed until libyaml's own limit of 1,000 levels,
            // with a message about `yaml_set_max_nest_level()` (found while fuzzing, fuzz-001).
            if indentStack.count > maxDepth { return tooDeep() }
        }
        var dashes = 0
        var previous: UInt8 = UInt8(ascii: " ")
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            // Only the bytes below care; most bytes of a file are none of them.
            var atTokenStart: Bool { YAMLPrescan.startsToken(after: previous) }
            switch byte {
            case UInt8(ascii: "#") where previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t"):
                skipToNextLine()
                return nil
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if atTokenStart {
                    if let finding = skipQuoted(byte) { return finding }
                    previous = byte
                    continue
                }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if atTokenStart || flowDepth > 0 {
                    flowDepth += 1
                    if flowDepth + indentStack.count + dashes > maxDepth { return tooDeep() }
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if flowDepth > 0 { flowDepth -= 1 }
            case UInt8(ascii: "-"), UInt8(ascii: "?"):
                if atTokenStart, flowDepth == 0, isSpaceOrEnd(at: index + 1) {
                    dashes += 1
                    if indentStack.count + dashes > maxDepth { return tooDeep() }
                }
            case UInt8(ascii: "*"):
                if atTokenStart, index + 1 < bytes.count, !isSpaceOrEnd(at: index + 1) {
                    return Finding(line: line, column: column(), message:
                        "aliases ('\(aliasName())') are not supported: write the value out in full")
                }
            case UInt8(ascii: "|"), UInt8(ascii: ">"):
                if atTokenStart, flowDepth == 0, restOfLineIsBlockHeader() {
                    blockScalarParentIndent = indent
                    skipToNextLine()
                    return nil
                }
            default:
                break
            }
            previous = byte
            advance()
        }
        skipToNextLine()
        return nil
    }

    private static func startsToken(after previous: UInt8) -> Bool {
        switch previous {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","):
            return true
        default:
            return false
        }
    }

    private func isSpaceOrEnd(at position: Int) -> Bool {
        guard position < bytes.count else { return true }
        let byte = bytes[position]
        return byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }

    /// `|`, `>`, optionally with chomping and indentation indicators, then only a comment or nothing.
    private func restOfLineIsBlockHeader() -> Bool {
        var position = index + 1
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39) {
                position += 1
            } else {
                break
            }
        }
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
            position += 1
        }
        return position >= bytes.count || bytes[position] == UInt8(ascii: "\n") || bytes[position] == UInt8(ascii: "\r")
            || bytes[position] == UInt8(ascii: "#")
    }

    private func aliasName() -> String {
        var end = index + 1
        while end < bytes.count, end - index <= 40, !isSpaceOrEnd(at: end),
              ![UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}")].contains(bytes[end]) {
            end += 1
        }
        return String(decoding: bytes[index..<end], as: UTF8.self)
    }

    private func tooDeep() -> Finding {
        Finding(line: line, column: column(), message: "nesting deeper than \(maxDepth) levels")
    }

    /// The 1-based column of `index`, in Unicode scalars (UTF-8 continuation bytes do not count).
    private func column() -> Int {
        var column = 1
        for position in lineStart..<min(index, bytes.count) where bytes[position] & 0xC0 != 0x80 {
            column += 1
        }
        return column
    }

    /// Skips a quoted scalar, which may span lines; `\"` escapes in double quotes, `''` in single.
    private mutating func skipQuoted(_ quote: UInt8) -> Finding? {
        advance()
        while index < bytes.count {
            let byte = bytes[index]
            if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                advance()
                if index < bytes.count { advance() }
                continue
            }
            advance()
            if byte == quote { return nil }
        }
        return nil
    }

    private mutating func skipToNextLine() {
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { advance() }
        if index < bytes.count { advance() }
    }

    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            lineStart = index
        }
    }
}
