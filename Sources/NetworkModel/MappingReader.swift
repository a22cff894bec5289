/// Typed access to one YAML mapping of a network file. Every getter reports a wrong type or value
/// at the value's own line and column and returns `nil`, so decoding carries on and finds the
/// next problem too.
struct MappingReader {
    /// The file the mapping was read from, for the places in diagnostics and model values.
    let file: String
    /// Where the mapping starts.
    let mark: YAMLMark
    /// What the mapping is, for messages: "actor", "link", "the file".
    let subject: String
    private let log: DiagnosticLog
    /// The tree the mapping belongs to, where its pairs and their texts are.
    let tree: YAMLTree
    /// The mapping itself. Keys are looked up by a linear search of its pairs from the end: a
    /// handful per mapping, so that is cheaper than hashing, and it needs no table of its own,
    /// which for hundreds of thousands of links was an array each.
    private let node: YAMLNode
    /// A bit for the length and first byte of every key (`shapeBit`). Half the keys a decoder
    /// asks for are absent, and most of those are ruled out by their shape alone, without
    /// searching the pairs.
    private var keyShapes: UInt64 = 0

    /// One of 64 bits for a key `count` bytes long starting with `first`; keys of the same
    /// shape share it, so a set bit means "maybe present", a clear one "absent".
    private static func shapeBit(count: Int, first: UInt8) -> UInt64 {
        1 << UInt64((count &* 7 &+ Int(first)) & 63)
    }

    /// The pair of the last key spelled `name`. Only allowed keys are asked for, so this finds
    /// exactly what a table of the allowed keys' last values would.
    private func entry(_ name: String) -> (key: YAMLNode, value: YAMLNode)? {
        guard keyShapes & MappingReader.shapeBit(count: name.utf8.count, first: name.utf8.first ?? 0) != 0 else {
            return nil
        }
        var index = tree.pairCount(of: node)
        while index > 0 {
            index -= 1
            let pair = tree.pair(index, of: node)
            if tree.isScalar(pair.key, spelled: name) { return pair }
        }
        return nil
    }

    /// `nil` (and an error) when the node is not a mapping.
    init?(_ node: YAMLNode, in tree: YAMLTree, subject: String, allowedKeys: [String], file: String,
          log: DiagnosticLog) {
        guard node.kind == .mapping else {
            log.error(MappingReader.notAMapping(subject, node, in: tree), at: node.location(in: file))
            return nil
        }
        self.file = file
        self.mark = node.mark
        self.subject = subject
        self.log = log
        self.tree = tree
        self.node = node
        for index in 0..<tree.pairCount(of: node) {
            let key = tree.pair(index, of: node).key
            guard key.kind == .scalar else {
                log.error("keys of \(subject) must be plain words, found \(key.kindDescription)", at: key.location(in: file))
                continue
            }
            let first = key.count > 0 ? tree.text[Int(key.start)] : 0
            keyShapes |= MappingReader.shapeBit(count: Int(key.count), first: first)
            if !allowedKeys.contains(where: { tree.isScalar(key, spelled: $0) }) {
                let name = tree.text(of: key)
                log.error("unknown key '\(name)' in \(subject)\(Suggestion.hint(for: name, among: allowedKeys))",
                          at: key.location(in: file))
            }
        }
    }

    var location: SourceLocation { mark.location(in: file) }

    /// How each kind of entry is written, for the message about an entry that is not a mapping.
    private static let forms: [String: String] = [
        "an offer": "- service: ID",
        "an actor": "- {id: ID, name: NAME, kind: KIND}",
        "a link": "- {from: ID, to: ID, type: TYPE}",
        "a service": "- {id: ID, name: NAME}",
        "a pathway": "- {id: ID, name: NAME, stages: [ID, ID]}",
    ]

    /// "an offer is written '- service: ID'; found the text 'beratung' alone: write '- service: beratung'".
    static func notAMapping(_ subject: String, _ node: YAMLNode, in tree: YAMLTree) -> String {
        guard let form = forms[subject] else {
            return "expected \(subject) as keys with values (key: value), found \(node.kindDescription)"
        }
        var message = "\(subject) is written '\(form)', with keys and values; found \(node.kindDescription)"
        if node.kind == .scalar, !node.isNull {
            let text = tree.text(of: node)
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            message = "\(subject) is written '\(form)', with keys and values; found only the text '\(shown)'"
            if subject == "an offer", Identifier.isValid(text) {
                message += ": write '- service: \(text)'"
            }
        }
        return message
    }

    /// A node's place in this mapping's file.
    func place(_ node: YAMLNode) -> SourceLocation { node.location(in: file) }

    func has(_ key: String) -> Bool { entry(key).map { !$0.value.isNull } ?? false }

    /// A scalar's text (empty for a collection).
    func text(_ node: YAMLNode) -> String { tree.text(of: node) }

    /// The value node, or `nil` when the key is absent or explicitly null.
    func value(_ key: String) -> YAMLNode? {
        guard let entry = entry(key), !entry.value.isNull else { return nil }
        return entry.value
    }

    func keyLocation(_ key: String) -> SourceLocation? { entry(key).map { place($0.key) } }

    func valueLocation(_ key: String) -> SourceLocation { entry(key).map { place($0.value) } ?? location }

    func string(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard value.kind == .scalar else {
            log.error("'\(key)' of \(subject) must be text, found \(value.kindDescription)", at: place(value))
            return nil
        }
        let text = tree.text(of: value)
        if required && MappingReader.isBlank(text) {
            log.error("'\(key)' of \(subject) must not be empty", at: place(value))
            return nil
        }
        return passesTextRules(text, key: key, at: value) ? text : nil
    }

    /// Reports what `TextRules` finds in a value; `false` when it is an error (the value is then
    /// left out, as a value of the wrong type is).
    private func passesTextRules(_ text: String, key: String, at node: YAMLNode, label: String? = nil) -> Bool {
        let findings = TextRules.check(text, as: TextRules.Kind.of(key: key))
        guard !findings.isEmpty else { return true }
        var passes = true
        for finding in findings {
            let diagnostic = Diagnostic(finding.severity, "\(label ?? "'\(key)' of \(subject)") \(finding.message)",
                                        at: place(node))
            log.append(diagnostic)
            if finding.severity == .error { passes = false }
        }
        return passes
    }

    func missing(_ key: String) {
        if let entry = entry(key) {
            log.error("'\(key)' of \(subject) needs a value", at: place(entry.value))
        } else {
            log.error("\(subject) is missing required key '\(key)'", at: location)
        }
    }

    /// `true` or `false` only: YAML 1.1's `yes`/`no`/`on` are refused, because `no` is also the
    /// ISO code for Norwegian and a file should mean one thing.
    func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        if value.kind == .scalar, value.isPlain {
            switch tree.text(of: value) {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        log.error("'\(key)' of \(subject) must be true or false, found \(describe(value))", at: place(value))
        return nil
    }

    func number(_ key: String) -> Double? {
        guard let value = value(key) else { return nil }
        if value.kind == .scalar, value.isPlain, let number = MappingReader.parseNumber(tree.text(of: value)) {
            return number
        }
        log.error("'\(key)' of \(subject) must be a number, found \(describe(value))\(MappingReader.radixHint(text(value)))",
                  at: place(value))
        return nil
    }

    func integer(_ key: String) -> Int? {
        guard let value = value(key) else { return nil }
        if value.kind == .scalar, value.isPlain,
           let number = Int(MappingReader.withoutUnderscores(tree.text(of: value))) {
            return number
        }
        log.error("'\(key)' of \(subject) must be a whole number, found \(describe(value))\(MappingReader.radixHint(text(value)))",
                  at: place(value))
        return nil
    }

    func date(_ key: String) -> CalendarDate? {
        guard let value = value(key) else { return nil }
        guard value.kind == .scalar else {
            log.error("'\(key)' of \(subject) must be a date written YYYY-MM-DD, found \(describe(value))", at: place(value))
            return nil
        }
        switch CalendarDate.parse(tree.text(of: value)) {
        case .success(let date):
            return date
        case .failure(.notYYYYMMDD):
            log.error("'\(key)' of \(subject) must be a date written YYYY-MM-DD, found \(describe(value))", at: place(value))
        case .failure(let problem):
            log.error("'\(key)' of \(subject) is \(describe(value)), a day that does not exist (\(problem.explanation))",
                      at: place(value))
        }
        return nil
    }

    /// A list of text items with their places; a single text is accepted where `allowSingle`.
    func stringList(_ key: String, allowSingle: Bool = false) -> [(text: String, location: SourceLocation)]? {
        guard let value = value(key) else { return nil }
        switch value.kind {
        case .sequence:
            let items = tree.items(of: value)
            // Labelled as returned: an unlabelled array would be converted element by element.
            var result: [(text: String, location: SourceLocation)] = []
            result.reserveCapacity(items.count)
            for item in items {
                guard item.kind == .scalar, !item.isNull else {
                    log.error("items of '\(key)' in \(subject) must be text, found \(item.kindDescription)", at: place(item))
                    continue
                }
                let text = tree.text(of: item)
                guard passesTextRules(text, key: key, at: item, label: "an item of '\(key)' in \(subject)") else { continue }
                result.append((text, place(item)))
            }
            return result
        case .scalar where allowSingle:
            let text = tree.text(of: value)
            guard passesTextRules(text, key: key, at: value) else { return [] }
            return [(text, place(value))]
        default:
            log.error("'\(key)' of \(subject) must be a list, found \(describe(value))", at: place(value))
            return nil
        }
    }

    /// A list of mappings, for `actors`, `links`, `services`, `offers`, `pathways`.
    func list(_ key: String) -> ArraySlice<YAMLNode> {
        guard let value = value(key) else { return [] }
        guard value.kind == .sequence else {
            log.error("'\(key)' of \(subject) must be a list, found \(value.kindDescription)", at: place(value))
            return []
        }
        return tree.items(of: value)
    }

    private func describe(_ node: YAMLNode) -> String {
        if node.kind == .scalar {
            let text = tree.text(of: node)
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return node.isPlain ? "'\(shown)'" : "the quoted text \"\(shown)\""
        }
        return node.kindDescription
    }

    /// What `trimmingCharacters(in: .whitespacesAndNewlines).isEmpty` answered, without Foundation:
    /// true when every Unicode scalar is a space separator (Zs), a line or paragraph separator,
    /// a tab, U+000A–U+000D or U+0085.
    static func isBlank(_ text: String) -> Bool {
        // Almost every value starts with a visible ASCII character: no need to look further.
        if let first = text.utf8.first, first < 0x80, first != 0x20, !(0x09...0x0D).contains(first) { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x20, 0x09...0x0D, 0x85: return true
            case 0..<0x80: return false
            default:
                switch scalar.properties.generalCategory {
                case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
                default: return false
                }
            }
        }
    }

    /// `text` without `_` (as `replacingOccurrences(of: "_", with: "")` did, scalar by scalar).
    static func withoutUnderscores(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "_" }))
    }

    /// A decimal number: `[+-]digits[.digits][e[+-]digits]` (digits on at least one side of the
    /// point), `_` allowed between digits as YAML 1.1 allows. Hexadecimal (`0x10`), octal (`0o7`),
    /// `.inf` and `.nan` are refused here and by `integer` alike, so that every field reads numbers
    /// one way (`Double("0x10")` is 16, `Int("0x10")` nothing).
    static func parseNumber(_ text: String) -> Double? {
        let cleaned = withoutUnderscores(text)
        guard isDecimal(cleaned), let number = Double(cleaned), number.isFinite else { return nil }
        return number
    }

    static func isDecimal(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        func digits() -> Int {
            let count = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        var mantissa = digits()
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }

    /// " (write numbers in decimal)" for a hexadecimal, octal or binary spelling, else "".
    static func radixHint(_ text: String) -> String {
        let lowered = text.lowercased().drop { $0 == "+" || $0 == "-" }
        return lowered.hasPrefix("0x") || lowered.hasPrefix("0o") || lowered.hasPrefix("0b")
            ? " (write numbers in decimal)" : ""
    }
}
