extension NetworkFileDecoder {
    static let acceptedKeys = ["kind"] + AcceptedGap.idKeys + ["reason", "until"]

    /// One entry of `accepted`. An id key the kind does not carry is an error, not ignored: an
    /// entry `{kind: language, actor: vhs}` would otherwise accept every language gap of the network.
    func decodeAccepted(_ node: YAMLNode) -> AcceptedGap? {
        guard let reader = MappingReader(node, in: tree, subject: "an accepted gap",
                                         allowedKeys: NetworkFileDecoder.acceptedKeys, file: file, log: log)
        else { return nil }
        let kinds = AcceptedGap.keysByKind
        var kind = reader.string("kind", required: true)
        var ids: [String: String] = [:]
        for key in AcceptedGap.idKeys {
            if let value = reader.string(key) { ids[key] = value }
        }
        if let name = kind {
            if let keys = kinds.first(where: { $0.kind == name })?.keys {
                for key in AcceptedGap.idKeys where ids[key] != nil && !keys.contains(key) {
                    let carried = keys.isEmpty ? "no ids" : keys.map { "'\($0)'" }.joined(separator: ", ")
                    log.error("a gap of kind '\(name)' has no '\(key)'; it carries \(carried)",
                              at: reader.keyLocation(key) ?? reader.location)
                    ids[key] = nil
                }
            } else {
                log.error("unknown gap kind '\(name)'\(Suggestion.hint(for: name, among: kinds.map(\.kind))); expected one of "
                          + kinds.map(\.kind).joined(separator: ", "), at: reader.valueLocation("kind"))
                kind = nil
            }
        }
        let reason = reader.string("reason", required: true)
        let until = reader.date("until")
        guard let kind, let reason else { return nil }
        return AcceptedGap(kind: kind, service: ids["service"], actor: ids["actor"], language: ids["language"],
                           district: ids["district"], pathway: ids["pathway"], fromStage: ids["from_stage"],
                           toStage: ids["to_stage"], reason: reason, until: until, location: reader.location)
    }
}
