import Foundation
import Testing
@testable import NetworkReports
import NetworkAnalysis
import NetworkModel

/// The large report (issues 19 and 24): above 1,000 actors no diagram of every actor, the page's
/// table and profiles shortened to the most central, every link in the page leading somewhere,
/// and the page saying so in the reader's language.
struct LargeReportTests {
    /// A commissioner (coordinator) at the root of a tree of `count` actors, five under each:
    /// actor `i` hangs under `(i - 1) / 5`, so every inner actor has five ties or more (a focus
    /// diagram each) and every leaf a betweenness of 0. Every third actor names a district, so the
    /// report has both overviews.
    static func tree(_ count: Int) -> Network {
        var actors = [Actor(id: "a0", name: "Beauftragte", kind: .commissioner, coordinator: true)]
        for index in 1..<count {
            actors.append(Actor(id: "a\(index)", name: index == 7 ? "Društvo Ελπίδα \(index)" : "Verein \(index)",
                                kind: index % 2 == 0 ? .association : .migrantOrganisation,
                                districts: index % 3 == 0 ? ["Nord"] : []))
        }
        let links = (1..<count).map { Link(from: "a\(($0 - 1) / 5)", to: "a\($0)", type: $0 % 2 == 0 ? .coordinates : .cooperates) }
        return Network(title: "Region", languages: ["de"], services: [], actors: actors, links: links)
    }

    static func files(_ output: ReportBuilder.Output) -> [String: String] {
        Dictionary(uniqueKeysWithValues: output.files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    @Test func boundsFollowTheSize() {
        #expect(ReportBounds(actors: 1_000, links: 20_000) == ReportBounds(drawsWholeDiagram: true, tableRows: nil))
        #expect(ReportBounds(actors: 1_001, links: 1_000) == ReportBounds(drawsWholeDiagram: false, tableRows: 1_000))
        #expect(ReportBounds(actors: 40, links: 20_001) == ReportBounds(drawsWholeDiagram: false, tableRows: nil))
    }

    /// 1,001 actors: just past both bounds, the sizes chosen by the network alone.
    @Test func aNetworkPastTheBoundsHasNoWholeDiagramAndShortTables() throws {
        let network = Self.tree(1_001)
        let output = try ReportBuilder().build(network)
        #expect(output.bounds == ReportBounds(drawsWholeDiagram: false, tableRows: 1_000))
        let files = Self.files(output)
        #expect(files.keys.sorted() == ["centrality.csv", "gaps.csv", "index.html", "overview-district.svg",
                                        "overview-kind.svg", "report.md"])
        let html = try #require(files["index.html"])
        #expect(!html.contains("<section id=\"diagram\""))
        #expect(!html.contains("href=\"#diagram\""))
        #expect(html.contains("<p>1,001 actors are too many to read one by one. Each circle stands for a group of actors, "
            + "its area in proportion to their number; each line for the links between two groups, with their number on it. "
            + "A diagram of every actor would be a tangle of 1,001 dots that no page or screen can show, so this report "
            + "leaves it out; the profiles of the coordinators and of the most central actors show their surroundings.</p>"))

        // The table: the 1,000 most central rows, then where the rest is.
        let table = try #require(html.range(of: "<section id=\"centrality\">").map { html[$0.lowerBound...] })
        let tableEnd = try #require(table.range(of: "</section>"))
        let centrality = table[..<tableEnd.lowerBound]
        #expect(centrality.components(separatedBy: "<tr><td").count - 1 == 1_000)
        #expect(centrality.contains("<p>The 1,000 most central of 1,001 actors; all 1,001 are in centrality.csv beside this report.</p>"))
        let csv = try #require(files["centrality.csv"])
        #expect(csv.split(separator: "\n").count == 1_002, "header and every actor")

        // Profiles: the coordinator and the table's actors; the one left out is a leaf, and no
        // link in the page points at a profile that is not there.
        let profiles = html.matches(of: /<article class="profile" id="profile-([^"]+)"/).map { String($0.output.1) }
        #expect(profiles.count == 1_000)
        #expect(profiles.contains("a0") && profiles.contains("a1"))
        let missing = try #require(Set(network.actors.map(\.id)).subtracting(profiles).first)
        #expect(missing == "a999", "of the leaves (betweenness 0) the last by id")
        let targets = Set(html.matches(of: /href="#profile-([^"]+)"/).map { String($0.output.1) })
        #expect(targets.isSubset(of: Set(profiles)), "\(targets.subtracting(profiles).sorted())")
        #expect(html.contains("<p>Profiles of 1,000 of 1,001 actors: the coordinators and the most central actors. "
            + "The figures of every actor are in centrality.csv.</p>"))

        // Focus diagrams: at most 30, the coordinator's first.
        let focus = Set(html.matches(of: /id="focus&#45;(a[0-9]+)&#45;diagram"/).map { String($0.output.1) })
        #expect(focus.count == 30 && focus.contains("a0"), "\(focus.sorted())")

        let markdown = try #require(files["report.md"])
        #expect(!markdown.contains("network.svg"))
        #expect(markdown.contains("\nThe 1,000 most central of 1,001 actors; all 1,001 are in centrality.csv beside this report.\n"))
    }

    /// The same bounds asked for on a small network, in German: what a bounded page says.
    @Test func theNotesAreInTheReadersLanguage() throws {
        let network = Self.tree(12)
        let output = try ReportBuilder(language: .de, bounds: ReportBounds(drawsWholeDiagram: false, tableRows: 4)).build(network)
        let files = Self.files(output)
        #expect(files["network.svg"] == nil)
        let html = try #require(files["index.html"])
        #expect(html.contains("<p>Die 4 zentralsten von 12 Akteuren; alle 12 stehen in centrality.csv neben diesem Bericht.</p>"))
        #expect(html.contains("<p>Profile von 4 der 12 Akteure: die koordinierenden Stellen und die zentralsten Akteure. "
            + "Die Kennzahlen aller Akteure stehen in centrality.csv.</p>"))
        let markdown = try #require(files["report.md"])
        #expect(markdown.contains("Die 4 zentralsten von 12 Akteuren;"))
    }

    /// Below the bounds nothing changes: every row, every profile, the diagram.
    @Test func aSmallNetworkKeepsEverything() throws {
        let files = Self.files(try ReportBuilder().build(Self.tree(30)))
        #expect(files["network.svg"] != nil)
        let html = try #require(files["index.html"])
        #expect(html.matches(of: /<article class="profile"/).count == 30)
        #expect(!html.contains("most central of"))
    }
}

/// The brokerage section of a large report: the coordinators' load (a search from every actor of
/// one sector, all-pairs like betweenness) is left to `actormap brokerage`, and the table keeps the
/// actors who broker most, saying so.
struct LargeReportBrokerageTests {
    @Test func aBoundedSectionLeavesTheLoadOutAndShortensTheTable() throws {
        let network = LargeReportTests.tree(40)
        let full = try #require(BrokerageReportSections.brokerage(network, language: .en))
        #expect(full.markdown.contains("Share of a pair's shortest paths that run through a coordinator, on average over "
            + "the connected pairs of a civil-society and a public actor: "), "\(full.markdown)")
        #expect(!full.markdown.contains("left out"))

        let bounded = try #require(BrokerageReportSections.brokerage(
            network, language: .en, bounds: ReportBounds(drawsWholeDiagram: false, tableRows: 3)))
        #expect(bounded.markdown.contains("The coordinators' load is left out of a report of 40 actors: it compares every pair "
            + "of actors and would take most of the report's time. The command “actormap brokerage” computes it."))
        let brokers = BrokerageAnalysis.analyse(network, grouping: .sector, coordinatorLoad: false).rows.filter { $0.counts.total > 0 }
        #expect(brokers.count > 3)
        #expect(bounded.markdown.contains("The 3 of \(brokers.count) actors with the most brokered contacts; the command "
            + "“actormap brokerage” lists every actor."))
        let rows = bounded.html.description.components(separatedBy: "<tr><td").count - 1
        #expect(rows == 3)
        // Every name in it is one of the three who broker most.
        for broker in brokers.prefix(3) { #expect(bounded.markdown.contains(broker.name)) }

        let german = try #require(BrokerageReportSections.brokerage(
            network, language: .de, bounds: ReportBounds(drawsWholeDiagram: false, tableRows: 3)))
        #expect(german.markdown.contains("Die Last der koordinierenden Stellen fehlt in einem Bericht über 40 Akteure"))
    }
}
