import ArgumentParser
import NetworkModel

/// Loads the network a command was given, or prints every problem and exits with the status
/// CLI.md names: 66 when the input is missing, 65 when it is invalid. Warnings are printed and
/// the command goes on.
func loadNetworkOrExit(_ path: String) throws -> Network {
    let result = NetworkLoader.load(path: path)
    StandardStreams.report(result.diagnostics)
    if result.inputMissing { throw ExitStatus.missingInput }
    guard let network = result.network else { throw ExitStatus.invalidData }
    return network
}

/// The network file argument shared by every command that reads one network.
struct InputOptions: ParsableArguments {
    @Argument(help: "The network's root file, or a folder whose .yaml files form one network.")
    var file: String

    func load() throws -> Network { try loadNetworkOrExit(file) }
}
