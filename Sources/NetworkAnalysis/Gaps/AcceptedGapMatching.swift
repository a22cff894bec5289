import NetworkModel

/// Marks the gaps the network's `accepted` list covers (FORMAT.md 1.1) and reports every entry
/// that covers nothing, so that an acceptance is never silently ignored: an entry naming an id
/// the network does not have, one whose `until` has passed, one that matches no gap.
///
/// An entry matches a gap of its kind when every id it gives equals the gap's (language tags
/// without regard to case); ids it leaves out match anything. The first matching entry, in file
/// order, is the one a gap shows. An expired entry marks nothing: the gap is open again.
///
/// "Expired" compares `until` with the network's `as_of`, or with `today` when the network has
/// none; with neither, nothing expires (the analysis does not read the clock itself).
enum AcceptedGapMatching {
    static func apply(_ network: Network, to gaps: [Gap], today: CalendarDate?)
        -> (gaps: [Gap], warnings: [Diagnostic]) {
        guard !network.accepted.isEmpty else { return (gaps, []) }
        var gaps = gaps
        var warnings: [Diagnostic] = []
        let known = KnownIDs(network)
        let reference = network.asOf ?? today
        for entry in network.accepted {
            if let problem = known.unknownID(in: entry) {
                warnings.append(.warning(problem, at: entry.location))
                continue
            }
            if let until = entry.until, let reference, until < reference {
                let against = network.asOf != nil ? "the network's as_of, \(reference)" : "today, \(reference)"
                warnings.append(.warning("the acceptance of this \(entry.kind) gap ended on \(until), before \(against); "
                                         + "the gap counts as open again (renew 'until' or remove the entry)",
                                         at: entry.location))
                continue
            }
            var matched = false
            for index in gaps.indices where matches(entry, gaps[index]) {
                matched = true
                if gaps[index].accepted == nil {
                    gaps[index].accepted = GapAcceptance(reason: entry.reason, until: entry.until, location: entry.location)
                }
            }
            if !matched {
                let ids = entry.givenIDs.map { "\($0.key) '\($0.value)'" }
                let which = ids.isEmpty ? "" : " with " + ids.joined(separator: ", ")
                warnings.append(.warning("accepted gap matches no gap: the network has no \(entry.kind) gap\(which); "
                                         + "remove the entry or correct it", at: entry.location))
            }
        }
        return (gaps, warnings)
    }

    static func matches(_ entry: AcceptedGap, _ gap: Gap) -> Bool {
        guard entry.kind == gap.kind.rawValue else { return false }
        func same(_ wanted: String?, _ actual: String?) -> Bool { wanted == nil || wanted == actual }
        let languageMatches = entry.language.map { wanted in gap.language.map { $0.lowercased() == wanted.lowercased() } ?? false } ?? true
        return same(entry.service, gap.service) && same(entry.actor, gap.actor) && languageMatches
            && same(entry.district, gap.district) && same(entry.pathway, gap.pathway)
            && same(entry.fromStage, gap.fromStage) && same(entry.toStage, gap.toStage)
    }

    /// The ids an entry may name, for the "unknown id" warning with its "did you mean".
    private struct KnownIDs {
        let actors: [String]
        let services: [String]
        let pathways: [String]
        let languages: [String]
        let districts: [String]

        init(_ network: Network) {
            actors = network.actors.map(\.id).sorted()
            services = network.services.map(\.id).sorted()
            pathways = network.pathways.map(\.id).sorted()
            var languages = Set(network.languages)
            var districts = Set(network.districts)
            for service in network.services {
                languages.formUnion(service.languages ?? [])
                districts.formUnion(service.districts ?? [])
            }
            self.languages = languages.sorted()
            self.districts = districts.sorted()
        }

        func unknownID(in entry: AcceptedGap) -> String? {
            let checks: [(key: String, value: String?, among: [String], what: String)] = [
                ("service", entry.service, services, "service"), ("actor", entry.actor, actors, "actor"),
                ("language", entry.language, languages, "language"), ("district", entry.district, districts, "district"),
                ("pathway", entry.pathway, pathways, "pathway"), ("from_stage", entry.fromStage, services, "service"),
                ("to_stage", entry.toStage, services, "service"),
            ]
            for check in checks {
                guard let value = check.value else { continue }
                let found = check.key == "language"
                    ? check.among.contains { $0.lowercased() == value.lowercased() } : check.among.contains(value)
                if !found {
                    let need = check.key == "language" || check.key == "district" ? " the network needs" : ""
                    return "accepted gap names unknown \(check.what) '\(value)'\(Suggestion.hint(for: value, among: check.among)); "
                        + "it is not one of the \(check.what == "actor" ? "actors" : check.what + "s")\(need), so the entry accepts nothing"
                }
            }
            return nil
        }
    }
}
