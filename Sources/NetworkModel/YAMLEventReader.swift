import CYaml

/// Builds a `YAMLTree` straight from libyaml's event stream.
///
/// Why events and not `Yams.compose`: composing builds Yams' own `Node` tree first (classes for
/// tags and resolvers, a hash of every mapping's keys), and copying that tree into a `YAMLTree`
/// would be most of the loading time of a 25 MB file. libyaml (`CYaml`, the copy bundled inside
/// the Yams package, which is why Yams stays a dependency) hands out the events Yams composes
/// from, and the reader keeps Yams' rules wherever a user could notice them:
///
/// - a syntax error is told in libyaml's `problem` and `context` with their marks, the words a
///   YAML user also meets in other tools;
/// - equal keys in one mapping (same text and resolved tag: with the basic resolver `a` and `"a"`
///   are equal) are reported when the mapping ends, naming the smallest such key, its first place
///   and the place of its second occurrence, so the user can delete either;
/// - a second document is refused: a network is one document, and a second one would be ignored
///   silently;
/// - an alias to an undefined anchor is a syntax error; any other alias is refused after the
///   document parsed cleanly (syntax errors come first, as in every other YAML tool), at the
///   alias's own place: a few lines of aliases can stand for gigabytes;
/// - a stream without a document gives `nil`, which the loader reports as an empty file.
///
/// The builder keeps its own stack instead of recursing, so nesting cannot exhaust the call stack.
struct YAMLEventReader {
    let file: String
    /// Editor lines for a file where libyaml counts lines differently (`YAMLLineMap`); set by `read`.
    private var lineMap: YAMLLineMap?

    init(file: String) {
        self.file = file
    }

    /// A key as Yams compared keys: content plus resolved tag.
    /// A tag of `nil` is the default one (`str`, `seq` or `map`), so plain keys cost no tag text.
    private enum KeyID: Hashable {
        case scalar(String, tag: String?)
        case sequence([KeyID], tag: String?)
        /// Keys and values alternating, in order.
        case mapping([KeyID], tag: String?)
        case alias(Int)

        /// Yams' `Node.string`, used to name a duplicated key.
        var name: String {
            if case .scalar(let text, _) = self { return text }
            return "<uncovertable>"
        }

        /// Yams' `Node <`: scalars by text, collections element-wise by keys, otherwise unordered.
        static func precedes(_ lhs: KeyID, _ rhs: KeyID) -> Bool {
            switch (lhs, rhs) {
            case let (.scalar(left, _), .scalar(right, _)):
                return left < right
            case let (.sequence(left, _), .sequence(right, _)):
                return precedes(left, right, stride: 1)
            case let (.mapping(left, _), .mapping(right, _)):
                return precedes(left, right, stride: 2)
            default:
                return false
            }
        }

        private static func precedes(_ lhs: [KeyID], _ rhs: [KeyID], stride step: Int) -> Bool {
            for index in Swift.stride(from: 0, to: min(lhs.count, rhs.count), by: step) {
                if precedes(lhs[index], rhs[index]) { return true }
                if precedes(rhs[index], lhs[index]) { return false }
            }
            return lhs.count / step < rhs.count / step
        }
    }

    /// An open sequence or mapping. Its children wait in the reader's one shared `pending`
    /// stack (and a mapping's key identities in `keyIDs`) from `firstChild` on, instead of in
    /// arrays of its own: a network file is hundreds of thousands of small mappings. When the
    /// collection ends they move, side by side, to the end of the tree's `children`.
    ///
    /// Only plain values, so pushing and popping one costs no reference counting; what a
    /// collection inside a mapping key needs besides (`KeyParts`) waits on a stack of its own.
    private struct Frame {
        var isMapping: Bool
        var mark: YAMLMark
        /// Whether this collection is (inside) a mapping key, so its identity is needed; its
        /// `KeyParts` are then the last on the reader's `keyParts` stack.
        var collectsIDs: Bool
        var firstChild: Int
        var firstKeyID: Int
    }

    /// What the identity of a collection inside a mapping key is made of (complex keys are rare).
    private struct KeyParts {
        var tag: String?
        /// The identities of the children.
        var ids: [KeyID] = []
    }

    struct Failure: Error {
        var diagnostic: Diagnostic
    }

    private static let strTag = "tag:yaml.org,2002:str"
    private static let seqTag = "tag:yaml.org,2002:seq"
    private static let mapTag = "tag:yaml.org,2002:map"

    /// Parses UTF-8 bytes (no byte-order mark) into the tree of the single document, `nil` when
    /// the stream holds no document.
    func read(_ body: [UInt8]) -> Result<YAMLTree?, Failure> {
        var reader = self
        reader.lineMap = YAMLLineMap.isNeeded(for: body) ? YAMLLineMap(bytes: body) : nil
        return reader.readMapped(body)
    }

    private func readMapped(_ body: [UInt8]) -> Result<YAMLTree?, Failure> {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            return .failure(Failure(diagnostic: .error("cannot parse YAML: Memory error", at: SourceLocation(file: file, line: 1, column: 1))))
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        let empty: [UInt8] = [0]
        let source = body.isEmpty ? empty : body
        return source.withUnsafeBufferPointer { buffer -> Result<YAMLTree?, Failure> in
            guard let base = buffer.baseAddress else {
                return .failure(Failure(diagnostic: .error("cannot parse YAML: no input", at: SourceLocation(file: file, line: 1, column: 1))))
            }
            yaml_parser_set_input_string(parser, base, body.count)
            do throws(Failure) {
                return .success(try compose(parser, body: body))
            } catch {
                return .failure(error)
            }
        }
    }

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        YAMLEventReader.mark(mark, lineMap).location(in: file)
    }

    /// libyaml's mark as the place an editor shows.
    fileprivate static func mark(_ mark: yaml_mark_t, _ lineMap: YAMLLineMap?) -> YAMLMark {
        guard let lineMap else { return YAMLMark(zeroBasedLine: mark.line, column: mark.column) }
        return lineMap.mark(yamlLine: mark.line, column: mark.column)
    }

    /// One event, handed to `body` and freed right after.
    private func next<T>(_ parser: UnsafeMutablePointer<yaml_parser_t>, _ body: [UInt8],
                         _ handle: (inout yaml_event_t) throws(Failure) -> T) throws(Failure) -> T {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            throw Failure(diagnostic: YAMLEventReader.syntaxDiagnostic(parser.pointee, body: body, file: file,
                                                                               lineMap: lineMap))
        }
        defer { yaml_event_delete(&event) }
        return try handle(&event)
    }

    private func compose(_ parser: UnsafeMutablePointer<yaml_parser_t>, body: [UInt8]) throws(Failure) -> YAMLTree? {
        _ = try next(parser, body) { _ throws(Failure) in () }  // stream start
        if parser.pointee.stream_end_produced != 0 { return nil }
        let first = try next(parser, body) { event throws(Failure) in event.type }
        guard first != YAML_STREAM_END_EVENT else { return nil }
        // `first` is the document start; the node events follow.
        var builder = TreeBuilder(file: file, lineMap: lineMap)
        // Scalars are rarely longer than their source: one allocation for all their text.
        builder.text.reserveCapacity(body.count)
        // A node takes at least a few bytes of source (flow-style links about six); reserving for
        // that spares the copies of a doubling array of millions of nodes. Pages never written
        // cost no memory.
        builder.children.reserveCapacity(body.count / 6)
        while builder.root == nil {
            try next(parser, body) { event throws(Failure) in try builder.take(event) }
        }
        _ = try next(parser, body) { _ throws(Failure) in () }  // document end
        try next(parser, body) { event throws(Failure) in
            if event.type != YAML_STREAM_END_EVENT {
                throw Failure(diagnostic: .error(
                    "YAML syntax: but found another document (expected a single document in the stream at line 1)",
                    at: location(event.start_mark)))
            }
        }
        if let firstAlias = builder.firstAlias {
            throw Failure(diagnostic: .error("aliases are not supported: write the value out in full", at: firstAlias))
        }
        return builder.root.map { YAMLTree(children: builder.children, text: builder.text, root: $0) }
    }

    /// The tree being built as the events arrive. A struct with mutating methods rather than
    /// local functions sharing local variables: those made Swift check exclusive access at run
    /// time on every event.
    private struct TreeBuilder {
        let file: String
        var stack: [Frame] = []
        /// The `KeyParts` of the open collections that collect identities, innermost last.
        var keyParts: [KeyParts] = []
        /// The children of every open collection, innermost last (see `Frame`).
        var pending: [YAMLNode] = []
        /// The children of every finished collection: the tree's `children`.
        var children: [YAMLNode] = []
        /// The text of every scalar: the tree's `text`.
        var text: [UInt8] = []
        /// The key identities of every open mapping, innermost last; `nil` for a scalar key
        /// without a tag of its own, almost every key, which is then compared by its bytes in
        /// `text` instead of as a `String` made for the purpose.
        var keyIDs: [KeyID?] = []
        var root: YAMLNode?
        var anchors: Set<String> = []
        var firstAlias: SourceLocation?
        var aliasCount = 0

        let lineMap: YAMLLineMap?

        init(file: String, lineMap: YAMLLineMap?) {
            self.file = file
            self.lineMap = lineMap
        }

        /// Whether `frame`, the innermost open collection, is a mapping waiting for a key.
        func expectsKey(_ frame: Frame) -> Bool {
            frame.isMapping && (pending.count - frame.firstChild) % 2 == 0
        }

        /// Hands a finished node to its parent, or makes it the root.
        /// `isText`: the node is a scalar without a tag of its own, whose identity is its text.
        mutating func deliver(_ node: YAMLNode, isText: Bool = false, id: () -> KeyID) {
            guard let top = stack.indices.last else {
                root = node
                return
            }
            let isKey = expectsKey(stack[top])
            if stack[top].collectsIDs {
                let identity = id()
                // The innermost frame collects, so the last parts are its own (see `Frame`).
                keyParts[keyParts.count - 1].ids.append(identity)
                if isKey { keyIDs.append(isText ? nil : identity) }
            } else if isKey {
                keyIDs.append(isText ? nil : id())
            }
            pending.append(node)
        }

        mutating func take(_ event: yaml_event_t) throws(Failure) {
            let place = YAMLEventReader.mark(event.start_mark, lineMap)
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let bytes = UnsafeBufferPointer(start: UnsafePointer(scalar.value),
                                                count: scalar.value == nil ? 0 : scalar.length)
                guard let start = Int32(exactly: text.count), let count = Int32(exactly: bytes.count),
                      Int32(exactly: text.count + bytes.count) != nil else {
                    throw Failure(diagnostic: .error("cannot parse YAML: the text is too long",
                                                     at: place.location(in: file)))
                }
                text.append(contentsOf: bytes)
                if let anchor = YAMLEventReader.string(scalar.anchor) { anchors.insert(anchor) }
                let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE
                let node = YAMLNode(kind: .scalar, isPlain: plain, isNull: plain && TreeBuilder.spellsNull(bytes),
                                    mark: place, start: start, count: count)
                var tag: String?
                if scalar.quoted_implicit != 1, let explicit = YAMLEventReader.string(scalar.tag),
                   explicit != "!", explicit != YAMLEventReader.strTag {
                    tag = explicit
                }
                deliver(node, isText: tag == nil) { .scalar(String(decoding: bytes, as: UTF8.self), tag: tag) }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchorPointer = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                if let anchor = YAMLEventReader.string(anchorPointer) { anchors.insert(anchor) }
                let implicit = isMapping ? event.data.mapping_start.implicit : event.data.sequence_start.implicit
                var tag: String?
                // Yams reads a mapping's tag through `sequence_start`; both start at the same offset.
                if implicit == 0, let explicit = YAMLEventReader.string(event.data.sequence_start.tag),
                   explicit != "!", explicit != (isMapping ? YAMLEventReader.mapTag : YAMLEventReader.seqTag) {
                    tag = explicit
                }
                let collects = stack.last.map { $0.collectsIDs || expectsKey($0) } ?? false
                stack.append(Frame(isMapping: isMapping, mark: place, collectsIDs: collects,
                                   firstChild: pending.count, firstKeyID: keyIDs.count))
                if collects { keyParts.append(KeyParts(tag: tag)) }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { return }
                let parts = frame.collectsIDs ? keyParts.popLast() : nil
                if frame.isMapping {
                    try checkDuplicates(keyIDs[frame.firstKeyID...], keys: pending[frame.firstChild...])
                    keyIDs.removeSubrange(frame.firstKeyID...)
                }
                // A mapping's events always come in pairs; `count` stays even.
                guard let start = Int32(exactly: children.count),
                      let count = Int32(exactly: pending.count - frame.firstChild),
                      Int32(exactly: children.count + pending.count - frame.firstChild) != nil else {
                    throw Failure(diagnostic: .error("cannot parse YAML: too many nodes",
                                                     at: frame.mark.location(in: file)))
                }
                children.append(contentsOf: pending[frame.firstChild...])
                pending.removeSubrange(frame.firstChild...)
                let node = YAMLNode(kind: frame.isMapping ? .mapping : .sequence, isPlain: false, isNull: false,
                                    mark: frame.mark, start: start, count: count)
                // Asked for only when this collection collects, so `parts` is there.
                deliver(node) {
                    let ids = parts?.ids ?? []
                    return frame.isMapping ? .mapping(ids, tag: parts?.tag) : .sequence(ids, tag: parts?.tag)
                }
            case YAML_ALIAS_EVENT:
                let anchor = YAMLEventReader.string(event.data.alias.anchor)
                guard let anchor, anchors.contains(anchor) else {
                    throw Failure(diagnostic: .error("YAML syntax: found undefined alias", at: place.location(in: file)))
                }
                if firstAlias == nil { firstAlias = place.location(in: file) }
                aliasCount += 1
                let count = aliasCount
                // A stand-in, so parsing goes on and syntax errors keep coming first.
                deliver(YAMLNode(kind: .scalar, isPlain: false, isNull: false, mark: place, start: 0, count: 0)) {
                    .alias(count)
                }
            default:
                // Document and stream events do not come between a document's start and its root.
                throw Failure(diagnostic: .error("cannot parse YAML: unexpected event", at: place.location(in: file)))
            }
        }

        /// Whether a plain scalar's bytes spell null, as `YAMLNode.isNull(_:)` decides for text.
        static func spellsNull(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            switch bytes.count {
            case 0: return true
            case 1: return bytes[0] == UInt8(ascii: "~")
            case 4: return YAMLNode.isNull(String(decoding: bytes, as: UTF8.self))
            default: return false
            }
        }

        /// `nodes` holds a mapping's keys and values alternating; `keyIDs` the identities of its
        /// keys (`nil`: the key's text). Works on the slices of the shared stacks, so a mapping
        /// without duplicates costs no array.
        private func checkDuplicates(_ keyIDs: ArraySlice<KeyID?>, keys nodes: ArraySlice<YAMLNode>) throws(Failure) {
            let count = keyIDs.count
            guard count > 1 else { return }
            /// Key number `index` (from 0) as a node, and as Yams compared keys.
            func key(_ index: Int) -> YAMLNode { nodes[nodes.startIndex + 2 * index] }
            func identity(_ index: Int) -> KeyID {
                keyIDs[keyIDs.startIndex + index] ?? .scalar(textOf(key(index)), tag: nil)
            }
            // (first index, second index) per duplicated key, in order of first appearance.
            var duplicates: [(first: Int, second: Int)] = []
            if count <= 16 {
                // Bit `i`: key `i` is text; and text of ASCII bytes only, where equal texts are
                // equal bytes. Found once per key rather than for every pair compared.
                var isText: UInt32 = 0
                var isASCIIText: UInt32 = 0
                for index in 0..<count where keyIDs[keyIDs.startIndex + index] == nil {
                    isText |= 1 << index
                    if isASCII(key(index)) { isASCIIText |= 1 << index }
                }
                func same(_ first: Int, _ second: Int) -> Bool {
                    let pair: UInt32 = 1 << first | 1 << second
                    switch isText & pair {
                    case pair:
                        if sameBytes(key(first), key(second)) { return true }
                        // Canonically equivalent spellings (a precomposed "é" and "e" with a
                        // combining accent) are one key, as `String` compares them.
                        return isASCIIText & pair != pair && textOf(key(first)) == textOf(key(second))
                    case 0:
                        guard let left = keyIDs[keyIDs.startIndex + first],
                              let right = keyIDs[keyIDs.startIndex + second] else { return false }
                        return left == right
                    default:
                        return false  // text against a tagged scalar, a collection or an alias
                    }
                }
                for index in 1..<count {
                    if let earlier = (0..<index).first(where: { same($0, index) }),
                       !duplicates.contains(where: { $0.first == earlier }) {
                        duplicates.append((earlier, index))
                    }
                }
            } else {
                let keys = (0..<count).map(identity)
                var seen: [KeyID: Int] = [:]
                seen.reserveCapacity(count)
                var reported: Set<Int> = []
                for index in keys.indices {
                    if let earlier = seen[keys[index]] {
                        if reported.insert(earlier).inserted { duplicates.append((earlier, index)) }
                    } else {
                        seen[keys[index]] = index
                    }
                }
            }
            guard var chosen = duplicates.first else { return }
            for candidate in duplicates.dropFirst()
            where KeyID.precedes(identity(candidate.first), identity(chosen.first)) {
                chosen = candidate
            }
            let name = identity(chosen.first).name
            throw Failure(diagnostic: .error(
                "duplicate key '\(name)' (first defined at \(key(chosen.first).location(in: file)))",
                at: key(chosen.second).location(in: file)))
        }

        /// A scalar's text from the buffer being built.
        private func textOf(_ node: YAMLNode) -> String {
            let start = Int(node.start)
            return String(decoding: text[start..<start + Int(node.count)], as: UTF8.self)
        }

        /// Whether two scalars have the same bytes.
        private func sameBytes(_ left: YAMLNode, _ right: YAMLNode) -> Bool {
            guard left.count == right.count else { return false }
            var index = Int(left.start)
            var other = Int(right.start)
            let end = index + Int(left.count)
            while index < end {
                guard text[index] == text[other] else { return false }
                index += 1
                other += 1
            }
            return true
        }

        private func isASCII(_ node: YAMLNode) -> Bool {
            text[Int(node.start)..<Int(node.start) + Int(node.count)].allSatisfy { $0 < 0x80 }
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    /// The diagnostic Yams' `YamlError(from:with:)` led to for a failed `yaml_parser_parse`, with
    /// places as an editor counts lines (`lineMap`) and, where libyaml's words leave a person
    /// guessing, a hint at the usual cause (`YAMLSyntaxHint`).
    static func syntaxDiagnostic(_ parser: yaml_parser_t, body: [UInt8], file: String,
                                 lineMap: YAMLLineMap? = nil) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? ""
        switch parser.error {
        case YAML_READER_ERROR:
            // libyaml's `problem_offset` counts bytes of the input.
            let place = YAMLDocumentReader.location(ofByteOffset: min(max(parser.problem_offset, 0), body.count),
                                                    in: body, file: file)
            return .error("YAML: \(problem)", at: place)
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR, YAML_COMPOSER_ERROR:
            var message = "YAML syntax: \(problem)"
            if let context = parser.context.map({ String(cString: $0) }), !context.isEmpty {
                let contextLine = mark(parser.context_mark, lineMap).line
                message += " (\(context) at line \(contextLine))"
            }
            let problemMark = mark(parser.problem_mark, lineMap)
            let place = SourceLocation(file: file, line: max(1, Int(problemMark.line)),
                                       column: max(1, Int(problemMark.column)))
            message += YAMLSyntaxHint.hint(problem: problem, line: YAMLSyntaxHint.line(place.line, of: body))
            return .error(message, at: place)
        case YAML_MEMORY_ERROR:
            return .error("cannot parse YAML: Memory error", at: SourceLocation(file: file, line: 1, column: 1))
        default:
            return .error("cannot parse YAML: \(problem)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }
}
