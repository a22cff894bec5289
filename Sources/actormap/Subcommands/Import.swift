import ArgumentParser
import Foundation
import GraphvizRendering
import NetworkInterop
import NetworkModel
import OutputFiles

/// Builds a network file from the lists people already keep: spreadsheets (`csv`, also Kumu's) or
/// an Open Referral directory (`hsds`).
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a network file from CSV spreadsheets or an Open Referral (HSDS) directory.",
        subcommands: [ImportCSV.self, ImportXLSX.self, ImportHSDS.self])
}

struct ImportCSV: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Create a network file from CSV spreadsheets: a folder as 'export --format csv' writes, or files.",
        discussion: """
            A folder is read as 'export --format csv' writes it: network.csv, services.csv, actors.csv, \
            links.csv, offers.csv, pathways.csv, accepted.csv (only actors.csv is required). Files given one by one \
            are told apart by their names (Kumu's Elements.csv and Connections.csv too); files with \
            other names are, in order, the actors, links and offers sheets. Columns as the export \
            writes them, Kumu's (Label, Type, From, To, Strength, Description, Tags) or German (Name, \
            Art, Sektor, Sprachen, Stadtteile, Von, Nach, Typ, Gewicht, Dienst). Separator ',' or ';' \
            (from the header line); UTF-8 with or without BOM. Lists are joined with ';' (or Kumu's \
            '|'). A cell starting with ' followed by =, +, -, @ loses that one '. Errors are \
            FILE:LINE:FIELD: LINE is the line where the row starts, FIELD the 1-based position of the \
            cell in its row (A = 1).
            """)

    @Argument(help: "A folder of CSV files, or the CSV files.") var files: [String]

    @Option(name: .shortAndLong, help: "The network file to write, '-' for standard output.") var output: String
    @Option(name: .long, help: "The network's title (default: network.csv's title).") var title: String?
    @Option(name: .long, help: "CSV file mapping Kumu connection types (first column) to link types (second column).")
    var linkTypeMap: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give a folder of CSV files or the CSV files themselves.") }
    }

    func run() throws {
        var paths = files
        var isFolder: ObjCBool = false
        if files.count == 1, FileManager.default.fileExists(atPath: files[0], isDirectory: &isFolder), isFolder.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: files[0])) ?? []
            let csvNames = names.filter { $0.lowercased().hasSuffix(".csv") }.sorted()
            paths = csvNames.filter { SheetRole.named($0) != nil }.map { (files[0] as NSString).appendingPathComponent($0) }
            // A sheet under another name (`offer.csv`, `links (1).csv`) would otherwise be missing from
            // the network without a word; `measures.csv` is the export's own and is not read back.
            let sheetNames = SheetRole.allCases.map { "\($0.rawValue).csv" }
            let sheetList = sheetNames.dropLast().joined(separator: ", ") + " and " + (sheetNames.last ?? "")
            for name in csvNames where SheetRole.named(name) == nil && name.lowercased() != "measures.csv" {
                StandardStreams.writeError("actormap: warning: '\((files[0] as NSString).appendingPathComponent(name))' is not "
                    + "a sheet of the network and was not read; the sheets are \(sheetList)\n")
            }
            guard !paths.isEmpty else {
                StandardStreams.writeError("actormap: error: '\(files[0])' holds no actors.csv (nor any other sheet of the network)\n")
                throw ExitStatus.missingInput
            }
        }
        let inputs = try paths.map(readInputOrExit)
        let map = try linkTypeMap.map(readLinkTypeMap) ?? [:]
        let first = (files[0] as NSString).lastPathComponent
        let importer = CSVNetworkImporter(title: title, fallbackTitle: "Imported from \(first)",
                                          outputFile: output == "-" ? "<stdout>" : output, linkTypeMap: map)
        try finishImport(importer.importFiles(inputs), output: output, inputs: paths + (linkTypeMap.map { [$0] } ?? []))
    }
}

/// The `--link-type-map` file, or exit 65 with its problems.
private func readLinkTypeMap(_ path: String) throws -> [String: LinkType] {
    let input = try readInputOrExit(path)
    switch LinkTypeMap.parse(input) {
    case .success(let map): return map
    case .failure(let problems):
        StandardStreams.report(problems.diagnostics)
        throw ExitStatus.invalidData
    }
}

struct ImportXLSX: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xlsx",
        abstract: "Create a network file from an Excel workbook as 'export --format xlsx' writes it.",
        discussion: """
            Worksheets named network, services, actors, links, offers, pathways, accepted (only actors is \
            required), with the columns of the CSV sheets. Text, numbers, booleans and dates are read \
            as Excel and LibreOffice store them; a formula cell is an error (paste values instead). \
            Errors are BOOK.xlsx:Sheet!B7.
            """)

    @Argument(help: "The workbook (.xlsx).") var workbook: String

    @Option(name: .shortAndLong, help: "The network file to write, '-' for standard output.") var output: String
    @Option(name: .long, help: "The network's title (default: the network sheet's title).") var title: String?
    @Option(name: .long, help: "CSV file mapping Kumu connection types (first column) to link types (second column).")
    var linkTypeMap: String?

    func run() throws {
        let input = try readInputOrExit(workbook)
        let map = try linkTypeMap.map(readLinkTypeMap) ?? [:]
        let importer = CSVNetworkImporter(title: title, fallbackTitle: "Imported from \((workbook as NSString).lastPathComponent)",
                                          outputFile: output == "-" ? "<stdout>" : output, linkTypeMap: map)
        try finishImport(importer.importWorkbook(input), output: output, inputs: [workbook] + (linkTypeMap.map { [$0] } ?? []))
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
        // The hand-written mapping file is an input too: '-o' never overwrites it (issue 21, 8).
        let inputs = files.keys.sorted().map { (folder as NSString).appendingPathComponent($0) } + (mapping.map { [$0] } ?? [])
        try finishImport(result, output: output, inputs: inputs, summary: "hsds: \(summary.line)")
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
    if !result.diagnostics.isEmpty {
        StandardStreams.writeError(result.diagnostics.map(result.describe).joined(separator: "\n") + "\n")
    }
    if let summary { StandardStreams.writeError(summary + "\n") }
    guard let yaml = result.yaml, let network = result.network else { throw ExitStatus.invalidData }
    if output == "-" {
        StandardStreams.writeUnchanged(yaml)
        return
    }
    try InputProtection.refuse(output: output, inputs: inputs)
    try AtomicFileWriter.write(Array(yaml.utf8), to: output)
    StandardStreams.writeError("\(output): \(network.actors.count) actors, \(network.links.count) links, "
        + "\(network.services.count) services\n")
}
