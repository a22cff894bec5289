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
    public var location: SourceLocation?

    public init(id: String, name: String, required: Bool = true, languages: [String]? = nil,
                districts: [String]? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.required = required
        self.languages = languages
        self.districts = districts
        self.location = location
    }
}
