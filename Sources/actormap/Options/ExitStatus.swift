import ArgumentParser
import GraphvizRendering
import NetworkAnalysis
import OutputFiles

/// The exit statuses of docs/cli.md, named once so that every command agrees, and the one mapping
/// from the errors a command's work can end with to those statuses.
enum ExitStatus {
    /// `--fail-on-gaps` and at least one gap.
    static let gapsFound = ExitCode(1)
    /// `EX_USAGE`; ArgumentParser gives the same status to the errors it finds while parsing.
    static let usage = ExitCode(64)
    static let invalidData = ExitCode(65)
    static let missingInput = ExitCode(66)
    /// `EX_UNAVAILABLE`: this build needs a processor feature this machine lacks (`ProcessorCheck`).
    static let processorUnsupported = ExitCode(69)
    /// `EX_SOFTWARE`: Graphviz itself failed (its plugins missing, say), not the data.
    static let graphvizFailed = ExitCode(70)
    /// `EX_CANTCREAT`.
    static let cannotCreateOutput = ExitCode(73)

    /// What `ActorMap.main` ends the process with when a command throws: a library error gets its
    /// one line on standard error and its documented status here, so a subcommand only says `try`
    /// and no two commands can disagree about a status. Anything else (an `ExitCode` a command
    /// chose, ArgumentParser's own usage errors, `--help`) passes on unchanged.
    static func forError(_ error: any Error) -> any Error {
        switch error {
        case let error as OutputFileError:
            StandardStreams.writeError("actormap: error: \(error)\n")
            return cannotCreateOutput
        case let error as GraphvizError:
            StandardStreams.writeError("actormap: error: \(error)\n")
            return graphvizFailed
        case let error as RouteError:
            // Known only once the network is loaded, so not a parse-time ValidationError, but the
            // same mistake: a usage error, with a suggestion where one is near.
            StandardStreams.writeError("actormap: error: \(error)\n")
            return usage
        case let error as RemovalSelector.UnknownSelection:
            StandardStreams.writeError("actormap: error: \(error)\n")
            return usage
        default:
            return error
        }
    }
}
