/// The YAML tree the loader reads from, built by `YAMLEventReader` from libyaml's events and
/// reduced to what a network file may contain, each node keeping its place in the file for
/// diagnostics found later.
struct YAMLNode: Sendable {
    enum Content: Sendable {
        /// `plain` is false for quoted and block scalars: `"true"` is text, `true` a boolean.
        case scalar(String, plain: Bool)
        case mapping([(key: YAMLNode, value: YAMLNode)])
        case sequence([YAMLNode])
    }

    var content: Content
    /// Line and column only: every node of a tree comes from the same file, so the file's name is
    /// kept once by whoever reads the tree (`MappingReader.file`) instead of in millions of nodes,
    /// where each copy of a node would also copy (retain) the name.
    var mark: YAMLMark

    /// The node's place in `file`, for a diagnostic or a model value.
    func location(in file: String) -> SourceLocation {
        mark.location(in: file)
    }

    var kindDescription: String {
        switch content {
        case .scalar(let text, let plain):
            if plain && YAMLNode.isNull(text) { return "nothing" }
            return "a scalar"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }

    var isNull: Bool {
        if case .scalar(let text, plain: true) = content { return YAMLNode.isNull(text) }
        return false
    }

    static func isNull(_ text: String) -> Bool {
        text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }
}
