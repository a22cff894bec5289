import NetworkAnalysis
import NetworkModel
import NetworkReports
import Wording
import OutputFiles

/// `summary` for a reader of German, French or Slovenian (`--lang`): the same facts as the
/// English text, every word from the catalogue, dates and numbers as the language writes them.
extension Summary {
    static func text(_ summary: NetworkSummary, _ network: Network, markdown: Bool, words: Words) -> String {
        func render(_ table: Table) -> String { markdown ? table.markdown() : table.text() }
        func heading(_ title: String) -> String { markdown ? "\n## \(title)\n\n" : "\n\(title)\n" }
        // Names from the file are data: in Markdown they are escaped, never markup.
        func shown(_ text: String) -> String { markdown ? MarkdownText.inline(text) : text }
        var out = markdown ? "# \(shown(summary.title))\n\n" : "\(summary.title)\n"
        if let asOf = summary.asOf { out += "\(words[.asOf]) \(words.date(asOf))\n" }
        out += [(words[.actors], summary.actorCount), (words[.links], summary.linkCount),
                (words[.services], summary.serviceCount), (words[.pathways], summary.pathwayCount)]
            .map { words.labelled($0.0, words.integer($0.1)) }.joined(separator: " · ") + "\n"
        let names = summary.coordinators.map { "\($0.name) (\($0.id))" }
        out += summary.coordinators.isEmpty ? words[.noCoordinator] + "\n"
            : words.labelled(words[.coordinators], shown(names.joined(separator: ", "))) + "\n"
        if summary.components.count <= 1 {
            out += words[.allConnected] + "\n"
        } else {
            let actorNames = Dictionary(network.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            out += String(words.labelled("\(words[.groups]) (\(words.integer(summary.components.count)))", "").dropLast()) + "\n"
            for component in summary.components {
                var shownNames = component.prefix(5).map { actorNames[$0] ?? $0 }.joined(separator: ", ")
                if component.count > 5 { shownNames += words.andMore(component.count - 5) }
                out += "  " + words.labelled(words.count(component.count, .actor), shown(shownNames)) + "\n"
            }
        }

        var kinds = Table(columns: [words[.kind], words[.actors]], alignments: [.left, .right])
        for (kind, count) in summary.byKind { kinds.append([words.kind(kind), words.integer(count)]) }
        out += heading(words[.byKindHeading]) + render(kinds)
        var sectors = Table(columns: [words[.sector], words[.actors]], alignments: [.left, .right])
        for (sector, count) in summary.bySector { sectors.append([words.sector(sector), words.integer(count)]) }
        out += heading(words[.bySectorHeading]) + render(sectors)
        var types = Table(columns: [words[.linkType], words[.links]], alignments: [.left, .right])
        for (type, count) in summary.byLinkType { types.append([words.linkType(type), words.integer(count)]) }
        out += heading(words[.byLinkTypeHeading]) + render(types)
        if !summary.providers.isEmpty {
            var services = Table(columns: [words[.service], words[.required], words[.providers]], alignments: [.left, .left, .right])
            for (service, count) in summary.providers {
                services.append([service.name, service.required ? words[.yes] : words[.no], words.integer(count)])
            }
            out += heading(words[.services]) + render(services)
        }
        if !summary.capacityByService.isEmpty {
            var capacity = Table(columns: [words[.service], words[.placesColumn], words[.offersGivingCapacity]],
                                 alignments: [.left, .right, .right])
            for entry in summary.capacityByService.sorted(by: { ($0.service.name, $0.service.id) < ($1.service.name, $1.service.id) }) {
                capacity.append([entry.service.name, words.integer(entry.places),
                                 "\(words.integer(entry.offersWithCapacity)) / \(words.integer(entry.offers))"])
            }
            out += heading(words[.capacityPerService]) + render(capacity)
            if !summary.capacityByDistrict.isEmpty {
                var districts = Table(columns: [words[.district], words[.placesColumn]], alignments: [.left, .right])
                for (district, places) in summary.capacityByDistrict { districts.append([district, words.integer(places)]) }
                out += heading(words[.capacityPerDistrict]) + render(districts)
                out += (markdown ? "\n" : "") + words[.capacityNote] + "\n"
            }
        }
        return out
    }
}
