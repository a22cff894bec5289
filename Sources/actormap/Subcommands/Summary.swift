import ArgumentParser
import NetworkAnalysis
import NetworkModel
import NetworkReports
import OutputFiles

/// Counts by kind, sector and link type, coordinators, and whether the network holds together.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Count actors by kind and sector, links by type; name coordinators and separate groups.")

    @OptionGroup var input: InputOptions
    @OptionGroup var output: FormatOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if output.format == .csv {
            throw ValidationError("'--format csv' does not fit a summary; use table, json or markdown.")
        }
    }

    func run() throws {
        let network = try input.load()
        let summary = NetworkSummary(network)
        switch output.format {
        case .json: StandardStreams.write(Summary.json(summary, network).serialized() + "\n")
        case .markdown, .table, .csv:
            let markdown = output.format == .markdown
            StandardStreams.write(language.lang == .en ? Summary.text(summary, network, markdown: markdown)
                : Summary.text(summary, network, markdown: markdown, words: language.words))
        }
    }

    static func text(_ summary: NetworkSummary, _ network: Network, markdown: Bool) -> String {
        func render(_ table: Table) -> String { markdown ? table.markdown() : table.text() }
        func heading(_ title: String) -> String { markdown ? "\n## \(title)\n\n" : "\n\(title)\n" }
        // Names from the file are data: in Markdown they are escaped, never markup (issue 21).
        let shown: (String) -> String = { markdown ? MarkdownText.inline($0) : $0 }
        var out = markdown ? "# \(shown(summary.title))\n\n" : "\(summary.title)\n"
        if let asOf = summary.asOf { out += "As of \(asOf)\n" }
        out += "\(summary.actorCount) actors, \(summary.linkCount) links, \(summary.serviceCount) services, "
            + "\(summary.pathwayCount) pathways\n"
        let names = summary.coordinators.map { "\($0.name) (\($0.id))" }
        out += summary.coordinators.isEmpty
            ? "No coordinator: nobody is marked as the centre every actor should reach.\n"
            : "Coordinators: \(shown(names.joined(separator: ", ")))\n"
        out += shown(connectedness(summary, network)) + "\n"

        var kinds = Table(columns: ["Kind", "Actors"], alignments: [.left, .right])
        for (kind, count) in summary.byKind { kinds.append([kind.label, String(count)]) }
        out += heading("Actors by kind") + render(kinds)
        var sectors = Table(columns: ["Sector", "Actors"], alignments: [.left, .right])
        for (sector, count) in summary.bySector { sectors.append([sector.label, String(count)]) }
        out += heading("Actors by sector") + render(sectors)
        var types = Table(columns: ["Link type", "Links"], alignments: [.left, .right])
        for (type, count) in summary.byLinkType { types.append([type.rawValue, String(count)]) }
        out += heading("Links by type") + render(types)
        if !summary.providers.isEmpty {
            var services = Table(columns: ["Service", "Required", "Providers"], alignments: [.left, .left, .right])
            for (service, count) in summary.providers {
                services.append([service.name, service.required ? "yes" : "no", String(count)])
            }
            out += heading("Services") + render(services)
        }
        if !summary.capacityByService.isEmpty {
            var capacity = Table(columns: ["Service", "Places", "Offers giving a capacity"], alignments: [.left, .right, .right])
            for entry in summary.capacityByService.sorted(by: { ($0.service.name, $0.service.id) < ($1.service.name, $1.service.id) }) {
                capacity.append([entry.service.name, String(entry.places), "\(entry.offersWithCapacity) of \(entry.offers)"])
            }
            out += heading("Capacity per service (places per year, where offers give one)") + render(capacity)
            if !summary.capacityByDistrict.isEmpty {
                var districts = Table(columns: ["District", "Places"], alignments: [.left, .right])
                for (district, places) in summary.capacityByDistrict { districts.append([district, String(places)]) }
                out += heading("Capacity per district") + render(districts)
                out += (markdown ? "\n" : "") + "An offer for the whole city counts in every district, "
                    + "so the districts may add up to more than the services.\n"
            }
        }
        return out
    }

    /// "All 12 actors are connected" or which groups stand apart, named so they can be found.
    static func connectedness(_ summary: NetworkSummary, _ network: Network) -> String {
        if summary.components.count <= 1 {
            return "All \(summary.actorCount) actors are connected."
        }
        let names = Dictionary(uniqueKeysWithValues: network.actors.map { ($0.id, $0.name) })
        var lines = ["The network falls into \(summary.components.count) separate groups:"]
        for component in summary.components {
            let shown = component.prefix(5).map { names[$0] ?? $0 }.joined(separator: ", ")
            let more = component.count > 5 ? ", and \(component.count - 5) more" : ""
            lines.append("  \(component.count) actor\(component.count == 1 ? "" : "s"): \(shown)\(more)")
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ summary: NetworkSummary, _ network: Network) -> JSONValue {
        .object([
            ("network", .string(summary.title)),
            ("as_of", .string(summary.asOf?.description)),
            ("actors", .int(summary.actorCount)),
            ("links", .int(summary.linkCount)),
            ("services", .int(summary.serviceCount)),
            ("pathways", .int(summary.pathwayCount)),
            ("by_kind", .object(summary.byKind.map { ($0.kind.rawValue, .int($0.count)) })),
            ("by_sector", .object(summary.bySector.map { ($0.sector.rawValue, .int($0.count)) })),
            ("by_link_type", .object(summary.byLinkType.map { ($0.type.rawValue, .int($0.count)) })),
            ("coordinators", .array(summary.coordinators.map {
                .object([("id", .string($0.id)), ("name", .string($0.name))])
            })),
            ("components", .array(summary.components.map { .array($0.map { .string($0) }) })),
            ("providers", .object(summary.providers.map { ($0.service.id, .int($0.count)) })),
            ("capacity_by_service", .object(summary.capacityByService.map { ($0.service.id, .int($0.places)) })),
            ("capacity_by_district", .object(summary.capacityByDistrict.map { ($0.district, .int($0.places)) })),
        ])
    }
}
