import Foundation
import NetworkInterop
import NetworkModel

/// What one fuzz run feeds its inputs to, chosen by `ACTORMAP_FUZZ_MODE` (`scripts/fuzz.sh SECONDS
/// MODE`): the network loader, or the readers of `import csv` and `import hsds`, which take files
/// from outside just as the loader does.
enum FuzzMode: String, CaseIterable {
    /// The network loader (the default).
    case network
    /// `import csv`: the input split at `FuzzMode.separator` into actors, links and offers sheets.
    case csv
    /// The HSDS mapping file's reader (`import hsds --mapping`).
    case hsdsMapping = "hsds-mapping"
    /// `import hsds`: the input split into a mapping file and HSDS's CSV files, in the order of
    /// `HSDSImporter.fileNames`.
    case hsds

    /// Between the files of one input, so that one byte string can stand for several files.
    static let separator = Array("\n=====\n".utf8)

    static let current: FuzzMode = {
        guard let name = ProcessInfo.processInfo.environment["ACTORMAP_FUZZ_MODE"], !name.isEmpty else { return .network }
        guard let mode = FuzzMode(rawValue: name) else {
            FileHandle.standardError.write(Data("ACTORMAP_FUZZ_MODE must be one of \(allCases.map(\.rawValue))\n".utf8))
            exit(64)
        }
        return mode
    }()

    /// Runs one input through this mode's reader and checks what must hold of its answer.
    func run(_ bytes: [UInt8], file: String) -> [Diagnostic] {
        switch self {
        case .network:
            let result = NetworkLoader().load(bytes: bytes, file: file)
            checkInvariants(result)
            return result.diagnostics
        case .csv:
            let parts = FuzzMode.split(bytes, into: 3)
            let names = ["actors.csv", "links.csv", "offers.csv"]
            let inputs = zip(names, parts).map { ImportInput(file: fuzzFolder + "/" + $0.0, bytes: $0.1) }
            let result = CSVNetworkImporter(title: nil, outputFile: fuzzFolder + "/network.yaml").importFiles(inputs)
            checkImport(result)
            return result.diagnostics
        case .hsdsMapping:
            switch HSDSMapping.parse(bytes: bytes, file: fuzzFolder + "/mapping.yaml") {
            case .success: return []
            case .failure(let problem):
                if problem.diagnostic.severity != .error { fail("a failed mapping without an error") }
                return [problem.diagnostic]
            }
        case .hsds:
            let parts = FuzzMode.split(bytes, into: 1 + HSDSImporter.fileNames.count)
            var mapping: HSDSMapping?
            if case .success(let parsed) = HSDSMapping.parse(bytes: parts[0], file: fuzzFolder + "/mapping.yaml") {
                mapping = parsed
            }
            var files: [String: ImportInput] = [:]
            for (name, part) in zip(HSDSImporter.fileNames, parts.dropFirst()) {
                files[name] = ImportInput(file: fuzzFolder + "/" + name, bytes: part)
            }
            let result = HSDSImporter(title: "Fuzz", outputFile: fuzzFolder + "/network.yaml", mapping: mapping)
                .importDirectory(files).result
            checkImport(result)
            return result.diagnostics
        }
    }

    /// `bytes` cut at each separator, into at most `count` parts (the last keeps the rest); every
    /// part there is, the first always.
    static func split(_ bytes: [UInt8], into count: Int) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var start = 0
        var index = 0
        while index + separator.count <= bytes.count, parts.count < count - 1 {
            if bytes[index..<index + separator.count].elementsEqual(separator) {
                parts.append(Array(bytes[start..<index]))
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        parts.append(Array(bytes[start...]))
        return parts
    }

    /// An import gives a network and its YAML exactly when it reports no error.
    private func checkImport(_ result: ImportResult) {
        let hasErrors = result.diagnostics.contains { $0.severity == .error }
        if hasErrors != (result.network == nil) {
            fail("import: errors \(hasErrors) but network \(result.network == nil ? "absent" : "present")")
        }
        if (result.network == nil) != (result.yaml == nil) { fail("import: a network without its YAML, or YAML without it") }
        if let network = result.network {
            let ids = Set(network.actors.map(\.id))
            if ids.count != network.actors.count { fail("import: duplicate actor ids") }
        }
    }
}

/// A folder that does not exist, so that nothing a fuzzed input names can be read from disk.
let fuzzFolder = "/nonexistent-actormap-fuzz"
