import Foundation
import Testing

/// Issue 24: a layout that cannot finish in reasonable time or memory is refused with words that
/// name the way out, unless forced; the automatic choice never makes it.
struct LayoutGuardTests {
    func write(_ yaml: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-layout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("net.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// A ring of `count` actors around one commissioner.
    func ring(_ count: Int) -> String {
        var lines = ["network: Ring", "actors:", "  - {id: c, name: Centre, kind: commissioner}"]
        lines += (0..<count).map { "  - {id: a\($0), name: Actor \($0), kind: association}" }
        lines.append("links:")
        lines += (0..<count).map { "  - {from: a\($0), to: a\(($0 + 1) % count), type: cooperates}" }
        lines.append("  - {from: c, to: a0, type: coordinates}")
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func dotOnAThousandActorsIsRefusedWithTheWayOut() throws {
        let file = try write(ring(1_200))
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let svg = file.deletingLastPathComponent().appendingPathComponent("net.svg").path
        let outcome = try CommandRunner.run(["render", file.path, "--layout", "dot", "-o", svg])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("the layered dot layout of 1201 actors and 1201 links would take many minutes"))
        #expect(outcome.stderr.contains("'--layout sfdp'") && outcome.stderr.contains("--collapse") && outcome.stderr.contains("--force-layout"))
        #expect(!FileManager.default.fileExists(atPath: svg))
        let report = try CommandRunner.run(["report", file.path, "--layout", "dot", "-o", file.deletingLastPathComponent().appendingPathComponent("r").path])
        #expect(report.status == 64)
        // The overview of the same network is fine.
        #expect(try CommandRunner.run(["render", file.path, "--collapse", "kind", "-o", svg]).status == 0)
    }

    @Test func aDenseNetworkOfFewActorsIsNotGivenDotByItself() throws {
        var lines = ["network: Dense", "actors:"]
        lines += (0..<30).map { "  - {id: a\($0), name: Actor \($0), kind: \($0 == 0 ? "commissioner" : "association")}" }
        lines.append("links:")
        for i in 0..<30 { for j in (i + 1)..<30 { lines.append("  - {from: a\(i), to: a\(j), type: cooperates}") } }
        let file = try write(lines.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let dot = file.deletingLastPathComponent().appendingPathComponent("net.dot").path
        let outcome = try CommandRunner.run(["render", file.path, "-o", dot])
        #expect(outcome.status == 0)
        // The reason is the links' (435), not the 40-actor width.
        #expect(outcome.stderr == "actormap: note: 30 actors: using the sfdp layout, because a layered dot diagram of "
            + "more than 400 links takes dot many seconds to route; choose another with --layout\n")
        // Straight edges too: routing splines for 12,480 links took 56 s and crashed Graphviz 2.43.
        let text = try String(contentsOfFile: dot, encoding: .utf8)
        #expect(text.contains("layout=sfdp") && !text.contains("splines=true"))
        let ring = try write(self.ring(20))
        defer { try? FileManager.default.removeItem(at: ring.deletingLastPathComponent()) }
        let sparse = ring.deletingLastPathComponent().appendingPathComponent("ring.dot").path
        #expect(try CommandRunner.run(["render", ring.path, "--layout", "sfdp", "-o", sparse]).status == 0)
        #expect(try String(contentsOfFile: sparse, encoding: .utf8).contains("splines=true"), "a sparse small network keeps its curves")
    }
}
