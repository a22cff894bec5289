import NetworkAnalysis
import NetworkModel

/// A value in one cell of an exported sheet. Numbers stay numbers (an `.xlsx` cell a spreadsheet
/// can sum and sort; in CSV the shortest text that reads back as the same double).
public enum SheetValue: Sendable, Equatable {
    case text(String)
    case number(Double)
    case boolean(Bool)

    /// The text of the cell in a CSV file (before formula protection).
    public var text: String {
        switch self {
        case let .text(value): return value
        case let .number(value): return NumberText.plain(value)
        case let .boolean(value): return value ? "true" : "false"
        }
    }
}

/// One sheet of the network's tabular form: a CSV file or a worksheet of the workbook.
public struct SheetTable: Sendable, Equatable {
    public var name: String
    public var columns: [String]
    public var rows: [[SheetValue]]
}

/// The whole network as the seven sheets of CLI.md's "Round trips" (`network`, `services`,
/// `actors`, `links`, `offers`, `pathways`, `accepted`), the same for CSV and Excel, so that
/// `import csv` and `import xlsx` read back the same network: same gaps, same centralities.
///
/// An empty list cell means "the default" (the network's languages for a service, the actor's for
/// an offer); `[]` (`explicitlyEmptyList`) means "explicitly none", which a file may also say.
public enum NetworkSheets {
    public static let explicitlyEmptyList = "[]"

    public static func tables(_ network: Network, measures: CentralityResult? = nil) -> [SheetTable] {
        var tables = [
            SheetTable(name: "network", columns: CSVColumns.networkColumns, rows: [[
                .text(network.title), .text(network.description ?? ""), .text(network.asOf?.description ?? ""),
                .text(join(network.languages)), .text(join(network.districts)),
            ]]),
            SheetTable(name: "services", columns: CSVColumns.serviceColumns, rows: network.services.map { service in
                [.text(service.id), .text(service.name), .boolean(service.required),
                 .text(optionalList(service.languages)), .text(optionalList(service.districts)),
                 .boolean(service.interpreting)]
            }),
            actors(network), links(network), offers(network),
            SheetTable(name: "pathways", columns: CSVColumns.pathwayColumns, rows: network.pathways.map { pathway in
                [.text(pathway.id), .text(pathway.name), .text(join(pathway.stages))]
            }),
            SheetTable(name: "accepted", columns: CSVColumns.acceptedColumns, rows: network.accepted.map { entry in
                let ids = [entry.service, entry.actor, entry.language, entry.district, entry.pathway, entry.fromStage, entry.toStage]
                return [.text(entry.kind)] + ids.map { .text($0 ?? "") } + [.text(entry.reason), .text(entry.until?.description ?? "")]
            }),
        ]
        if let measures { tables.append(measureTable(measures)) }
        return tables
    }

    static func join(_ list: [String]) -> String { list.joined(separator: CSVColumns.listSeparator) }

    /// `nil` (the default) is an empty cell, `[]` is written `[]`.
    static func optionalList(_ list: [String]?) -> String {
        guard let list else { return "" }
        return list.isEmpty ? explicitlyEmptyList : join(list)
    }

    static func actors(_ network: Network) -> SheetTable {
        SheetTable(name: "actors", columns: CSVColumns.actorColumns, rows: network.actors.map { actor in
            [
                .text(actor.id), .text(actor.name), .text(actor.kind.rawValue), .text(actor.sector.rawValue),
                .boolean(actor.coordinator), .text(join(actor.languages)), .text(join(actor.districts)),
                .text(join(actor.tags)), .text(actor.url ?? ""), .text(actor.contact ?? ""),
                actor.influence.map { .number($0) } ?? .text(""), .text(join(actor.sources)),
                .text(actor.verified?.description ?? ""), .boolean(actor.person),
            ]
        })
    }

    static func links(_ network: Network) -> SheetTable {
        SheetTable(name: "links", columns: CSVColumns.linkColumns, rows: network.links.map { link in
            [
                .text(link.from), .text(link.to), .text(link.type.rawValue), .number(link.weight),
                .text(link.since?.description ?? ""), .text(link.until?.description ?? ""), .text(link.note ?? ""),
                .text(join(link.sources)),
            ]
        })
    }

    static func offers(_ network: Network) -> SheetTable {
        var rows: [[SheetValue]] = []
        for actor in network.actors {
            for offer in actor.offers {
                rows.append([
                    .text(actor.id), .text(offer.service), .text(network.service(offer.service)?.name ?? ""),
                    .text(optionalList(offer.hasOwnLanguages ? offer.languages : nil)),
                    .text(optionalList(offer.hasOwnDistricts ? offer.districts : nil)),
                    offer.capacity.map { .number(Double($0)) } ?? .text(""),
                ])
            }
        }
        return SheetTable(name: "offers", columns: CSVColumns.offerColumns, rows: rows)
    }

    /// Not read back by `import`: the analysis of the exported network, for spreadsheets.
    static func measureTable(_ measures: CentralityResult) -> SheetTable {
        let columns = ExportAttributeTable.measureAttributes.map(\.0)
        return SheetTable(name: "measures", columns: ["id"] + columns.map(\.rawValue), rows: measures.rows.map { row in
            [.text(row.id)] + columns.map { measure in
                guard let value = measure.value(in: row), value.isFinite else { return .text("") }
                return .number(value)
            }
        })
    }
}
