import Foundation
import NetworkAnalysis
import NetworkModel
import Wording

/// The marks of `--highlight-gaps` on groups: counts of the actors in a group that carry each.
extension OverviewDiagram {
    /// How many of a group's actors carry each mark of `--highlight-gaps`.
    struct GapMarks: Equatable {
        var unreachable = 0
        var singlePointsOfFailure = 0
        var singleProviders = 0

        func union(_ other: GapMarks) -> GapMarks {
            GapMarks(unreachable: unreachable + other.unreachable,
                     singlePointsOfFailure: singlePointsOfFailure + other.singlePointsOfFailure,
                     singleProviders: singleProviders + other.singleProviders)
        }

        func badges(_ words: Words) -> [ActorNode.Badge] {
            var result: [ActorNode.Badge] = []
            if unreachable > 0 {
                result.append(ActorNode.Badge(words: words.unreachableCount(unreachable),
                                              fill: DiagramStyle.problemColor, text: "#FFFFFF"))
            }
            if singlePointsOfFailure > 0 {
                result.append(ActorNode.Badge(words: words.singlePointsOfFailureCount(singlePointsOfFailure),
                                              fill: DiagramStyle.problemColor, text: "#FFFFFF"))
            }
            if singleProviders > 0 {
                result.append(ActorNode.Badge(words: words.singleProvidersCount(singleProviders),
                                              fill: DiagramStyle.warningFill, text: DiagramStyle.textColor))
            }
            return result
        }
    }

    var gapMarks: [GapMarks] {
        guard !highlights.isEmpty else { return Array(repeating: GapMarks(), count: grouping.groups.count) }
        return grouping.groups.map { group in
            var marks = GapMarks()
            for member in group.members {
                let id = network.actors[member].id
                if highlights.unreachable.contains(id) { marks.unreachable += 1 }
                if highlights.singlePointsOfFailure.contains(id) { marks.singlePointsOfFailure += 1 }
                if highlights.singleProviders.contains(id) { marks.singleProviders += 1 }
            }
            return marks
        }
    }
}
