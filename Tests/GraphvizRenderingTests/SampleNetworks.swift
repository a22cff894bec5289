import GraphvizRendering
import NetworkModel

/// Networks built in memory, so these tests never depend on the YAML loader.
enum SampleNetworks {
    /// Names that have broken diagram tools before: DOT quoting, escString sequences, markup,
    /// entities, line breaks, and scripts other than Latin.
    static let awkwardNames: [String] = [
        "Say \"hello\"",
        "Back\\slash and trailing\\",
        "<script>alert(1)</script>",
        "Tom & Jerry &amp; &lt;b&gt;",
        "Line one\nLine two",
        "Node \\N graph \\G left \\l right \\r newline \\n",
        "Δήμος Αθηναίων",
        "جمعية المهاجرين",
        "Društvo za razvijanje prostovoljnega dela",
        "]]> --> <!-- ' \" end",
    ]

    static var awkward: Network {
        let kinds = ActorKind.allCases
        let actors = awkwardNames.enumerated().map { index, name in
            Actor(id: "a\(index)", name: name, kind: kinds[index % kinds.count],
                  languages: index % 2 == 0 ? ["de", "ar"] : [],
                  offers: [Offer(service: "s\(index % 3)", languages: [], districts: [])])
        }
        let services = (0..<3).map { Service(id: "s\($0)", name: "Service <\($0)> & \"more\" \\N") }
        var links: [Link] = []
        for index in 1..<actors.count {
            links.append(Link(from: "a0", to: "a\(index)", type: LinkType.allCases[index % LinkType.allCases.count]))
        }
        return Network(title: "Awkward \"names\" <&> \\G", services: services, actors: actors, links: links)
    }

    /// A city network of the usual size and shape, for looking at and for every layout.
    static var city: Network {
        let services = [
            Service(id: "counselling", name: "Migration counselling"),
            Service(id: "language-course", name: "Language and integration course"),
            Service(id: "anti-discrimination", name: "Help against discrimination"),
            Service(id: "housing", name: "Housing advice"),
            Service(id: "work", name: "Labour-market integration"),
            Service(id: "leisure", name: "Leisure and sport", required: false),
        ]
        func offer(_ service: String, _ languages: [String] = []) -> Offer {
            Offer(service: service, languages: languages, districts: [])
        }
        let actors = [
            Actor(id: "commissioner", name: "Beauftragte für Migration und Integration", kind: .commissioner),
            Actor(id: "dlz", name: "Dienstleistungszentrum Integration und Demokratie", kind: .office, coordinator: true,
                  languages: ["de", "en"], offers: [offer("counselling")]),
            Actor(id: "auslaenderbehoerde", name: "Ausländerbehörde", kind: .office),
            Actor(id: "jobcenter", name: "Jobcenter Halle", kind: .authority, offers: [offer("work")]),
            Actor(id: "bamf", name: "Bundesamt für Migration und Flüchtlinge", kind: .authority),
            Actor(id: "landkreis", name: "Saalekreis", kind: .municipality),
            Actor(id: "vemo", name: "Verband der Migrantenorganisationen", kind: .migrantOrganisation,
                  languages: ["de", "ar", "ru"], districts: ["Neustadt"],
                  offers: [offer("counselling"), offer("anti-discrimination")]),
            Actor(id: "ukr", name: "Ukrainischer Verein", kind: .migrantOrganisation, languages: ["uk", "ru"]),
            Actor(id: "afghan", name: "Afghanischer Kulturverein", kind: .migrantOrganisation, languages: ["fa"]),
            Actor(id: "awo", name: "AWO Migrationsberatung", kind: .serviceProvider, languages: ["de", "ar"],
                  offers: [offer("counselling"), offer("housing")]),
            Actor(id: "caritas", name: "Caritas Jugendmigrationsdienst", kind: .serviceProvider,
                  offers: [offer("counselling")]),
            Actor(id: "vhs", name: "Volkshochschule", kind: .serviceProvider, offers: [offer("language-course")]),
            Actor(id: "sprachschule", name: "Sprachschule Lingua GmbH", kind: .serviceProvider, sector: .private,
                  offers: [offer("language-course")]),
            Actor(id: "ak-migration", name: "Arbeitskreis Migration", kind: .workingGroup),
            Actor(id: "integrationsrat", name: "Integrationsrat", kind: .workingGroup),
            Actor(id: "antidiskriminierung", name: "Antidiskriminierungsnetzwerk", kind: .association,
                  offers: [offer("anti-discrimination")]),
            Actor(id: "ehrenamt", name: "Freiwilligenagentur", kind: .association, offers: [offer("leisure")]),
            Actor(id: "sportverein", name: "SV Neustadt 1990", kind: .association, districts: ["Neustadt"],
                  offers: [offer("leisure")]),
            Actor(id: "moschee", name: "Islamisches Kulturcenter", kind: .other, languages: ["ar"]),
            Actor(id: "wohnungsgesellschaft", name: "Wohnungsgesellschaft", kind: .other, sector: .private),
        ]
        let links = [
            Link(from: "commissioner", to: "dlz", type: .coordinates),
            Link(from: "commissioner", to: "ak-migration", type: .coordinates),
            Link(from: "commissioner", to: "integrationsrat", type: .informs),
            Link(from: "dlz", to: "vemo", type: .supports, weight: 2),
            Link(from: "dlz", to: "auslaenderbehoerde", type: .cooperates),
            Link(from: "dlz", to: "awo", type: .funds),
            Link(from: "dlz", to: "caritas", type: .funds),
            Link(from: "vemo", to: "dlz", type: .refers),
            Link(from: "vemo", to: "ukr", type: .partners),
            Link(from: "vemo", to: "afghan", type: .partners),
            Link(from: "awo", to: "vhs", type: .refers),
            Link(from: "caritas", to: "vhs", type: .refers),
            Link(from: "awo", to: "jobcenter", type: .refers),
            Link(from: "jobcenter", to: "sprachschule", type: .funds),
            Link(from: "bamf", to: "vhs", type: .funds),
            Link(from: "auslaenderbehoerde", to: "bamf", type: .reportsTo),
            Link(from: "ukr", to: "ak-migration", type: .memberOf),
            Link(from: "awo", to: "ak-migration", type: .memberOf),
            Link(from: "caritas", to: "ak-migration", type: .memberOf),
            Link(from: "antidiskriminierung", to: "ak-migration", type: .memberOf),
            Link(from: "integrationsrat", to: "landkreis", type: .cooperates),
            Link(from: "antidiskriminierung", to: "vemo", type: .cooperates),
            Link(from: "ehrenamt", to: "sportverein", type: .cooperates),
            Link(from: "dlz", to: "wohnungsgesellschaft", type: .informs),
        ]
        return Network(title: "Halle (Saale) – Integration network", asOf: CalendarDate(year: 2024, month: 5, day: 1),
                       languages: ["de", "ar", "ru", "uk", "fa"], services: services, actors: actors, links: links)
    }

    static let cityHighlights = DiagramHighlights(
        unreachable: ["ehrenamt", "sportverein", "moschee"],
        singlePointsOfFailure: ["vemo", "dlz"],
        singleProviders: ["jobcenter", "awo"],
        missingServices: ["Psychosocial support for refugees", "Legal advice"])

    /// A seeded random network of `size` actors with about three links each.
    static func random(size: Int, seed: UInt64) -> Network {
        var generator = SplitMix64(seed: seed)
        let kinds = ActorKind.allCases
        let actors = (0..<size).map { index in
            Actor(id: "actor\(index)", name: "Actor number \(index)", kind: kinds[Int(generator.next() % UInt64(kinds.count))])
        }
        var links: [Link] = []
        var seen = Set<String>()
        for index in 1..<max(1, size) {
            let target = Int(generator.next() % UInt64(index))
            links.append(Link(from: "actor\(index)", to: "actor\(target)", type: .cooperates))
            seen.insert("\(index)-\(target)")
            for _ in 0..<2 {
                let other = Int(generator.next() % UInt64(size))
                let type = LinkType.allCases[Int(generator.next() % UInt64(LinkType.allCases.count))]
                guard other != index, seen.insert("\(index)-\(other)").inserted else { continue }
                links.append(Link(from: "actor\(index)", to: "actor\(other)", type: type))
            }
        }
        return Network(title: "Random \(size) (seed \(seed))", actors: actors, links: links)
    }
}

/// A small, fast generator whose sequence is fixed by its seed (Steele, Lea & Flood 2014).
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
