import Foundation
import Testing

/// `actormap render --collapse kind|district` on the real executable: what it writes, which
/// combinations it refuses (64, as every usage error), and the note that points to it.
struct RenderOverviewTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-overview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(arguments: ["kind", "district"])
    func everyExampleNetworkHasAnOverview(_ criterion: String) throws {
        for name in ["halle", "luxembourg-pakt", "imst-leader", "east-belgium", "shelter-novo-mesto"] {
            let outcome = try CommandRunner.run(["render", "networks/\(name).yaml", "-o", "-", "--collapse", criterion])
            #expect(outcome.status == 0, "\(name): \(outcome.stderr)")
            #expect(!outcome.stderr.contains("warning"), "\(name): \(outcome.stderr)")
            // Only Halle's file places actors in districts; elsewhere one group, and a note that says so.
            #expect(outcome.stderr.contains("has one group; try --collapse kind") == (criterion == "district" && name != "halle"), "\(name)")
            #expect(outcome.stdout.contains("class=\"node\""), "\(name)")
            // Graphviz writes the hyphen of an id as a character reference.
            #expect(outcome.stdout.contains("id=\"group&#45;"), "\(name)")
            // The aria-label names the grouping: "...: overview of 30 actors in 9 groups by kind".
            #expect(outcome.stdout.contains(" by \(criterion)\">"), "\(name)")
        }
    }

    @Test func twoRendersAreByteIdentical() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for criterion in ["kind", "district"] {
            let first = folder.appendingPathComponent("first-\(criterion).svg")
            let second = folder.appendingPathComponent("second-\(criterion).svg")
            for file in [first, second] {
                let outcome = try CommandRunner.run(["render", "networks/shelter-novo-mesto.yaml", "-o", file.path,
                                                     "--collapse", criterion, "--highlight-gaps"])
                #expect(outcome.status == 0, "\(outcome.stderr)")
            }
            #expect(try Data(contentsOf: first) == Data(contentsOf: second), "\(criterion)")
        }
    }

    @Test(arguments: [
        (["--collapse", "kind", "--size-by", "degree"],
         "'--size-by degree' sizes single actors and cannot be combined with '--collapse kind'"),
        (["--collapse", "district", "--cluster-by", "kind"],
         "'--cluster-by kind' boxes single actors and cannot be combined with '--collapse district'"),
        (["--collapse", "region"], "'region'"),
    ])
    func combinationsThatMakeNoSenseAreUsageErrors(_ extra: [String], message: String) throws {
        let outcome = try CommandRunner.run(["render", "networks/halle.yaml", "-o", "-"] + extra)
        #expect(outcome.status == 64)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
    }

    @Test func combinationsThatMakeSenseAreAccepted() throws {
        for extra in [["--highlight-gaps"], ["--directed"], ["--cluster-by", "none"], ["--layout", "dot"]] {
            let outcome = try CommandRunner.run(["render", "networks/halle.yaml", "-o", "-", "--collapse", "kind"] + extra)
            #expect(outcome.status == 0, "\(extra): \(outcome.stderr)")
            #expect(outcome.stderr.isEmpty, "\(extra): \(outcome.stderr)")
        }
        let dot = try CommandRunner.run(["render", "networks/halle.yaml", "-o", "-", "--collapse", "kind", "--layout", "dot"])
        #expect(dot.stdout.contains("<desc>Overview of "))
    }

    @Test func theHelpExplainsTheOverviewAndItsCombinations() throws {
        let outcome = try CommandRunner.run(["render", "--help"])
        #expect(outcome.status == 0)
        let help = outcome.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("--collapse <collapse>"))
        #expect(help.contains("counted once, in the first district its entry lists"))
        #expect(help.contains("--size-by and --cluster-by describe single actors and cannot be combined with it"))
    }

    /// A network of 400 actors written on the fly: too many for `dot`, enough for the note to
    /// suggest an overview. `.dot` output skips the layout, so the test stays fast.
    @Test func aBigNetworkGetsANoteSuggestingAnOverview() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let kinds = ["office", "association", "migrant-organisation", "service-provider", "working-group"]
        var yaml = "network: Region of 400\ndistricts: [Nord, Süd]\nactors:\n"
        yaml += "  - {id: a0, name: Commissioner, kind: commissioner}\n"
        for index in 1..<400 {
            let district = index % 3 == 0 ? "" : ", districts: [\(index % 3 == 1 ? "Nord" : "Süd")]"
            yaml += "  - {id: a\(index), name: \"Actor \(index)\", kind: \(kinds[index % kinds.count])\(district)}\n"
        }
        yaml += "links:\n"
        for index in 1..<400 {
            yaml += "  - {from: a\(index / 2), to: a\(index), type: \(index % 2 == 0 ? "coordinates" : "cooperates")}\n"
        }
        let input = folder.appendingPathComponent("region.yaml")
        try Data(yaml.utf8).write(to: input)

        let plain = try CommandRunner.run(["render", input.path, "-o", folder.appendingPathComponent("all.dot").path])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stderr == "actormap: note: 400 actors: using the sfdp layout, because a layered dot diagram of more "
            + "than 40 actors is too wide to read; choose another with --layout; for an overview of this many actors, "
            + "try --collapse kind or --collapse district\n")

        let overview = try CommandRunner.run(["render", input.path, "-o", folder.appendingPathComponent("overview.svg").path,
                                              "--collapse", "district"])
        #expect(overview.status == 0, "\(overview.stderr)")
        #expect(overview.stderr.isEmpty, "\(overview.stderr)")
        let svg = try String(contentsOf: folder.appendingPathComponent("overview.svg"), encoding: .utf8)
        #expect(svg.contains("aria-label=\"Region of 400: overview of 400 actors in 3 groups by district\""))
        #expect(svg.contains("id=\"group&#45;no&#45;district\""))

        let chosen = try CommandRunner.run(["render", input.path, "-o", folder.appendingPathComponent("chosen.dot").path,
                                            "--layout", "sfdp"])
        #expect(chosen.stderr.isEmpty, "no note when the layout was asked for")

        let reportFolder = folder.appendingPathComponent("report")
        let report = try CommandRunner.run(["report", input.path, "-o", reportFolder.path])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr.contains("; the report opens with an overview of the actors collapsed by kind and by district\n"),
                "\(report.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: reportFolder.path)
        #expect(files.contains("overview-kind.svg") && files.contains("overview-district.svg"), "\(files)")
        let page = try String(contentsOf: reportFolder.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains("<section id=\"overview\">"))
        #expect(page.contains("<a href=\"#overview\">Overview</a>"))
        // Three pictures inline in one page (two overviews and the full diagram) keep their ids apart.
        #expect(page.contains("id=\"kind&#45;group&#45;association\"") && page.contains("id=\"district&#45;group&#45;no&#45;district\""))
        let ids = page.matches(of: /\sid="([^"]+)"/).map { String($0.output.1) }
        #expect(Set(ids).count == ids.count, "duplicate ids: \(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted())")
        // The text alternative of the district overview: 133 actors in Nord (1, 4, 7, ...), none named twice.
        #expect(page.contains("<tr><td>Nord</td><td class=\"num\">133</td>"))
        let markdown = try String(contentsOf: reportFolder.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(markdown.contains("![Region of 400: By kind of actor](overview-kind.svg)"))

        let small = try CommandRunner.run(["report", "networks/halle.yaml", "-o", folder.appendingPathComponent("halle").path])
        #expect(small.status == 0, "\(small.stderr)")
        let smallFiles = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("halle").path)
        #expect(!smallFiles.contains { $0.hasPrefix("overview") }, "a city network is read actor by actor: \(smallFiles)")
    }

    /// `render --paper`: the example networks on A4, turned to landscape when wider than tall.
    @Test func examplePDFsAreA4Pages() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["halle", "luxembourg-pakt", "imst-leader", "east-belgium", "shelter-novo-mesto"] {
            for extra in [[], ["--paper", "a4"], ["--paper", "a4", "--landscape"]] {
                let file = folder.appendingPathComponent("\(name).pdf")
                let outcome = try CommandRunner.run(["render", "networks/\(name).yaml", "-o", file.path] + extra)
                #expect(outcome.status == 0, "\(name) \(extra): \(outcome.stderr)")
                let pdf = String(decoding: try Data(contentsOf: file), as: UTF8.self)
                let box = pdf.firstMatch(of: /\/MediaBox \[ 0 0 (\d+) (\d+) \]/).map { "\($0.output.1) \($0.output.2)" }
                #expect(box == "842 595" || (box == "595 842" && extra.last != "--landscape"), "\(name) \(extra): \(box ?? "no MediaBox")")
            }
        }
        let letter = folder.appendingPathComponent("letter.pdf")
        #expect(try CommandRunner.run(["render", "networks/halle.yaml", "-o", letter.path, "--paper", "letter", "--landscape"]).status == 0)
        #expect(String(decoding: try Data(contentsOf: letter), as: UTF8.self).contains("/MediaBox [ 0 0 792 612 ]"))
    }

    @Test(arguments: [
        (["-o", "-", "--paper", "a4"], "'--paper a4' sets the page of a PDF; SVG and PNG keep the drawing's natural size"),
        (["-o", "x.png", "--landscape"], "'--landscape' turns the page of a PDF"),
        (["-o", "-", "--depth", "2"], "'--depth 2' counts links from the --focus actor; give --focus ID."),
        (["-o", "-", "--focus", "dlz", "--depth", "0"], "'--depth 0': give 1 or more links."),
        (["-o", "-", "--focus", "dlz", "--collapse", "kind"], "'--focus dlz' draws single actors and cannot be combined with '--collapse kind'"),
    ])
    func pageAndFocusOptionsThatMakeNoSenseAreUsageErrors(_ arguments: [String], message: String) throws {
        let outcome = try CommandRunner.run(["render", "networks/halle.yaml"] + arguments)
        #expect(outcome.status == 64)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
    }

    @Test func anUnknownFocusIsAUsageErrorWithASuggestion() throws {
        let outcome = try CommandRunner.run(["render", "networks/halle.yaml", "-o", "-", "--focus", "dzl"])
        #expect(outcome.status == 64)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr == "actormap: error: '--focus dzl': no actor has this id (did you mean 'dlz'?)\n")
    }

    /// The Halle office and its neighbours: every actor one link away is drawn, nobody else.
    @Test func theFocusDrawsTheActorAndItsNeighbours() throws {
        let outcome = try CommandRunner.run(["render", "networks/halle.yaml", "-o", "-", "--focus", "dlz", "--highlight-gaps"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let drawn = Set(outcome.stdout.matches(of: /<g id="actor&#45;([^"]+)" class="node"/).map {
            String($0.output.1).replacingOccurrences(of: "&#45;", with: "-")
        })
        let links = try CommandRunner.run(["export", "networks/halle.yaml", "--format", "json", "-o", "-"])
        #expect(links.status == 0, "\(links.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(links.stdout.utf8)) as? [String: Any])
        let all = try #require(json["links"] as? [[String: Any]])
        var expected: Set<String> = ["dlz"]
        for link in all {
            guard let from = link["from"] as? String, let to = link["to"] as? String else { continue }
            if from == "dlz" { expected.insert(to) }
            if to == "dlz" { expected.insert(from) }
        }
        #expect(expected.count > 3)
        #expect(drawn == expected)
        #expect(outcome.stdout.contains("around Dienstleistungszentrum Integration und Demokratie (1 step)"))
    }
}
