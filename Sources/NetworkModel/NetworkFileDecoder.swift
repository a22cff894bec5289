/// Reads the top-level mapping of one network file into a `NetworkFragment`, reporting every
/// unknown key, wrong type and malformed id on the way. Checks that need all files (unique ids,
/// links to existing actors) wait for `NetworkAssembler`.
struct NetworkFileDecoder {
    static let rootKeys = ["network", "description", "as_of", "include", "languages", "districts",
                           "services", "actors", "links", "pathways", "accepted"]
    static let includedKeys = ["include", "services", "actors", "links", "pathways", "accepted"]

    let log: DiagnosticLog
    /// The file being decoded, as diagnostics name it.
    let file: String
    /// The file's YAML, which every node handed to the decoder belongs to.
    let tree: YAMLTree
    /// How many more actors and links the network may hold, counting earlier files; below zero
    /// when an earlier file already went over (and was reported).
    var actorsAllowed = Int.max
    var linksAllowed = Int.max
    var limits = YAMLLimits.standard

    func decode(isRoot: Bool) -> NetworkFragment? {
        let root = tree.root
        var fragment = NetworkFragment(file: file, start: root.location(in: file))
        guard root.kind == .mapping else {
            log.error("a network file must be a mapping (keys such as 'network:' and 'actors:'), found \(root.kindDescription)",
                      at: root.location(in: file))
            return nil
        }
        // A file with not one key of a network file is some other file (`include: [/etc/passwd]`,
        // a translation table): one line says so, instead of an "unknown key" echoing each of its lines.
        let pairCount = tree.pairCount(of: root)
        if pairCount > 1, !(0..<pairCount).contains(where: { index in
            NetworkFileDecoder.rootKeys.contains { tree.isScalar(tree.pair(index, of: root).key, spelled: $0) }
        }) {
            log.error("this is not a network file: none of its \(pairCount) top-level keys is a key of the format, "
                      + "such as 'network', 'actors' or 'links'", at: root.location(in: file))
            return nil
        }
        if !isRoot {
            for index in 0..<tree.pairCount(of: root) {
                let key = tree.pair(index, of: root).key
                let name = tree.text(of: key)
                if key.kind == .scalar, NetworkFileDecoder.rootKeys.contains(name),
                   !NetworkFileDecoder.includedKeys.contains(name) {
                    log.error("'\(name)' belongs in the root file only; an included file may hold "
                              + NetworkFileDecoder.includedKeys.map { "'\($0)'" }.joined(separator: ", "),
                              at: key.location(in: file))
                }
            }
        }
        // Root-only keys in an included file were reported above with a clearer message than "unknown".
        guard let reader = MappingReader(root, in: tree, subject: "the top level", allowedKeys: NetworkFileDecoder.rootKeys, file: file, log: log)
        else { return nil }
        if isRoot {
            fragment.title = reader.string("network", required: true)
            fragment.description = reader.string("description")
            fragment.asOf = reader.date("as_of")
            fragment.languages = languageList(reader, "languages")
            fragment.districts = reader.stringList("districts").map { $0.map(\.text) }
        }
        fragment.includes = (reader.stringList("include", allowSingle: true) ?? []).map { ($0.text, $0.location) }
        for node in reader.list("services") {
            if let service = decodeService(node, into: &fragment) { fragment.services.append(service) }
        }
        let actorNodes = reader.list("actors")
        // `actors: []` counts as none (the format asks for at least one actor across all files); an
        // `actors:` that is no list was reported already and counts as one, for no second error.
        fragment.actorEntries = actorNodes.count + (reader.value("actors").map { $0.kind != .sequence } == true ? 1 : 0)
        fragment.actorListCount = actorNodes.count
        fragment.actors.reserveCapacity(min(actorNodes.count, max(actorsAllowed, 0)))
        for (index, node) in actorNodes.enumerated() {
            guard withinLimit(index, allowed: actorsAllowed, limit: limits.maxActors, what: "actors", at: node,
                              fragment: &fragment) else { break }
            if let actor = decodeActor(node, into: &fragment) { fragment.actors.append(actor) }
        }
        let linkNodes = reader.list("links")
        fragment.linkListCount = linkNodes.count
        fragment.links.reserveCapacity(min(linkNodes.count, max(linksAllowed, 0)))
        fragment.linkEndpointLocations.reserveCapacity(fragment.links.capacity)
        for (index, node) in linkNodes.enumerated() {
            guard withinLimit(index, allowed: linksAllowed, limit: limits.maxLinks, what: "links", at: node,
                              fragment: &fragment) else { break }
            if let (link, endpoints) = decodeLink(node) {
                fragment.links.append(link)
                fragment.linkEndpointLocations.append(endpoints)
            }
        }
        for node in reader.list("pathways") {
            if let (pathway, stages) = decodePathway(node) {
                fragment.pathways.append(pathway)
                fragment.stageLocations.append(stages)
            }
        }
        for node in reader.list("accepted") {
            if let entry = decodeAccepted(node) { fragment.accepted.append(entry) }
        }
        return fragment
    }

    /// Whether entry `index` of this file's list is still within the network's limit. The first
    /// entry over it is reported, once per network: later files and entries are not read at all,
    /// so that a file of millions of entries costs no more than the limit.
    private func withinLimit(_ index: Int, allowed: Int, limit: Int, what: String, at node: YAMLNode,
                             fragment: inout NetworkFragment) -> Bool {
        guard index >= allowed else { return true }
        if allowed >= 0, index == allowed {
            log.error("too many \(what): this is number \(limit + 1), over the limit of \(limit) \(what) in one network",
                      at: node.location(in: file))
        }
        fragment.overLimit = true
        return false
    }

    /// A list of BCP 47 tags; malformed tags are reported and left out.
    func languageList(_ reader: MappingReader, _ key: String) -> [String]? {
        guard let items = reader.stringList(key) else { return nil }
        var tags: [String] = []
        for item in items {
            if let problem = LanguageTagCheck.problem(item.text) {
                log.error(problem, at: item.location)
            } else {
                tags.append(item.text)
            }
        }
        return tags
    }

    /// Reads `id` and checks its form; a malformed id is reported and the item skipped.
    func identifier(_ reader: MappingReader) -> String? {
        guard let id = reader.string("id", required: true) else { return nil }
        guard Identifier.isValid(id) else {
            let suggestion = Identifier.transliterated(id).map { " (did you mean '\($0)'?)" } ?? ""
            log.error("id '\(id)' must start with an ASCII letter or digit and use only ASCII letters, digits, "
                      + "'.', '_' and '-'\(suggestion)", at: reader.valueLocation("id"))
            return nil
        }
        return id
    }

    /// An enum value by its spelling in the file, with a suggestion when it is near a valid one.
    func enumValue<E: RawRepresentable & CaseIterable>(_ reader: MappingReader, _ key: String, required: Bool,
                                                        _ type: E.Type) -> E? where E.RawValue == String {
        guard let text = reader.string(key, required: required) else { return nil }
        if let value = E(rawValue: text) { return value }
        let options = E.allCases.map(\.rawValue)
        log.error("unknown \(key) '\(text)'\(Suggestion.hint(for: text, among: options)); expected one of "
                  + options.joined(separator: ", "), at: reader.valueLocation(key))
        return nil
    }

    /// `source` may be one text or a list of texts.
    func sources(_ reader: MappingReader) -> [String] {
        (reader.stringList("source", allowSingle: true) ?? []).map(\.text)
    }
}
