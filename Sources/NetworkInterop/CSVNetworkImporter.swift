import Foundation
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
    /// The workbook the sheets came from, for `describe`'s `BOOK.xlsx:Sheet!B7` places.
    public var workbook: String?

    public init(yaml: String?, network: Network?, diagnostics: [Diagnostic], workbook: String? = nil) {
        self.yaml = yaml
        self.network = network
        self.diagnostics = diagnostics
        self.workbook = workbook
    }
}

/// Which of the network's sheets a file or worksheet holds.
public enum SheetRole: String, CaseIterable, Sendable {
    case network, services, actors, links, offers, pathways, accepted

    /// The role a file name says (`actors.csv`, `Akteure.csv`, Kumu's `Elements.csv` and
    /// `Connections.csv`, a worksheet named `links`); `nil` for any other name.
    public static func named(_ name: String) -> SheetRole? {
        let stem = ((name as NSString).lastPathComponent as NSString).deletingPathExtension
            .trimmingCharacters(in: .whitespaces).lowercased()
        if let role = SheetRole(rawValue: stem) { return role }
        switch stem {
        case "elements", "akteure": return .actors
        case "connections", "verbindungen", "beziehungen": return .links
        case "angebote": return .offers
        case "dienste", "leistungen": return .services
        case "wege": return .pathways
        case "akzeptiert", "akzeptierte-luecken": return .accepted
        default: return nil
        }
    }

    var aliases: [String: String] {
        switch self {
        case .network: return CSVColumns.networkAliases
        case .services: return CSVColumns.serviceAliases
        case .actors: return CSVColumns.actorAliases
        case .links: return CSVColumns.linkAliases
        case .offers: return CSVColumns.offerAliases
        case .pathways: return CSVColumns.pathwayAliases
        case .accepted: return ["gap": "kind", "type": "kind"]
        }
    }
}

/// Reads the network's sheets (CSV files or the worksheets of a workbook, see `NetworkSheets`) or
/// the spreadsheets people keep (Kumu's elements and connections) into a network file. Every bad
/// cell is reported with its place, all of them in one run; nothing is produced unless every row
/// is valid and the generated file passes the loader, so a successful import always gives a file
/// `validate` accepts.
public struct CSVNetworkImporter {
    /// The title given on the command line; the network sheet's title otherwise, then `fallbackTitle`.
    public var title: String?
    public var fallbackTitle: String
    /// The name the network file will have, for the loader's check of the generated text.
    public var outputFile: String
    /// Kumu connection types (any case) to link types.
    public var linkTypeMap: [String: LinkType]

    public init(title: String?, fallbackTitle: String = "Imported network", outputFile: String,
                linkTypeMap: [String: LinkType] = [:]) {
        self.title = title
        self.fallbackTitle = fallbackTitle
        self.outputFile = outputFile
        self.linkTypeMap = linkTypeMap
    }

    /// A sheet to read: its role, the name errors give for it, and its rows.
    public struct Sheet: Sendable {
        public var role: SheetRole
        public var file: String
        public var document: CSVDocument

        public init(role: SheetRole, file: String, document: CSVDocument) {
            self.role = role
            self.file = file
            self.document = document
        }
    }

    /// CSV files, each given the role its name says; files with other names take, in order, the
    /// roles actors, links, offers not yet taken (`import csv people.csv ties.csv`).
    public func importFiles(_ inputs: [ImportInput]) -> ImportResult {
        var diagnostics: [Diagnostic] = []
        var sheets: [Sheet] = []
        var unnamed: [ImportInput] = []
        var taken: [SheetRole: String] = [:]
        for input in inputs {
            guard let role = SheetRole.named(input.file) else {
                unnamed.append(input)
                continue
            }
            if let first = taken[role] {
                diagnostics.append(.error("two \(role.rawValue) sheets: '\(first)' and '\(input.file)'", at: nil))
                continue
            }
            taken[role] = input.file
            if let sheet = parse(input, role: role, into: &diagnostics) { sheets.append(sheet) }
        }
        var free = [SheetRole.actors, .links, .offers].filter { taken[$0] == nil }
        for input in unnamed {
            guard !free.isEmpty else {
                diagnostics.append(.error("cannot tell which sheet '\(input.file)' is: name it network.csv, services.csv, "
                    + "actors.csv, links.csv, offers.csv, pathways.csv or accepted.csv", at: nil))
                continue
            }
            let role = free.removeFirst()
            if let sheet = parse(input, role: role, into: &diagnostics) { sheets.append(sheet) }
        }
        guard !diagnostics.hasErrors else { return ImportResult(yaml: nil, network: nil, diagnostics: diagnostics.sortedByLocation()) }
        return importSheets(sheets, sources: inputs.map(\.file), command: "import csv")
    }

    /// The actors, links and (optionally) offers sheets, whatever their files are called.
    public func importNetwork(actors: ImportInput, links: ImportInput, offers: ImportInput? = nil) -> ImportResult {
        var diagnostics: [Diagnostic] = []
        let roles: [(SheetRole, ImportInput)] = [(.actors, actors), (.links, links)] + (offers.map { [(.offers, $0)] } ?? [])
        let sheets = roles.compactMap { role, input in parse(input, role: role, into: &diagnostics) }
        guard !diagnostics.hasErrors else { return ImportResult(yaml: nil, network: nil, diagnostics: diagnostics.sortedByLocation()) }
        return importSheets(sheets, sources: roles.map(\.1.file), command: "import csv")
    }

    /// CSV: parsed, then every cell's formula guard (`FormulaGuard`) taken off again.
    private func parse(_ input: ImportInput, role: SheetRole, into diagnostics: inout [Diagnostic]) -> Sheet? {
        switch CSVDocument.parse(input.bytes) {
        case .failure(let error):
            diagnostics.append(.error(error.message, at: SourceLocation(file: input.file, line: error.line, column: error.column)))
            return nil
        case .success(var document):
            document.restoreFormulaGuards()
            return Sheet(role: role, file: input.file, document: document)
        }
    }

    /// The sheets, whatever they were read from. `sources` names them in the generated file's header.
    public func importSheets(_ sheets: [Sheet], sources: [String], command: String) -> ImportResult {
        var diagnostics: [Diagnostic] = []
        for sheet in sheets { diagnostics += sheet.document.rowsOfAnotherWidth(file: sheet.file) }
        guard !diagnostics.hasErrors else { return ImportResult(yaml: nil, network: nil, diagnostics: diagnostics) }
        guard let actorSheet = sheets.first(where: { $0.role == .actors }) else {
            return ImportResult(yaml: nil, network: nil, diagnostics: [.error("no actors sheet: an import needs at least actors.csv "
                + "(or a worksheet named 'actors')", at: nil)])
        }
        func csvSheet(_ role: SheetRole) -> CSVSheet? {
            sheets.first { $0.role == role }.map { CSVSheet(file: $0.file, document: $0.document, aliases: role.aliases) }
        }
        var reader = CSVRowReader()
        reader.linkTypeMap = linkTypeMap
        if let sheet = csvSheet(.network) { reader.readNetwork(sheet) }
        if let sheet = csvSheet(.services) { reader.readServices(sheet) }
        reader.readActors(CSVSheet(file: actorSheet.file, document: actorSheet.document, aliases: SheetRole.actors.aliases))
        if let sheet = csvSheet(.offers) { reader.readOffers(sheet) }
        if let sheet = csvSheet(.links) { reader.readLinks(sheet) }
        if let sheet = csvSheet(.pathways) { reader.readPathways(sheet) }
        if let sheet = csvSheet(.accepted) { reader.readAccepted(sheet) }
        diagnostics += reader.diagnostics
        let sorted = diagnostics.sortedByLocation()
        guard !sorted.hasErrors else { return ImportResult(yaml: nil, network: nil, diagnostics: sorted) }

        let draft = Network(title: title ?? reader.title ?? fallbackTitle, description: reader.description, asOf: reader.asOf,
                            languages: reader.languages, districts: reader.districts, services: reader.services,
                            actors: reader.actors, links: reader.links, pathways: reader.pathways,
                            accepted: reader.accepted)
        let yaml = YAMLNetworkWriter.yaml(draft, header: "Imported by `actormap \(command)` from \(sources.joined(separator: ", ")).")
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

extension CSVDocument {
    /// Takes off the `'` that `FormulaGuard.protect` put before a cell, in the header too.
    mutating func restoreFormulaGuards() {
        header.fields = header.fields.map { field in
            var copy = field
            copy.text = FormulaGuard.restore(field.text)
            return copy
        }
        rows = rows.map { row in
            var copy = row
            copy.fields = row.fields.map { field in
                var fieldCopy = field
                fieldCopy.text = FormulaGuard.restore(field.text)
                return fieldCopy
            }
            return copy
        }
    }
}

/// Problems that stop an import before any sheet is read (a damaged workbook, a bad type map).
public struct ImportFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
