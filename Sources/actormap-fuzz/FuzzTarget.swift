import Foundation
import NetworkModel

/// A libFuzzer target for the loader and its validation: any byte string must give a network or
/// diagnostics, never a crash, a hang or unbounded memory. Files are edited by hand and arrive by
/// mail, so the loader must take anything, and so must the CSV and HSDS readers of `import`
/// (`ACTORMAP_FUZZ_MODE=csv`, `hsds-mapping` or `hsds`; see `FuzzMode`).
///
/// Built with `-sanitize=fuzzer,address -D ACTORMAP_LIBFUZZER` (see
/// `scripts/fuzz.sh`), libFuzzer's driver calls the function below. Built plainly (as
/// `swift build` does for every target), `ReplayInputs` is the `main` instead:
///
///     actormap-fuzz FILE...     reads each file's bytes in the mode and prints the diagnostics
///
/// which is how a finding is looked at in a debugger without the sanitizer build.

/// The name inputs are loaded under: a folder that does not exist, so that a relative `include`
/// in a fuzzed input finds nothing instead of reading whatever lies beside the fuzzer.
let fuzzInputName = fuzzFolder + "/input.yaml"

@_cdecl("LLVMFuzzerTestOneInput")
public func actormapFuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    _ = FuzzMode.current.run(bytes, file: fuzzInputName)
    return 0
}

/// What every load must satisfy, beyond not crashing; a broken one aborts, which libFuzzer
/// records as a finding with its input.
func checkInvariants(_ result: LoadResult) {
    let hasErrors = result.diagnostics.contains { $0.severity == .error }
    if hasErrors != (result.network == nil) {
        fail("errors \(hasErrors) but network \(result.network == nil ? "absent" : "present")")
    }
    if let network = result.network {
        let ids = Set(network.actors.map(\.id))
        if ids.count != network.actors.count { fail("duplicate actor ids") }
        for link in network.links where !ids.contains(link.from) || !ids.contains(link.to) {
            fail("link to unknown actor '\(link.from)' or '\(link.to)'")
        }
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("invariant broken: \(message)\n".utf8))
    abort()
}

#if ACTORMAP_LIBFUZZER
/// libFuzzer's own entry point, for programs that keep their `main`: SwiftPM renames every
/// executable's `main` (so tests can link it) and expects one from Swift, so libFuzzer's `main`
/// cannot be used and Swift's hands over to the driver instead.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@main
struct FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, { actormapFuzzOneInput($0, $1) }))
    }
}
#else
@main
struct ReplayInputs {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read '\(path)'\n".utf8))
                exit(66)
            }
            let started = Date()
            let diagnostics = FuzzMode.current.run([UInt8](data), file: path)
            for diagnostic in diagnostics { print(diagnostic) }
            let seconds = Date().timeIntervalSince(started)
            let verdict = diagnostics.contains { $0.severity == .error } ? "rejected" : "accepted"
            print("\(path): \(verdict) (\(FuzzMode.current.rawValue)) in \(String(format: "%.3f", seconds)) s")
        }
    }
}
#endif
