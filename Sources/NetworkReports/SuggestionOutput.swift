import NetworkAnalysis
import NetworkModel
import Wording
import OutputFiles

/// The forms `actormap suggest` takes: a numbered list for people (plain or Markdown), in the
/// reader's language, each change with why it is plausible, what it closes and the open gaps
/// before and after; one JSON document for other tools; one CSV table for spreadsheets.
public enum SuggestionOutput {
    // MARK: - JSON

    public static func json(_ analysis: SuggestionAnalysis) -> JSONValue {
        .object([
            ("network", .string(analysis.network.title)),
            ("open_gaps_before", .int(analysis.gapsBefore.count)),
            ("open_gaps_after", .int(analysis.gapsAfter.count)),
            ("tie_lower_bound", analysis.tieLowerBound.map { .int($0) } ?? .null),
            ("greedy_bound", .number(analysis.greedyBound)),
            ("departed", strings(analysis.departed)),
            ("unprotectable", strings(analysis.unprotectable)),
            ("no_free_capacity", strings(analysis.noFreeCapacity)),
            ("suggestions", .array(analysis.suggestions.map(json))),
        ])
    }

    static func strings(_ items: [String]) -> JSONValue { .array(items.map { .string($0) }) }

    static func json(_ change: SuggestedChange) -> JSONValue {
        var members: [(String, JSONValue)] = [("kind", .string(change.kind.rawValue))]
        members.append(("links", .array(change.links.map {
            .object([("from", .string($0.from)), ("to", .string($0.to)), ("type", .string($0.type.rawValue)),
                     ("source", strings($0.sources))])
        })))
        if let offer = change.offer {
            members.append(("offer", .object([("actor", .string(offer.actor)), ("service", .string(offer.service)),
                                              ("existing_capacity", offer.existingCapacity.map { .int($0) } ?? .null)])))
        }
        if change.kind == .ties {
            members.append(("protects", strings(change.protects)))
            members.append(("relieves", strings(change.relieves)))
        }
        if !change.cells.isEmpty { members.append(("cells", .array(change.cells.map(cellJSON)))) }
        if let pathway = change.pathway {
            members.append(("pathway", .string(pathway)))
            members.append(("from_stage", .string(change.fromStage)))
            members.append(("to_stage", .string(change.toStage)))
            members.append(("routes", change.routes.map { .int($0) } ?? .null))
            members.append(("equally_good", .int(change.equallyGood)))
        }
        members.append(("reasons", .array(change.reasons.map(reasonJSON))))
        members.append(("alternatives", strings(change.alternatives)))
        members.append(("open_gaps_before", .int(change.openBefore)))
        members.append(("open_gaps_after", .int(change.openAfter)))
        members.append(("gaps_closed", GapOutput.json(change.closed)))
        members.append(("gaps_opened", GapOutput.json(change.opened)))
        return .object(members)
    }

    static func cellJSON(_ cell: CoverageCell) -> JSONValue {
        var members: [(String, JSONValue)] = [("service", .string(cell.service))]
        if let language = cell.language { members.append(("language", .string(language))) }
        if let district = cell.district { members.append(("district", .string(district))) }
        return .object(members)
    }

    /// `{"reason": "same-sector", "value": "public"}`: the reason's name and the id it concerns.
    static func reasonJSON(_ reason: SuggestionReason) -> JSONValue {
        let (name, value): (String, String)
        switch reason {
        case .sameSector(let sector): (name, value) = ("same-sector", sector.rawValue)
        case .sameDistrict(let district): (name, value) = ("same-district", district)
        case .sameService(let service): (name, value) = ("same-service", service)
        case .speaks(let language): (name, value) = ("speaks", language)
        case .worksIn(let district): (name, value) = ("works-in", district)
        case .relatedService(let service): (name, value) = ("related-service", service)
        case .linkedToProvider(let actor): (name, value) = ("linked-to-provider", actor)
        case .commonPartner(let actor): (name, value) = ("common-partner", actor)
        case .alreadyLinked(let type): (name, value) = ("already-linked", type.rawValue)
        }
        return .object([("reason", .string(name)), ("value", .string(value))])
    }

    // MARK: - CSV

    /// One row per suggestion: rank, kind, the link or offer as ids, the cells, the actors a tie
    /// protects, the open gaps before and after, and the sentence in the reader's language.
    public static func csv(_ analysis: SuggestionAnalysis, language: OutputLanguage) -> String {
        let words = language.words
        var table = Table(columns: ["rank", "kind", "from", "to", "link_type", "actor", "service", "cells", "protects",
                                    "open_gaps_before", "open_gaps_after", "change"])
        for (index, change) in analysis.suggestions.enumerated() {
            let link = change.links.first
            let cells = change.cells.map { "\($0.service):\($0.language ?? $0.district ?? "")" }.joined(separator: " ")
            table.append([String(index + 1), change.kind.rawValue, link?.from ?? "", link?.to ?? "",
                          link?.type.rawValue ?? "", change.offer?.actor ?? "", change.offer?.service ?? "", cells,
                          change.protects.joined(separator: " "), String(change.openBefore), String(change.openAfter),
                          words.suggestionChange(change, in: analysis.network)])
        }
        return table.csv()
    }

    // MARK: - For people

    /// The numbered list, then the notes on bounds and on actors left out.
    public static func text(_ analysis: SuggestionAnalysis, markdown: Bool, language: OutputLanguage) -> String {
        let words = language.words
        let network = analysis.network
        let title = words.suggestionsTitle(network.title)
        var out = markdown ? "# \(MarkdownText.inline(title))\n\n" : "\(title)\n"
        out += words.suggestionsSummary(before: analysis.gapsBefore.count, after: analysis.gapsAfter.count,
                                        changes: analysis.suggestions.count) + "\n\n"
        out += list(analysis, markdown: markdown, language: language)
        let notes = SuggestionOutput.notes(analysis, language: language)
        if !notes.isEmpty { out += "\n" + notes.map { $0 + "\n" }.joined() }
        return out
    }

    /// Only the numbered list (the report's section puts its own heading above it).
    public static func list(_ analysis: SuggestionAnalysis, markdown: Bool, language: OutputLanguage) -> String {
        let words = language.words
        let network = analysis.network
        guard !analysis.suggestions.isEmpty else { return words.noSuggestions + "\n" }
        let columns = words.suggestionColumns
        var out = ""
        for (index, change) in analysis.suggestions.enumerated() {
            let sentence = words.suggestionChange(change, in: network)
            let kind = words.suggestionKind(change.kind)
            let closes = closedText(change, network: network, language: language)
            let count = "\(words.integer(change.openBefore)) → \(words.integer(change.openAfter))"
            if markdown {
                out += "\(index + 1). " + MarkdownText.inline(words.labelled(kind, sentence)) + "\n"
                out += "   - " + MarkdownText.inline(words.labelled(columns[3], words.suggestionReasons(change, in: network))) + "\n"
                out += "   - " + MarkdownText.inline(words.labelled(columns[4], closes)) + "\n"
                out += "   - " + words.labelled(columns[5], count) + "\n"
            } else {
                out += "\(index + 1). " + words.labelled(kind, sentence) + "\n"
                out += "   " + words.labelled(columns[3], words.suggestionReasons(change, in: network)) + "\n"
                out += "   " + words.labelled(columns[4], closes) + "\n"
                out += "   " + words.labelled(columns[5], count) + "\n"
            }
        }
        return out
    }

    /// The closed gaps as grouped gap sentences, "–" when a tie only protects part of a cut-off set.
    static func closedText(_ change: SuggestedChange, network: Network, language: OutputLanguage) -> String {
        let groups = GapGrouping.groups(change.closed, in: network, languageName: language.words.languageName)
        guard !groups.isEmpty else {
            return change.kind == .ties && !change.relieves.isEmpty ? language.words.tieNarrows(change, in: network) : "–"
        }
        return language.words.sentences(groups.map { GapSentences.sentence(for: $0, in: network, language: language) })
    }

    public static func notes(_ analysis: SuggestionAnalysis, language: OutputLanguage) -> [String] {
        let words = language.words
        var notes: [String] = []
        let ties = analysis.suggestions.filter { $0.kind == .ties }.reduce(0) { $0 + $1.links.count }
        if let bound = analysis.tieLowerBound, ties > 0 || bound > 0 {
            notes.append(words.tieBound(suggested: ties, lowerBound: bound))
        }
        if let bound = analysis.greedyBound { notes.append(words.greedyCoverNote(bound: bound)) }
        if !analysis.unprotectable.isEmpty { notes.append(words.unprotectableNote(analysis.unprotectable, in: analysis.network)) }
        if !analysis.noFreeCapacity.isEmpty {
            notes.append(words.noFreeCapacityNote(analysis.noFreeCapacity, in: analysis.network))
        }
        if !analysis.departed.isEmpty { notes.append(words.departedNote(analysis.departed, in: analysis.network)) }
        return notes
    }
}
