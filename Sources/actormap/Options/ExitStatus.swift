import ArgumentParser

/// The exit statuses of CLI.md, named once so that every command agrees.
enum ExitStatus {
    /// `--fail-on-gaps` and at least one gap.
    static let gapsFound = ExitCode(1)
    static let usage = ExitCode(64)
    static let invalidData = ExitCode(65)
    static let missingInput = ExitCode(66)
    static let cannotCreateOutput = ExitCode(73)
}
