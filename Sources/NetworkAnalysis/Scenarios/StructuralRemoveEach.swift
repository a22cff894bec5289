import Foundation
import NetworkModel

/// `scenario --remove-each` computed from structure instead of one whole gap analysis per actor,
/// with results identical to `ScenarioAnalysis.removeEachPlainly` (the test oracle).
///
/// For each actor v, one depth-first search over v's component without v (Hopcroft–Tarjan low
/// links, with the coordinators counted per subtree) gives the pieces the component falls into,
/// whether any piece loses every coordinator (the cut-off set), and which actors of the rest
/// become single points of failure; for most actors `LeafRemoval` reads the same from a few
/// whole-network trees instead. What v's own offers touch gives the rest:
/// - services lost, capacity lost: v's offers against the providers of each service;
/// - service gaps (missing, language, district, single provider) and pathway breaks: re-checked
///   by the gap checks themselves, on a small network of the providers of the services v offers
///   (or, for an interpreter, its partners offer), the stages next to them in pathways, and the
///   interpreters tied to those providers; coverage cells the same way.
/// A migrant organisation left without its one public partner gets its gap from the check run on
/// it and its remaining partners. An actor whose loss changes the structure in a way that opens
/// gaps of the structural kinds (it cuts actors off, it makes a new single point of failure, it is
/// one of the last two coordinators) is run the plain way. So is every actor
/// when the structural pass does not reproduce the network's own single points of failure: the
/// shortcut is only taken where it provably agrees.
///
/// Complexity: O(n · (n + m)) for the searches (fewer where `LeafRemoval` answers), plus the re-checks of the services each actor
/// offers, plus plain runs for the few structural actors; spread over every core.
enum StructuralRemoveEach {
    static func run(_ network: Network, workers: Int = ParallelSources.defaultWorkers,
                    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?) -> [ScenarioResult] {
        counting(network, workers: workers, progress: progress).results
    }

    /// The results, and how many actors had to be run the plain way (for tests: the shortcut
    /// must actually be taken).
    static func counting(_ network: Network, workers: Int = ParallelSources.defaultWorkers,
                         progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?) -> (results: [ScenarioResult], plainRuns: Int) {
        let context = GapContext(network: network)
        let oldGaps = GapAnalysis(context: context).gaps
        let cells = CoveredCells.of(network)
        let graph = context.graph
        let n = graph.nodeCount
        let components = ScenarioAnalysis.componentCount(graph, removed: [])
        let shared = Shared(network: network, context: context, oldGaps: oldGaps, cells: cells, components: components)

        let slots = ResultSlots(count: n, progress: progress)
        let tasks = min(n, 256)
        ParallelSources.run(tasks: tasks, workers: workers) { taskList in
            let search = PieceSearch(graph: graph, isCoordinator: shared.isCoordinator)
            for task in taskList {
                for v in ParallelSources.chunkRange(task, chunks: tasks, n: n) {
                    let (result, plain) = shared.scenario(removing: v, search: search)
                    slots.store(result, at: v, plain: plain)
                }
            }
        }
        return (slots.results().sorted(by: ScenarioResult.ranksBefore), slots.plainRuns)
    }

    /// Everything computed once for the whole network, read by every worker.
    struct Shared: @unchecked Sendable {
        let network: Network
        let context: GapContext
        let oldGaps: [Gap]
        let oldKeys: Set<Gap.Key>
        let cells: Set<ScenarioResult.CoverageCell>
        let componentsBefore: Int
        let isCoordinator: [Bool]
        let coordinatorCount: Int
        let component: [Int]
        /// Single points of failure in the gaps, by node.
        let isOldSinglePoint: [Bool]
        /// Whether the structural pass reproduces the gaps' single points of failure; if not (or
        /// if the graph is too large for the search's 32-bit state), every actor is run the plain way.
        let structureAgrees: Bool
        /// The search's outcome for the actors a depth-first tree has as leaves (empty when the
        /// structure does not agree); the single-point flags it flips are relative to the
        /// whole network's, which `structureAgrees` has checked.
        let leafOutcomes: [LeafRemoval.Outcome?]
        let isPublic: [Bool]
        let isMigrantOrganisation: [Bool]
        let publicNeighbours: [Int]
        let actorsByID: [String: Actor]
        let providers: [String: [String]]
        let fragility: ServiceFragility
        let interpretingServices: Set<String>
        let required: Set<String>
        /// For each service, the stages next to it in some pathway.
        let adjacentStages: [String: Set<String>]
        /// Where each actor is in `network.actors`, and the links (positions in `network.links`)
        /// each actor is the `from` of.
        let actorPosition: [String: Int]
        let linksFrom: [String: [Int]]

        init(network: Network, context: GapContext, oldGaps: [Gap], cells: Set<ScenarioResult.CoverageCell>,
             components: Int) {
            self.network = network
            self.context = context
            self.oldGaps = oldGaps
            oldKeys = Set(oldGaps.map(\.key))
            self.cells = cells
            componentsBefore = components
            let graph = context.graph
            let n = graph.nodeCount
            let byID = Dictionary(network.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            actorsByID = byID
            let actors = graph.ids.map { byID[$0] }
            let coordinators = actors.map { $0?.coordinator ?? false }
            isCoordinator = coordinators
            coordinatorCount = coordinators.filter { $0 }.count
            component = componentLabels(graph)
            isPublic = actors.map { $0?.sector == .public }
            isMigrantOrganisation = actors.map { $0?.kind == .migrantOrganisation }
            var publicNeighbours = [Int](repeating: 0, count: n)
            for v in 0..<n {
                for e in graph.mutualOffsets[v]..<graph.mutualOffsets[v + 1] where actors[graph.mutualTargets[e]]?.sector == .public {
                    publicNeighbours[v] += 1
                }
            }
            self.publicNeighbours = publicNeighbours
            var oldSingle = [Bool](repeating: false, count: n)
            for gap in oldGaps where gap.kind == .singlePointOfFailure {
                if let actor = gap.actor, let node = graph.index(of: actor) { oldSingle[node] = true }
            }
            isOldSinglePoint = oldSingle
            providers = context.providers
            fragility = ServiceFragility(network: network, context: context)
            interpretingServices = Set(network.services.filter(\.interpreting).map(\.id))
            required = Set(network.services.filter(\.required).map(\.id))
            var adjacent: [String: Set<String>] = [:]
            for pathway in network.pathways {
                for (a, b) in zip(pathway.stages, pathway.stages.dropFirst()) {
                    adjacent[a, default: []].insert(b)
                    adjacent[b, default: []].insert(a)
                }
            }
            adjacentStages = adjacent
            actorPosition = Dictionary(network.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            var from: [String: [Int]] = [:]
            for (index, link) in network.links.enumerated() { from[link.from, default: []].append(index) }
            linksFrom = from
            if let search = PieceSearch(graph: graph, isCoordinator: coordinators) {
                _ = search.run(removing: nil, coordinatorCount: coordinators.filter { $0 }.count)
                structureAgrees = (0..<n).allSatisfy { search.isSinglePoint($0) == oldSingle[$0] }
            } else {
                structureAgrees = false
            }
            leafOutcomes = structureAgrees
                ? LeafRemoval.outcomes(graph: graph, isCoordinator: coordinators, coordinatorCount: coordinatorCount)
                : []
        }

        /// The scenario of removing node `v`, and whether it was run the plain way.
        func scenario(removing v: Int, search: PieceSearch?) -> (ScenarioResult, Bool) {
            if let search, let result = structural(removing: v, search: search) { return (result, false) }
            let id = context.graph.ids[v]
            return (ScenarioAnalysis.run(network, removing: [id], before: context, beforeGaps: oldGaps, beforeCells: cells,
                                         componentsBefore: componentsBefore), true)
        }

        /// `nil` where the shortcut does not provably agree with the plain run.
        func structural(removing v: Int, search: PieceSearch) -> ScenarioResult? {
            let graph = context.graph
            let id = graph.ids[v]
            func plain() -> ScenarioResult? { nil }
            // A coordinator is taken the short way only while two others remain: then no actor
            // becomes the only coordinator, whose bottleneck the gaps treat apart.
            guard structureAgrees, !isCoordinator[v] || coordinatorCount >= 3, let actor = actorsByID[id] else { return plain() }
            // Migrant organisations whose one public partner v was: their unlinked gap opens.
            var unlinked: [String] = []
            if isPublic[v] {
                for e in graph.mutualOffsets[v]..<graph.mutualOffsets[v + 1] {
                    let y = graph.mutualTargets[e]
                    if isMigrantOrganisation[y] && publicNeighbours[y] == 1 { unlinked.append(graph.ids[y]) }
                }
            }
            let unlinkedOpened = unlinked.isEmpty ? [] : unlinkedGaps(of: unlinked, without: id)
            let pieces: PieceSearch.Outcome
            var vanishedSinglePoints: Set<String> = []
            if v < leafOutcomes.count, let leaf = leafOutcomes[v] {
                for u in leaf.flipped {
                    if !isOldSinglePoint[u] { return plain() }
                    vanishedSinglePoints.insert(graph.ids[u])
                }
                pieces = PieceSearch.Outcome(count: leaf.pieces, cutsOffSomebody: false)
            } else {
                pieces = search.run(removing: v, coordinatorCount: coordinatorCount - (isCoordinator[v] ? 1 : 0))
                if pieces.cutsOffSomebody { return plain() }
                for index in 0..<search.visitedCount {
                    let u = search.visitedNode(index)
                    if search.isSinglePoint(u) && !isOldSinglePoint[u] { return plain() }
                    if isOldSinglePoint[u] && !search.isSinglePoint(u) { vanishedSinglePoints.insert(graph.ids[u]) }
                }
            }

            // What v's offers touch.
            let ownServices = Set(actor.offers.map(\.service))
            var affected: Set<String>
            if !ownServices.isDisjoint(with: interpretingServices) {
                affected = ownServices
                for e in graph.mutualOffsets[v]..<graph.mutualOffsets[v + 1] {
                    if let partner = actorsByID[graph.ids[graph.mutualTargets[e]]] {
                        affected.formUnion(partner.offers.map(\.service))
                    }
                }
            } else {
                // Only services where a count reaches its threshold can change (`ServiceFragility`).
                affected = ownServices.filter { fragility.mayChange($0, losing: id) }
            }
            let servicesLost = ownServices.filter { providers[$0] == [id] }.sorted()
            var newAffectedGaps: [Gap] = []
            var coverageLost: [ScenarioResult.CoverageCell] = []
            if !affected.isEmpty {
                let local = localNetwork(around: affected, without: id)
                func isAffected(_ gap: Gap) -> Bool { StructuralRemoveEach.touches(gap, affected) }
                newAffectedGaps = GapAnalysis.gaps(in: local).filter(isAffected)
                let before = cells.filter { affected.contains($0.service) }
                let after = CoveredCells.of(local).filter { affected.contains($0.service) }
                coverageLost = before.subtracting(after).sorted()
                let oldAffected = Set(oldGaps.filter(isAffected).map(\.key))
                let newAffected = Set(newAffectedGaps.map(\.key))
                return finish(id: id, v: v, pieces: pieces.count, servicesLost: servicesLost, coverageLost: coverageLost,
                              opened: newAffectedGaps.filter { !oldKeys.contains($0.key) } + unlinkedOpened,
                              vanished: { gap in
                                  if StructuralRemoveEach.touches(gap, affected) {
                                      return oldAffected.contains(gap.key) && !newAffected.contains(gap.key)
                                  }
                                  return vanishedOutsideServices(gap, id: id, vanishedSinglePoints: vanishedSinglePoints)
                              })
            }
            return finish(id: id, v: v, pieces: pieces.count, servicesLost: servicesLost, coverageLost: coverageLost,
                          opened: unlinkedOpened,
                          vanished: { vanishedOutsideServices($0, id: id, vanishedSinglePoints: vanishedSinglePoints) })
        }

        /// Gaps of the structural kinds that go when v (not a coordinator, cutting nobody off)
        /// goes: its own unreachable and unlinked gaps, and single points of failure that only
        /// cut off v.
        func vanishedOutsideServices(_ gap: Gap, id: String, vanishedSinglePoints: Set<String>) -> Bool {
            switch gap.kind {
            case .unreachable, .unlinkedMigrantOrganisation: return gap.actor == id
            case .singlePointOfFailure: return gap.actor.map(vanishedSinglePoints.contains) ?? false
            default: return false
            }
        }

        func finish(id: String, v: Int, pieces: Int, servicesLost: [String], coverageLost: [ScenarioResult.CoverageCell],
                    opened: [Gap], vanished: (Gap) -> Bool) -> ScenarioResult {
            let removed: Set<String> = [id]
            let opened = opened.sorted()
            let disappeared = oldGaps.filter(vanished)
            let gone = GoneGaps(removed: removed, servicesLost: Set(servicesLost))
            return ScenarioResult(
                network: network.title, removed: [id], cutOff: [], componentsBefore: componentsBefore,
                componentsAfter: componentsBefore - 1 + pieces, noCoordinatorLeft: false, servicesLost: servicesLost,
                requiredServicesLost: servicesLost.filter(required.contains),
                pathwaysBroken: Set(opened.filter { $0.kind == .pathwayBreak }.compactMap(\.pathway)).sorted(),
                coverageLost: coverageLost, capacityLost: capacityLost(of: actorsByID[id]),
                gapsOpened: opened, gapsClosed: disappeared.filter { !gone.contains($0) },
                gapsGone: disappeared.filter(gone.contains))
        }

        /// The places in one actor's offers, per service, as `ScenarioAnalysis.capacityLost` counts them.
        func capacityLost(of actor: Actor?) -> [ScenarioResult.CapacityLoss] {
            var places: [String: Int] = [:]
            for offer in actor?.offers ?? [] {
                if let capacity = offer.capacity { places[offer.service, default: 0] += capacity }
            }
            return places.keys.sorted().map { ScenarioResult.CapacityLoss(service: $0, places: places[$0] ?? 0) }
        }

        /// The providers of the affected services and of the pathway stages next to them, and the
        /// interpreters tied to those providers, without `id`; the links among them. Services,
        /// languages, districts, pathways and acceptances are the network's own.
        func localNetwork(around affected: Set<String>, without id: String) -> Network {
            var services = affected
            for service in affected { services.formUnion(adjacentStages[service] ?? []) }
            var members: Set<String> = []
            for service in services { members.formUnion(providers[service] ?? []) }
            if !interpretingServices.isEmpty {
                let graph = context.graph
                for member in members {
                    guard let node = graph.index(of: member) else { continue }
                    for e in graph.mutualOffsets[node]..<graph.mutualOffsets[node + 1] {
                        let partner = graph.ids[graph.mutualTargets[e]]
                        if let actor = actorsByID[partner], actor.offers.contains(where: { interpretingServices.contains($0.service) }) {
                            members.insert(partner)
                        }
                    }
                }
            }
            members.remove(id)
            var local = subnetwork(of: members)
            // Only these services' gaps and cells are read; each service's are its own, so the
            // rest of the catalogue is left out (interpreting services stay: they extend others).
            local.services = network.services.filter { services.contains($0.id) || $0.interpreting }
            return local
        }

        /// The network with only `members` and the links among them, in the file's order, and
        /// nobody marked coordinator: only gaps of services are read from it, and without a
        /// coordinator its analysis skips the structural checks, which cost the most.
        func subnetwork(of members: Set<String>) -> Network {
            var local = network
            let positions = members.compactMap { actorPosition[$0] }.sorted()
            local.actors = positions.map { position in
                var actor = network.actors[position]
                actor.coordinator = false
                return actor
            }
            var links: [Int] = []
            for member in members {
                for index in linksFrom[member] ?? [] where members.contains(network.links[index].to) { links.append(index) }
            }
            local.links = links.sorted().map { network.links[$0] }
            return local
        }

        /// The `unlinked-migrant-organisation` gaps of these organisations once `id` is gone, from
        /// the check itself run on each with its remaining partners.
        func unlinkedGaps(of organisations: [String], without id: String) -> [Gap] {
            let graph = context.graph
            var members = Set(organisations)
            for organisation in organisations {
                guard let node = graph.index(of: organisation) else { continue }
                for e in graph.mutualOffsets[node]..<graph.mutualOffsets[node + 1] { members.insert(graph.ids[graph.mutualTargets[e]]) }
            }
            members.remove(id)
            let wanted = Set(organisations)
            return GapAnalysis.gaps(in: subnetwork(of: members))
                .filter { $0.kind == .unlinkedMigrantOrganisation && $0.actor.map(wanted.contains) == true }
        }
    }

    /// Whether a gap is about one of `services`: its service, or a pathway step with one of them
    /// at either end.
    static func touches(_ gap: Gap, _ services: Set<String>) -> Bool {
        switch gap.kind {
        case .missingService, .language, .district, .singleProvider: return gap.service.map(services.contains) ?? false
        case .pathwayBreak:
            return (gap.fromStage.map(services.contains) ?? false) || (gap.toStage.map(services.contains) ?? false)
        default: return false
        }
    }

    /// Results written by the workers, one slot per actor, and the progress count.
    final class ResultSlots: @unchecked Sendable {
        private var slots: [ScenarioResult?]
        private var done = 0
        private(set) var plainRuns = 0
        private let lock = NSLock()
        private let progress: (@Sendable (Int, Int) -> Void)?

        init(count: Int, progress: (@Sendable (Int, Int) -> Void)?) {
            slots = Array(repeating: nil, count: count)
            self.progress = progress
        }

        func store(_ result: ScenarioResult, at index: Int, plain: Bool) {
            lock.lock()
            slots[index] = result
            done += 1
            if plain { plainRuns += 1 }
            let count = done, total = slots.count
            lock.unlock()
            progress?(count, total)
        }

        func results() -> [ScenarioResult] { slots.compactMap { $0 } }
    }
}
