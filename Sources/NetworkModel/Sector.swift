/// Which part of society an actor belongs to; gaps and brokerage are read across this line.
public enum Sector: String, CaseIterable, Sendable, Hashable, Codable {
    case `public`
    case civilSociety = "civil-society"
    case `private`

    public var label: String {
        switch self {
        case .public: return "Public"
        case .civilSociety: return "Civil society"
        case .private: return "Private"
        }
    }
}
