#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one loop that hands bytes to `write(2)` until all are taken: the call may take fewer than
/// given (a pipe, a signal) and may be interrupted (`EINTR`), and neither is an error. Files
/// (`AtomicFileWriter`) and the standard streams share it and differ only in what they do with a
/// real failure.
public enum FileDescriptorWriter {
    /// `nil` when every byte was written, else the `errno` of the failure (`EIO` for a write that
    /// took nothing without saying why, which would otherwise loop for ever).
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard var next = bytes.baseAddress else { return nil }
        var left = bytes.count
        while left > 0 {
            let written = write(descriptor, next, left)
            if written > 0 {
                next += written
                left -= written
                continue
            }
            let code = errno
            if written < 0 && code == EINTR { continue }
            return written == 0 ? EIO : code
        }
        return nil
    }

    /// The system's words for an `errno`, as error messages quote it.
    public static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
