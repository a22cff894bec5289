import Testing
@testable import NetworkModel

/// The flat YAML tree and its duplicate-key check: keys without a tag are compared by their bytes,
/// which must decide exactly as comparing them as `String`s (and as Yams) did.
struct YAMLTreeTests {
    @Test func keysCompareAsText() {
        // Quoted and plain spell the same key; so does an explicit `!!str` tag.
        #expect(diagnostics("network: T\n\"network\": U\n")
            == ["t.yaml:2:1: error: duplicate key 'network' (first defined at t.yaml:1:1)"])
        #expect(diagnostics("network: T\n!!str network: U\n")
            == ["t.yaml:2:1: error: duplicate key 'network' (first defined at t.yaml:1:1)"])
        // Canonically equivalent spellings are one key, as `String` equality says.
        #expect(diagnostics("network: T\nactors: []\nx: {\"\u{E9}\": 1, \"e\u{301}\": 2}\n")
            == ["t.yaml:3:13: error: duplicate key '\u{E9}' (first defined at t.yaml:3:5)"])
    }

    @Test func taggedAndTextKeysDiffer() {
        // `!!int 1` is not the text `1`: no duplicate, only the unknown keys are reported.
        let found = diagnostics("network: T\nactors: []\nx: {1: a, !!int 1: b}\n")
        #expect(!found.contains { $0.contains("duplicate key") })
    }

    @Test func smallestDuplicatedKeyIsNamed() {
        #expect(diagnostics("{b: 1, a: 1, b: 2, a: 2}\n")
            == ["t.yaml:1:20: error: duplicate key 'a' (first defined at t.yaml:1:8)"])
        // More than 16 keys take the hashed path.
        let keys = (1...20).map { "k\($0): \($0)" }.joined(separator: ", ")
        let found = diagnostics("{\(keys), k3: again}\n").first ?? ""
        #expect(found.contains("duplicate key 'k3' (first defined at t.yaml:1:"))
    }

    @Test func treeKeepsTextsAndPlaces() throws {
        let document = try YAMLDocument.parse(bytes: Array("a: [x, \"y\", ~]\nb: {c: d}\n".utf8), file: "f.yaml").get()
        let pairs = try #require(document.root.pairs)
        #expect(pairs.map { $0.key.string } == ["a", "b"])
        let items = try #require(pairs[0].value.items)
        #expect(items.map(\.string) == ["x", "y", nil])
        #expect(items.map(\.isNull) == [false, false, true])
        #expect(items[1].location.description == "f.yaml:1:8")
        #expect(document.root["b"]?["c"]?.string == "d")
        #expect(document.root["b"]?["c"]?.location.description == "f.yaml:2:8")
        #expect(document.root["missing"] == nil)
    }
}
