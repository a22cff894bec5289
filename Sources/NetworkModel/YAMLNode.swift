import Yams

/// The YAML tree the loader reads from: Yams' nodes reduced to what a network file may contain,
/// each node keeping its place in the file for diagnostics found later.
struct YAMLNode: Sendable {
    enum Content: Sendable {
        /// `plain` is false for quoted and block scalars: `"true"` is text, `true` a boolean.
        case scalar(String, plain: Bool)
        case mapping([(key: YAMLNode, value: YAMLNode)])
        case sequence([YAMLNode])
    }

    var content: Content
    var location: SourceLocation

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

/// Turns Yams' tree into `YAMLNode`s and refuses aliases on the way: with aliases a file of a few
/// kilobytes can stand for gigabytes of nodes. An alias repeats a node that was read earlier, so
/// its scalars carry marks from earlier in the file; in a file without aliases the scalars of a
/// pre-order walk have strictly increasing marks. The text pre-scan finds most aliases with their
/// exact place; this check is the backstop that needs no guessing about YAML's grammar.
struct YAMLTreeBuilder {
    enum Failure: Error {
        case alias(SourceLocation)
    }

    let file: String
    private var lastScalar: (line: Int, column: Int) = (0, 0)

    init(file: String) {
        self.file = file
    }

    mutating func build(_ node: Node) throws(Failure) -> YAMLNode {
        let location = self.location(of: node.mark)
        switch node {
        case .scalar(let scalar):
            let mark = (scalar.mark?.line ?? 0, scalar.mark?.column ?? 0)
            guard mark > lastScalar else { throw .alias(location) }
            lastScalar = mark
            return YAMLNode(content: .scalar(scalar.string, plain: scalar.style == .plain), location: location)
        case .mapping(let mapping):
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            pairs.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                let keyNode = try build(key)
                let valueNode = try build(value)
                pairs.append((keyNode, valueNode))
            }
            return YAMLNode(content: .mapping(pairs), location: location)
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence {
                items.append(try build(item))
            }
            return YAMLNode(content: .sequence(items), location: location)
        case .alias(let alias):
            throw .alias(self.location(of: alias.mark))
        }
    }

    private func location(of mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }
}
