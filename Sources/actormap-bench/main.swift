import Foundation
import NetworkAnalysis
import NetworkModel

/// Times actormap's phases on one network file in-process and prints one JSON object, for
/// `scripts/benchmark.sh`. Not a test: the numbers depend on the machine and its load.
///
///     actormap-bench FILE [--workers N] [--repeat R] [--skip-all-pairs] [--only PHASE,PHASE...]
///
/// Every phase runs `R` times (default 1) and the fastest wall time is reported, next to the CPU
/// time (user + system) of that run, so that `cpu / wall` shows how many cores really worked.
/// `--skip-all-pairs` leaves out betweenness (every view), closeness, harmonic, the whole centrality
/// set and brokerage's coordinators' load (for the 100,000-actor file, where they take minutes).
/// `--only` times the named phases alone (load and graph always run), for comparing one phase
/// before and after a change.

struct Options {
    var file = ""
    var workers: Int?
    var repetitions = 1
    var skipAllPairs = false
    /// Phases to time; empty: all.
    var only: Set<String> = []
}

func parseOptions(_ arguments: [String]) -> Options? {
    var options = Options()
    var index = 1
    while index < arguments.count {
        let argument = arguments[index]
        switch argument {
        case "--workers", "--repeat":
            guard index + 1 < arguments.count, let value = Int(arguments[index + 1]), value > 0 else { return nil }
            if argument == "--workers" { options.workers = value } else { options.repetitions = value }
            index += 1
        case "--skip-all-pairs":
            options.skipAllPairs = true
        case "--only":
            guard index + 1 < arguments.count else { return nil }
            options.only = Set(arguments[index + 1].split(separator: ",").map(String.init))
            index += 1
        default:
            guard options.file.isEmpty else { return nil }
            options.file = argument
        }
        index += 1
    }
    return options.file.isEmpty ? nil : options
}

func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return user + system
}

func wallSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// Peak resident memory of this process so far (kernel's high-water mark), in MiB.
func peakMiB() -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let fields = line.split(separator: " ")
        if fields.count >= 2, let kib = Double(fields[1]) { return kib / 1024 }
    }
    return nil
}

var phases: [(name: String, wall: Double, cpu: Double)] = []
var checksums: [String: Double] = [:]

/// The phases `--only` names; empty: all.
var onlyPhases: Set<String> = []

/// Runs `body` `repetitions` times and records the fastest run.
@MainActor
func measure<T>(_ name: String, repetitions: Int, _ body: () -> T) -> T? {
    guard onlyPhases.isEmpty || onlyPhases.contains(name) || name == "load" || name == "graph" else { return nil }
    var best: (wall: Double, cpu: Double)?
    var result: T?
    for _ in 0..<repetitions {
        let cpu0 = cpuSeconds(), wall0 = wallSeconds()
        result = body()
        let wall = wallSeconds() - wall0, cpu = cpuSeconds() - cpu0
        if best == nil || wall < (best?.wall ?? .infinity) { best = (wall, cpu) }
    }
    if let best { phases.append((name, best.wall, best.cpu)) }
    return result
}

func checksum(_ values: [Double]) -> Double { values.reduce(0, +) }

guard let options = parseOptions(CommandLine.arguments) else {
    FileHandle.standardError.write(Data("usage: actormap-bench FILE [--workers N] [--repeat R] [--skip-all-pairs] [--only PHASE,...]\n".utf8))
    exit(64)
}
let repetitions = options.repetitions
onlyPhases = options.only

guard let loaded = measure("load", repetitions: repetitions, { NetworkLoader.load(path: options.file) }),
      let network = loaded.network else {
    FileHandle.standardError.write(Data("actormap-bench: \(options.file) did not load\n".utf8))
    exit(65)
}
let graph = measure("graph", repetitions: repetitions) { CompactGraph(network: network) } ?? CompactGraph(network: network)

/// One row per measure of `actormap centrality`, so that each can be set beside the same measure in
/// networkx and igraph. Closeness and harmonic share their searches inside `CentralityResult`; here
/// each is timed on its own, as the reference libraries compute them.
if let values = measure("degree", repetitions: repetitions, { degrees(graph).centrality }) {
    checksums["degree"] = checksum(values)
}
if !options.skipAllPairs {
    if let values = measure("betweenness", repetitions: repetitions, { betweennessCentrality(graph, workers: options.workers) }) {
        checksums["betweenness"] = checksum(values)
    }
    if let values = measure("betweenness_1_worker", repetitions: repetitions, { betweennessCentrality(graph, workers: 1) }) {
        checksums["betweenness_1_worker"] = checksum(values)
    }
    // Issue 19: the directed and weighted views, which igraph computes as `betweenness(directed=True)`
    // and with `weights=1/weight` on the same arcs.
    let directed = CompactGraph(network: network, view: GraphView(directed: true))
    if let values = measure("betweenness_directed", repetitions: repetitions, { betweennessCentrality(directed, workers: options.workers) }) {
        checksums["betweenness_directed"] = checksum(values)
    }
    let weighted = CompactGraph(network: network, view: GraphView(weighted: true))
    if let values = measure("betweenness_weighted", repetitions: repetitions, { betweennessCentrality(weighted, workers: options.workers) }) {
        checksums["betweenness_weighted"] = checksum(values)
    }
    if let values = measure("closeness", repetitions: repetitions, { closenessCentrality(graph, workers: options.workers) }) {
        checksums["closeness"] = checksum(values)
    }
    if let values = measure("harmonic", repetitions: repetitions, { harmonicCentrality(graph, workers: options.workers) }) {
        checksums["harmonic"] = checksum(values)
    }
}
if let values = measure("eigenvector", repetitions: repetitions, { eigenvectorCentrality(graph) }), let values {
    checksums["eigenvector"] = checksum(values)
}
if let values = measure("pagerank", repetitions: repetitions, { pageRank(graph) }), let values {
    checksums["pagerank"] = checksum(values)
}
if let values = measure("core", repetitions: repetitions, { coreNumbers(graph) }) {
    checksums["core"] = Double(values.reduce(0, +))
}
if let values = measure("clustering", repetitions: repetitions, { clusteringCoefficients(graph) }) {
    checksums["clustering"] = checksum(values)
}
if let values = measure("constraint", repetitions: repetitions, { burtConstraint(graph) }) {
    checksums["constraint"] = checksum(values.compactMap { $0 })
}
if let values = measure("effective_size", repetitions: repetitions, { effectiveSize(graph) }) {
    checksums["effective_size"] = checksum(values.compactMap { $0 })
}
if !options.skipAllPairs {
    _ = measure("centrality_set", repetitions: repetitions) { CentralityResult(network: network, workers: options.workers) }
    // The coordinators' load searches from every actor of the smaller of the civil-society and
    // public sectors: all-pairs too.
    if let brokerage = measure("brokerage", repetitions: repetitions, { BrokerageAnalysis.analyse(network, grouping: .sector) }) {
        checksums["brokerage"] = Double(brokerage.totals.total) + (brokerage.coordinatorLoad?.share ?? 0)
    }
}
if let gaps = measure("gaps", repetitions: repetitions, { GapAnalysis.gaps(in: network) }) {
    checksums["gaps"] = Double(gaps.count)
}

var fields: [String] = []
fields.append("\"file\": \"\(options.file)\"")
fields.append("\"actors\": \(network.actors.count)")
fields.append("\"links\": \(network.links.count)")
fields.append("\"edges\": \(graph.edgeCount)")
let phaseText = phases.map { "\"\($0.name)\": {\"wall\": \($0.wall), \"cpu\": \($0.cpu)}" }.joined(separator: ", ")
fields.append("\"phases\": {\(phaseText)}")
let checksumText = checksums.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ")
fields.append("\"checksums\": {\(checksumText)}")
fields.append("\"peak_mib\": \(peakMiB().map { String($0) } ?? "null")")
print("{" + fields.joined(separator: ", ") + "}")
