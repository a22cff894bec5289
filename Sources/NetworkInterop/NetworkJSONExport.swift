import NetworkAnalysis
import NetworkModel
import NetworkReports

/// The whole network as JSON with every default filled in (sector, coordinator, offer languages
/// and districts, service requirements), so that a tool reading it need not know FORMAT.md's
/// defaulting rules. Every key is always present (`null` where the file had nothing), and the
/// order is the network's own, so the same network always gives the same bytes.
public enum NetworkJSONExport {
    public static func json(_ network: Network, measures: CentralityResult? = nil) -> String {
        value(network, measures: measures).serialized() + "\n"
    }

    public static func value(_ network: Network, measures: CentralityResult? = nil) -> JSONValue {
        let rowsByID = Dictionary((measures?.rows ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return .object([
            ("network", .string(network.title)),
            ("description", .string(network.description)),
            ("as_of", .string(network.asOf?.description)),
            ("languages", strings(network.languages)),
            ("districts", strings(network.districts)),
            ("services", .array(network.services.map { service in
                .object([
                    ("id", .string(service.id)), ("name", .string(service.name)),
                    ("required", .bool(service.required)),
                    ("languages", strings(network.requiredLanguages(of: service))),
                    ("districts", strings(network.requiredDistricts(of: service))),
                ])
            })),
            ("actors", actors(network, rowsByID: measures == nil ? nil : rowsByID)),
            ("links", links(network)),
            ("pathways", .array(network.pathways.map { pathway in
                .object([("id", .string(pathway.id)), ("name", .string(pathway.name)),
                         ("stages", strings(pathway.stages))])
            })),
        ])
    }

    /// The `actors` member alone; the CSV round trip compares it, as CSV carries no catalogue.
    public static func actors(_ network: Network, rowsByID: [String: CentralityResult.Row]? = nil) -> JSONValue {
        .array(network.actors.map { actor in
            var members: [(String, JSONValue)] = [
                ("id", .string(actor.id)), ("name", .string(actor.name)), ("kind", .string(actor.kind.rawValue)),
                ("sector", .string(actor.sector.rawValue)), ("coordinator", .bool(actor.coordinator)),
                ("languages", strings(actor.languages)), ("districts", strings(actor.districts)),
                ("offers", .array(actor.offers.map { offer in
                    .object([
                        ("service", .string(offer.service)), ("languages", strings(offer.languages)),
                        ("districts", strings(offer.districts)),
                        ("capacity", offer.capacity.map { .int($0) } ?? .null),
                    ])
                })),
                ("url", .string(actor.url)), ("contact", .string(actor.contact)), ("tags", strings(actor.tags)),
                ("influence", .number(actor.influence)), ("source", strings(actor.sources)),
                ("verified", .string(actor.verified?.description)), ("person", .bool(actor.person)),
            ]
            if let rowsByID {
                let row = rowsByID[actor.id]
                members.append(("measures", .object(ExportAttributeTable.measureAttributes.map { measure, kind in
                    let value = row.flatMap { measure.value(in: $0) }
                    if kind == .integer, let value { return (measure.rawValue, .int(Int(value))) }
                    return (measure.rawValue, .number(value))
                })))
            }
            return .object(members)
        })
    }

    /// The `links` member alone.
    public static func links(_ network: Network) -> JSONValue {
        .array(network.links.map { link in
            .object([
                ("from", .string(link.from)), ("to", .string(link.to)), ("type", .string(link.type.rawValue)),
                ("directed", .bool(link.type.isDirected)), ("weight", .number(link.weight)),
                ("since", .string(link.since?.description)), ("until", .string(link.until?.description)),
                ("note", .string(link.note)), ("source", strings(link.sources)),
            ])
        })
    }

    private static func strings(_ list: [String]) -> JSONValue { .array(list.map { .string($0) }) }
}
