import ArgumentParser
import NetworkModel

/// Loads the network a command was given, or prints every problem and exits with the status
/// CLI.md names: 66 when the input (or a file it includes) is missing, 65 when it is invalid.
/// Warnings are printed and the command goes on; past `DiagnosticListing.limit` problems the
/// rest are counted, not printed.
func loadNetworkOrExit(_ path: String, allowIncludeOutside: Bool = false) throws -> Network {
    let result = NetworkLoader(allowIncludeOutside: allowIncludeOutside).load(path: path)
    StandardStreams.writeError(DiagnosticListing.text(result.diagnostics))
    if result.inputMissing { throw ExitStatus.missingInput }
    guard let network = result.network else { throw ExitStatus.invalidData }
    return network
}

/// The network file argument shared by every command that reads one network.
struct InputOptions: ParsableArguments {
    @Argument(help: "The network's root file, or a folder whose .yaml files form one network.")
    var file: String

    @Flag(name: .customLong("allow-include-outside"),
          help: "Let 'include' read files outside the root file's folder (by default only that folder and below).")
    var allowIncludeOutside = false

    func load() throws -> Network { try loadNetworkOrExit(file, allowIncludeOutside: allowIncludeOutside) }
}
