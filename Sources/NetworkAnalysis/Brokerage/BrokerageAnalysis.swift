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
    public var coordinatorLoad: CoordinatorLoad
    /// Plain sentences a report writer can quote, most telling first.
    public var sentences: [String]

    /// Open two-paths of each role over all actors.
    public var totals: BrokerageCounts {
        rows.reduce(into: BrokerageCounts()) { sum, row in
            for role in BrokerageRole.allCases { sum[role] += row.counts[role] }
        }
    }
}

public enum BrokerageAnalysis {
    public static func analyse(_ network: Network, grouping: BrokerageGrouping) -> BrokerageResult {
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
        var result = BrokerageResult(network: network.title, grouping: grouping, rows: rows,
                                     coordinatorLoad: CoordinatorLoad.batched(network: network), sentences: [])
        result.sentences = sentences(for: result, network: network)
        return result
    }

    /// Sentences built only from counts in the result, so that every number a reader quotes can be
    /// found again in the table: the main broker, the main bridge between groups, each bridging role
    /// held by one actor alone, and the coordinators' load.
    static func sentences(for result: BrokerageResult, network: Network) -> [String] {
        var out: [String] = []
        let totals = result.totals
        let noun = result.grouping == .sector ? "sectors" : "kinds of actor"
        guard totals.total > 0, let top = result.rows.first else {
            out.append("Nobody brokers: every actor who could pass contact on is already tied to where it would go.")
            out.append(loadSentence(result.coordinatorLoad, network: network))
            return out
        }
        let share = top.counts.total == totals.total
            ? (totals.total == 1 ? "the one open two-path runs" : "all \(totals.total) open two-paths run")
            : "\(top.counts.total) of the \(totals.total) open two-paths (\(percent(top.counts.total, of: totals.total))) run"
        out.append("\(top.name) brokers the most: \(share) through it, mostly as \(dominantRole(top.counts).rawValue).")
        let crossGroup = totals.crossGroup
        if crossGroup > 0 {
            let bridges = result.rows.filter { $0.counts.crossGroup > 0 }
                .sorted { $0.counts.crossGroup != $1.counts.crossGroup ? $0.counts.crossGroup > $1.counts.crossGroup : $0.id < $1.id }
            if let first = bridges.first {
                if bridges.count == 1 {
                    out.append("\(first.name) is the only broker between different \(noun): "
                        + (crossGroup == 1 ? "the one brokered pair across groups runs" : "all \(crossGroup) brokered pairs across groups run")
                        + " through it.")
                } else {
                    out.append("\(first.name) is the main broker between different \(noun): \(first.counts.crossGroup) of the "
                        + "\(crossGroup) brokered pairs across groups run through it; \(bridges.count) actors broker across groups.")
                }
            }
        } else {
            out.append("No actor brokers between different \(noun): every brokered pair lies within one group.")
        }
        for role in [BrokerageRole.liaison, .gatekeeper, .representative, .itinerant] where totals[role] > 0 {
            let holders = result.rows.filter { $0.counts[role] > 0 }
            guard holders.count == 1, let only = holders.first else { continue }
            let pairs = totals[role] == 1 ? "the one such pair runs" : "all \(totals[role]) such pairs run"
            out.append("\(only.name) is the only \(role.rawValue) (\(roleMeaning(role, grouping: result.grouping, group: only.group))): "
                + "\(pairs) through it.")
        }
        out.append(loadSentence(result.coordinatorLoad, network: network))
        return out
    }

    static func loadSentence(_ load: CoordinatorLoad, network: Network) -> String {
        let names = load.coordinators.map { id in network.actor(id)?.name ?? id }
        guard !names.isEmpty else {
            return "The network has no coordinator, so no contact between civil society and the public sector runs through one."
        }
        guard let share = load.share, load.pairs > 0 else {
            return "No civil-society actor is connected to a public actor, so the coordinators carry no contact between the sectors."
        }
        // The share is a mean over pairs, not a fraction of all paths pooled (CoordinatorLoad): the
        // sentence says so and gives the pooled count beside it.
        let who = names.count == 1 ? names[0] : "a coordinator (\(names.joined(separator: ", ")))"
        func count(_ value: Double) -> String { value < 1e15 ? String(Int(value)) : String(format: "%.3g", value) }
        var sentence = "On average over the \(load.pairs) connected pairs of a civil-society and a public actor, "
            + "\(String(format: "%.0f", share * 100))% of a pair's shortest paths run through \(who) "
            + "(\(count(load.shortestPathsThroughCoordinators)) of all \(count(load.shortestPaths)) shortest paths); "
            + (load.pairsOnlyThroughCoordinators == 0
                ? "no connected pair depends on \(names.count == 1 ? "it" : "them") alone."
                : "for \(load.pairsOnlyThroughCoordinators) of the \(load.pairs) connected pairs every shortest path runs "
                    + "through \(names.count == 1 ? "it" : "a coordinator").")
        if load.disconnectedPairs > 0 {
            sentence += load.disconnectedPairs == 1 ? " 1 pair is not connected at all."
                : " \(load.disconnectedPairs) pairs are not connected at all."
        }
        return sentence
    }

    static func dominantRole(_ counts: BrokerageCounts) -> BrokerageRole {
        var best = BrokerageRole.coordinator
        for role in BrokerageRole.allCases where counts[role] > counts[best] { best = role }
        return best
    }

    static func roleMeaning(_ role: BrokerageRole, grouping: BrokerageGrouping, group: String) -> String {
        let own = grouping.label(ofGroup: group)
        switch role {
        case .coordinator: return "within its own group, \(own)"
        case .gatekeeper: return "letting contact from outside into \(own)"
        case .representative: return "carrying contact from \(own) to other groups"
        case .itinerant: return "within one group other than \(own)"
        case .liaison: return "between two groups other than \(own)"
        }
    }

    static func percent(_ part: Int, of whole: Int) -> String {
        whole > 0 ? String(format: "%.0f%%", Double(part) / Double(whole) * 100) : "0%"
    }

    static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
