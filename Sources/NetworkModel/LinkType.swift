/// How two actors are tied. Directed types keep their direction in `--directed` analyses;
/// `cooperates` and `partners` are mutual by nature.
public enum LinkType: String, CaseIterable, Sendable, Hashable, Codable {
    case coordinates
    case funds
    case supports
    /// Clients are referred from `from` to `to`; pathway checks follow these.
    case refers
    case reportsTo = "reports-to"
    case memberOf = "member-of"
    case informs
    case cooperates
    case partners

    public var isDirected: Bool {
        switch self {
        case .cooperates, .partners: return false
        default: return true
        }
    }
}
