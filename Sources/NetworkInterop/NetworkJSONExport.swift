import NetworkModel
import OutputFiles

/// The network as a FORMAT.md file in JSON: exactly the format's keys, so `actormap validate` and
/// every command read it back as the same network (JSON is YAML). Analysis values have no place
/// in it, since an unknown key is an error by design; `centrality --format json` writes those.
///
/// Keys are written where the network has a value and left out where the format's default
/// applies, in the same cases as `YAMLNetworkWriter`: an offer's languages and districts only when
/// the file gave them (an empty list then means "none" or "every district", which the default
/// would not), a service's `languages`/`districts` only when it overrides the network's. Sector
/// and coordinator are always written, resolved, so a reader needs no defaulting rules for them.
/// The order is the network's own, so the same network always gives the same bytes.
public enum NetworkJSONExport {
    public static func json(_ network: Network) -> String {
        value(network).serialized() + "\n"
    }

    public static func value(_ network: Network) -> JSONValue {
        var members: [(String, JSONValue)] = [("network", .string(network.title))]
        if let description = network.description { members.append(("description", .string(description))) }
        if let asOf = network.asOf { members.append(("as_of", .string(asOf.description))) }
        if !network.languages.isEmpty { members.append(("languages", strings(network.languages))) }
        if !network.districts.isEmpty { members.append(("districts", strings(network.districts))) }
        if !network.services.isEmpty { members.append(("services", .array(network.services.map(service)))) }
        members.append(("actors", .array(network.actors.map(actor))))
        if !network.links.isEmpty { members.append(("links", .array(network.links.map(link)))) }
        if !network.pathways.isEmpty {
            members.append(("pathways", .array(network.pathways.map { pathway in
                .object([("id", .string(pathway.id)), ("name", .string(pathway.name)), ("stages", strings(pathway.stages))])
            })))
        }
        if !network.accepted.isEmpty {
            members.append(("accepted", .array(network.accepted.map { entry in
                var members: [(String, JSONValue)] = [("kind", .string(entry.kind))]
                members += entry.givenIDs.map { ($0.key, .string($0.value)) }
                members.append(("reason", .string(entry.reason)))
                if let until = entry.until { members.append(("until", .string(until.description))) }
                return .object(members)
            })))
        }
        return .object(members)
    }

    static func service(_ service: Service) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(service.id)), ("name", .string(service.name))]
        if !service.required { members.append(("required", .bool(false))) }
        if let languages = service.languages { members.append(("languages", strings(languages))) }
        if let districts = service.districts { members.append(("districts", strings(districts))) }
        if service.interpreting { members.append(("interpreting", .bool(true))) }
        return .object(members)
    }

    static func actor(_ actor: Actor) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(actor.id)), ("name", .string(actor.name)), ("kind", .string(actor.kind.rawValue)),
            ("sector", .string(actor.sector.rawValue)), ("coordinator", .bool(actor.coordinator)),
        ]
        if !actor.languages.isEmpty { members.append(("languages", strings(actor.languages))) }
        if !actor.districts.isEmpty { members.append(("districts", strings(actor.districts))) }
        if let url = actor.url { members.append(("url", .string(url))) }
        if let contact = actor.contact { members.append(("contact", .string(contact))) }
        if !actor.tags.isEmpty { members.append(("tags", strings(actor.tags))) }
        if let influence = actor.influence { members.append(("influence", number(influence))) }
        if !actor.sources.isEmpty { members.append(("source", strings(actor.sources))) }
        if let verified = actor.verified { members.append(("verified", .string(verified.description))) }
        if actor.person { members.append(("person", .bool(true))) }
        if !actor.offers.isEmpty {
            members.append(("offers", .array(actor.offers.map { offer in
                var members: [(String, JSONValue)] = [("service", .string(offer.service))]
                if offer.hasOwnLanguages { members.append(("languages", strings(offer.languages))) }
                if offer.hasOwnDistricts { members.append(("districts", strings(offer.districts))) }
                if let capacity = offer.capacity { members.append(("capacity", .int(capacity))) }
                return .object(members)
            })))
        }
        return .object(members)
    }

    static func link(_ link: Link) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("from", .string(link.from)), ("to", .string(link.to)), ("type", .string(link.type.rawValue)),
            ("weight", number(link.weight)),
        ]
        if let since = link.since { members.append(("since", .string(since.description))) }
        if let until = link.until { members.append(("until", .string(until.description))) }
        if let note = link.note { members.append(("note", .string(note))) }
        if !link.sources.isEmpty { members.append(("source", strings(link.sources))) }
        return .object(members)
    }

    /// Whole numbers as integers (`2`, not `2.0`), as a person would write them in the file.
    static func number(_ value: Double) -> JSONValue {
        if let whole = Int(exactly: value) { return .int(whole) }
        return .number(value)
    }

    private static func strings(_ list: [String]) -> JSONValue { .array(list.map { .string($0) }) }
}
