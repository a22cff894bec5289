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

    private mutating func warnIgnored(_ sheet: CSVSheet, known: [String]) {
        for field in sheet.document.header.fields {
            let name = CSVColumns.canonical(field.text, aliases: sheet.aliases)
            guard !name.isEmpty, !known.contains(name) else { continue }
            warning("column '\(field.text)' is not part of the format and is ignored",
                    at: SourceLocation(file: sheet.file, line: sheet.document.header.line, column: field.column))
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
        let lenientKind = sheet.written["kind"]?.lowercased() != "kind"
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
        for column in ["from", "to", "type"] where !sheet.has(column) {
            diagnostics.append(sheet.missingColumn(column, purpose: "every link needs from, to and type"))
            return
        }
        warnIgnored(sheet, known: CSVColumns.linkColumns)
        var seen: [LinkKey: SourceLocation] = [:]
        for row in sheet.document.rows {
            guard let fromCell = sheet.cell("from", in: row), let toCell = sheet.cell("to", in: row),
                  let typeCell = sheet.cell("type", in: row) else { continue }
            let from = actorReference(fromCell, role: "link")
            let to = actorReference(toCell, role: "link")
            let type = LinkType(rawValue: CSVCell.enumWord(typeCell.text))
            if type == nil {
                let hint = Suggestion.hint(for: CSVCell.enumWord(typeCell.text), among: LinkType.allCases.map(\.rawValue))
                error("unknown link type '\(typeCell.text)'\(hint)", at: typeCell.location)
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
            guard let from, let to, let type else { continue }
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
                              note: Self.optionalText(sheet.cell("note", in: row)),
                              sources: CSVCell.list(sheet.cell("source", in: row)?.text ?? "")))
        }
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
        if text == NetworkCSVExport.explicitlyEmptyList { return [] }
        return isLanguage ? languages(cell) : CSVCell.list(text)
    }
}
