/// The nodes of one YAML document, built by `YAMLEventReader`, in two flat arrays: the children
/// of every collection side by side, and the text of every scalar in one buffer of bytes.
///
/// Why flat: the tree of a 25 MB network file has about five million nodes. As nested values
/// (an array per mapping, a `String` per scalar) they took a million allocations to build, a
/// reference count on every copy while decoding and as long again to free. Here a node is a
/// plain value (`YAMLNode`), the tree two allocations, and a scalar becomes a `String` only when
/// the decoder asks for it.
final class YAMLTree: Sendable {
    /// The children of every collection, each collection's together (`YAMLNode.start`, `count`).
    let children: [YAMLNode]
    /// The text of every scalar as UTF-8, one after the other.
    let text: [UInt8]
    /// The document's top node.
    let root: YAMLNode

    init(children: [YAMLNode], text: [UInt8], root: YAMLNode) {
        self.children = children
        self.text = text
        self.root = root
    }

    /// A scalar's text; empty for a collection.
    func text(of node: YAMLNode) -> String {
        guard node.kind == .scalar, node.count > 0 else { return "" }
        let start = Int(node.start)
        return String(decoding: text[start..<start + Int(node.count)], as: UTF8.self)
    }

    /// Whether `node` is a scalar spelled exactly `name`, compared byte by byte without making
    /// a `String` (how mapping keys are looked up).
    @inline(__always)
    func isScalar(_ node: YAMLNode, spelled name: String) -> Bool {
        // Lengths first: most keys a lookup passes differ in length from the one it wants.
        guard node.kind == .scalar, name.utf8.count == Int(node.count) else { return false }
        var index = Int(node.start)
        for byte in name.utf8 {
            guard text[index] == byte else { return false }
            index += 1
        }
        return true
    }

    /// A sequence's items; empty for anything else.
    func items(of node: YAMLNode) -> ArraySlice<YAMLNode> {
        guard node.kind == .sequence else { return [] }
        return children[Int(node.start)..<Int(node.start) + Int(node.count)]
    }

    /// How many key-value pairs a mapping has; 0 for anything else.
    func pairCount(of node: YAMLNode) -> Int {
        node.kind == .mapping ? Int(node.count) / 2 : 0
    }

    /// Key and value of pair `index` (from 0) of a mapping.
    func pair(_ index: Int, of node: YAMLNode) -> (key: YAMLNode, value: YAMLNode) {
        let first = Int(node.start) + 2 * index
        return (children[first], children[first + 1])
    }
}
