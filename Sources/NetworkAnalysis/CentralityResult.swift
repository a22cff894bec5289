import NetworkModel

/// Every centrality of every actor for one view of a network: what `actormap centrality` prints and
/// what reports, `diff` and `influence` compare. Actors are in id order.
public struct CentralityResult: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var id: String
        public var name: String
        public var kind: ActorKind
        /// Degree, or strength in weighted views; in + out in directed views.
        public var degree: Double
        /// Only in directed views.
        public var inDegree: Double?
        public var outDegree: Double?
        public var degreeCentrality: Double
        public var betweenness: Double
        public var closeness: Double
        public var harmonic: Double
        /// `nil` when the power iteration did not converge.
        public var eigenvector: Double?
        public var pagerank: Double?
        public var core: Int
        public var clustering: Double
        /// `nil` for isolated actors.
        public var constraint: Double?
        public var effectiveSize: Double?
    }

    public var network: String
    public var view: GraphView
    public var rows: [Row]
}

/// Which measures the command line exposes, in output order, with their JSON/column names.
public enum CentralityMeasure: String, CaseIterable, Sendable {
    case degree
    case inDegree = "in_degree"
    case outDegree = "out_degree"
    case degreeCentrality = "degree_centrality"
    case betweenness, closeness, harmonic, eigenvector, pagerank, core, clustering, constraint
    case effectiveSize = "effective_size"

    /// The value of this measure in a row; `nil` where undefined or absent in this view.
    public func value(in row: CentralityResult.Row) -> Double? {
        switch self {
        case .degree: return row.degree
        case .inDegree: return row.inDegree
        case .outDegree: return row.outDegree
        case .degreeCentrality: return row.degreeCentrality
        case .betweenness: return row.betweenness
        case .closeness: return row.closeness
        case .harmonic: return row.harmonic
        case .eigenvector: return row.eigenvector
        case .pagerank: return row.pagerank
        case .core: return Double(row.core)
        case .clustering: return row.clustering
        case .constraint: return row.constraint
        case .effectiveSize: return row.effectiveSize
        }
    }
}

extension CentralityResult {
    /// Computes every measure on the requested view. `workers` spreads betweenness and closeness over
    /// threads (default: one per processor); the result is the same for any value.
    public init(network: Network, view: GraphView = .undirected, workers: Int? = nil,
                iteration: PowerIterationOptions = PowerIterationOptions()) {
        // One list of which function computes which measure: `MeasureColumns`'s.
        let columns = MeasureColumns(network: network, view: view, measures: Set(CentralityMeasure.allCases),
                                     workers: workers, iteration: iteration)
        let actorsByID = Dictionary(network.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let count = columns.ids.count
        func column(_ measure: CentralityMeasure) -> [Double?] {
            columns.values[measure] ?? [Double?](repeating: nil, count: count)
        }
        let degree = column(.degree), inDegree = column(.inDegree), outDegree = column(.outDegree)
        let degreeCentrality = column(.degreeCentrality), betweenness = column(.betweenness)
        let closeness = column(.closeness), harmonic = column(.harmonic), eigenvector = column(.eigenvector)
        let pagerank = column(.pagerank), core = column(.core), clustering = column(.clustering)
        let constraint = column(.constraint), effective = column(.effectiveSize)
        var rows: [Row] = []
        rows.reserveCapacity(count)
        for (i, id) in columns.ids.enumerated() {
            let actor = actorsByID[id]
            // Columns that are defined for every actor hold a value in every row; 0 never shows.
            rows.append(Row(
                id: id, name: actor?.name ?? id, kind: actor?.kind ?? .other,
                degree: degree[i] ?? 0, inDegree: inDegree[i], outDegree: outDegree[i],
                degreeCentrality: degreeCentrality[i] ?? 0, betweenness: betweenness[i] ?? 0,
                closeness: closeness[i] ?? 0, harmonic: harmonic[i] ?? 0,
                eigenvector: eigenvector[i], pagerank: pagerank[i], core: Int(core[i] ?? 0), clustering: clustering[i] ?? 0,
                constraint: constraint[i], effectiveSize: effective[i]))
        }
        self.init(network: network.title, view: view, rows: rows)
    }

    /// Rows ordered for display: descending by `measure` (undefined values last), ties by id.
    public func sorted(by measure: CentralityMeasure?) -> [Row] {
        guard let measure else { return rows }
        return rows.sorted { lhs, rhs in
            let l = measure.value(in: lhs), r = measure.value(in: rhs)
            switch (l, r) {
            case let (l?, r?) where l != r: return l > r
            case (nil, _?): return false
            case (_?, nil): return true
            default: return lhs.id < rhs.id
            }
        }
    }
}
