/// One cell of the coverage matrix: a service in one language, or in one district. A scenario
/// names the cells an actor's loss leaves uncovered, a suggestion the cells it would close; one
/// type, so both list cells in the same order.
public struct CoverageCell: Sendable, Hashable, Comparable {
    public var service: String
    public var language: String?
    public var district: String?

    public init(service: String, language: String? = nil, district: String? = nil) {
        self.service = service
        self.language = language
        self.district = district
    }

    /// By service, language cells before district cells, then the tag or district.
    public static func < (lhs: CoverageCell, rhs: CoverageCell) -> Bool {
        if lhs.service != rhs.service { return lhs.service < rhs.service }
        if (lhs.language == nil) != (rhs.language == nil) { return lhs.language != nil }
        return (lhs.language ?? lhs.district ?? "") < (rhs.language ?? rhs.district ?? "")
    }
}
