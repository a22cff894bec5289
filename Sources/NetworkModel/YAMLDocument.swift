/// A YAML file read with the loader's safeguards, for the other files actormap reads (such as an
/// import's mapping file): aliases refused, duplicate keys named, size and nesting limited, UTF-8
/// and NUL checked, and every problem a diagnostic at file:line:column, as for a network file.
/// Reading it with Yams directly would skip all of that and give places without the file.
public struct YAMLDocument: Sendable {
    /// Why a file could not be read, with its place.
    public struct Problem: Error, Sendable {
        public var diagnostic: Diagnostic
    }

    /// The file as diagnostics name it.
    public let file: String
    private let tree: YAMLTree

    /// The document's top node.
    public var root: YAMLValue { YAMLValue(tree: tree, node: tree.root, file: file) }

    /// Parses bytes as if read from `file`; an empty document is a failure too, and
    /// `emptyFileHint` says what the file should have held ("the file is empty; <hint>").
    public static func parse(bytes: [UInt8], file: String, limits: YAMLLimits = .standard, emptyFileHint: String? = nil)
        -> Result<YAMLDocument, YAMLDocument.Problem> {
        switch YAMLDocumentReader(limits: limits, emptyFileHint: emptyFileHint).parse(bytes: bytes, displayPath: file) {
        case .success(let tree): return .success(YAMLDocument(file: file, tree: tree))
        case .failure(let failure): return .failure(Problem(diagnostic: failure.diagnostic))
        }
    }

    /// Reads the file at `path`, named `displayPath` in diagnostics (the path as given by default).
    public static func read(path: String, displayPath: String? = nil, limits: YAMLLimits = .standard,
                            emptyFileHint: String? = nil) -> Result<YAMLDocument, YAMLDocument.Problem> {
        let name = displayPath ?? path
        switch YAMLDocumentReader(limits: limits, emptyFileHint: emptyFileHint)
            .read(path: path, displayPath: name, reference: nil) {
        case .success(let tree): return .success(YAMLDocument(file: name, tree: tree))
        case .failure(let failure): return .failure(Problem(diagnostic: failure.diagnostic))
        }
    }
}

/// A read-only node of a `YAMLDocument` with its place in the file.
public struct YAMLValue: Sendable {
    private let tree: YAMLTree
    private let node: YAMLNode
    /// The file the node was read from.
    public let file: String

    init(tree: YAMLTree, node: YAMLNode, file: String) {
        self.tree = tree
        self.node = node
        self.file = file
    }

    /// Where the node starts: line and column (in Unicode scalars), both from 1.
    public var location: SourceLocation { node.location(in: file) }

    /// "a scalar", "a mapping", "a list" or "nothing", for messages.
    public var kindDescription: String { node.kindDescription }

    /// A plain scalar spelling null (empty, `~`, `null`).
    public var isNull: Bool { node.isNull }

    /// A scalar's text, quoted or not; `nil` for a list, a mapping or null.
    public var string: String? {
        node.kind == .scalar && !node.isNull ? tree.text(of: node) : nil
    }

    /// A list's items; `nil` for anything else.
    public var items: [YAMLValue]? {
        guard node.kind == .sequence else { return nil }
        return tree.items(of: node).map { YAMLValue(tree: tree, node: $0, file: file) }
    }

    /// A mapping's pairs in file order (keys are unique: the reader refuses repeats); `nil` for
    /// anything else.
    public var pairs: [(key: YAMLValue, value: YAMLValue)]? {
        guard node.kind == .mapping else { return nil }
        return (0..<tree.pairCount(of: node)).map { index in
            let pair = tree.pair(index, of: node)
            return (key: YAMLValue(tree: tree, node: pair.key, file: file),
                    value: YAMLValue(tree: tree, node: pair.value, file: file))
        }
    }

    /// The value of the scalar key `key` of a mapping; `nil` when absent or not a mapping.
    public subscript(key: String) -> YAMLValue? {
        guard node.kind == .mapping else { return nil }
        for index in 0..<tree.pairCount(of: node) {
            let pair = tree.pair(index, of: node)
            if tree.isScalar(pair.key, spelled: key) { return YAMLValue(tree: tree, node: pair.value, file: file) }
        }
        return nil
    }
}
