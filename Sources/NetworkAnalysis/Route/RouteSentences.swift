import NetworkModel

/// The route told in plain language, with actors and services by name, so that a caseworker or a
/// council report can quote it without the table beside it.
enum RouteSentences {
    static func sentences(for result: RouteResult, network: Network) -> [String] {
        let names = Dictionary(network.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func name(_ id: String) -> String { names[id] ?? id }
        func list(_ ids: [String]) -> String { naturalList(ids.map(name).sorted()) }
        let person = "a person speaking \(LanguageNames.display(result.language)) in \(result.district)"
        let breaks = result.stages.filter { $0.usable.isEmpty }.count + result.steps.filter { $0.status == .noReferral }.count
        var out: [String] = []
        if result.isComplete {
            out.append("\(capitalised(person)) can follow \(result.pathwayName) from start to end.")
        } else {
            out.append("\(capitalised(person)) cannot follow \(result.pathwayName) to the end: the route breaks "
                + (breaks == 1 ? "in one place." : "in \(breaks) places."))
        }
        for (index, stage) in result.stages.enumerated() {
            out.append(stageSentence(stage, person: person, language: result.language, district: result.district,
                                     names: list, name: name))
            guard index < result.steps.count else { continue }
            let step = result.steps[index]
            let next = result.stages[index + 1]
            if let sentence = stepSentence(step, from: stage, to: next, name: name) { out.append(sentence) }
        }
        return out
    }

    static func stageSentence(_ stage: RouteStage, person: String, language: String, district: String,
                              names: ([String]) -> String, name: (String) -> String = { $0 }) -> String {
        let service = stage.serviceName
        switch stage.problem {
        case nil:
            let verb = stage.usable.count == 1 ? "is the only provider who can serve" : "can serve"
            var sentence = "\(service): \(names(stage.usable)) \(verb) \(person)"
            if !stage.languageNeeded {
                let languages = naturalList(stage.givenIn.map(LanguageNames.display))
                sentence += stage.givenIn.isEmpty
                    ? "; it need not be given in \(LanguageNames.display(language))"
                    : "; it is given in \(languages) and need not be given in \(LanguageNames.display(language))"
            }
            for provider in stage.throughInterpreting {
                sentence += "; \(name(provider.actor)) through the interpreting of \(naturalList(provider.interpreters.map(name).sorted()))"
            }
            return sentence + "."
        case .nobodyOffers?:
            return "\(service): nobody offers it, so the route breaks here."
        case .language?:
            return "\(service): offered by \(names(stage.providers)), but not in \(LanguageNames.display(language)); "
                + "the route breaks here."
        case .languagesUnrecorded?:
            return "\(service): offered by \(names(stage.providers)), but no offer records its languages, so none can be "
                + "counted as serving \(LanguageNames.display(language)); the route breaks here until they are recorded."
        case .district? where !stage.languageNeeded:
            return "\(service): offered by \(names(stage.providers)), but not in \(district); the route breaks here."
        case .district?:
            return "\(service): offered in \(LanguageNames.display(language)), but not in \(district); the route breaks here."
        case .languageAndDistrict?:
            return "\(service): offered in \(LanguageNames.display(language)) and offered in \(district), but never both "
                + "at once; the route breaks here."
        }
    }

    static func stepSentence(_ step: RouteStep, from: RouteStage, to: RouteStage, name: (String) -> String) -> String? {
        let between = "from \(from.serviceName) to \(to.serviceName)"
        var sentence: String
        switch step.status {
        case .stageUnusable:
            return nil
        case .noReferral:
            return "Nobody who can serve them for \(from.serviceName) refers clients to anybody who can serve them for "
                + "\(to.serviceName), and nobody offers both: the route breaks \(between)."
        case .handedOn:
            sentence = "Handed on \(between): " + naturalList(step.handOffs.map { describe($0, name: name) }) + "."
        case .indirect:
            sentence = "No direct referral \(between); newcomers are passed on only in two steps: "
                + naturalList(step.handOffs.map { describe($0, name: name) }) + "."
        }
        if let bottleneck = step.bottleneck {
            let who = naturalList(bottleneck.actors.map(name))
            switch bottleneck.kind {
            case .coordinators:
                sentence += " Only through \(who): every hand-off \(between) passes through "
                    + (bottleneck.actors.count == 1 ? "this coordinator." : "these coordinators.")
            case .singleActor:
                sentence += " Every hand-off \(between) depends on \(who) alone."
            }
        }
        return sentence
    }

    static func describe(_ handOff: HandOff, name: (String) -> String) -> String {
        if handOff.isSameActor { return "\(name(handOff.from)) offers both" }
        if let via = handOff.via { return "\(name(handOff.from)) refers to \(name(via)), which refers to \(name(handOff.to))" }
        return "\(name(handOff.from)) refers to \(name(handOff.to))"
    }

    /// "A, B and C"; beyond `limit` items, "A, B, C, D, E and 19 others", so that a sentence stays
    /// a sentence in a network of many municipalities.
    static func naturalList(_ items: [String], limit: Int = 6) -> String {
        if items.count > limit {
            return items.prefix(limit - 1).joined(separator: ", ") + " and \(items.count - limit + 1) others"
        }
        switch items.count {
        case 0: return "nobody"
        case 1: return items[0]
        case 2: return "\(items[0]) and \(items[1])"
        default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }

    static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
