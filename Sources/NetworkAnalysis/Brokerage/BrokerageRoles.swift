import NetworkModel

/// Which attribute splits the actors into the groups brokerage is read across. Sector asks whether
/// an actor carries contact between the public sector and civil society; kind asks the same between
/// offices, authorities, associations and migrant organisations.
public enum BrokerageGrouping: String, CaseIterable, Sendable {
    case sector
    case kind

    /// The group of an actor, as its file value (`public`, `migrant-organisation`).
    public func group(of actor: Actor) -> String {
        switch self {
        case .sector: return actor.sector.rawValue
        case .kind: return actor.kind.rawValue
        }
    }
}

/// The five roles of Gould and Fernandez (1989). For an open two-path a → b → c (a ≠ c, no arc
/// a → c) with groups g(a), g(b), g(c), the broker b is in exactly one role; the names and the
/// two-path structures are those of the statnet `sna::brokerage()` documentation
/// (w_I, b_OI, b_IO, w_O, b_O).
public enum BrokerageRole: String, CaseIterable, Sendable {
    /// w_I, A → A → A: mediates within its own group.
    case coordinator
    /// b_OI, A → B → B: lets contact from outside into its own group.
    case gatekeeper
    /// b_IO, A → A → B: carries its own group's contact outside.
    case representative
    /// w_O, A → B → A: mediates within a group it does not belong to.
    case itinerant
    /// b_O, A → B → C: mediates between two groups, neither its own.
    case liaison

    /// The role of the broker of a → b → c, by groups alone.
    public static func classify(source: String, broker: String, target: String) -> BrokerageRole {
        switch (source == broker, broker == target, source == target) {
        case (true, true, _): return .coordinator
        case (false, true, _): return .gatekeeper
        case (true, false, _): return .representative
        case (false, false, true): return .itinerant
        case (false, false, false): return .liaison
        }
    }

    /// `classify(source:broker:target:)` on groups numbered so that equal numbers mean equal groups.
    @inline(__always)
    static func classify(sourceGroup: Int, brokerGroup: Int, targetGroup: Int) -> BrokerageRole {
        switch (sourceGroup == brokerGroup, brokerGroup == targetGroup, sourceGroup == targetGroup) {
        case (true, true, _): return .coordinator
        case (false, true, _): return .gatekeeper
        case (true, false, _): return .representative
        case (false, false, true): return .itinerant
        case (false, false, false): return .liaison
        }
    }

    /// Whether the two ends of a two-path in this role lie in different groups: the roles that
    /// bridge groups rather than work inside one.
    public var crossesGroups: Bool {
        switch self {
        case .gatekeeper, .representative, .liaison: return true
        case .coordinator, .itinerant: return false
        }
    }
}

/// How many open two-paths an actor brokers in each role.
public struct BrokerageCounts: Sendable, Equatable {
    public var coordinator = 0
    public var gatekeeper = 0
    public var representative = 0
    public var itinerant = 0
    public var liaison = 0

    public init(coordinator: Int = 0, gatekeeper: Int = 0, representative: Int = 0, itinerant: Int = 0,
                liaison: Int = 0) {
        self.coordinator = coordinator
        self.gatekeeper = gatekeeper
        self.representative = representative
        self.itinerant = itinerant
        self.liaison = liaison
    }

    public var total: Int { coordinator + gatekeeper + representative + itinerant + liaison }

    /// Two-paths whose ends lie in different groups (gatekeeper, representative, liaison).
    public var crossGroup: Int { gatekeeper + representative + liaison }

    public subscript(role: BrokerageRole) -> Int {
        get {
            switch role {
            case .coordinator: return coordinator
            case .gatekeeper: return gatekeeper
            case .representative: return representative
            case .itinerant: return itinerant
            case .liaison: return liaison
            }
        }
        set {
            switch role {
            case .coordinator: coordinator = newValue
            case .gatekeeper: gatekeeper = newValue
            case .representative: representative = newValue
            case .itinerant: itinerant = newValue
            case .liaison: liaison = newValue
            }
        }
    }
}

/// Gould-Fernandez brokerage counts per node of a directed graph, given a group per node.
///
/// An actor b brokers the ordered pair (a, c) when a → b → c, a ≠ c and there is no arc a → c:
/// b carries something a could not pass to c directly. Every such open two-path counts once for its
/// broker, in the role its three groups give (`BrokerageRole.classify`). Two actors tied both ways
/// through b are two pairs, (a, c) and (c, a), as in `sna::brokerage()`'s raw counts.
///
/// Complexity: O(Σ_b in(b)·out(b)·log d_max); arcs a → c are found by binary search in a's sorted
/// out-row.
///
/// Reference: R. V. Gould and R. M. Fernandez, "Structures of mediation: a formal approach to
/// brokerage in transaction networks", Sociological Methodology 19 (1989) 89–126, doi:10.2307/270949.
public func brokerageCounts(_ graph: CompactGraph, groups: [String]) -> [BrokerageCounts] {
    let n = graph.nodeCount
    var counts = [BrokerageCounts](repeating: BrokerageCounts(), count: n)
    guard groups.count == n else { return counts }
    // Groups as small numbers, equal exactly when the texts are (`String` equality, as the
    // dictionary compares keys): the roles come from three integer comparisons per two-path.
    var numbers: [String: Int] = [:]
    let group = groups.map { text in
        if let number = numbers[text] { return number }
        numbers[text] = numbers.count
        return numbers.count - 1
    }
    for b in 0..<n {
        let gb = group[b]
        for i in graph.inOffsets[b]..<graph.inOffsets[b + 1] {
            let a = graph.inSources[i]
            let ga = group[a]
            for o in graph.outOffsets[b]..<graph.outOffsets[b + 1] {
                let c = graph.outTargets[o]
                guard a != c, !Brokerage.hasArc(graph, from: a, to: c) else { continue }
                counts[b][BrokerageRole.classify(sourceGroup: ga, brokerGroup: gb, targetGroup: group[c])] += 1
            }
        }
    }
    return counts
}

enum Brokerage {
    /// Binary search in the sorted out-row of `from`.
    static func hasArc(_ graph: CompactGraph, from: Int, to: Int) -> Bool {
        var low = graph.outOffsets[from], high = graph.outOffsets[from + 1]
        while low < high {
            let mid = (low + high) / 2
            let target = graph.outTargets[mid]
            if target == to { return true }
            if target < to { low = mid + 1 } else { high = mid }
        }
        return false
    }
}
