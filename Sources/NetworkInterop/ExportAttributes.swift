import NetworkAnalysis
import NetworkModel

/// The node and edge attributes GraphML and GEXF carry, declared once so both formats offer the
/// same columns under the same names in Gephi, networkx and igraph.
struct ExportAttribute: Sendable {
    enum Kind: Sendable { case string, boolean, double, integer }

    var name: String
    var kind: Kind
}

/// A value of one attribute; `nil` where the network has none (the element is then left out, so
/// readers see a missing value rather than an empty string).
enum ExportValue: Sendable, Equatable {
    case string(String)
    case boolean(Bool)
    case double(Double)
    case integer(Int)

    /// The text form both XML formats use: `true`/`false`, shortest round-trip decimals.
    var text: String {
        switch self {
        case let .string(value): return value
        case let .boolean(value): return value ? "true" : "false"
        case let .double(value): return "\(value)"
        case let .integer(value): return String(value)
        }
    }
}

/// Rows of attribute values for every actor and every link, in the network's own order.
struct ExportAttributeTable: Sendable {
    var nodeAttributes: [ExportAttribute]
    var edgeAttributes: [ExportAttribute]
    /// Parallel to `network.actors`; each row parallel to `nodeAttributes`.
    var nodeValues: [[ExportValue?]]
    /// Parallel to `network.links`; each row parallel to `edgeAttributes`.
    var edgeValues: [[ExportValue?]]

    /// Lists are joined with `;`, as in the CSV export, because neither format has a list type
    /// that Gephi, networkx and igraph all read.
    static let listSeparator = ";"

    static let measureAttributes: [(CentralityMeasure, ExportAttribute.Kind)] = [
        (.degree, .double), (.degreeCentrality, .double), (.betweenness, .double), (.closeness, .double),
        (.harmonic, .double), (.eigenvector, .double), (.pagerank, .double), (.core, .integer),
        (.clustering, .double), (.constraint, .double), (.effectiveSize, .double),
    ]

    init(network: Network, measures: CentralityResult?) {
        nodeAttributes = [
            ExportAttribute(name: "label", kind: .string),
            ExportAttribute(name: "name", kind: .string),
            ExportAttribute(name: "kind", kind: .string),
            ExportAttribute(name: "sector", kind: .string),
            ExportAttribute(name: "coordinator", kind: .boolean),
            ExportAttribute(name: "languages", kind: .string),
            ExportAttribute(name: "districts", kind: .string),
            ExportAttribute(name: "services", kind: .string),
            ExportAttribute(name: "tags", kind: .string),
            ExportAttribute(name: "url", kind: .string),
            ExportAttribute(name: "contact", kind: .string),
            ExportAttribute(name: "influence", kind: .double),
            ExportAttribute(name: "source", kind: .string),
            ExportAttribute(name: "verified", kind: .string),
            ExportAttribute(name: "person", kind: .boolean),
        ]
        let rowsByID = Dictionary((measures?.rows ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        if measures != nil {
            nodeAttributes += Self.measureAttributes.map { ExportAttribute(name: $0.0.rawValue, kind: $0.1) }
        }
        let join = { (list: [String]) in list.joined(separator: Self.listSeparator) }
        nodeValues = network.actors.map { actor in
            var row: [ExportValue?] = [
                .string(actor.name), .string(actor.name), .string(actor.kind.rawValue),
                .string(actor.sector.rawValue), .boolean(actor.coordinator),
                .string(join(actor.languages)), .string(join(actor.districts)),
                .string(join(actor.offers.map(\.service))), .string(join(actor.tags)),
                actor.url.map { .string($0) }, actor.contact.map { .string($0) },
                actor.influence.map { .double($0) },
                actor.sources.isEmpty ? nil : .string(join(actor.sources)),
                actor.verified.map { .string($0.description) }, .boolean(actor.person),
            ]
            if measures != nil {
                let measureRow = rowsByID[actor.id]
                for (measure, kind) in Self.measureAttributes {
                    guard let measureRow, let value = measure.value(in: measureRow), value.isFinite else {
                        row.append(nil)
                        continue
                    }
                    row.append(kind == .integer ? .integer(Int(value)) : .double(value))
                }
            }
            return row
        }
        edgeAttributes = [
            ExportAttribute(name: "type", kind: .string),
            ExportAttribute(name: "directed", kind: .boolean),
            ExportAttribute(name: "weight", kind: .double),
            ExportAttribute(name: "since", kind: .string),
            ExportAttribute(name: "until", kind: .string),
            ExportAttribute(name: "note", kind: .string),
            ExportAttribute(name: "source", kind: .string),
        ]
        edgeValues = network.links.map { link in
            [
                .string(link.type.rawValue), .boolean(link.type.isDirected), .double(link.weight),
                link.since.map { .string($0.description) }, link.until.map { .string($0.description) },
                link.note.map { .string($0) }, link.sources.isEmpty ? nil : .string(join(link.sources)),
            ]
        }
    }
}
