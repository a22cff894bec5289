import ArgumentParser
import Foundation
import GraphvizRendering
import NetworkInterop
import NetworkModel

/// Builds a network file from the lists people already keep: spreadsheets (`csv`, also Kumu's) or
/// an Open Referral directory (`hsds`).
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a network file from CSV spreadsheets or an Open Referral (HSDS) directory.",
        subcommands: [ImportCSV.self, ImportHSDS.self])
}

struct ImportCSV: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Create a network file from actors, links and (optionally) offers spreadsheets.",
        discussion: """
            Columns as `export --format csv` writes them, or Kumu's (Label, Type, From, To, Description, \
            Tags). Separator ',' or ';' (from the header line); UTF-8 with or without BOM. Lists are \
            joined with ';'. Errors are FILE:LINE:FIELD: LINE is the line where the row starts, FIELD \
            the 1-based position of the cell in its row (A = 1).
            """)

    @Argument(help: "The actors spreadsheet.") var actors: String
    @Argument(help: "The links spreadsheet.") var links: String
    @Argument(help: "The offers spreadsheet (actor, service, service_name, languages, districts, capacity).")
    var offers: String?

    @Option(name: .shortAndLong, help: "The network file to write, '-' for standard output.") var output: String
    @Option(name: .long, help: "The network's title.") var title: String?

    func run() throws {
        let inputs = try [actors, links].map(readInputOrExit)
        let offerInput = try offers.map(readInputOrExit)
        let name = (actors as NSString).lastPathComponent
        let importer = CSVNetworkImporter(title: title ?? "Imported from \(name)", outputFile: output == "-" ? "<stdout>" : output)
        let result = importer.importNetwork(actors: inputs[0], links: inputs[1], offers: offerInput)
        try finishImport(result, output: output, inputs: [actors, links] + (offers.map { [$0] } ?? []))
    }
}

struct ImportHSDS: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hsds",
        abstract: "Create a network file from an Open Referral HSDS folder of CSV files.")

    @Argument(help: "Folder with organizations.csv, services.csv and optionally languages.csv, service_areas.csv.")
    var folder: String

    @Option(name: .shortAndLong, help: "The network file to write, '-' for standard output.") var output: String
    @Option(name: .long, help: "YAML file mapping HSDS service names onto the catalogue.") var mapping: String?
    @Option(name: .long, help: "The network's title.") var title: String?

    func run() throws {
        var mappingValue: HSDSMapping?
        if let mapping {
            let input = try readInputOrExit(mapping)
            // The bytes as they are: invalid UTF-8 is reported with its place, not replaced.
            switch HSDSMapping.parse(bytes: input.bytes, file: mapping) {
            case .success(let value): mappingValue = value
            case .failure(let problem):
                StandardStreams.report([problem.diagnostic])
                throw ExitStatus.invalidData
            }
        }
        var files: [String: ImportInput] = [:]
        for name in HSDSImporter.fileNames {
            let path = (folder as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path) { files[name] = try readInputOrExit(path) }
        }
        guard files["organizations.csv"] != nil, files["services.csv"] != nil else {
            StandardStreams.writeError("actormap: error: '\(folder)' has no organizations.csv and services.csv\n")
            throw ExitStatus.missingInput
        }
        let importer = HSDSImporter(title: title ?? "Imported from \((folder as NSString).lastPathComponent)",
                                    outputFile: output == "-" ? "<stdout>" : output, mapping: mappingValue)
        let (result, summary) = importer.importDirectory(files)
        try finishImport(result, output: output, inputs: files.keys.map { (folder as NSString).appendingPathComponent($0) },
                         summary: "hsds: \(summary.line)")
    }
}

/// Reads a whole input file, or exits 66 naming it.
private func readInputOrExit(_ path: String) throws -> ImportInput {
    guard let data = FileManager.default.contents(atPath: path) else {
        StandardStreams.writeError("actormap: error: cannot read '\(path)'\n")
        throw ExitStatus.missingInput
    }
    return ImportInput(file: path, bytes: Array(data))
}

/// Prints the problems, then writes the network file whole, or nothing when any error was found.
/// `summary` follows the warnings it sums up.
private func finishImport(_ result: ImportResult, output: String, inputs: [String], summary: String? = nil) throws {
    StandardStreams.report(result.diagnostics)
    if let summary { StandardStreams.writeError(summary + "\n") }
    guard let yaml = result.yaml, let network = result.network else { throw ExitStatus.invalidData }
    if output == "-" {
        StandardStreams.writeUnchanged(yaml)
        return
    }
    do {
        try InputProtection.refuse(output: output, inputs: inputs)
        try AtomicFileWriter.write(Array(yaml.utf8), to: output)
    } catch let error as OutputFileError {
        StandardStreams.writeError("actormap: error: \(error)\n")
        throw ExitStatus.cannotCreateOutput
    }
    StandardStreams.writeError("\(output): \(network.actors.count) actors, \(network.links.count) links, "
        + "\(network.services.count) services\n")
}
