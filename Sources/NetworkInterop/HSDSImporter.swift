import Foundation
import NetworkModel
import Wording

/// Reads an Open Referral directory (HSDS 2.0 or 3.0 CSV: `organizations.csv`, `services.csv`,
/// `languages.csv`, `service_areas.csv`; `locations.csv` and `service_at_location.csv` are accepted
/// but not used, since an HSDS location is a building, not a district) into a network:
/// organisations become actors, services become offers of the catalogue entry the mapping names,
/// with the service's languages and its service areas as districts. Services the mapping cannot
/// place are reported as warnings and left out, never guessed.
public struct HSDSImporter {
    public var title: String
    public var outputFile: String
    /// `nil`: every distinct HSDS service name becomes its own catalogue entry.
    public var mapping: HSDSMapping?

    public init(title: String, outputFile: String, mapping: HSDSMapping?) {
        self.title = title
        self.outputFile = outputFile
        self.mapping = mapping
    }

    /// What was mapped, for the command's summary line.
    public struct Summary: Sendable, Equatable {
        public var organizations = 0
        /// Every row of services.csv, inactive ones included.
        public var services = 0
        public var mappedServices = 0
        /// Rows whose `status` is not `active` (HSDS: `inactive`, `defunct`, `temporarily closed`).
        public var inactiveServices = 0
        public var unmappedNames: [String] = []

        public var line: String {
            "\(organizations) organisations, \(mappedServices) of \(services) services mapped"
                + (inactiveServices == 0 ? "" : ", \(inactiveServices) inactive skipped")
                + (unmappedNames.isEmpty ? "" : "; not mapped: " + unmappedNames.map { "'\($0)'" }.joined(separator: ", "))
        }
    }

    /// `files` maps a file name (`services.csv`) to its input; `organizations.csv` and
    /// `services.csv` are required, the others optional.
    public func importDirectory(_ files: [String: ImportInput]) -> (result: ImportResult, summary: Summary) {
        var diagnostics: [Diagnostic] = []
        var summary = Summary()
        func sheet(_ name: String, required: [String]) -> CSVSheet? {
            guard let input = files[name] else { return nil }
            switch CSVDocument.parse(input.bytes) {
            case .failure(let error):
                diagnostics.append(.error(error.message, at: SourceLocation(file: input.file, line: error.line, column: error.column)))
                return nil
            case .success(let document):
                let shifted = document.rowsOfAnotherWidth(file: input.file)
                guard shifted.isEmpty else {
                    diagnostics += shifted
                    return nil
                }
                let sheet = CSVSheet(file: input.file, document: document, aliases: [:])
                for column in required where !sheet.has(column) {
                    diagnostics.append(sheet.missingColumn(column, purpose: "HSDS \(name) needs it"))
                    return nil
                }
                return sheet
            }
        }
        let organizations = sheet("organizations.csv", required: ["id", "name"])
        let services = sheet("services.csv", required: ["id", "organization_id", "name"])
        let languages = sheet("languages.csv", required: ["service_id"])
        let areas = sheet("service_areas.csv", required: ["service_id"])
        guard let organizations, let services, !diagnostics.hasErrors else {
            if files["organizations.csv"] == nil || files["services.csv"] == nil {
                diagnostics.append(.error("an HSDS folder needs organizations.csv and services.csv", at: nil))
            }
            return (ImportResult(yaml: nil, network: nil, diagnostics: diagnostics.sortedByLocation()), summary)
        }

        // Organisations -> actors.
        var actors: [Actor] = []
        var actorForOrganization: [String: Int] = [:]
        var slugs = IdentifierSlug(fallback: "organisation")
        for row in organizations.document.rows {
            guard let idCell = organizations.cell("id", in: row), let nameCell = organizations.cell("name", in: row) else { continue }
            let hsdsID = idCell.text.trimmingCharacters(in: .whitespaces)
            if actorForOrganization[hsdsID] != nil {
                diagnostics.append(.error("duplicate organization id '\(hsdsID)'", at: idCell.location))
                continue
            }
            if nameCell.text.trimmingCharacters(in: .whitespaces).isEmpty {
                diagnostics.append(.error("organization '\(hsdsID)' has no name", at: nameCell.location))
                continue
            }
            // HSDS ids are usually UUIDs, which are valid ids; anything else gets one from the name.
            let id = Identifier.isValid(hsdsID) && !hsdsID.isEmpty ? hsdsID : slugs.make(from: nameCell.text)
            slugs.reserve(id)
            let kind = mapping?.organizationKinds[hsdsID] ?? mapping?.defaultKind ?? .serviceProvider
            actorForOrganization[hsdsID] = actors.count
            actors.append(Actor(
                id: id, name: nameCell.text.trimmingCharacters(in: .whitespaces), kind: kind,
                url: organizations.cell("url", in: row).flatMap { $0.text.isEmpty ? nil : $0.text },
                contact: organizations.cell("email", in: row).flatMap { $0.text.isEmpty ? nil : $0.text },
                tags: ["hsds"]))
        }

        // Languages and areas by HSDS service id. HSDS 3.0 has `code`/`name`, 2.0 `language`/`service_area`.
        // A row for a service the folder does not have is named, not dropped without a word.
        let serviceIDs = Set(services.document.rows.compactMap { services.cell("id", in: $0)?.text })
        func knownService(_ sheet: CSVSheet, _ row: CSVDocument.Row) -> String? {
            guard !row.isBlank, let cell = sheet.cell("service_id", in: row) else { return nil }
            guard serviceIDs.contains(cell.text) else {
                diagnostics.append(.warning("'\(cell.text)' is no service of services.csv; this row is left out", at: cell.location))
                return nil
            }
            return cell.text
        }
        func nonEmpty(_ cell: (text: String, location: SourceLocation)?) -> (text: String, location: SourceLocation)? {
            cell.flatMap { $0.text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        }
        var languagesByService: [String: [String]] = [:]
        for row in languages?.document.rows ?? [] {
            guard let languages, let service = knownService(languages, row) else { continue }
            guard let cell = nonEmpty(languages.cell("code", in: row)) ?? nonEmpty(languages.cell("language", in: row))
                ?? nonEmpty(languages.cell("name", in: row)) else {
                diagnostics.append(.warning("a language row without code, language or name; left out",
                                            at: SourceLocation(file: languages.file, line: row.line, column: 1)))
                continue
            }
            let written = cell.text.trimmingCharacters(in: .whitespaces)
            // HSDS 2.0's `language` often holds a name ("English", "Arabic"), not a tag.
            guard let tag = Identifier.isLanguageTag(written) ? written : Self.languageTag(named: written)
                ?? languages.cell("name", in: row).flatMap({ Self.languageTag(named: $0.text) }) else {
                diagnostics.append(.warning("'\(written)' is neither a language tag (ISO 639-1, such as 'de') nor a "
                    + "language name actormap knows; left out", at: cell.location))
                continue
            }
            if !(languagesByService[service]?.contains(tag) ?? false) { languagesByService[service, default: []].append(tag) }
        }
        var areasByService: [String: [String]] = [:]
        for row in areas?.document.rows ?? [] {
            guard let areas, let service = knownService(areas, row),
                  let cell = nonEmpty(areas.cell("service_area", in: row)) ?? nonEmpty(areas.cell("name", in: row))
            else { continue }
            let area = cell.text.trimmingCharacters(in: .whitespaces)
            if !area.isEmpty, !(areasByService[service]?.contains(area) ?? false) { areasByService[service, default: []].append(area) }
        }

        // Services -> offers of catalogue entries.
        var catalogue: [Service] = mapping?.services.map { Service(id: $0.id, name: $0.name) } ?? []
        var serviceSlugs = IdentifierSlug(fallback: "service")
        var unmapped: [String] = []
        for row in services.document.rows {
            guard let idCell = services.cell("id", in: row), let organizationCell = services.cell("organization_id", in: row),
                  let nameCell = services.cell("name", in: row) else { continue }
            summary.services += 1
            if let status = services.cell("status", in: row)?.text.trimmingCharacters(in: .whitespaces).lowercased(),
               !status.isEmpty, status != "active" {
                summary.inactiveServices += 1
                continue
            }
            guard let actorIndex = actorForOrganization[organizationCell.text.trimmingCharacters(in: .whitespaces)] else {
                diagnostics.append(.error("service '\(nameCell.text)' names unknown organization '\(organizationCell.text)'",
                                          at: organizationCell.location))
                continue
            }
            let serviceID: String
            if let mapping {
                guard let entry = mapping.entry(forServiceNamed: nameCell.text) else {
                    diagnostics.append(.warning("service '\(nameCell.text)' matches no catalogue entry in the mapping; left out",
                                                at: nameCell.location))
                    if !unmapped.contains(nameCell.text) { unmapped.append(nameCell.text) }
                    continue
                }
                serviceID = entry.id
            } else if let existing = catalogue.first(where: { $0.name == nameCell.text }) {
                serviceID = existing.id
            } else {
                serviceID = serviceSlugs.make(from: nameCell.text)
                catalogue.append(Service(id: serviceID, name: nameCell.text))
            }
            summary.mappedServices += 1
            let hsdsService = idCell.text.trimmingCharacters(in: .whitespaces)
            let ownLanguages = languagesByService[hsdsService]
            let ownDistricts = areasByService[hsdsService]
            if let existing = actors[actorIndex].offers.firstIndex(where: { $0.service == serviceID }) {
                // Two HSDS services of one organisation in one category: one offer covering both.
                var offer = actors[actorIndex].offers[existing]
                for language in ownLanguages ?? [] where !offer.languages.contains(language) { offer.languages.append(language) }
                for district in ownDistricts ?? [] where !offer.districts.contains(district) { offer.districts.append(district) }
                offer.hasOwnLanguages = offer.hasOwnLanguages || ownLanguages != nil
                offer.hasOwnDistricts = offer.hasOwnDistricts || ownDistricts != nil
                actors[actorIndex].offers[existing] = offer
            } else {
                actors[actorIndex].offers.append(Offer(
                    service: serviceID, languages: ownLanguages ?? [], districts: ownDistricts ?? [],
                    hasOwnLanguages: ownLanguages != nil, hasOwnDistricts: ownDistricts != nil))
            }
        }
        summary.organizations = actors.count
        summary.unmappedNames = unmapped
        let sorted = diagnostics.sortedByLocation()
        guard !sorted.hasErrors else { return (ImportResult(yaml: nil, network: nil, diagnostics: sorted), summary) }

        let draft = Network(title: title, services: catalogue, actors: actors)
        let yaml = YAMLNetworkWriter.yaml(draft, header: "Imported by `actormap import hsds` (Open Referral HSDS).")
        let loaded = NetworkLoader().load(yaml: yaml, file: outputFile)
        guard let network = loaded.network else {
            let generated = loaded.diagnostics.map {
                Diagnostic($0.severity, "generated file would be invalid: \($0.message)", at: $0.location)
            }
            return (ImportResult(yaml: nil, network: nil, diagnostics: sorted + generated), summary)
        }
        return (ImportResult(yaml: yaml, network: network, diagnostics: sorted + loaded.diagnostics), summary)
    }

    /// Language names as HSDS files write them, in English, German, French or Slovenian and any
    /// case ("English", "arabisch", "persan"), to their tags, from the names `Wording` shows.
    static let tagsByName: [String: String] = {
        var tags: [String: String] = [:]
        for tag in SpokenLanguages.knownTags {
            for language in OutputLanguage.allCases {
                guard let name = SpokenLanguages.name(of: tag, in: language)?.lowercased(), tags[name] == nil else { continue }
                tags[name] = tag
            }
        }
        return tags
    }()

    static func languageTag(named name: String) -> String? {
        tagsByName[name.trimmingCharacters(in: .whitespaces).lowercased()]
    }

    /// The files of an HSDS folder that the importer reads, for the command to load.
    public static let fileNames = ["organizations.csv", "services.csv", "languages.csv", "service_areas.csv",
                                   "locations.csv", "service_at_location.csv"]
}
