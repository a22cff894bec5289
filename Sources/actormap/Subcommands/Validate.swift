import ArgumentParser
import NetworkModel

/// Checks files against the format and prints every problem as `FILE:LINE:COL: error: ...`.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check network files and report every problem with its line and column.")

    @Argument(help: "Network root files or folders; each is checked as one network.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one network file or folder.") }
    }

    func run() throws {
        var missing = false
        var invalid = false
        for file in files {
            let result = NetworkLoader.load(path: file)
            StandardStreams.report(result.diagnostics)
            if result.inputMissing {
                missing = true
            } else if let network = result.network {
                let warnings = result.diagnostics.filter { $0.severity == .warning }.count
                let note = warnings == 0 ? "" : ", \(warnings) warning\(warnings == 1 ? "" : "s")"
                StandardStreams.write("\(file): valid: \(network.title): \(network.actors.count) actors, "
                    + "\(network.links.count) links, \(network.services.count) services, "
                    + "\(network.pathways.count) pathways\(note)\n")
            } else {
                invalid = true
                let errors = result.diagnostics.filter { $0.severity == .error }.count
                StandardStreams.writeError("\(file): invalid: \(errors) error\(errors == 1 ? "" : "s")\n")
            }
        }
        if missing { throw ExitStatus.missingInput }
        if invalid { throw ExitStatus.invalidData }
    }
}
