import Foundation

/// Runs the real `actormap` executable, built beside the test bundle, and captures what a
/// person or a script would see: standard output, standard error and the exit status.
struct CommandRunner {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// `ACTORMAP_TEST_BINARY` runs the tests against another build of the executable (a copy with
    /// one line deliberately broken, to see that some test notices).
    static let executable: URL = {
        if let path = ProcessInfo.processInfo.environment["ACTORMAP_TEST_BINARY"] { return URL(fileURLWithPath: path) }
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundle, bundle.deletingLastPathComponent(),
                          bundle.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()]
        for directory in candidates {
            let url = directory.appendingPathComponent("actormap")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        for bundleDirectory in Bundle.allBundles.map({ $0.bundleURL.deletingLastPathComponent() }) {
            let url = bundleDirectory.appendingPathComponent("actormap")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return bundle.appendingPathComponent("actormap")
    }()

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func run(_ arguments: [String], in directory: URL = repository,
                    environment extra: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !extra.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
        }
        process.currentDirectoryURL = directory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting, so a large output cannot fill the pipe and stall the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self))
    }
}
