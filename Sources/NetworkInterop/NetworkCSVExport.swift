import NetworkAnalysis
import NetworkModel
import NetworkReports

/// The network as the spreadsheets people keep: `actors.csv`, `links.csv`, `offers.csv`, in
/// exactly the columns `import csv` reads back (see `CSVColumns`), so export then import gives the
/// same actors, links and offers.
public enum NetworkCSVExport {
    /// An offer cell that says "explicitly none", as opposed to an empty cell meaning "the actor's".
    public static let explicitlyEmptyList = "[]"

    public static func files(_ network: Network, measures: CentralityResult? = nil) -> [(name: String, bytes: [UInt8])] {
        var files = [
            (name: "actors.csv", bytes: Array(actors(network).csv().utf8)),
            (name: "links.csv", bytes: Array(links(network).csv().utf8)),
            (name: "offers.csv", bytes: Array(offers(network).csv().utf8)),
        ]
        if let measures {
            files.append((name: "measures.csv", bytes: Array(measureTable(measures).csv().utf8)))
        }
        return files
    }

    static func join(_ list: [String]) -> String { list.joined(separator: CSVColumns.listSeparator) }

    public static func actors(_ network: Network) -> Table {
        Table(columns: CSVColumns.actorColumns, rows: network.actors.map { actor in
            [
                actor.id, actor.name, actor.kind.rawValue, actor.sector.rawValue, actor.coordinator ? "true" : "false",
                join(actor.languages), join(actor.districts), join(actor.tags), actor.url ?? "", actor.contact ?? "",
                actor.influence.map(NumberText.plain) ?? "", join(actor.sources), actor.verified?.description ?? "",
                actor.person ? "true" : "false",
            ]
        })
    }

    public static func links(_ network: Network) -> Table {
        Table(columns: CSVColumns.linkColumns, rows: network.links.map { link in
            [
                link.from, link.to, link.type.rawValue, NumberText.plain(link.weight), link.since?.description ?? "",
                link.until?.description ?? "", link.note ?? "", join(link.sources),
            ]
        })
    }

    public static func offers(_ network: Network) -> Table {
        var table = Table(columns: CSVColumns.offerColumns)
        for actor in network.actors {
            for offer in actor.offers {
                table.append([
                    actor.id, offer.service, network.service(offer.service)?.name ?? "",
                    ownList(offer.languages, isOwn: offer.hasOwnLanguages),
                    ownList(offer.districts, isOwn: offer.hasOwnDistricts),
                    offer.capacity.map(String.init) ?? "",
                ])
            }
        }
        return table
    }

    private static func ownList(_ list: [String], isOwn: Bool) -> String {
        guard isOwn else { return "" }
        return list.isEmpty ? explicitlyEmptyList : join(list)
    }

    static func measureTable(_ measures: CentralityResult) -> Table {
        let columns = ExportAttributeTable.measureAttributes.map(\.0)
        return Table(columns: ["id"] + columns.map(\.rawValue), rows: measures.rows.map { row in
            [row.id] + columns.map { measure in
                measure.value(in: row).map { measure == .core ? String(Int($0)) : "\($0)" } ?? ""
            }
        })
    }
}
