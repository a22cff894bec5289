/// One node of a `YAMLTree`: what it is, where it starts in the file, and where its text or its
/// children are in the tree's flat storage.
///
/// A plain value without references: a network file is millions of nodes, and when each held a
/// `String` or an array of its own, building, copying and freeing them (a reference count per
/// copy, an allocation per mapping) cost more than parsing the YAML. What a node holds is read
/// through the tree it belongs to (`YAMLTree.text(of:)`, `pairs(of:)`, `items(of:)`).
struct YAMLNode: Sendable {
    enum Kind: UInt8, Sendable {
        case scalar
        case mapping
        case sequence
    }

    var kind: Kind
    /// Scalars only: false for quoted and block scalars, where `"true"` is text and `true` a boolean.
    var isPlain: Bool
    /// A plain scalar spelling null (nothing, `~`, `null`), decided once when the tree is built.
    var isNull: Bool
    /// Line and column only: every node of a tree comes from the same file, so the file's name is
    /// kept once by whoever reads the tree (`MappingReader.file`).
    var mark: YAMLMark
    /// Scalars: the first byte of the text in `YAMLTree.text`; collections: the first child in
    /// `YAMLTree.children` (a mapping's keys and values alternate).
    var start: Int32
    /// Bytes of text, or children (twice the pairs of a mapping).
    var count: Int32

    /// The node's place in `file`, for a diagnostic or a model value.
    func location(in file: String) -> SourceLocation {
        mark.location(in: file)
    }

    var kindDescription: String {
        switch kind {
        case .scalar: return isNull ? "nothing" : "a scalar"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }

    static func isNull(_ text: String) -> Bool {
        text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }
}
