import CGraphviz
import Foundation

/// A message Graphviz itself reported, kept as a Swift value instead of reaching stderr.
public struct GraphvizError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Stage: String, Sendable {
        /// `gvContext()` returned nothing (no memory, broken installation).
        case context
        /// The DOT text was not accepted by `agmemread`.
        case parse
        case layout
        case render
    }

    public var stage: Stage
    /// Graphviz's own words, one line each, without the "Error: " prefix.
    public var messages: [String]

    public init(stage: Stage, messages: [String]) {
        self.stage = stage
        self.messages = messages
    }

    public var description: String {
        let detail = messages.isEmpty ? "no message from Graphviz" : messages.joined(separator: "; ")
        return "Graphviz \(stage.rawValue) failed: \(detail)"
    }
}

/// The bytes of a rendered diagram and any warnings Graphviz gave while making it (for example an
/// overlap-removal method not built in), which a command line may show but need not fail on.
public struct GraphvizOutput: Sendable {
    public var data: [UInt8]
    public var warnings: [String]
    /// What actormap changed to make the drawing possible (a shortened label), for the command
    /// to say on standard error.
    public var notes: [String] = []
}

/// The only door to the Graphviz C libraries. Every C pointer is acquired and released inside one
/// call here, each release in a `defer` written right after its acquisition, so no caller ever
/// holds one and an error path cannot leak a graph or a layout.
///
/// Graphviz keeps global state (the error handler, the parser, plugin tables), so it is not
/// thread-safe: all calls go through one process-wide lock and the API is synchronous. A fresh
/// context per call keeps nothing alive between calls; `gvContext()` costs about a millisecond,
/// which is nothing next to a layout.
public enum GraphvizRenderer {
    private static let lock = NSLock()

    /// Lays out `dot` with `layout` and renders it as `format` (not `.dot`, which is our own text).
    public static func render(dot: String, layout: Layout, format: DiagramFormat) throws -> GraphvizOutput {
        guard let graphvizFormat = format.graphvizFormat else {
            return GraphvizOutput(data: Array(dot.utf8), warnings: [])
        }
        return try render(dot: dot, engine: layout.rawValue, graphvizFormat: graphvizFormat)
    }

    /// The string-typed core, internal so tests can ask for an engine that does not exist.
    static func render(dot: String, engine: String, graphvizFormat: String) throws -> GraphvizOutput {
        try withGraphviz { context in
            guard let graph = agmemread(dot) else {
                throw GraphvizError(stage: .parse, messages: ErrorCollector.errors(orDefault: "no graph in the DOT text"))
            }
            defer { agclose(graph) }

            // Graphviz reports some errors (an HTML label it cannot parse) and carries on with a
            // fallback, returning success. The text is ours, so such an error is our bug: fail as the
            // `dot` command line does (exit 1) instead of drawing the graph's name where a label was.
            guard gvLayout(context, graph, engine) == 0, !ErrorCollector.hasErrors else {
                throw GraphvizError(stage: .layout, messages: ErrorCollector.errors(orDefault: "layout \(engine) failed"))
            }
            defer { gvFreeLayout(context, graph) }

            var result: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = gvRenderData(context, graph, graphvizFormat, &result, &length)
            defer { if let result { gvFreeRenderData(result) } }
            guard status == 0, let result, !ErrorCollector.hasErrors else {
                throw GraphvizError(stage: .render, messages: ErrorCollector.errors(orDefault: "format \(graphvizFormat) failed"))
            }
            let data = result.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                Array(UnsafeBufferPointer(start: $0, count: Int(length)))
            }
            return GraphvizOutput(data: data, warnings: ErrorCollector.warnings)
        }
    }

    /// How many nodes Graphviz reads from `dot`: lets tests check that our DOT text means to
    /// Graphviz what we meant it to.
    public static func nodeCount(dot: String) throws -> Int {
        try withGraphviz { _ in
            guard let graph = agmemread(dot) else {
                throw GraphvizError(stage: .parse, messages: ErrorCollector.errors(orDefault: "no graph in the DOT text"))
            }
            defer { agclose(graph) }
            return Int(agnnodes(graph))
        }
    }

    /// The output formats the installed plugins offer in this process, as `dot -T?` lists them.
    public static func availableFormats() throws -> [String] {
        try withGraphviz { context in
            var count: Int32 = 0
            guard let list = gvPluginList(context, "device", &count, nil) else { return [] }
            defer {
                for index in 0..<Int(count) { free(list[index]) }
                free(list)
            }
            return (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }
        }
    }

    /// Holds the lock, routes Graphviz's messages into `ErrorCollector` and owns the context.
    private static func withGraphviz<T>(_ body: (OpaquePointer) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }

        ErrorCollector.reset()
        let previousHandler = agseterrf(ErrorCollector.receive)
        defer { agseterrf(previousHandler) }
        let previousLevel = agseterr(AGWARN)
        defer { agseterr(previousLevel) }
        agreseterrors()

        guard let context = gvContext() else {
            throw GraphvizError(stage: .context, messages: ErrorCollector.errors(orDefault: "gvContext() failed"))
        }
        defer { gvFreeContext(context) }
        return try body(context)
    }
}

/// Collects what Graphviz passes to the `agseterrf` handler. Graphviz calls the handler in pieces
/// ("Error", ": ", then the message), so text is joined and split into lines afterwards.
///
/// Only touched while `GraphvizRenderer.lock` is held, which is what makes the unchecked global
/// state safe.
private enum ErrorCollector {
    nonisolated(unsafe) static var text = ""

    static let receive: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { message in
        if let message { ErrorCollector.text += String(cString: message) }
        return 0
    }

    static func reset() { text = "" }

    private static var lines: [(isError: Bool, message: String)] {
        var result: [(Bool, String)] = []
        var isError = false
        for rawLine in text.split(separator: "\n") {
            var line = String(rawLine).trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("Error: ") {
                isError = true
                line.removeFirst("Error: ".count)
            } else if line.hasPrefix("Warning: ") {
                isError = false
                line.removeFirst("Warning: ".count)
            }
            // A line without a prefix continues the previous message (Graphviz lists the valid
            // layout names on the lines after "Layout type ... not recognized").
            if !line.isEmpty { result.append((isError, line)) }
        }
        return result
    }

    static func errors(orDefault fallback: String) -> [String] {
        let found = lines.filter(\.isError).map(\.message)
        return found.isEmpty ? (lines.map(\.message) + [fallback]) : found
    }

    static var warnings: [String] { lines.filter { !$0.isError }.map(\.message) }

    static var hasErrors: Bool { lines.contains { $0.isError } }
}
