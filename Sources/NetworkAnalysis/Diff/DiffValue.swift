import NetworkModel

/// A field's value on one side of a diff, kept as the kind of thing it is (a text, a list, a
/// number, a flag, offers) so that JSON writes it as JSON and people read it as they wrote it.
public enum DiffValue: Sendable, Equatable {
    /// Absent on this side (no `url`, no `influence`, a service following the network's languages).
    case none
    case text(String)
    case number(Double)
    case flag(Bool)
    case list([String])
    case offers([OfferState])

    /// One offer as the diff shows it: its service and what the file says of it.
    public struct OfferState: Sendable, Equatable {
        public var service: String
        public var languages: [String]
        public var districts: [String]
        public var capacity: Int?

        public init(service: String, languages: [String], districts: [String], capacity: Int?) {
            self.service = service
            self.languages = languages
            self.districts = districts
            self.capacity = capacity
        }

        init(_ offer: Offer) {
            self.init(service: offer.service, languages: offer.languages, districts: offer.districts,
                      capacity: offer.capacity)
        }
    }

    static func text(_ value: String?) -> DiffValue { value.map { .text($0) } ?? .none }
    static func number(_ value: Double?) -> DiffValue { value.map { .number($0) } ?? .none }
    static func date(_ value: CalendarDate?) -> DiffValue { value.map { .text($0.description) } ?? .none }
    static func list(_ value: [String]?) -> DiffValue { value.map { .list($0) } ?? .none }
}

/// One field that differs between two snapshots of the same actor, link, service or pathway.
public struct FieldChange: Sendable, Equatable {
    public var field: String
    public var old: DiffValue
    public var new: DiffValue

    public init(field: String, old: DiffValue, new: DiffValue) {
        self.field = field
        self.old = old
        self.new = new
    }
}

/// Collects the fields that differ, in the order they are checked (FORMAT.md's order).
struct FieldChanges {
    private(set) var changes: [FieldChange] = []

    mutating func compare(_ field: String, _ old: DiffValue, _ new: DiffValue) {
        if old != new { changes.append(FieldChange(field: field, old: old, new: new)) }
    }
}
