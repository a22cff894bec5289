/// A category in the service catalogue: what the city needs covered, in which languages and districts.
public struct Service: Hashable, Sendable {
    public var id: String
    public var name: String
    /// A required service nobody offers, or offers too narrowly, is a gap.
    public var required: Bool
    /// The languages it must be offered in; `nil` means the network's languages.
    public var languages: [String]?
    /// The districts it must cover; `nil` means the network's districts, `[]` city-wide (no district need).
    public var districts: [String]?
    /// A language-mediation service (FORMAT.md 1.1): its offers make the offers of every actor
    /// linked to its provider usable in the interpreting offer's languages.
    public var interpreting: Bool
    public var location: SourceLocation?

    public init(id: String, name: String, required: Bool = true, languages: [String]? = nil,
                districts: [String]? = nil, interpreting: Bool = false, location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.required = required
        self.languages = languages
        self.districts = districts
        self.interpreting = interpreting
        self.location = location
    }
}
