import ArgumentParser
import Foundation
import GraphvizRendering
import NetworkAnalysis
import NetworkInterop
import NetworkModel
import NetworkReports
import OutputFiles

extension ExportFormat: ExpressibleByArgument {}

/// Hands a network to other tools: Gephi and yEd (GraphML, GEXF), networkx and igraph (GraphML),
/// scripts (JSON), spreadsheets and Kumu (a folder of CSV files that `import csv` reads back).
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export a network as GraphML, GEXF, JSON, an Excel workbook or a folder of CSV files.",
        discussion: """
            json writes a network file that validate and every command read back as the same network. \
            csv writes a folder (network.csv, services.csv, actors.csv, links.csv, offers.csv, \
            pathways.csv, accepted.csv) and xlsx one workbook with the same sheets; 'import csv' and 'import xlsx' \
            read them back. A CSV cell that a spreadsheet would run as a formula (starting with =, +, \
            -, @) gets a leading ', which 'import csv' removes.
            """)

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "graphml, gexf, json, xlsx or csv (a folder of CSV files).")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: "The output file, '-' for standard output; a folder for csv.")
    var output: String

    @Flag(name: .long, help: "Add every centrality (undirected view) to each actor.")
    var withMeasures = false

    @Flag(name: .long, help: "Pseudonymise actors marked 'person: true' (Person 1, Person 2, ...).")
    var `public` = false

    func validate() throws {
        if format.writesFolder && output == "-" {
            throw ValidationError("'--format csv' writes a folder of files; give a folder with '-o', not '-'.")
        }
        if format.isBinary && output == "-" {
            throw ValidationError("'--format xlsx' writes a workbook, not text; give a file with '-o', not '-'.")
        }
        if format == .json && withMeasures {
            throw ValidationError("'--format json' writes a network file, which has no place for measures; "
                + "use '--with-measures' with graphml, gexf or csv, or 'actormap centrality --format json'.")
        }
    }

    func run() throws {
        let loaded = try input.load()
        let network = `public` ? loaded.pseudonymised() : loaded
        let measures = withMeasures ? CentralityResult(network: network, view: .undirected) : nil
        do {
            if let bytes = try format.bytes(network, measures: measures) {
                if output == "-" {
                    StandardStreams.writeUnchanged(String(decoding: bytes, as: UTF8.self))
                    return
                }
                try InputProtection.refuse(output: output, inputs: network.files + [input.file])
                try AtomicFileWriter.write(bytes, to: output)
            } else {
                try ReportFolderWriter.write(NetworkCSVExport.files(network, measures: measures), to: output,
                                             protecting: network.files + [input.file])
            }
        } catch let error where !(error is OutputFileError) {
            // Only the workbook's zip writer throws anything else; it is an output failure all the same.
            throw OutputFileError(path: output, reason: "the workbook cannot be written: \(error)")
        }
    }
}
