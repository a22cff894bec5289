// swift-tools-version: 6.0
// Dependencies point one way: model -> analysis -> rendering and reports -> command line.
import Foundation
import PackageDescription

/// The measures' inner loops add sixteen doubles at a time: eight instructions with SSE2, the
/// baseline of every x86-64 processor, four with AVX2 (betweenness at 10,000 actors 18 %, directed
/// 31 %, the coordinators' load 19 % faster, the same bits). Swift cannot build one function twice
/// for two instruction sets, so the analysis module is built for Haswell's set (AVX2, FMA, BMI2;
/// every x86-64 processor since 2015) only where the machine that builds it has that set, and the
/// command line refuses to start, with a message, on a processor without it. Baseline build on
/// such a machine: ACTORMAP_BASELINE_CPU=1 swift build -c release.
let buildsForHaswell: Bool = {
    #if arch(x86_64) && os(Linux)
    guard ProcessInfo.processInfo.environment["ACTORMAP_BASELINE_CPU"] == nil,
          let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
          let line = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else { return false }
    let flags = Set(line.split(separator: " ").map(String.init))
    // The same list as `ProcessorCheck.haswellFeatures`: a manifest cannot share code with its targets.
    return ["avx", "avx2", "fma", "bmi1", "bmi2", "movbe", "f16c", "abm", "popcnt"].allSatisfy(flags.contains)
    #else
    return false
    #endif
}()
let measureKernels: [SwiftSetting] = buildsForHaswell
    ? [.unsafeFlags(["-target-cpu", "haswell"]), .define("ACTORMAP_HASWELL")] : []
let processorCheck: [SwiftSetting] = buildsForHaswell ? [.define("ACTORMAP_HASWELL")] : []

let package = Package(
    name: "actormap",
    // macOS 15: String(validating:as:) (CSV import checks UTF-8 with it); Graphviz from Homebrew there.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "actormap", targets: ["actormap"]),
        .library(name: "NetworkModel", targets: ["NetworkModel"]),
        .library(name: "NetworkAnalysis", targets: ["NetworkAnalysis"]),
        .library(name: "GraphvizRendering", targets: ["GraphvizRendering"]),
        .library(name: "NetworkReports", targets: ["NetworkReports"]),
        .library(name: "Wording", targets: ["Wording"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", exact: "0.9.20"),
    ],
    targets: [
        // The types of FORMAT.md, loading, includes and diagnostics; the only user of Yams, whose
        // bundled libyaml (CYaml) it reads events from.
        .target(name: "NetworkModel", dependencies: [.product(name: "Yams", package: "Yams")]),
        // Compact graph, measures, gaps, scenarios: pure Swift, no I/O.
        .target(name: "NetworkAnalysis", dependencies: ["NetworkModel"], swiftSettings: measureKernels),
        // Every word a reader sees, in en, de, fr and sl: one catalogue keyed by enums (issue 15).
        .target(name: "Wording", dependencies: ["NetworkModel", "NetworkAnalysis"]),
        // Debian's libgraphviz-dev, linked in-process.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        // What every output needs, below rendering and reports: files written whole or not at all,
        // no input overwritten, JSON values and tables, and the escaping of each output form.
        .target(name: "OutputFiles"),
        .target(name: "GraphvizRendering", dependencies: ["NetworkModel", "NetworkAnalysis", "Wording", "CGraphviz", "OutputFiles"]),
        // The report page's style sheet and scripts are real files, compiled into the library as
        // bytes (PackageResources), so index.html stays one file with nothing fetched.
        .target(name: "NetworkReports", dependencies: ["NetworkModel", "NetworkAnalysis", "Wording", "GraphvizRendering", "OutputFiles"],
                resources: [.embedInCode("Resources/report.css"), .embedInCode("Resources/report.js"),
                            .embedInCode("Resources/explorer.js")]),
        // GraphML, GEXF, JSON, CSV and xlsx export; CSV, xlsx and HSDS import. The HSDS mapping file
        // is read through NetworkModel's YAMLDocument, with the loader's safeguards and error places;
        // an .xlsx is a zip (ZIPFoundation) of XML (Foundation's XMLParser).
        .target(name: "NetworkInterop", dependencies: [
            "NetworkModel", "NetworkAnalysis", "Wording", "OutputFiles",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .executableTarget(
            name: "actormap",
            dependencies: [
                "NetworkModel", "NetworkAnalysis", "Wording", "OutputFiles", "GraphvizRendering", "NetworkReports", "NetworkInterop",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: processorCheck
        ),
        // Timing of load and measures for scripts/benchmark.sh; not a test, not a product.
        .executableTarget(name: "actormap-bench", dependencies: ["NetworkModel", "NetworkAnalysis"]),
        // libFuzzer target for the loader (scripts/fuzz.sh); built plainly, it replays inputs.
        .executableTarget(name: "actormap-fuzz", dependencies: ["NetworkModel", "NetworkInterop"]),
        .testTarget(name: "NetworkModelTests", dependencies: ["NetworkModel"], resources: [.copy("Fixtures")]),
        .testTarget(name: "NetworkAnalysisTests", dependencies: ["NetworkAnalysis", "NetworkModel", "Wording"], resources: [.copy("Fixtures")]),
        .testTarget(name: "WordingTests", dependencies: ["Wording", "NetworkModel", "NetworkAnalysis"]),
        .testTarget(name: "OutputFilesTests", dependencies: ["OutputFiles"]),
        .testTarget(name: "GraphvizRenderingTests", dependencies: ["GraphvizRendering", "NetworkModel", "NetworkAnalysis", "Wording"]),
        .testTarget(name: "NetworkReportsTests", dependencies: ["NetworkReports", "NetworkModel", "NetworkAnalysis", "GraphvizRendering", "Wording", "OutputFiles"]),
        // Goldens/: output files the tests compare with (GoldenFile), not sources.
        .testTarget(name: "actormapTests", dependencies: ["actormap", "NetworkModel"], exclude: ["Goldens"]),
        .testTarget(name: "InteropTests", dependencies: ["NetworkInterop", "NetworkModel", "NetworkAnalysis", "NetworkReports"], resources: [.copy("Fixtures")]),
    ]
)
