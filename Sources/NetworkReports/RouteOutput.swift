import NetworkAnalysis
import NetworkModel
import OutputFiles

/// A newcomer's route as the `route` command prints it and a report can embed it.
public enum RouteOutput {
    /// One row per stage and one per step between stages, in route order.
    public static func table(_ result: RouteResult, network: Network) -> Table {
        let names = Dictionary(network.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func list(_ ids: [String]) -> String { ids.map { names[$0] ?? $0 }.sorted().joined(separator: ", ") }
        /// A provider reached through interpreting carries its interpreters: "Caritas (via VeMO)".
        func usable(_ stage: RouteStage) -> String {
            stage.usable.sorted { (names[$0] ?? $0, $0) < (names[$1] ?? $1, $1) }.map { id in
                let name = names[id] ?? id
                guard let interpreted = stage.throughInterpreting.first(where: { $0.actor == id }) else { return name }
                return "\(name) (via \(list(interpreted.interpreters)))"
            }.joined(separator: ", ")
        }
        var table = Table(columns: ["step", "service", "status", "actors", "bottleneck"])
        for (index, stage) in result.stages.enumerated() {
            table.append([String(index + 1), stage.serviceName, stage.problem.map { "break: \($0.rawValue)" } ?? "usable",
                          usable(stage), ""])
            guard index < result.steps.count else { continue }
            let step = result.steps[index]
            let handOffs = step.handOffs.map { handOff in
                handOff.isSameActor ? "\(names[handOff.from] ?? handOff.from) (both)"
                    : ([handOff.from] + (handOff.via.map { [$0] } ?? []) + [handOff.to]).map { names[$0] ?? $0 }.joined(separator: " → ")
            }
            let status = step.status == .noReferral ? "break: no-referral" : step.status.rawValue
            table.append(["→", "", status, handOffs.joined(separator: "; "),
                          step.bottleneck.map { "\($0.kind.rawValue): \(list($0.actors))" } ?? ""])
        }
        return table
    }

    public static func json(_ result: RouteResult) -> JSONValue {
        func strings(_ items: [String]) -> JSONValue { .array(items.map { .string($0) }) }
        return .object([
            ("network", .string(result.network)),
            ("pathway", .string(result.pathway)),
            ("language", .string(result.language)),
            ("district", .string(result.district)),
            ("complete", .bool(result.isComplete)),
            ("stages", .array(result.stages.map { stage in
                .object([("service", .string(stage.service)), ("providers", strings(stage.providers)),
                         ("usable", strings(stage.usable)), ("problem", .string(stage.problem?.rawValue)),
                         ("language_needed", .bool(stage.languageNeeded)), ("given_in", strings(stage.givenIn)),
                         ("through_interpreting", .array(stage.throughInterpreting.map { provider in
                             .object([("actor", .string(provider.actor)), ("interpreters", strings(provider.interpreters))])
                         }))])
            })),
            ("steps", .array(result.steps.map { step in
                .object([
                    ("from_stage", .string(step.fromStage)), ("to_stage", .string(step.toStage)),
                    ("status", .string(step.status.rawValue)),
                    ("hand_offs", .array(step.handOffs.map { handOff in
                        .object([("from", .string(handOff.from)), ("to", .string(handOff.to)), ("via", .string(handOff.via))])
                    })),
                    ("bottleneck", step.bottleneck.map { bottleneck in
                        .object([("kind", .string(bottleneck.kind.rawValue)), ("actors", strings(bottleneck.actors))])
                    } ?? .null),
                ])
            })),
            ("sentences", strings(result.sentences)),
        ])
    }

    public static func text(_ result: RouteResult, network: Network, markdown: Bool) -> String {
        let title = "Route through \(result.pathwayName) for \(LanguageNames.display(result.language)) in \(result.district)"
        // Names from the file are data: in Markdown they are escaped, never markup (issue 21).
        let shown: (String) -> String = { markdown ? MarkdownText.inline($0) : $0 }
        var out = markdown ? "# \(shown(title))\n\n" : "\(title)\n\n"
        let table = table(result, network: network)
        out += markdown ? table.markdown() : table.text()
        out += markdown ? "\n## In brief\n\n" : "\nIn brief\n"
        out += result.sentences.map { (markdown ? "- " : "  ") + shown($0) }.joined(separator: "\n") + "\n"
        return out
    }
}
