import Foundation
import NetworkModel
import OutputFiles

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Results go to standard output, problems to standard error, so that `actormap ... > file`
/// never mixes the two.
///
/// Both are written with `write(2)` rather than `FileHandle.write`, which traps on a full disk or
/// a closed pipe: a full disk is one line and exit 73 ("cannot write to standard output: No space
/// left on device"); a reader that went away (`actormap summary … | head -1`) ends the process as
/// SIGPIPE ends every other Unix tool, quietly. Text passes `TerminalText.visible` on its way, so
/// escape sequences hidden in a name never reach a terminal; JSON already writes those characters
/// as `\u` escapes, so machine output is unchanged by it.
enum StandardStreams {
    static func write(_ text: String) {
        send(TerminalText.visible(text), to: STDOUT_FILENO, named: "standard output")
    }

    static func writeError(_ text: String) {
        send(TerminalText.visible(text), to: STDERR_FILENO, named: "standard error")
    }

    /// A file's content written with `-o -` (an export, an imported network): data for another
    /// program, passed unchanged.
    static func writeUnchanged(_ text: String) {
        send(text, to: STDOUT_FILENO, named: "standard output")
    }

    /// Bytes that are the output itself (a PNG or PDF written with `-o -`), passed unchanged.
    static func writeBytes(_ data: Data) {
        data.withUnsafeBytes { send(bytes: $0, to: STDOUT_FILENO, named: "standard output") }
    }

    static func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        writeError(diagnostics.map(\.description).joined(separator: "\n") + "\n")
    }

    private static func send(_ text: String, to descriptor: Int32, named name: String) {
        var text = text
        text.withUTF8 { send(bytes: UnsafeRawBufferPointer($0), to: descriptor, named: name) }
    }

    private static func send(bytes: UnsafeRawBufferPointer, to descriptor: Int32, named name: String) {
        if let code = FileDescriptorWriter.writeAll(bytes, to: descriptor) {
            fail(errno: code, writing: name, descriptor: descriptor)
        }
    }

    private static func fail(errno code: Int32, writing name: String, descriptor: Int32) -> Never {
        if code == EPIPE {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
            exit(141)
        }
        if descriptor != STDERR_FILENO {
            var line = "actormap: error: cannot write to \(name): \(FileDescriptorWriter.reason(code))\n"
            _ = line.withUTF8 { FileDescriptorWriter.writeAll(UnsafeRawBufferPointer($0), to: STDERR_FILENO) }
        }
        exit(ExitStatus.cannotCreateOutput.rawValue)
    }
}
