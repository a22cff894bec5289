extension NetworkFileDecoder {
    static let linkKeys = ["from", "to", "type", "weight", "since", "until", "note", "source"]

    func decodeLink(_ node: YAMLNode) -> (Link, (from: SourceLocation, to: SourceLocation))? {
        guard let reader = MappingReader(node, in: tree, subject: "a link", allowedKeys: NetworkFileDecoder.linkKeys, file: file, log: log)
        else { return nil }
        let from = reader.string("from", required: true)
        let to = reader.string("to", required: true)
        let type = enumValue(reader, "type", required: true, LinkType.self)
        var weight = reader.number("weight")
        if let value = weight, value <= 0 {
            log.error("'weight' must be greater than 0, found \(NumberText.plain(value))", at: reader.valueLocation("weight"))
            weight = nil
        } else if let value = weight, !NumberRanges.weight.contains(value) {
            log.error("'weight' must be between 0.000001 and 1000000, found \(reader.value("weight").map(reader.text) ?? NumberText.plain(value))",
                      at: reader.valueLocation("weight"))
            weight = nil
        }
        let since = reader.date("since")
        let until = reader.date("until")
        if let since, let until, until < since {
            log.error("'until' (\(until)) is before 'since' (\(since))", at: reader.valueLocation("until"))
        }
        let note = reader.string("note")
        let linkSources = sources(reader)
        guard let from, let to, let type else { return nil }
        let link = Link(from: from, to: to, type: type, weight: weight ?? 1, since: since, until: until,
                        note: note, sources: linkSources, location: reader.location)
        return (link, (reader.valueLocation("from"), reader.valueLocation("to")))
    }
}
