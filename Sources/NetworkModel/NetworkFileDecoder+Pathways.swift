extension NetworkFileDecoder {
    static let pathwayKeys = ["id", "name", "stages"]

    func decodePathway(_ node: YAMLNode) -> (Pathway, [SourceLocation])? {
        guard let reader = MappingReader(node, in: tree, subject: "a pathway", allowedKeys: NetworkFileDecoder.pathwayKeys, file: file, log: log)
        else { return nil }
        let id = identifier(reader)
        let name = reader.string("name", required: true)
        let stages = reader.stringList("stages")
        if stages == nil, !reader.has("stages") { reader.missing("stages") }
        if let stages, stages.count < 2 {
            log.error("a pathway needs at least two stages, found \(stages.count)", at: reader.valueLocation("stages"))
            return nil
        }
        guard let id, let name, let stages else { return nil }
        return (Pathway(id: id, name: name, stages: stages.map(\.text), location: reader.location), stages.map(\.location))
    }
}
