import Foundation
import NetworkModel

/// Turns the rows of the three sheets into actors, offers, links and a service catalogue, checking
/// each cell against FORMAT.md and reporting it at its place. The checks mirror the loader's, so
/// that an error points at the spreadsheet cell, not at a line of a generated file.
struct CSVRowReader {
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var actors: [Actor] = []
    private(set) var links: [Link] = []
    private(set) var services: [Service] = []
    private(set) var pathways: [Pathway] = []
    private(set) var accepted: [AcceptedGap] = []
    /// From the network sheet; `nil` where it has no such cell.
    private(set) var title: String?
    private(set) var description: String?
    private(set) var asOf: CalendarDate?
    private(set) var languages: [String] = []
    private(set) var districts: [String] = []
    /// Whether a services sheet gave the catalogue: offers must then name its entries.
    private var hasCatalogue = false
    /// Kumu connection types (lower case) to link types, from `--link-type-map`.
    var linkTypeMap: [String: LinkType] = [:]

    private var actorIndex: [String: Int] = [:]
    private var actorPlace: [String: SourceLocation] = [:]
    /// Names to ids, so Kumu's `From`/`To`, which hold labels, find their actors.
    private var idsByName: [String: [String]] = [:]
    private var servicePlace: [String: Int] = [:]
    /// Ids of rows that had errors: references to them are not reported again as unknown.
    private var rejectedIDs: Set<String> = []

    private mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
    }

    private mutating func warning(_ message: String, at location: SourceLocation) {
        diagnostics.append(.warning(message, at: location))
    }

    /// Columns whose values are not read, each named at its header cell: one the format does not
    /// have, one that repeats an earlier column (`Stadtteile` and `Bezirke`: the first is read),
    /// and one without a name that holds values (named at its first value).
    private mutating func warnIgnored(_ sheet: CSVSheet, known: [String]) {
        let headerLine = sheet.document.header.line
        for field in sheet.document.header.fields {
            let name = CSVColumns.canonical(field.text, aliases: sheet.aliases)
            if name.isEmpty {
                let values = sheet.document.rows.lazy.compactMap { $0.fields.count >= field.column ? $0.fields[field.column - 1] : nil }
                if let value = values.first(where: { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }) {
                    warning("a value under a column without a name is ignored; give the column a name in the header",
                            at: SourceLocation(file: sheet.file, line: value.line, column: value.column))
                }
                continue
            }
            let place = SourceLocation(file: sheet.file, line: headerLine, column: field.column)
            if !known.contains(name) {
                warning("column '\(field.text)' is not part of the format and is ignored", at: place)
            } else if let first = sheet.columns[name], first != field.column {
                warning("column '\(field.text)' means the same as column '\(sheet.written[name] ?? name)' before it and is "
                    + "ignored; keep one of them", at: place)
            }
        }
    }

    private mutating func languages(_ cell: (text: String, location: SourceLocation)) -> [String] {
        let tags = CSVCell.list(cell.text)
        for tag in tags where !Identifier.isLanguageTag(tag) {
            error("'\(tag)' is not a language tag (BCP 47, such as 'de', 'ar' or 'pt-BR')", at: cell.location)
        }
        return tags
    }

    private mutating func date(_ cell: (text: String, location: SourceLocation)?) -> CalendarDate? {
        guard let cell, !cell.text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        guard let date = CalendarDate(cell.text.trimmingCharacters(in: .whitespaces)) else {
            error("'\(cell.text)' is not a date (YYYY-MM-DD)", at: cell.location)
            return nil
        }
        return date
    }

    private mutating func bool(_ cell: (text: String, location: SourceLocation)?, _ key: String) -> Bool? {
        guard let cell, !cell.text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        guard let value = CSVCell.bool(cell.text) else {
            error("\(key) must be true or false, found '\(cell.text)'", at: cell.location)
            return nil
        }
        return value
    }

    private static func optionalText(_ cell: (text: String, location: SourceLocation)?) -> String? {
        guard let text = cell?.text, !text.isEmpty else { return nil }
        return text
    }

    // MARK: Network

    mutating func readNetwork(_ sheet: CSVSheet) {
        warnIgnored(sheet, known: CSVColumns.networkColumns)
        let rows = sheet.document.rows
        guard let row = rows.first else { return }
        if rows.count > 1 {
            error("the network sheet has one row (title, description, as_of, languages, districts); found \(rows.count)",
                  at: SourceLocation(file: sheet.file, line: rows[1].line, column: 1))
        }
        if let cell = sheet.cell("title", in: row) {
            title = cell.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : cell.text
        }
        description = Self.optionalText(sheet.cell("description", in: row))
        asOf = date(sheet.cell("as_of", in: row))
        languages = sheet.cell("languages", in: row).map { languages($0) } ?? []
        districts = CSVCell.list(sheet.cell("districts", in: row)?.text ?? "")
    }

    mutating func readServices(_ sheet: CSVSheet) {
        guard sheet.has("id") else {
            diagnostics.append(sheet.missingColumn("id", purpose: "every service needs an id"))
            return
        }
        warnIgnored(sheet, known: CSVColumns.serviceColumns)
        hasCatalogue = true
        for row in sheet.document.rows {
            guard let idCell = sheet.cell("id", in: row) else { continue }
            let id = idCell.text.trimmingCharacters(in: .whitespaces)
            guard Identifier.isValid(id) else {
                error(id.isEmpty ? "empty service id" : "'\(id)' is not a valid service id", at: idCell.location)
                continue
            }
            if let first = servicePlace[id] {
                error("duplicate service id '\(id)' (first defined at \(services[first].location?.description ?? "?"))",
                      at: idCell.location)
                continue
            }
            let name = Self.optionalText(sheet.cell("name", in: row)) ?? id
            let required = bool(sheet.cell("required", in: row), "required") ?? true
            let interpreting = bool(sheet.cell("interpreting", in: row), "interpreting") ?? false
            servicePlace[id] = services.count
            services.append(Service(id: id, name: name, required: required,
                                    languages: ownList(sheet.cell("languages", in: row), isLanguage: true),
                                    districts: ownList(sheet.cell("districts", in: row), isLanguage: false),
                                    interpreting: interpreting, location: idCell.location))
        }
    }

    mutating func readPathways(_ sheet: CSVSheet) {
        for column in ["id", "stages"] where !sheet.has(column) {
            diagnostics.append(sheet.missingColumn(column, purpose: "every pathway needs an id and its stages"))
            return
        }
        warnIgnored(sheet, known: CSVColumns.pathwayColumns)
        var seen: [String: SourceLocation] = [:]
        for row in sheet.document.rows {
            guard let idCell = sheet.cell("id", in: row), let stagesCell = sheet.cell("stages", in: row) else { continue }
            let id = idCell.text.trimmingCharacters(in: .whitespaces)
            guard Identifier.isValid(id) else {
                error(id.isEmpty ? "empty pathway id" : "'\(id)' is not a valid pathway id", at: idCell.location)
                continue
            }
            if let first = seen[id] {
                error("duplicate pathway id '\(id)' (first defined at \(first))", at: idCell.location)
                continue
            }
            seen[id] = idCell.location
            let stages = CSVCell.list(stagesCell.text)
            guard stages.count >= 2 else {
                error("a pathway needs at least two stages (service ids joined by ';'), found \(stages.count)",
                      at: stagesCell.location)
                continue
            }
            let unknown = stages.filter { servicePlace[$0] == nil }
            guard unknown.isEmpty else {
                error("stage '\(unknown[0])' names no service\(Suggestion.hint(for: unknown[0], among: services.map(\.id)))",
                      at: stagesCell.location)
                continue
            }
            pathways.append(Pathway(id: id, name: Self.optionalText(sheet.cell("name", in: row)) ?? id, stages: stages,
                                    location: idCell.location))
        }
    }

    /// Accepted gaps as written; whether each matches a gap is the loader's and the analysis'
    /// business, as for a network file (an entry that matches nothing is a warning there).
    mutating func readAccepted(_ sheet: CSVSheet) {
        for column in ["kind", "reason"] where !sheet.has(column) {
            diagnostics.append(sheet.missingColumn(column, purpose: "every accepted gap needs its kind and the reason"))
            return
        }
        warnIgnored(sheet, known: CSVColumns.acceptedColumns)
        for row in sheet.document.rows {
            guard let kindCell = sheet.cell("kind", in: row), let reasonCell = sheet.cell("reason", in: row) else { continue }
            let kind = CSVCell.enumWord(kindCell.text)
            guard let keys = AcceptedGap.keysByKind.first(where: { $0.kind == kind })?.keys else {
                let hint = Suggestion.hint(for: kind, among: AcceptedGap.keysByKind.map(\.kind))
                error("unknown gap kind '\(kindCell.text)'\(hint)", at: kindCell.location)
                continue
            }
            guard let reason = Self.optionalText(reasonCell) else {
                error("empty reason: an accepted gap says why it is accepted", at: reasonCell.location)
                continue
            }
            var ids: [String: String] = [:]
            var valid = true
            for key in AcceptedGap.idKeys {
                guard let cell = sheet.cell(key, in: row) else { continue }
                let value = cell.text.trimmingCharacters(in: .whitespaces)
                guard !value.isEmpty else { continue }
                if !keys.contains(key) {
                    error("a '\(kind)' gap has no \(key)", at: cell.location)
                    valid = false
                }
                ids[key] = value
            }
            let until = date(sheet.cell("until", in: row))
            guard valid else { continue }
            accepted.append(AcceptedGap(
                kind: kind, service: ids["service"], actor: ids["actor"], language: ids["language"], district: ids["district"],
                pathway: ids["pathway"], fromStage: ids["from_stage"], toStage: ids["to_stage"], reason: reason, until: until,
                location: kindCell.location))
        }
    }

    // MARK: Actors

    mutating func readActors(_ sheet: CSVSheet) {
        guard sheet.has("name") else {
            diagnostics.append(sheet.missingColumn("name", purpose: "every actor needs a name; Kumu's 'Label' works too"))
            return
        }
        guard sheet.has("kind") else {
            diagnostics.append(sheet.missingColumn("kind", purpose: "one of " + ActorKind.allCases.map(\.rawValue).joined(separator: ", ")))
            return
        }
        warnIgnored(sheet, known: CSVColumns.actorColumns)
        // Kumu's `Type` is free text; it becomes the kind only where it names one.
        let lenientKind = ["type", "typ", "element type", "element_type"].contains(sheet.written["kind"]?.lowercased() ?? "")
        var slugs = IdentifierSlug(fallback: "actor")
        for row in sheet.document.rows {
            guard let nameCell = sheet.cell("name", in: row), let kindCell = sheet.cell("kind", in: row) else { continue }
            var valid = true
            if nameCell.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                error("empty name: every actor needs a name", at: nameCell.location)
                valid = false
            }
            let id: String
            let idLocation: SourceLocation
            if let idCell = sheet.cell("id", in: row) {
                id = idCell.text.trimmingCharacters(in: .whitespaces)
                idLocation = idCell.location
                if id.isEmpty {
                    error("empty id: every actor needs an id", at: idCell.location)
                    valid = false
                } else if !Identifier.isValid(id) {
                    error("'\(id)' is not a valid id (letters, digits, '.', '_', '-', starting with a letter or digit)",
                          at: idCell.location)
                    valid = false
                } else if let first = actorPlace[id] {
                    error("duplicate actor id '\(id)' (first defined at \(first))", at: idCell.location)
                    valid = false
                }
            } else {
                id = slugs.make(from: nameCell.text)
                idLocation = nameCell.location
            }
            var tags = CSVCell.list(sheet.cell("tags", in: row)?.text ?? "")
            let kindWord = CSVCell.enumWord(kindCell.text)
            var kind = ActorKind(rawValue: kindWord)
            if kind == nil {
                if lenientKind {
                    if !kindWord.isEmpty {
                        warning("Kumu type '\(kindCell.text)' is not an actor kind; the actor is 'other', tagged with the type",
                                at: kindCell.location)
                        tags.append(kindCell.text.trimmingCharacters(in: .whitespaces))
                    }
                    kind = .other
                } else {
                    let hint = Suggestion.hint(for: kindWord, among: ActorKind.allCases.map(\.rawValue))
                    error(kindWord.isEmpty ? "empty kind: one of \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))"
                          : "unknown actor kind '\(kindCell.text)'\(hint)", at: kindCell.location)
                    valid = false
                }
            }
            var sector: Sector?
            if let cell = sheet.cell("sector", in: row), !cell.text.trimmingCharacters(in: .whitespaces).isEmpty {
                sector = Sector(rawValue: CSVCell.enumWord(cell.text))
                if sector == nil {
                    let hint = Suggestion.hint(for: CSVCell.enumWord(cell.text), among: Sector.allCases.map(\.rawValue))
                    error("unknown sector '\(cell.text)'\(hint)", at: cell.location)
                    valid = false
                }
            }
            var influence: Double?
            if let cell = sheet.cell("influence", in: row), !cell.text.trimmingCharacters(in: .whitespaces).isEmpty {
                influence = CSVCell.number(cell.text)
                if influence.map({ !(0...10).contains($0) }) ?? true {
                    error("influence must be a number from 0 to 10, found '\(cell.text)'", at: cell.location)
                    valid = false
                }
            }
            let coordinator = bool(sheet.cell("coordinator", in: row), "coordinator")
            let person = bool(sheet.cell("person", in: row), "person") ?? false
            let actorLanguages = sheet.cell("languages", in: row).map { languages($0) } ?? []
            let verified = date(sheet.cell("verified", in: row))
            guard valid, let kind else {
                if !id.isEmpty { rejectedIDs.insert(id) }
                continue
            }
            actorPlace[id] = idLocation
            actorIndex[id] = actors.count
            idsByName[nameCell.text, default: []].append(id)
            actors.append(Actor(
                id: id, name: nameCell.text, kind: kind, sector: sector, coordinator: coordinator,
                languages: actorLanguages, districts: CSVCell.list(sheet.cell("districts", in: row)?.text ?? ""),
                url: Self.optionalText(sheet.cell("url", in: row)), contact: Self.optionalText(sheet.cell("contact", in: row)),
                tags: tags, influence: influence, sources: CSVCell.list(sheet.cell("source", in: row)?.text ?? ""),
                verified: verified, person: person))
        }
    }

    /// An actor by id, or by name where the sheet refers to actors by their labels (Kumu).
    private func resolve(_ reference: String) -> String? {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        if actorIndex[trimmed] != nil { return trimmed }
        if let ids = idsByName[reference] ?? idsByName[trimmed], ids.count == 1 { return ids[0] }
        return nil
    }

    private mutating func actorReference(_ cell: (text: String, location: SourceLocation), role: String) -> String? {
        if let id = resolve(cell.text) { return id }
        let text = cell.text.trimmingCharacters(in: .whitespaces)
        if rejectedIDs.contains(text) { return nil }
        if text.isEmpty {
            error("empty '\(role)': name an actor by id", at: cell.location)
        } else if (idsByName[cell.text]?.count ?? 0) > 1 {
            error("'\(text)' names several actors; use the actor's id", at: cell.location)
        } else {
            error("\(role) refers to unknown actor '\(text)'\(Suggestion.hint(for: text, among: actorIndex.keys))",
                  at: cell.location)
        }
        return nil
    }

    // MARK: Links

    mutating func readLinks(_ sheet: CSVSheet) {
        for column in ["from", "to"] where !sheet.has(column) {
            diagnostics.append(sheet.missingColumn(column, purpose: "every link needs from and to"))
            return
        }
        warnIgnored(sheet, known: CSVColumns.linkColumns)
        var seen: [LinkKey: SourceLocation] = [:]
        for row in sheet.document.rows {
            guard let fromCell = sheet.cell("from", in: row), let toCell = sheet.cell("to", in: row) else { continue }
            let froms = actorReferences(fromCell, role: "link")
            let tos = actorReferences(toCell, role: "link")
            var type: LinkType? = .cooperates
            var keptType: String?
            if let typeCell = sheet.cell("type", in: row) {
                if typeCell.text.trimmingCharacters(in: .whitespaces).isEmpty {
                    // A sheet without a type column is all cooperation (Kumu's plain connections);
                    // one empty cell in a typed sheet is more likely forgotten, so it is named.
                    warning("no link type; read as 'cooperates'", at: typeCell.location)
                } else {
                    (type, keptType) = linkType(typeCell)
                }
            }
            var weight = 1.0
            if let cell = sheet.cell("weight", in: row), !cell.text.trimmingCharacters(in: .whitespaces).isEmpty {
                if let value = CSVCell.number(cell.text), value > 0, value.isFinite {
                    weight = value
                } else {
                    error("weight must be a number greater than 0, found '\(cell.text)'", at: cell.location)
                    continue
                }
            }
            let since = date(sheet.cell("since", in: row))
            let until = date(sheet.cell("until", in: row))
            guard let froms, let tos, let type else { continue }
            var note = Self.optionalText(sheet.cell("note", in: row))
            if let keptType {
                note = (note.map { $0 + " " } ?? "") + "(Kumu type: \(keptType))"
            }
            for from in froms {
                for to in tos {
                    if from == to {
                        error("a link must join two different actors, but both ends are '\(from)'", at: toCell.location)
                        continue
                    }
                    let key = LinkKey(from: from, to: to, type: type)
                    if let first = seen[key] {
                        error("duplicate link \(from) -> \(to) (\(type.rawValue)) (first defined at \(first))", at: fromCell.location)
                        continue
                    }
                    seen[key] = fromCell.location
                    links.append(Link(from: from, to: to, type: type, weight: weight, since: since, until: until,
                                      note: note, sources: CSVCell.list(sheet.cell("source", in: row)?.text ?? "")))
                }
            }
        }
    }

    /// A link type as written, or a Kumu connection type: mapped by `--link-type-map`, else
    /// `cooperates` (the mildest tie) with a warning, the Kumu type then kept in the note. A word
    /// close to a link type (`refer`) is a typo and an error, not a Kumu type.
    private mutating func linkType(_ cell: (text: String, location: SourceLocation)) -> (LinkType?, String?) {
        let word = CSVCell.enumWord(cell.text)
        if let type = LinkType(rawValue: word) { return (type, nil) }
        let written = cell.text.trimmingCharacters(in: .whitespaces)
        if let mapped = linkTypeMap[written.lowercased()] { return (mapped, written) }
        let hint = Suggestion.hint(for: word, among: LinkType.allCases.map(\.rawValue))
        if !hint.isEmpty {
            error("unknown link type '\(cell.text)'\(hint)", at: cell.location)
            return (nil, nil)
        }
        warning("'\(written)' is not a link type; imported as 'cooperates' with the type kept in the note "
                + "(map it with --link-type-map)", at: cell.location)
        return (.cooperates, written)
    }

    /// The actors of a From or To cell: one id or name, or several joined by `|` as Kumu writes
    /// them (`A|B`), where the whole text names no actor.
    private mutating func actorReferences(_ cell: (text: String, location: SourceLocation), role: String) -> [String]? {
        if let id = resolve(cell.text) { return [id] }
        let parts = cell.text.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard parts.count > 1 else { return actorReference(cell, role: role).map { [$0] } }
        var ids: [String] = []
        for part in parts {
            guard let id = actorReference((part, cell.location), role: role) else { return nil }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    // MARK: Offers

    mutating func readOffers(_ sheet: CSVSheet) {
        for column in ["actor", "service"] where !sheet.has(column) {
            diagnostics.append(sheet.missingColumn(column, purpose: "every offer names an actor and a service"))
            return
        }
        warnIgnored(sheet, known: CSVColumns.offerColumns)
        for row in sheet.document.rows {
            guard let actorCell = sheet.cell("actor", in: row), let serviceCell = sheet.cell("service", in: row) else { continue }
            let actorID = actorReference(actorCell, role: "offer")
            let service = serviceCell.text.trimmingCharacters(in: .whitespaces)
            var valid = actorID != nil
            if !Identifier.isValid(service) {
                error(service.isEmpty ? "empty service id" : "'\(service)' is not a valid service id", at: serviceCell.location)
                valid = false
            }
            var capacity: Int?
            if let cell = sheet.cell("capacity", in: row), !cell.text.trimmingCharacters(in: .whitespaces).isEmpty {
                capacity = Int(cell.text.trimmingCharacters(in: .whitespaces))
                if capacity.map({ $0 < 0 }) ?? true {
                    error("capacity must be a whole number of 0 or more, found '\(cell.text)'", at: cell.location)
                    valid = false
                }
            }
            let ownLanguages = ownList(sheet.cell("languages", in: row), isLanguage: true)
            let ownDistricts = ownList(sheet.cell("districts", in: row), isLanguage: false)
            guard valid, let actorID, let index = actorIndex[actorID] else { continue }
            if actors[index].offers(service) {
                error("actor '\(actorID)' offers '\(service)' twice", at: serviceCell.location)
                continue
            }
            let name = Self.optionalText(sheet.cell("service_name", in: row))
            if hasCatalogue, servicePlace[service] == nil {
                error("offer names unknown service '\(service)'\(Suggestion.hint(for: service, among: services.map(\.id)))",
                      at: serviceCell.location)
                continue
            }
            if let existing = servicePlace[service] {
                if services[existing].name == services[existing].id, let name { services[existing].name = name }
            } else {
                servicePlace[service] = services.count
                services.append(Service(id: service, name: name ?? service))
            }
            let actor = actors[index]
            actors[index].offers.append(Offer(
                service: service, languages: ownLanguages ?? actor.languages, districts: ownDistricts ?? actor.districts,
                capacity: capacity, hasOwnLanguages: ownLanguages != nil, hasOwnDistricts: ownDistricts != nil))
        }
    }

    /// An empty cell means "the actor's" (`nil`); `[]` means explicitly none.
    private mutating func ownList(_ cell: (text: String, location: SourceLocation)?, isLanguage: Bool) -> [String]? {
        guard let cell else { return nil }
        let text = cell.text.trimmingCharacters(in: .whitespaces)
        if rejectedIDs.contains(text) { return nil }
        if text.isEmpty { return nil }
        if text == NetworkSheets.explicitlyEmptyList { return [] }
        return isLanguage ? languages(cell) : CSVCell.list(text)
    }
}
