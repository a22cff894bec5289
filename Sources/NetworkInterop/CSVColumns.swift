import Foundation
import NetworkModel

/// The column names of the network's sheets, shared by export and import so they cannot drift
/// apart, with the names people also write: Kumu's (`Label`, `Type`, `From`, `To`, `Strength`,
/// `Description`, `Tags`) and German ones (`Name`, `Art`, `Sektor`, `Sprachen`, `Stadtteile` or
/// `Bezirke`, `Von`, `Nach`, `Typ`, `Gewicht`, `Dienst`).
public enum CSVColumns {
    /// Lists in one cell. `|` is read too, because Kumu joins multiple values with it.
    public static let listSeparator = ";"

    public static let networkColumns = ["title", "description", "as_of", "languages", "districts"]
    public static let serviceColumns = ["id", "name", "required", "languages", "districts", "interpreting"]
    public static let actorColumns = [
        "id", "name", "kind", "sector", "coordinator", "languages", "districts", "tags", "url", "contact",
        "influence", "source", "verified", "person",
    ]
    public static let linkColumns = ["from", "to", "type", "weight", "since", "until", "note", "source"]
    public static let offerColumns = ["actor", "service", "service_name", "languages", "districts", "capacity"]
    public static let pathwayColumns = ["id", "name", "stages"]
    /// `kind`, the id keys of FORMAT.md 1.1 as spelled there, `reason`, `until`.
    public static let acceptedColumns = ["kind"] + AcceptedGap.idKeys + ["reason", "until"]

    /// Header text as people write it (`Name`, ` KIND `, `Service Name`, `Sprachen`) to the
    /// canonical column.
    static func canonical(_ header: String, aliases: [String: String]) -> String {
        let key = header.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "_")
        return aliases[key] ?? germanAliases[key] ?? key
    }

    /// German headers that mean the same in every sheet.
    static let germanAliases = [
        "sektor": "sector", "sprachen": "languages", "stadtteile": "districts", "bezirke": "districts",
        "koordinator": "coordinator", "kennung": "id", "quelle": "source", "quellen": "source",
        "geprüft": "verified", "einfluss": "influence", "kontakt": "contact", "person": "person",
        "notiz": "note", "anmerkung": "note", "seit": "since", "bis": "until", "kapazität": "capacity",
        "titel": "title", "beschreibung": "description", "stand": "as_of", "stufen": "stages",
        "erforderlich": "required", "pflicht": "required", "sprachmittlung": "interpreting", "grund": "reason",
        "art_der_lücke": "kind",
    ]

    static let networkAliases = ["network": "title", "name": "title", "asof": "as_of", "as-of": "as_of"]
    static let serviceAliases = ["service": "id", "dienst": "id"]
    static let actorAliases = [
        "label": "name", "type": "kind", "typ": "kind", "art": "kind", "element_type": "kind", "sources": "source",
    ]
    static let linkAliases = [
        "connection_type": "type", "typ": "type", "description": "note", "beschreibung": "note", "sources": "source",
        "strength": "weight", "gewicht": "weight", "von": "from", "nach": "to",
    ]
    static let offerAliases = [
        "actor_id": "actor", "service_id": "service", "dienst": "service", "akteur": "actor",
        "dienst_name": "service_name", "dienstname": "service_name",
    ]
    static let pathwayAliases = ["weg": "id", "steps": "stages", "schritte": "stages"]
}
