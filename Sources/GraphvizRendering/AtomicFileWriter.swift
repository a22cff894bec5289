#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an output file could not be written. The command line maps every case to exit status 73
/// (`EX_CANTCREAT`), and the message names the path and the system's reason.
public struct OutputFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "cannot write \(path): \(reason)" }

    /// `EX_CANTCREAT` from sysexits.h.
    public static let exitCode: Int32 = 73
}

/// Writes a file whole or not at all: the bytes go to a temporary file in the same folder, are
/// flushed to disk, and only then renamed over the target. A reader (a browser showing the SVG, a
/// build embedding the PDF) sees the old file or the new one, never half of one, and a failed
/// render leaves the old diagram in place. Same folder, because `rename` is only atomic within
/// one file system.
public enum AtomicFileWriter {
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let folder = folder(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var template = Array("\(folder)/.\(name).tmp-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else { throw OutputFileError(path: path, reason: systemError()) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)

        var finished = false
        defer {
            if !finished { unlink(temporary) }
        }
        do {
            defer { close(descriptor) }
            // mkstemp creates 0600; a diagram is a document for others to read, so it gets the
            // permissions a plain `open` would give (0666 less the umask).
            let mask = umask(0)
            umask(mask)
            fchmod(descriptor, 0o666 & ~mask)
            try writeAll(bytes, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else { throw OutputFileError(path: path, reason: systemError()) }
        }
        guard rename(temporary, path) == 0 else { throw OutputFileError(path: path, reason: systemError()) }
        finished = true
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                guard let base = buffer.baseAddress else { return }
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw OutputFileError(path: path, reason: systemError())
                }
                offset += written
            }
        }
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = path[..<slash]
        return folder.isEmpty ? "/" : String(folder)
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
