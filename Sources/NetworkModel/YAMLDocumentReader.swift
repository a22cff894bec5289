import Foundation

/// Reads one file into a `YAMLTree`, or says precisely why it cannot: missing, too large,
/// not UTF-8, empty, a YAML syntax error, an alias. Every failure is a diagnostic with a place,
/// because a commissioner editing a file by hand needs the line, not a stack trace.
struct YAMLDocumentReader {
    enum Failure: Error {
        /// The file does not exist or cannot be read (exit status 66 when it is the input given).
        case unreadable(Diagnostic)
        case invalid(Diagnostic)

        var diagnostic: Diagnostic {
            switch self {
            case .unreadable(let diagnostic), .invalid(let diagnostic): return diagnostic
            }
        }
    }

    var limits: YAMLLimits
    /// What the file should have held, said after "the file is empty"; `nil` says nothing more.
    /// Network files by default; other documents (`YAMLDocument`) bring their own words.
    var emptyFileHint: String? = "a network file is a mapping with at least 'network' and 'actors'"

    /// - Parameters:
    ///   - path: where to read from.
    ///   - displayPath: how the file is named in diagnostics (as the user wrote it).
    ///   - reference: where the file was asked for (an `include` entry), if not by the user.
    func read(path: String, displayPath: String, reference: SourceLocation?) -> Result<YAMLTree, Failure> {
        let start = SourceLocation(file: displayPath, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(.unreadable(.error("no such file '\(displayPath)'", at: reference)))
        }
        guard !isDirectory.boolValue else {
            return .failure(.unreadable(.error("'\(displayPath)' is a folder, not a file", at: reference)))
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
           size > limits.maxFileBytes {
            return .failure(.invalid(.error(
                "file is \(size) bytes, more than the limit of \(limits.maxFileBytes)", at: start)))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.unreadable(.error("cannot read '\(displayPath)'", at: reference)))
        }
        guard data.count <= limits.maxFileBytes else {
            return .failure(.invalid(.error(
                "file is \(data.count) bytes, more than the limit of \(limits.maxFileBytes)", at: start)))
        }
        return parse(bytes: [UInt8](data), displayPath: displayPath)
    }

    func parse(bytes: [UInt8], displayPath: String) -> Result<YAMLTree, Failure> {
        let start = SourceLocation(file: displayPath, line: 1, column: 1)
        if let offset = YAMLDocumentReader.firstInvalidUTF8Offset(bytes) {
            let place = YAMLDocumentReader.location(ofByteOffset: offset, in: bytes, file: displayPath)
            return .failure(.invalid(.error(
                "the file is not valid UTF-8 (byte 0x\(String(bytes[offset], radix: 16, uppercase: true))); save it as UTF-8",
                at: place)))
        }
        if let nul = YAMLDocumentReader.firstNUL(bytes) {
            let place = YAMLDocumentReader.location(ofByteOffset: nul, in: bytes, file: displayPath)
            return .failure(.invalid(.error("the file contains a NUL character", at: place)))
        }
        if let finding = YAMLPrescan.check(bytes, maxDepth: limits.maxNestingDepth) {
            return .failure(.invalid(.error(finding.message,
                at: SourceLocation(file: displayPath, line: finding.line, column: finding.column))))
        }
        // libyaml, told the encoding, does not skip a byte-order mark; spreadsheet tools write one.
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        switch YAMLEventReader(file: displayPath).read(body) {
        case .failure(let failure):
            return .failure(.invalid(failure.diagnostic))
        case .success(nil):
            return .failure(.invalid(.error("the file is empty" + (emptyFileHint.map { "; " + $0 } ?? ""), at: start)))
        case .success(let tree?):
            return .success(tree)
        }
    }

    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8Offset($0) }
    }

    private static func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index < bytes.count {
            // Most of a network file is ASCII: eight bytes at a time while no byte has its top bit.
            if index + 8 <= bytes.count,
               raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for offset in 1..<max(1, length) where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            if length == 3 {
                let second = bytes[index + 1]
                if (byte == 0xE0 && second < 0xA0) || (byte == 0xED && second > 0x9F) { return index }
            }
            if length == 4 {
                let second = bytes[index + 1]
                if (byte == 0xF0 && second < 0x90) || (byte == 0xF4 && second > 0x8F) { return index }
            }
            index += length
        }
        return nil
    }

    /// The offset of the first NUL byte, found by `memchr` (a byte-by-byte search cost as much
    /// as the UTF-8 check).
    static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
    }

    /// The place of a byte, lines ending at LF as editors count them (see `YAMLLineMap`); also for
    /// libyaml's reader errors, whose `problem_offset` counts bytes.
    static func location(ofByteOffset offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1
        var column = 1
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < offset, index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if bytes[index] & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
