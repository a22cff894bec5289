import Foundation
import NetworkModel
@testable import NetworkAnalysis

/// SplitMix64: tiny, fast and the same on every platform, so a seed names the same graph
/// everywhere (the standard library's generator is neither seedable nor stable).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random networks for the property tests, and brute-force answers to compare against.
enum RandomNetworks {
    /// The network a seed names. Sizes step up from empty: seeds 1-5 give 0-4 actors, later seeds
    /// up to 30, and densities from a sparse forest (many cut vertices and bridges) to dense, so
    /// that both the degenerate cases and the interesting ones come up. Link types, directions and
    /// weights vary too, so every view differs from the others.
    static func network(seed: UInt64) -> Network {
        var rng = SplitMix64(seed: seed)
        let actorCount = seed <= 5 ? Int(seed) - 1 : Int.random(in: 2...30, using: &rng)
        let ids = (0..<actorCount).map { "n\($0)" }
        let pairs = actorCount * (actorCount - 1) / 2
        let density = [0.0, 0.05, 0.1, 0.2, 0.5].randomElement(using: &rng) ?? 0.1
        let linkCount = min(pairs * 2, Int(Double(actorCount) * (0.5 + density * Double(actorCount))))
        var links: [Link] = []
        var keys = Set<LinkKey>()
        var attempts = 0
        while links.count < linkCount, attempts < linkCount * 20 {
            attempts += 1
            let a = Int.random(in: 0..<actorCount, using: &rng), b = Int.random(in: 0..<actorCount, using: &rng)
            guard a != b, let type = LinkType.allCases.randomElement(using: &rng) else { continue }
            let link = Link(from: ids[a], to: ids[b], type: type,
                            weight: [0.5, 1, 2, 3].randomElement(using: &rng) ?? 1)
            if keys.insert(link.key).inserted { links.append(link) }
        }
        return Network(title: "seed \(seed)", actors: ids.map { Actor(id: $0, name: $0, kind: .other) }, links: links)
    }

    /// The same network with every actor renamed by a random permutation to ids that sort in a
    /// different order; `names` maps each old id to its new one.
    static func relabelled(_ network: Network, using rng: inout SplitMix64) -> (network: Network, names: [String: String]) {
        let old = network.actors.map(\.id)
        let fresh = old.indices.map { "r\(String(format: "%03d", $0))" }.shuffled(using: &rng)
        let names = Dictionary(uniqueKeysWithValues: zip(old, fresh))
        var renamed = network
        renamed.actors = network.actors.map { actor in
            Actor(id: names[actor.id] ?? actor.id, name: actor.name, kind: actor.kind)
        }.shuffled(using: &rng)
        renamed.links = network.links.map { link in
            var copy = link
            copy.from = names[link.from] ?? link.from
            copy.to = names[link.to] ?? link.to
            return copy
        }
        return (renamed, names)
    }

    /// Neighbours in the undirected simple view, the one components and cuts are defined on.
    static func neighbourSets(_ graph: CompactGraph) -> [Set<Int>] {
        (0..<graph.nodeCount).map { u in
            Set(graph.mutualTargets[graph.mutualOffsets[u]..<graph.mutualOffsets[u + 1]])
        }
    }

    /// Components by plain search, leaving out one node or one edge.
    static func componentCount(_ neighbours: [Set<Int>], removingNode removed: Int?, removingEdge edge: (Int, Int)?) -> Int {
        var seen = [Bool](repeating: false, count: neighbours.count)
        var count = 0
        for start in neighbours.indices where !seen[start] && start != removed {
            count += 1
            seen[start] = true
            var stack = [start]
            while let u = stack.popLast() {
                for v in neighbours[u] where !seen[v] && v != removed {
                    if let edge, (u, v) == edge || (v, u) == edge { continue }
                    seen[v] = true
                    stack.append(v)
                }
            }
        }
        return count
    }

    /// Core numbers by the definition: for k = 1, 2, ..., peel every node with fewer than k
    /// neighbours left until none remains; nodes still there have core number at least k.
    static func bruteForceCores(_ neighbours: [Set<Int>]) -> [Int] {
        var core = [Int](repeating: 0, count: neighbours.count)
        var k = 1
        while true {
            var alive = Set(neighbours.indices)
            var changed = true
            while changed {
                changed = false
                for u in alive where neighbours[u].intersection(alive).count < k {
                    alive.remove(u)
                    changed = true
                }
            }
            if alive.isEmpty { return core }
            for u in alive { core[u] = k }
            k += 1
        }
    }
}
