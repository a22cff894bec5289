#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file whole or not at all: the bytes go to a temporary file in the same folder, are
/// flushed to disk, and only then renamed over the target. A reader (a browser showing the SVG, a
/// build embedding the PDF) sees the old file or the new one, never half of one, and a failed
/// render leaves the old diagram in place. Same folder, because `rename` is only atomic within
/// one file system.
public enum AtomicFileWriter {
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let folder = PathParts.folder(of: path)
        let name = PathParts.name(of: path)
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
            if let code = bytes.withUnsafeBytes({ FileDescriptorWriter.writeAll($0, to: descriptor) }) {
                throw OutputFileError(path: path, reason: FileDescriptorWriter.reason(code))
            }
            guard fsync(descriptor) == 0 else { throw OutputFileError(path: path, reason: systemError()) }
        }
        guard rename(temporary, path) == 0 else { throw OutputFileError(path: path, reason: systemError()) }
        finished = true
    }

    private static func systemError() -> String {
        FileDescriptorWriter.reason(errno)
    }
}
