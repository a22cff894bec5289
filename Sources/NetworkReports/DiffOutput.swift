import NetworkAnalysis
import NetworkModel
import Wording
import OutputFiles

/// The forms a diff takes: docs/cli.md's JSON, and sections of tables for people (text or
/// Markdown) that show old -> new values and name actors, services and pathways by name. Every
/// English word of the human form is in `DiffWords` below.
public enum DiffOutput {
    /// Values are rounded to six decimals: a diff is read, and the seventh digit is noise.
    static func rounded(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }

    static func json(_ value: DiffValue) -> JSONValue {
        switch value {
        case .none: return .null
        case .text(let text): return .string(text)
        case .number(let number): return .number(number)
        case .flag(let flag): return .bool(flag)
        case .list(let items): return .array(items.map { .string($0) })
        case .offers(let offers):
            return .array(offers.map { offer in
                .object([("service", .string(offer.service)), ("languages", .array(offer.languages.map { .string($0) })),
                         ("districts", .array(offer.districts.map { .string($0) })),
                         ("capacity", offer.capacity.map { .int($0) } ?? .null)])
            })
        }
    }

    static func json(_ changes: [FieldChange]) -> JSONValue {
        .object(changes.map { ($0.field, .object([("old", json($0.old)), ("new", json($0.new))])) })
    }

    public static func json(_ diff: NetworkDiff) -> JSONValue {
        func snapshot(_ s: NetworkDiff.Snapshot) -> JSONValue {
            .object([("network", .string(s.network)), ("as_of", .string(s.asOf?.description))])
        }
        func actors(_ entries: [NetworkDiff.ActorEntry]) -> JSONValue {
            .array(entries.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) })
        }
        func entries(_ entries: [NetworkDiff.Entry]) -> JSONValue {
            .array(entries.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) })
        }
        func changed(_ items: [NetworkDiff.Change]) -> JSONValue {
            .array(items.map { .object([("id", .string($0.id)), ("name", .string($0.name)), ("changes", json($0.changes))]) })
        }
        func links(_ keys: [LinkKey]) -> JSONValue {
            .array(keys.map { .object([("from", .string($0.from)), ("to", .string($0.to)), ("type", .string($0.type.rawValue))]) })
        }
        func offers(_ entries: [NetworkDiff.OfferEntry]) -> JSONValue {
            .array(entries.map { .object([("actor", .string($0.actor)), ("service", .string($0.service))]) })
        }
        return .object([
            ("old", snapshot(diff.old)), ("new", snapshot(diff.new)),
            ("actors_added", actors(diff.actorsAdded)), ("actors_removed", actors(diff.actorsRemoved)),
            ("actors_changed", .array(diff.actorsChanged.map {
                .object([("id", .string($0.id)), ("name", .string($0.name)), ("fields", .array($0.fields.map { .string($0) })),
                         ("changes", json($0.changes))])
            })),
            ("links_added", links(diff.linksAdded)), ("links_removed", links(diff.linksRemoved)),
            ("links_changed", .array(diff.linksChanged.map {
                .object([("from", .string($0.link.from)), ("to", .string($0.link.to)), ("type", .string($0.link.type.rawValue)),
                         ("old_weight", .number($0.oldWeight)), ("new_weight", .number($0.newWeight)),
                         ("changes", json($0.changes))])
            })),
            ("offers_added", offers(diff.offersAdded)), ("offers_removed", offers(diff.offersRemoved)),
            ("services_added", entries(diff.servicesAdded)), ("services_removed", entries(diff.servicesRemoved)),
            ("services_changed", changed(diff.servicesChanged)),
            ("pathways_added", entries(diff.pathwaysAdded)), ("pathways_removed", entries(diff.pathwaysRemoved)),
            ("pathways_changed", changed(diff.pathwaysChanged)),
            ("gaps_opened", GapOutput.json(diff.gapsOpened)), ("gaps_closed", GapOutput.json(diff.gapsClosed)),
            ("centrality_changes", .array(diff.centralityChanges.map {
                .object([("id", .string($0.id)), ("measure", .string($0.measure.rawValue)),
                         ("old", .number(rounded($0.old))), ("new", .number(rounded($0.new)))])
            })),
        ])
    }

    /// The human form. `old` and `new` are the two networks in the diff's order; names come from
    /// the newer one, and from the older for what was removed.
    public static func text(_ diff: NetworkDiff, old: Network, new: Network, markdown: Bool,
                            language: Words = Words(.en)) -> String {
        let english = language.language == .en
        let words = DiffWords(words: language)
        let names = DiffNames(old: old, new: new)
        func number(_ n: Int) -> String { english ? String(n) : language.integer(n) }
        func linkType(_ type: LinkType) -> String { english ? type.rawValue : language.linkType(type) }
        func heading(_ title: String, _ count: Int) -> String {
            markdown ? "\n## \(title) (\(number(count)))\n\n" : "\n\(title) (\(number(count)))\n"
        }
        func render(_ table: Table) -> String {
            guard !table.rows.isEmpty else { return markdown ? "\(words.noneSentence)\n" : "  \(words.none)\n" }
            return markdown ? table.markdown() : table.text()
        }
        func shown(_ number: String) -> String { number.replacingOccurrences(of: ".", with: language.decimalSeparator) }
        func byName<T>(_ items: [T], _ name: (T) -> String, _ id: (T) -> String) -> [T] {
            items.sorted { (name($0), id($0)) < (name($1), id($1)) }
        }
        func value(_ value: DiffValue) -> String { language.diffValue(value, service: names.service) }
        func changeRows(_ name: String, _ changes: [FieldChange]) -> [[String]] {
            changes.map { [name, language.diffField($0.field), value($0.old), "->", value($0.new)] }
        }
        let changeColumns = [words.name, words.field, words.old, "", words.new]
        var out = markdown ? "# \(words.title)\n\n" : ""
        out += language.diffSnapshot(words.oldLabel, network: diff.old.network, asOf: diff.old.asOf) + "\n"
            + language.diffSnapshot(words.newLabel, network: diff.new.network, asOf: diff.new.asOf) + "\n"

        func actorEntries(_ title: String, _ entries: [NetworkDiff.ActorEntry]) -> String {
            heading(title, entries.count) + render(Table(columns: [words.name, words.id],
                rows: byName(entries, \.name, \.id).map { [$0.name, $0.id] }))
        }
        out += actorEntries(words.actorsAdded, diff.actorsAdded)
        out += actorEntries(words.actorsRemoved, diff.actorsRemoved)
        out += heading(words.actorsChanged, diff.actorsChanged.count)
            + render(Table(columns: changeColumns,
                           rows: byName(diff.actorsChanged, \.name, \.id).flatMap { changeRows($0.name, $0.changes) }))

        func linkRows(_ keys: [LinkKey]) -> [[String]] {
            keys.map { [names.actor($0.from), names.actor($0.to), linkType($0.type)] }
                .sorted { $0.lexicographicallyPrecedes($1) }
        }
        let linkColumns = [words.from, words.to, words.type]
        out += heading(words.linksAdded, diff.linksAdded.count) + render(Table(columns: linkColumns, rows: linkRows(diff.linksAdded)))
        out += heading(words.linksRemoved, diff.linksRemoved.count)
            + render(Table(columns: linkColumns, rows: linkRows(diff.linksRemoved)))
        let linkChanges = diff.linksChanged.flatMap { change in
            change.changes.map { [names.actor(change.link.from), names.actor(change.link.to), linkType(change.link.type),
                                  language.diffField($0.field), value($0.old), "->", value($0.new)] }
        }.sorted { $0.prefix(3).lexicographicallyPrecedes($1.prefix(3)) }
        out += heading(words.linksChanged, diff.linksChanged.count)
            + render(Table(columns: linkColumns + [words.field, words.old, "", words.new], rows: linkChanges))

        func offerRows(_ entries: [NetworkDiff.OfferEntry]) -> [[String]] {
            entries.map { [names.actor($0.actor), names.service($0.service)] }.sorted { $0.lexicographicallyPrecedes($1) }
        }
        out += heading(words.offersAdded, diff.offersAdded.count)
            + render(Table(columns: [words.actor, words.service], rows: offerRows(diff.offersAdded)))
        out += heading(words.offersRemoved, diff.offersRemoved.count)
            + render(Table(columns: [words.actor, words.service], rows: offerRows(diff.offersRemoved)))

        func entries(_ title: String, _ items: [NetworkDiff.Entry]) -> String {
            heading(title, items.count) + render(Table(columns: [words.name, words.id],
                rows: byName(items, \.name, \.id).map { [$0.name, $0.id] }))
        }
        func changed(_ title: String, _ items: [NetworkDiff.Change]) -> String {
            heading(title, items.count) + render(Table(columns: changeColumns,
                rows: byName(items, \.name, \.id).flatMap { changeRows($0.name, $0.changes) }))
        }
        out += entries(words.servicesAdded, diff.servicesAdded) + entries(words.servicesRemoved, diff.servicesRemoved)
        out += changed(words.servicesChanged, diff.servicesChanged)
        out += entries(words.pathwaysAdded, diff.pathwaysAdded) + entries(words.pathwaysRemoved, diff.pathwaysRemoved)
        out += changed(words.pathwaysChanged, diff.pathwaysChanged)

        // Opened gaps are named from the newer snapshot, closed ones from the older.
        for (title, gaps, names) in [(words.gapsOpened, diff.gapsOpened, new), (words.gapsClosed, diff.gapsClosed, old)] {
            out += heading(title, gaps.count)
            out += gaps.isEmpty ? (markdown ? "\(words.noneSentence)\n" : "  \(words.none)\n")
                : GapOutput.grouped(gaps, network: names, markdown: markdown, headingLevel: 3, language: language.language)
        }
        out += heading(words.centralityChanges, diff.centralityChanges.count)
            + render(Table(columns: [words.actor, words.measure, words.old, words.new, words.change],
                           alignments: [.left, .left, .right, .right, .right],
                           rows: diff.centralityChanges.map {
                               [names.actor($0.id), english ? $0.measure.rawValue : language.measure($0.measure),
                                shown(fixed($0.old)), shown(fixed($0.new)), (($0.change >= 0) ? "+" : "") + shown(fixed($0.change))]
                           }))
        return out
    }

    /// The note for standard error when OLD is the later snapshot (files named as given).
    public static func swappedNote(older: String, newer: String, olderDate: CalendarDate, newerDate: CalendarDate,
                                   words: Words = Words(.en)) -> String {
        words.diffSwapped(older: older, newer: newer, olderDate: olderDate, newerDate: newerDate)
    }

    /// Four decimals, for tables.
    static func fixed(_ value: Double) -> String {
        let scaled = Int((abs(value) * 10_000).rounded())
        let digits = String(scaled % 10_000)
        return (value < 0 && scaled != 0 ? "-" : "") + "\(scaled / 10_000)." + String(repeating: "0", count: 4 - digits.count) + digits
    }
}

/// Names for ids, from the newer snapshot and, for what was removed, the older one.
struct DiffNames {
    let actors: [String: String]
    let services: [String: String]

    init(old: Network, new: Network) {
        var actors = Dictionary(old.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for actor in new.actors { actors[actor.id] = actor.name }
        self.actors = actors
        var services = Dictionary(old.services.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for service in new.services { services[service.id] = service.name }
        self.services = services
    }

    func actor(_ id: String) -> String { actors[id] ?? id }
    func service(_ id: String) -> String { services[id] ?? id }
}

/// The diff's headings and column names in the reader's language, under the names the table
/// code reads them by; the words themselves are the catalogue's (`CommandTerm`).
struct DiffWords {
    let words: Words
    var title: String { words[command: .changes] }
    var oldLabel: String { words[command: .old] }
    var newLabel: String { words[command: .new] }
    var none: String { words[command: .none] }
    var noneSentence: String { words[command: .noneSentence] }
    var name: String { words[.name] }
    var id: String { words[command: .identifier] }
    var field: String { words[command: .field] }
    var old: String { words[command: .old] }
    var new: String { words[command: .new] }
    var change: String { words[command: .change] }
    var from: String { words[command: .from] }
    var to: String { words[command: .to] }
    var type: String { words[command: .type] }
    var actor: String { words[command: .actor] }
    var service: String { words[command: .service] }
    var measure: String { words[command: .measure] }
    var actorsAdded: String { words[command: .actorsAdded] }
    var actorsRemoved: String { words[command: .actorsRemoved] }
    var actorsChanged: String { words[command: .actorsChanged] }
    var linksAdded: String { words[command: .linksAdded] }
    var linksRemoved: String { words[command: .linksRemoved] }
    var linksChanged: String { words[command: .linksChanged] }
    var offersAdded: String { words[command: .offersAdded] }
    var offersRemoved: String { words[command: .offersRemoved] }
    var servicesAdded: String { words[command: .servicesAdded] }
    var servicesRemoved: String { words[command: .servicesRemoved] }
    var servicesChanged: String { words[command: .servicesChanged] }
    var pathwaysAdded: String { words[command: .pathwaysAdded] }
    var pathwaysRemoved: String { words[command: .pathwaysRemoved] }
    var pathwaysChanged: String { words[command: .pathwaysChanged] }
    var gapsOpened: String { words[command: .gapsOpened] }
    var gapsClosed: String { words[command: .gapsClosed] }
    var centralityChanges: String { words[command: .largestCentralityChanges] }
}
