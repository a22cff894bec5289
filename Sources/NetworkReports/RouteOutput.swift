import NetworkAnalysis
import NetworkModel
import Wording
import OutputFiles

/// A newcomer's route as the `route` command prints it and a report can embed it.
public enum RouteOutput {
    /// One row per stage and one per step between stages, in route order.
    /// In a language other than English (`words`) the headers and statuses are the reader's; the
    /// CSV keeps the machine form.
    public static func table(_ result: RouteResult, network: Network, words: Words = Words(.en)) -> Table {
        let english = words.language == .en
        let names = Dictionary(network.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func list(_ ids: [String]) -> String { ids.map { names[$0] ?? $0 }.sorted().joined(separator: ", ") }
        /// A provider reached through interpreting carries its interpreters: "Caritas (via VeMO)".
        func usable(_ stage: RouteStage) -> String {
            stage.usable.sorted { (names[$0] ?? $0, $0) < (names[$1] ?? $1, $1) }.map { id in
                let name = names[id] ?? id
                guard let interpreted = stage.throughInterpreting.first(where: { $0.actor == id }) else { return name }
                return "\(name) (\(english ? "via" : words[command: .via]) \(list(interpreted.interpreters)))"
            }.joined(separator: ", ")
        }
        func problem(_ problem: RouteStage.Problem) -> String {
            guard !english else { return "break: \(problem.rawValue)" }
            let reason: CommandTerm
            switch problem {
            case .nobodyOffers: reason = .problemNobodyOffers
            case .language: reason = .problemLanguage
            case .languagesUnrecorded: reason = .problemLanguagesUnrecorded
            case .district: reason = .problemDistrict
            case .languageAndDistrict: reason = .problemLanguageAndDistrict
            }
            return words.labelled(words[command: .routeBreak], words[command: reason])
        }
        func status(_ status: RouteStep.Status) -> String {
            guard !english else { return status == .noReferral ? "break: no-referral" : status.rawValue }
            switch status {
            case .handedOn: return words[command: .handedOn]
            case .indirect: return words[command: .indirect]
            case .noReferral: return words.labelled(words[command: .routeBreak], words[command: .noReferral])
            case .stageUnusable: return words[command: .routeBreak]
            }
        }
        func bottleneck(_ kind: RouteStep.Bottleneck.Kind) -> String {
            guard !english else { return kind.rawValue }
            switch kind {
            case .coordinators: return words[command: .bottleneckCoordinators]
            case .singleActor: return words[command: .bottleneckSingleActor]
            }
        }
        let columns = english ? ["step", "service", "status", "actors", "bottleneck"]
            : [words[command: .step], words[.service], words[.status], words[.actors], words[command: .bottleneck]].map(words.capitalised)
        var table = Table(columns: columns)
        for (index, stage) in result.stages.enumerated() {
            table.append([english ? String(index + 1) : words.integer(index + 1), stage.serviceName,
                          stage.problem.map(problem) ?? (english ? "usable" : words[command: .usable]), usable(stage), ""])
            guard index < result.steps.count else { continue }
            let step = result.steps[index]
            let handOffs = step.handOffs.map { handOff in
                handOff.isSameActor ? "\(names[handOff.from] ?? handOff.from) (\(words[command: .offersBoth]))"
                    : ([handOff.from] + (handOff.via.map { [$0] } ?? []) + [handOff.to]).map { names[$0] ?? $0 }.joined(separator: " → ")
            }
            table.append(["→", "", status(step.status), handOffs.joined(separator: "; "),
                          step.bottleneck.map { words.labelled(bottleneck($0.kind), list($0.actors)) } ?? ""])
        }
        return table
    }

    /// The sentences in English, built from the catalogue; names from `network`.
    public static func json(_ result: RouteResult, network: Network) -> JSONValue {
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
            ("sentences", strings(Words(.en).routeSentences(result, network: network))),
        ])
    }

    public static func text(_ result: RouteResult, network: Network, markdown: Bool, words: Words = Words(.en)) -> String {
        let title = words.routeTitle(result)
        // Names from the file are data: in Markdown they are escaped, never markup (issue 21).
        let shown: (String) -> String = { markdown ? MarkdownText.inline($0) : $0 }
        var out = markdown ? "# \(shown(title))\n\n" : "\(title)\n\n"
        let table = table(result, network: network, words: words)
        out += markdown ? table.markdown() : table.text()
        out += markdown ? "\n## \(words[command: .inBrief])\n\n" : "\n\(words[command: .inBrief])\n"
        out += words.routeSentences(result, network: network).map { (markdown ? "- " : "  ") + shown($0) }
            .joined(separator: "\n") + "\n"
        return out
    }
}
