/// One actor offering one catalogue service. Languages and districts are stored resolved
/// (defaults from the actor already applied), so analyses never repeat the defaulting rules.
public struct Offer: Hashable, Sendable {
    public var service: String
    public var languages: [String]
    /// `[]` means the offer covers every district.
    public var districts: [String]
    /// Cases or places per year, where known.
    public var capacity: Int?
    /// Whether the file gave languages or districts for this offer itself (exports keep the difference).
    public var hasOwnLanguages: Bool
    public var hasOwnDistricts: Bool
    public var location: SourceLocation?

    public init(service: String, languages: [String], districts: [String], capacity: Int? = nil,
                hasOwnLanguages: Bool = false, hasOwnDistricts: Bool = false, location: SourceLocation? = nil) {
        self.service = service
        self.languages = languages
        self.districts = districts
        self.capacity = capacity
        self.hasOwnLanguages = hasOwnLanguages
        self.hasOwnDistricts = hasOwnDistricts
        self.location = location
    }

    public var coversEveryDistrict: Bool { districts.isEmpty }
}
