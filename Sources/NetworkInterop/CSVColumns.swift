import Foundation

/// The column names of the CSV shape, shared by export and import so they cannot drift apart,
/// with the aliases Kumu's spreadsheets use (`Label`, `Type`, `From`, `To`, `Description`, `Tags`).
public enum CSVColumns {
    /// Lists in one cell. `|` is read too, because Kumu joins multiple values with it.
    public static let listSeparator = ";"

    public static let actorColumns = [
        "id", "name", "kind", "sector", "coordinator", "languages", "districts", "tags", "url", "contact",
        "influence", "source", "verified", "person",
    ]
    public static let linkColumns = ["from", "to", "type", "weight", "since", "until", "note", "source"]
    public static let offerColumns = ["actor", "service", "service_name", "languages", "districts", "capacity"]

    /// Header text as people write it (`Name`, ` KIND `, `Service Name`) to the canonical column.
    static func canonical(_ header: String, aliases: [String: String]) -> String {
        let key = header.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "_")
        return aliases[key] ?? key
    }

    static let actorAliases = [
        "label": "name", "type": "kind", "description": "description", "element_type": "kind", "sources": "source",
    ]
    static let linkAliases = ["connection_type": "type", "description": "note", "sources": "source"]
    static let offerAliases = ["actor_id": "actor", "service_id": "service"]
}
