import NetworkModel

/// One input file of an import: its name for messages and its bytes.
public struct ImportInput: Sendable {
    public var file: String
    public var bytes: [UInt8]

    public init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
    }
}

/// What an import produced: the network file's text and the network it loads as (both `nil` when
/// any error was found, so the command writes nothing), and every problem found.
public struct ImportResult: Sendable {
    public var yaml: String?
    public var network: Network?
    public var diagnostics: [Diagnostic]
}

/// Reads the spreadsheets people keep (`actors.csv`, `links.csv`, optionally `offers.csv`, in the
/// columns of `CSVColumns` or Kumu's) into a network file. Every bad cell is reported with its
/// place, all of them in one run; nothing is produced unless every row is valid and the generated
/// file passes the loader, so a successful import always gives a file `validate` accepts.
public struct CSVNetworkImporter {
    public var title: String
    /// The name the network file will have, for the loader's check of the generated text.
    public var outputFile: String

    public init(title: String, outputFile: String) {
        self.title = title
        self.outputFile = outputFile
    }

    public func importNetwork(actors: ImportInput, links: ImportInput, offers: ImportInput? = nil) -> ImportResult {
        var diagnostics: [Diagnostic] = []
        func sheet(_ input: ImportInput, aliases: [String: String]) -> CSVSheet? {
            switch CSVDocument.parse(input.bytes) {
            case .failure(let error):
                diagnostics.append(.error(error.message, at: SourceLocation(file: input.file, line: error.line, column: error.column)))
                return nil
            case .success(let document):
                return CSVSheet(file: input.file, document: document, aliases: aliases)
            }
        }
        let actorSheet = sheet(actors, aliases: CSVColumns.actorAliases)
        let linkSheet = sheet(links, aliases: CSVColumns.linkAliases)
        let offerSheet = offers.flatMap { sheet($0, aliases: CSVColumns.offerAliases) }

        var reader = CSVRowReader()
        if let actorSheet { reader.readActors(actorSheet) }
        if let offerSheet { reader.readOffers(offerSheet) }
        if let linkSheet { reader.readLinks(linkSheet) }
        diagnostics += reader.diagnostics
        let sorted = diagnostics.sortedByLocation()
        guard !sorted.hasErrors, actorSheet != nil, linkSheet != nil else {
            return ImportResult(yaml: nil, network: nil, diagnostics: sorted)
        }

        let draft = Network(title: title, services: reader.services, actors: reader.actors, links: reader.links)
        let sources = ([actors, links] + (offers.map { [$0] } ?? [])).map(\.file).joined(separator: ", ")
        let yaml = YAMLNetworkWriter.yaml(draft, header: "Imported by `actormap import csv` from \(sources).")
        let loaded = NetworkLoader().load(yaml: yaml, file: outputFile)
        guard let network = loaded.network else {
            // The rows were checked cell by cell, so this is a bug in the importer, not in the data;
            // still reported rather than writing a file `validate` would reject.
            let generated = loaded.diagnostics.map { diagnostic in
                Diagnostic(diagnostic.severity, "generated file would be invalid: \(diagnostic.message)", at: diagnostic.location)
            }
            return ImportResult(yaml: nil, network: nil, diagnostics: sorted + generated)
        }
        return ImportResult(yaml: yaml, network: network, diagnostics: sorted + loaded.diagnostics)
    }
}
