import Foundation
import NetworkModel

/// Who carries contact between the groups of a network, and how much of it depends on the
/// coordinators: what `actormap brokerage` prints and what a report can quote.
///
/// Roles are counted on the directed view (FORMAT.md: directed link types keep their direction,
/// `cooperates` and `partners` become two arcs), because brokerage is about who passes something on
/// to whom; the coordinators' load is read on the undirected view, as betweenness is by default.
public struct BrokerageResult: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var id: String
        public var name: String
        /// The actor's group under the chosen grouping, as its file value.
        public var group: String
        public var counts: BrokerageCounts
    }

    public var network: String
    public var grouping: BrokerageGrouping
    /// Every actor, by total descending, then id.
    public var rows: [Row]
    /// `nil` when not asked for: it compares every pair of actors, and a report of thousands of
    /// actors leaves it to `actormap brokerage` (ReportBounds) rather than spend most of its time on it.
    public var coordinatorLoad: CoordinatorLoad?

    /// Open two-paths of each role over all actors.
    public var totals: BrokerageCounts {
        rows.reduce(into: BrokerageCounts()) { sum, row in
            for role in BrokerageRole.allCases { sum[role] += row.counts[role] }
        }
    }
}

public enum BrokerageAnalysis {
    public static func analyse(_ network: Network, grouping: BrokerageGrouping, coordinatorLoad: Bool = true) -> BrokerageResult {
        let graph = CompactGraph(network: network, view: GraphView(directed: true))
        let actors = Dictionary(network.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let groups = graph.ids.map { id in actors[id].map(grouping.group(of:)) ?? "" }
        let counts = brokerageCounts(graph, groups: groups)
        let rows = graph.ids.indices.map { i in
            BrokerageResult.Row(id: graph.ids[i], name: actors[graph.ids[i]]?.name ?? graph.ids[i], group: groups[i],
                                counts: counts[i])
        }.sorted { lhs, rhs in
            lhs.counts.total != rhs.counts.total ? lhs.counts.total > rhs.counts.total : lhs.id < rhs.id
        }
        // The sentences a reader sees are built from these counts in Wording (Words+Brokerage).
        return BrokerageResult(network: network.title, grouping: grouping, rows: rows,
                               coordinatorLoad: coordinatorLoad ? CoordinatorLoad.batched(network: network) : nil)
    }
}
