import Foundation
import Testing
@testable import NetworkModel

/// Every malformed file in `Fixtures/malformed` is paired with the exact diagnostics a person
/// should see, line and column included.
struct MalformedCorpusTests {
    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.malformed.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }()

    @Test func corpusIsLargeEnough() {
        #expect(Self.cases.count >= 20)
    }

    @Test(arguments: cases)
    func reportsExactDiagnostics(_ name: String) throws {
        let prefix = Fixtures.malformed.path + "/"
        let result = NetworkLoader.load(path: prefix + name + ".yaml")
        let printed = result.diagnostics.map { $0.description.replacingOccurrences(of: prefix, with: "") }
        let expected = try String(contentsOf: Fixtures.malformed.appendingPathComponent(name + ".expected"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(!expected.isEmpty)
        #expect(printed == expected)
        if expected.allSatisfy({ $0.contains(": warning: ") }) {
            #expect(result.network != nil)
        } else {
            #expect(result.network == nil)
        }
        // `NAME.exit` holds 66 where a file the network needs is missing (exit status 66, not 65).
        let exit = (try? String(contentsOf: Fixtures.malformed.appendingPathComponent(name + ".exit"), encoding: .utf8))
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(result.inputMissing == (exit == "66"))
    }
}
