/// Why an output file could not be written. The command line ends every case with exit status 73
/// (`EX_CANTCREAT`, in `ExitStatus.forError`), and the message names the path and the system's
/// reason, never a temporary or staging path the user did not ask for.
public struct OutputFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "cannot write \(path): \(reason)" }
}
