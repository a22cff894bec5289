import Testing
@testable import GraphvizRendering

@Suite("DOT escaping")
struct DOTEscapingTests {
    @Test(arguments: [
        ("plain", "\"plain\""),
        ("say \"hi\"", "\"say \\\"hi\\\"\""),
        ("ends with \\", "\"ends with \\\\\""),
    ])
    func quoted(input: String, expected: String) {
        #expect(DOTEscaping.quoted(input) == expected)
    }

    @Test(arguments: [
        ("Tom & Jerry", "Tom &amp; Jerry"),
        ("<script>", "&lt;script&gt;"),
        ("\\N", "\\\\N"),
        ("one\ntwo", "one<BR/>two"),
        ("one\r\ntwo", "one<BR/>two"),
        ("Δήμος جمعية Društvo", "Δήμος جمعية Društvo"),
        ("bell\u{07}", "bell"),
    ])
    func htmlText(input: String, expected: String) {
        #expect(DOTEscaping.htmlText(input) == expected)
    }

    @Test(arguments: [
        ("a \"b\" <c> & 'd'", "\"a &quot;b&quot; &lt;c&gt; &amp; &#39;d&#39;\""),
        ("\\l", "\"\\\\\\\\l\""),
        ("one\ntwo", "\"one&#10;two\""),
    ])
    func svgAttribute(input: String, expected: String) {
        #expect(DOTEscaping.svgAttribute(input) == expected)
    }

    @Test func wrapKeepsWordsWholeAndLineBreaks() {
        #expect(ActorNode.wrap("Društvo za razvijanje prostovoljnega dela", width: 24)
            == ["Društvo za razvijanje", "prostovoljnega dela"])
        #expect(ActorNode.wrap("a\nb", width: 24) == ["a", "b"])
        #expect(ActorNode.wrap("Donaudampfschifffahrtsgesellschaft", width: 10) == ["Donaudampfschifffahrtsgesellschaft"])
    }
}
