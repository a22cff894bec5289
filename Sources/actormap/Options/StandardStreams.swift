import Foundation
import NetworkModel

/// Results go to standard output, problems to standard error, so that `actormap ... > file`
/// never mixes the two.
enum StandardStreams {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        writeError(diagnostics.map(\.description).joined(separator: "\n") + "\n")
    }
}
