/// An ordered journey through services, such as first reception, then language course, then work.
public struct Pathway: Hashable, Sendable {
    public var id: String
    public var name: String
    /// Service ids, at least two.
    public var stages: [String]
    public var location: SourceLocation?

    public init(id: String, name: String, stages: [String], location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.stages = stages
        self.location = location
    }
}
