extension NetworkFileDecoder {
    static let actorKeys = ["id", "name", "kind", "sector", "coordinator", "languages", "districts", "offers",
                            "url", "contact", "tags", "influence", "source", "verified", "person"]
    static let offerKeys = ["service", "languages", "districts", "capacity"]

    func decodeActor(_ node: YAMLNode, into fragment: inout NetworkFragment) -> Actor? {
        guard let reader = MappingReader(node, in: tree, subject: "an actor", allowedKeys: NetworkFileDecoder.actorKeys, file: file, log: log)
        else { return nil }
        let id = identifier(reader)
        let name = reader.string("name", required: true)
        let kind = enumValue(reader, "kind", required: true, ActorKind.self)
        let sector = enumValue(reader, "sector", required: false, Sector.self)
        let coordinator = reader.bool("coordinator")
        let languages = languageList(reader, "languages") ?? []
        let districtItems = reader.stringList("districts") ?? []
        // Appended one by one: a mapped array would be built and then converted to the labelled one.
        for item in districtItems { fragment.districtReferences.append((item.text, item.location)) }
        let districts = districtItems.map(\.text)
        var offers: [Offer] = []
        for offerNode in reader.list("offers") {
            if let offer = decodeOffer(offerNode, actorLanguages: languages, actorDistricts: districts, into: &fragment) {
                offers.append(offer)
            }
        }
        var influence = reader.number("influence")
        if let value = influence, !NumberRanges.influence.contains(value) {
            log.error("'influence' must be between 0 and 10, found \(NumberText.plain(value))", at: reader.valueLocation("influence"))
            influence = nil
        }
        // Read before the check below, so that an actor with one mistake still has the others found.
        let url = reader.string("url")
        let contact = reader.string("contact")
        let tags = (reader.stringList("tags") ?? []).map(\.text)
        let actorSources = sources(reader)
        let verified = reader.date("verified")
        let person = reader.bool("person") ?? false
        guard let id, let name, let kind else {
            if let id { fragment.partialActors.append((id, reader.location)) }
            return nil
        }
        return Actor(id: id, name: name, kind: kind, sector: sector, coordinator: coordinator,
                     languages: languages, districts: districts, offers: offers,
                     url: url, contact: contact, tags: tags, influence: influence,
                     sources: actorSources, verified: verified, person: person, location: reader.location)
    }

    /// Languages and districts default to the actor's, applied here once so no analysis repeats it.
    func decodeOffer(_ node: YAMLNode, actorLanguages: [String], actorDistricts: [String],
                     into fragment: inout NetworkFragment) -> Offer? {
        guard let reader = MappingReader(node, in: tree, subject: "an offer", allowedKeys: NetworkFileDecoder.offerKeys, file: file, log: log)
        else { return nil }
        let service = reader.string("service", required: true)
        let languages = languageList(reader, "languages")
        let districtItems = reader.stringList("districts")
        for item in districtItems ?? [] { fragment.districtReferences.append((item.text, item.location)) }
        var capacity = reader.integer("capacity")
        if let value = capacity, value < 0 {
            log.error("'capacity' cannot be negative, found \(value)", at: reader.valueLocation("capacity"))
            capacity = nil
        } else if let value = capacity, !NumberRanges.capacity.contains(value) {
            log.error("'capacity' must be at most \(TextRules.grouped(NumberRanges.capacity.upperBound)) cases or places "
                      + "a year, found \(value)", at: reader.valueLocation("capacity"))
            capacity = nil
        }
        guard let service else { return nil }
        return Offer(service: service, languages: languages ?? actorLanguages,
                     districts: districtItems.map { $0.map(\.text) } ?? actorDistricts, capacity: capacity,
                     hasOwnLanguages: languages != nil, hasOwnDistricts: districtItems != nil,
                     location: reader.valueLocation("service"))
    }
}
