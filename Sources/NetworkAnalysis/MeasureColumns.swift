import NetworkModel

/// Some centrality measures of every actor on one view, each computed alone: for the commands that
/// show one or a few of them (`influence` one, `diff` three), which need not pay for the all-pairs
/// searches of the rest. The values are the ones `CentralityResult` holds for the same measures,
/// computed by the same functions.
public struct MeasureColumns: Sendable, Equatable {
    /// Actor ids, sorted (the graph's node order).
    public var ids: [String]
    /// Per measure asked for, one value per actor in `ids` order; `nil` where undefined or absent
    /// in this view, as `CentralityMeasure.value(in:)` reads a row.
    public var values: [CentralityMeasure: [Double?]]

    public init(ids: [String], values: [CentralityMeasure: [Double?]]) {
        self.ids = ids
        self.values = values
    }

    /// Computes `measures` on `view` of `network`; closeness and harmonic share one search, which
    /// on undirected unweighted views is betweenness' own when betweenness is asked for too.
    public init(network: Network, view: GraphView = .undirected, measures: Set<CentralityMeasure>, workers: Int? = nil,
                iteration: PowerIterationOptions = PowerIterationOptions()) {
        let graph = CompactGraph(network: network, view: view)
        ids = graph.ids
        var values: [CentralityMeasure: [Double?]] = [:]
        let degreeMeasures: Set<CentralityMeasure> = [.degree, .inDegree, .outDegree, .degreeCentrality]
        if !measures.isDisjoint(with: degreeMeasures) {
            let degree = degrees(graph)
            let absent = [Double?](repeating: nil, count: graph.nodeCount)
            values[.degree] = degree.degree
            values[.inDegree] = view.directed ? degree.inDegree : absent
            values[.outDegree] = view.directed ? degree.outDegree : absent
            values[.degreeCentrality] = degree.centrality
        }
        let wantsDistances = measures.contains(.closeness) || measures.contains(.harmonic)
        var distances: (closeness: [Double], harmonic: [Double])?
        if measures.contains(.betweenness) {
            if wantsDistances,
               let joint = Betweenness.withIncomingDistances(graph, workers: workers ?? ParallelSources.defaultWorkers) {
                values[.betweenness] = joint.betweenness
                distances = (joint.closeness, joint.harmonic)
            } else {
                values[.betweenness] = betweennessCentrality(graph, workers: workers)
            }
        }
        if wantsDistances {
            let computed = distances ?? IncomingDistances.compute(graph, workers: workers)
            values[.closeness] = computed.closeness
            values[.harmonic] = computed.harmonic
        }
        if measures.contains(.eigenvector) {
            let eigenvector = eigenvectorCentrality(graph, options: iteration, workers: workers)
            values[.eigenvector] = (0..<graph.nodeCount).map { eigenvector?[$0] }
        }
        if measures.contains(.pagerank) {
            let pagerank = pageRank(graph, options: iteration)
            values[.pagerank] = (0..<graph.nodeCount).map { pagerank?[$0] }
        }
        if measures.contains(.core) { values[.core] = coreNumbers(graph).map { Double($0) } }
        if measures.contains(.clustering) { values[.clustering] = clusteringCoefficients(graph) }
        if measures.contains(.constraint) { values[.constraint] = burtConstraint(graph) }
        if measures.contains(.effectiveSize) { values[.effectiveSize] = effectiveSize(graph) }
        self.values = values.filter { measures.contains($0.key) }
    }

    /// The same columns read from a result that holds every measure (a report computes it once).
    public init(_ result: CentralityResult, measures: Set<CentralityMeasure>) {
        ids = result.rows.map(\.id)
        values = Dictionary(uniqueKeysWithValues: measures.map { measure in (measure, result.rows.map { measure.value(in: $0) }) })
    }

    /// The value of `measure` for the actor at `index`; `nil` where undefined or not computed.
    public func value(_ measure: CentralityMeasure, at index: Int) -> Double? {
        guard let column = values[measure], column.indices.contains(index) else { return nil }
        return column[index]
    }
}
