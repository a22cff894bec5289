import Foundation
import NetworkInterop
import NetworkModel
import Testing

/// The malformed spreadsheet corpus (Tests/InteropTests/Fixtures/malformed/): each folder is read
/// as `import csv FOLDER` reads it and must give exactly the errors of its `expected` file, with
/// file, line and cell, and no network.
@Suite struct CSVMalformedCorpusTests {
    static let folder = InteropTestSupport.fixtures + "/malformed"

    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.hasSuffix(".md") }.sorted()
    }

    @Test func corpusIsThere() {
        #expect(Self.cases == ["accepted-kind", "shifted-cells", "short-row", "unknown-stage", "wrong-encoding"])
    }

    @Test(arguments: cases)
    func givesExactlyItsErrors(name: String) throws {
        let path = Self.folder + "/" + name
        let files = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".csv") }.sorted()
        let inputs = try files.map { file in
            let data = try #require(FileManager.default.contents(atPath: path + "/" + file))
            return ImportInput(file: name + "/" + file, bytes: Array(data))
        }
        let result = CSVNetworkImporter(title: nil, outputFile: "out.yaml").importFiles(inputs)
        let expected = try String(contentsOfFile: path + "/expected", encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(result.diagnostics.filter { $0.severity == .error }.map(result.describe) == expected)
        #expect(result.yaml == nil && result.network == nil)
    }
}
