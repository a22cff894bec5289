/// Lines as a person's editor counts them, for files where libyaml counts differently.
///
/// libyaml follows YAML 1.1 and ends a line at LF, CR LF, a lone CR, NEL (U+0085), LS (U+2028)
/// and PS (U+2029). Editors, `grep -n` and YAML 1.2 end lines at LF (CR LF being one end) only,
/// so without this map one NEL inside a quoted name would move every later diagnostic a line
/// down from the line the person has to edit. For such a file libyaml's marks are translated
/// here; the prescan and the byte-offset places count LF only already. A file with no LF at all but lone CRs (an old Mac
/// file) has its lines end at CR, as every editor shows it.
struct YAMLLineMap {
    private let bytes: [UInt8]
    /// Byte offset where each of libyaml's lines starts (0-based line numbers index it).
    private let yamlLineStarts: [Int]
    /// Byte offset where each line as an editor shows it starts.
    private let lineStarts: [Int]

    /// Whether libyaml's lines differ from an editor's anywhere in `bytes`: only then is a map
    /// worth building, and almost no file needs one.
    static func isNeeded(for bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var index = 0
            while index < count {
                let byte = buffer[index]
                switch byte {
                case 0x0D:
                    if index + 1 >= count || buffer[index + 1] != 0x0A { return true }
                case 0xC2:
                    if index + 1 < count, buffer[index + 1] == 0x85 { return true }
                case 0xE2:
                    if index + 2 < count, buffer[index + 1] == 0x80, buffer[index + 2] == 0xA8 || buffer[index + 2] == 0xA9 {
                        return true
                    }
                default:
                    break
                }
                index += 1
            }
            return false
        }
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var yamlStarts = [0]
        var editorStarts = [0]
        let endsAtCR = !bytes.contains(0x0A)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var breakLength = 0
            if byte == 0x0A {
                breakLength = 1
            } else if byte == 0x0D {
                breakLength = index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 {
                breakLength = 2
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                      bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                breakLength = 3
            }
            if breakLength > 0 {
                yamlStarts.append(index + breakLength)
                let endsEditorLine = byte == 0x0A || (byte == 0x0D && (breakLength == 2 || endsAtCR))
                if endsEditorLine { editorStarts.append(index + breakLength) }
                index += breakLength
            } else {
                index += 1
            }
        }
        yamlLineStarts = yamlStarts
        lineStarts = editorStarts
    }

    /// The byte offset of libyaml's 0-based `line` and `column` (a column counts characters).
    func byteOffset(yamlLine line: Int, column: Int) -> Int {
        guard line >= 0, line < yamlLineStarts.count else { return bytes.count }
        var offset = yamlLineStarts[line]
        var remaining = column
        while remaining > 0, offset < bytes.count {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return offset
    }

    /// The editor's 1-based line and column of a byte offset.
    func position(ofByteOffset offset: Int) -> (line: Int, column: Int) {
        // The last line start at or before `offset`.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        for position in lineStarts[low]..<min(offset, bytes.count) where bytes[position] & 0xC0 != 0x80 {
            column += 1
        }
        return (low + 1, column)
    }

    /// libyaml's 0-based mark as the editor's place.
    func mark(yamlLine line: Int, column: Int) -> YAMLMark {
        let place = position(ofByteOffset: byteOffset(yamlLine: line, column: column))
        return YAMLMark(zeroBasedLine: place.line - 1, column: place.column - 1)
    }
}
