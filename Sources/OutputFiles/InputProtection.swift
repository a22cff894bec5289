#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// No output may replace an input: a mistyped `-o` must not destroy the network file a city keeps.
/// One check for every command that writes (render, report, export, import).
public enum InputProtection {
    /// Throws when `output` is the same file as any of `inputs`, compared by device and inode, so a
    /// symlink, a hard link or another spelling of the path is caught as well as the path itself.
    /// An output that does not exist yet cannot be an input.
    public static func refuse(output: String, inputs: [String]) throws {
        var target = stat()
        guard stat(output, &target) == 0 else { return }
        let isInput = inputs.contains { input in
            var other = stat()
            return stat(input, &other) == 0 && other.st_dev == target.st_dev && other.st_ino == target.st_ino
        }
        if isInput { throw OutputFileError(path: output, reason: "refusing to overwrite an input file") }
    }
}
