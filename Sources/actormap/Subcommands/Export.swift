import ArgumentParser
import Foundation
import GraphvizRendering
import NetworkAnalysis
import NetworkInterop
import NetworkModel
import NetworkReports

extension ExportFormat: ExpressibleByArgument {}

/// Hands a network to other tools: Gephi and yEd (GraphML, GEXF), networkx and igraph (GraphML),
/// scripts (JSON), spreadsheets and Kumu (a folder of CSV files that `import csv` reads back).
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export a network as GraphML, GEXF, JSON or a folder of CSV files.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "graphml, gexf, json or csv (a folder with actors.csv, links.csv, offers.csv).")
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
    }

    func run() throws {
        let loaded = try input.load()
        let network = `public` ? loaded.pseudonymised() : loaded
        let measures = withMeasures ? CentralityResult(network: network, view: .undirected) : nil
        do {
            if let text = format.text(network, measures: measures) {
                if output == "-" {
                    StandardStreams.write(text)
                    return
                }
                try InputProtection.refuse(output: output, inputs: network.files + [input.file])
                try AtomicFileWriter.write(Array(text.utf8), to: output)
            } else {
                try ReportFolderWriter.write(NetworkCSVExport.files(network, measures: measures), to: output,
                                             protecting: network.files)
            }
        } catch let error as OutputFileError {
            StandardStreams.writeError("actormap: error: \(error)\n")
            throw ExitStatus.cannotCreateOutput
        }
    }
}
