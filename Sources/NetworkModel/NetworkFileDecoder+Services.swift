extension NetworkFileDecoder {
    static let serviceKeys = ["id", "name", "required", "languages", "districts", "interpreting"]

    func decodeService(_ node: YAMLNode, into fragment: inout NetworkFragment) -> Service? {
        guard let reader = MappingReader(node, in: tree, subject: "a service", allowedKeys: NetworkFileDecoder.serviceKeys, file: file, log: log)
        else { return nil }
        let id = identifier(reader)
        let name = reader.string("name", required: true)
        let required = reader.bool("required")
        let languages = languageList(reader, "languages")
        let districts = reader.stringList("districts").map { $0.map(\.text) }
        let interpreting = reader.bool("interpreting")
        guard let id, let name else {
            if let id { fragment.partialServices.append((id, reader.location)) }
            return nil
        }
        return Service(id: id, name: name, required: required ?? true, languages: languages, districts: districts,
                       interpreting: interpreting ?? false, location: reader.location)
    }
}
