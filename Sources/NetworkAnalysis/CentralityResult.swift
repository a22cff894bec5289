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
        let graph = CompactGraph(network: network, view: view)
        let actorsByID = Dictionary(network.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let degree = degrees(graph)
        let betweenness = betweennessCentrality(graph, workers: workers)
        let distances = IncomingDistances.compute(graph, workers: workers)
        let eigenvector = eigenvectorCentrality(graph, options: iteration)
        let pagerank = pageRank(graph, options: iteration)
        let core = coreNumbers(graph)
        let clustering = clusteringCoefficients(graph)
        let constraint = burtConstraint(graph)
        let effective = effectiveSize(graph)
        var rows: [Row] = []
        rows.reserveCapacity(graph.nodeCount)
        for (i, id) in graph.ids.enumerated() {
            let actor = actorsByID[id]
            rows.append(Row(
                id: id, name: actor?.name ?? id, kind: actor?.kind ?? .other,
                degree: degree.degree[i],
                inDegree: view.directed ? degree.inDegree[i] : nil,
                outDegree: view.directed ? degree.outDegree[i] : nil,
                degreeCentrality: degree.centrality[i],
                betweenness: betweenness[i], closeness: distances.closeness[i], harmonic: distances.harmonic[i],
                eigenvector: eigenvector?[i], pagerank: pagerank?[i], core: core[i], clustering: clustering[i],
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
