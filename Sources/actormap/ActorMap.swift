import ArgumentParser
import Foundation

/// The command line: one subcommand per file in `Subcommands/`, all work done by the libraries.
@main
struct ActorMap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actormap",
        abstract: "Map the networks behind local integration work and find where they fall short.",
        version: "0.1.0",
        subcommands: [Validate.self, Summary.self, Centrality.self, Gaps.self, Scenario.self, Diff.self, Render.self, Report.self, Export.self, Import.self, Brokerage.self, Influence.self, Route.self, Suggest.self]
    )

    /// ArgumentParser's own `main`, with every error passing `ExitStatus.forError` on its way out:
    /// the one place where a library's error becomes a message and an exit status.
    static func main() {
        if let problem = ProcessorCheck.problem() {
            FileHandle.standardError.write(Data((problem + "\n").utf8))
            Foundation.exit(ExitStatus.processorUnsupported.rawValue)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: ExitStatus.forError(error))
        }
    }
}
