import Foundation
import Testing
@testable import NetworkModel

/// Every bound of `YAMLLimits` is an error at the place where it is crossed, with the limit in
/// the message, and nothing past it is read. Small limits stand in for the real ones, which no
/// test could reach in reasonable time.
struct LimitsTests {
    static func network(actors: Int, links: Int = 0) -> String {
        var text = "network: T\nactors:\n"
        for index in 0..<actors { text += "  - {id: a\(index), name: A\(index), kind: office}\n" }
        if links > 0 { text += "links:\n" }
        for index in 0..<links { text += "  - {from: a0, to: a\(index + 1), type: informs}\n" }
        return text
    }

    static func load(_ yaml: String, _ limits: YAMLLimits) -> LoadResult {
        NetworkLoader(limits: limits).load(yaml: yaml, file: "t.yaml")
    }

    @Test func defaultsAreGenerous() {
        let limits = YAMLLimits.standard
        #expect(limits.maxActors == 1_000_000)
        #expect(limits.maxLinks == 5_000_000)
        #expect(limits.maxNestingDepth == 64)
        #expect(limits.maxFileBytes == 256 * 1024 * 1024)
    }

    @Test(arguments: [0, 1, 2, 3])
    func actorsUpToTheLimitLoad(count: Int) {
        let result = Self.load(Self.network(actors: max(count, 1)), YAMLLimits(maxActors: 3))
        #expect(result.network?.actors.count == max(count, 1))
        #expect(result.diagnostics.isEmpty)
    }

    @Test func theFirstActorOverTheLimitIsReported() {
        let result = Self.load(Self.network(actors: 5, links: 2), YAMLLimits(maxActors: 3))
        #expect(result.network == nil)
        // Only the first one over, and no links reported as naming actors left unread.
        #expect(result.diagnostics.map(\.description) == [
            "t.yaml:6:5: error: too many actors: this is number 4, over the limit of 3 actors in one network",
        ])
    }

    @Test func theFirstLinkOverTheLimitIsReported() {
        let result = Self.load(Self.network(actors: 5, links: 4), YAMLLimits(maxLinks: 2))
        #expect(result.network == nil)
        #expect(result.diagnostics.map(\.description) == [
            "t.yaml:11:5: error: too many links: this is number 3, over the limit of 2 links in one network",
        ])
    }

    @Test func aZeroLimitRefusesTheFirstEntry() {
        let result = Self.load(Self.network(actors: 1), YAMLLimits(maxActors: 0))
        #expect(result.diagnostics.map(\.description) == [
            "t.yaml:3:5: error: too many actors: this is number 1, over the limit of 0 actors in one network",
        ])
    }

    @Test func theLimitCountsEveryFileOnceAndReportsOnce() throws {
        let folder = try temporaryFolder([
            "root.yaml": "network: T\ninclude: [a.yaml, b.yaml]\nactors:\n  - {id: r, name: R, kind: office}\n",
            "a.yaml": "actors:\n  - {id: a1, name: A, kind: office}\n  - {id: a2, name: A, kind: office}\n",
            "b.yaml": "actors:\n  - {id: b1, name: B, kind: office}\n  - {id: b2, name: B, kind: office}\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("root.yaml").path
        let atLimit = NetworkLoader(limits: YAMLLimits(maxActors: 5)).load(path: root)
        #expect(atLimit.network?.actors.count == 5)
        let over = NetworkLoader(limits: YAMLLimits(maxActors: 2)).load(path: root)
        #expect(over.network == nil)
        let printed = over.diagnostics.map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
        #expect(printed == ["a.yaml:3:5: error: too many actors: this is number 3, over the limit of 2 actors in one network"])
    }

    @Test func theLargestLimitsDoNotOverflow() {
        let limits = YAMLLimits(maxActors: .max, maxLinks: .max)
        #expect(Self.load(Self.network(actors: 3, links: 2), limits).network?.links.count == 2)
    }

    @Test func aFileOverTheSizeLimitIsRefusedBeforeParsing() throws {
        let folder = try temporaryFolder(["big.yaml": Self.network(actors: 50)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = NetworkLoader(limits: YAMLLimits(maxFileBytes: 100)).load(path: folder.appendingPathComponent("big.yaml").path)
        #expect(result.network == nil)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message.hasPrefix("file is ") == true)
        #expect(result.diagnostics.first?.message.hasSuffix("bytes, more than the limit of 100") == true)
    }

    @Test func nestingOverTheLimitIsRefused() {
        let deep = "network: T\nactors: " + String(repeating: "[", count: 10) + String(repeating: "]", count: 10) + "\n"
        let result = Self.load(deep, YAMLLimits(maxNestingDepth: 5))
        // The top-level mapping is one level, so the fifth bracket is the sixth.
        #expect(result.diagnostics.map(\.description) == ["t.yaml:2:13: error: nesting deeper than 5 levels"])
        #expect(Self.load(deep, YAMLLimits(maxNestingDepth: 64)).diagnostics.allSatisfy { !$0.message.contains("nesting") })
    }

    /// A billion laughs: ten lines that would stand for 10^9 nodes if aliases were expanded.
    @Test func aliasExpansionIsRefused() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(previous)]\n"
        }
        let result = Self.load(text, .standard)
        #expect(result.network == nil)
        #expect(result.diagnostics.map(\.description) == [
            "t.yaml:2:10: error: aliases ('*a0') are not supported: write the value out in full",
        ])
    }
}
