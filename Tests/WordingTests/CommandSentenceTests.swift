import NetworkAnalysis
import NetworkModel
import Testing
@testable import Wording

/// The commands' catalogue is complete like the report's, and one sentence each of route,
/// scenario and brokerage reads, word for word, as a council paper in German, French and
/// Slovenian would have it.
struct CommandSentenceTests {
    @Test(arguments: OutputLanguage.allCases)
    func everyCommandTermHasWords(_ language: OutputLanguage) {
        let words = Words(language), english = Words(.en)
        for term in CommandTerm.allCases {
            let text = words[command: term]
            #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(term) is empty in \(language)")
            if language != .en, !(CommandTerm.sameAsEnglish[language] ?? []).contains(term) {
                #expect(text != english[command: term], "\(term) is left in English in \(language)")
            }
        }
    }

    // MARK: - Route

    /// Caritas counsels in Arabic in Neustadt and refers to the VHS, whose German course need not
    /// be given in Arabic; both names end in a full stop, so several sentences end on one.
    static let routeNetwork = Network(
        title: "Stadt", languages: ["de", "ar"], districts: ["Neustadt"],
        services: [Service(id: "beratung", name: "Migrationsberatung", required: true),
                   Service(id: "kurs", name: "Deutschkurs", required: true, languages: ["de"])],
        actors: [Actor(id: "caritas", name: "Caritas e.V.", kind: .association,
                       offers: [Offer(service: "beratung", languages: ["ar"], districts: [])]),
                 Actor(id: "vhs", name: "Volkshochschule e.V.", kind: .office, offers: [Offer(service: "kurs", languages: ["de"], districts: [])])],
        links: [Link(from: "caritas", to: "vhs", type: .refers)],
        pathways: [Pathway(id: "ankommen", name: "Ankommen", stages: ["beratung", "kurs"])])

    static func route() throws -> RouteResult {
        try RouteAnalysis.route(in: routeNetwork, language: "ar", district: "Neustadt")
    }

    @Test func routeSentences() throws {
        let result = try Self.route()
        let en = Words(.en).routeSentences(result, network: Self.routeNetwork)
        #expect(en[1] == "Migrationsberatung: Caritas e.V. is the only provider who can serve a person speaking Arabic (ar) in Neustadt.")
        let de = Words(.de).routeSentences(result, network: Self.routeNetwork)
        #expect(de[0] == "Eine Person, die Arabisch spricht und in Neustadt lebt, kann den Integrationsweg „Ankommen“ vollständig durchlaufen.")
        #expect(de[2] == "Weitervermittlung von „Migrationsberatung“ zu „Deutschkurs“: Caritas e.V. vermittelt an Volkshochschule e.V. "
            + "weiter. Jede Weitervermittlung von „Migrationsberatung“ zu „Deutschkurs“ hängt allein an Caritas e.V. und Volkshochschule e.V.")
        let fr = Words(.fr).routeSentences(result, network: Self.routeNetwork)
        #expect(fr[3] == "Deutschkurs\u{00A0}: seul Volkshochschule e.V. peut accueillir cette personne\u{00A0}; elle est assurée en allemand et n'a pas à l'être en arabe.")
        let sl = Words(.sl).routeSentences(result, network: Self.routeNetwork)
        #expect(sl[0] == "Oseba, ki govori arabščino in živi na območju Neustadt, lahko prehodi celotno pot »Ankommen«.")
        #expect(sl[3] == "Deutschkurs: to osebo lahko sprejme samo Volkshochschule e.V.; izvaja se v nemščini, v arabščini pa je ni treba izvajati.")
    }

    /// A sentence that ends on a name ending in "." gets no second full stop.
    @Test func noDoubleFullStopAfterAName() throws {
        for language in OutputLanguage.allCases {
            for sentence in Words(language).routeSentences(try Self.route(), network: Self.routeNetwork) {
                #expect(!sentence.hasSuffix(".."), "\(language): \(sentence)")
            }
        }
        #expect(Words(.en).routeSentences(try Self.route(), network: Self.routeNetwork)[2]
            == "Handed on from Migrationsberatung to Deutschkurs: Caritas e.V. refers to Volkshochschule e.V. "
                + "Every hand-off from Migrationsberatung to Deutschkurs depends on Caritas e.V. and Volkshochschule e.V. alone.")
    }

    // MARK: - Scenario

    static func split(before: Int, after: Int, lastCoordinator: Bool, cutOff: [String]) -> ScenarioResult {
        ScenarioResult(network: "N", removed: ["x"], cutOff: cutOff, componentsBefore: before, componentsAfter: after,
                       noCoordinatorLeft: lastCoordinator, servicesLost: [], requiredServicesLost: [], pathwaysBroken: [],
                       coverageLost: [], capacityLost: [], gapsOpened: [], gapsClosed: [], gapsGone: [])
    }

    @Test func scenarioSentences() {
        let apart = Self.split(before: 1, after: 2, lastCoordinator: false, cutOff: [])
        #expect(Words(.en).scenarioStructure(apart) == ["It falls apart: 1 group before, 2 groups after."])
        #expect(Words(.de).scenarioStructure(apart) == ["Es zerfällt: vorher 1 Gruppe, danach 2 Gruppen."])
        #expect(Words(.fr).scenarioStructure(apart) == ["Il se morcelle\u{00A0}: 1 groupe avant, 2 groupes après."])
        #expect(Words(.sl).scenarioStructure(apart) == ["Mreža razpade: skupin prej 1, potem 2."])
        let alone = Self.split(before: 1, after: 1, lastCoordinator: true, cutOff: ["a", "b"])
        #expect(Words(.de).scenarioStructure(alone)[1]
            == "Es bleibt keine koordinierende Stelle: Die 2 Akteure, die eine erreichten, haben keine mehr, auch wenn sie untereinander verbunden bleiben.")
        #expect(Words(.sl).scenarioStructure(alone)[1]
            == "Ne ostane noben koordinator: deležniki, ki so ga dosegali (2), nimajo nobenega več, čeprav ostanejo povezani med seboj.")
        #expect(Words(.sl).placesCount(2) == "2 mesti" && Words(.sl).placesCount(3) == "3 mesta" && Words(.sl).placesCount(5) == "5 mest")
    }

    // MARK: - Brokerage

    /// k coordinates: c (civil society) → k (public) → p (public), and c2 → k → p: two open
    /// two-paths, both gatekeeping into the public sector through k alone.
    static let brokerageNetwork = Network(
        title: "B",
        actors: [Actor(id: "k", name: "Koordination", kind: .office, sector: .public, coordinator: true),
                 Actor(id: "p", name: "Amt", kind: .office, sector: .public),
                 Actor(id: "c", name: "Verein", kind: .association, sector: .civilSociety),
                 Actor(id: "c2", name: "Treff", kind: .association, sector: .civilSociety)],
        links: [Link(from: "c", to: "k", type: .informs), Link(from: "c2", to: "k", type: .informs),
                Link(from: "k", to: "p", type: .informs)])

    @Test func brokerageSentences() {
        let result = BrokerageAnalysis.analyse(Self.brokerageNetwork, grouping: .sector)
        #expect(result.totals.gatekeeper == 2 && result.totals.total == 2)
        #expect(Words(.en).brokerageSentences(result)[0]
            == "Koordination brokers the most: all 2 open two-paths run through it, mostly as gatekeeper.")
        #expect(Words(.de).brokerageSentences(result)[0]
            == "Koordination vermittelt am meisten: Alle 2 vermittelten Kontakte laufen über diesen Akteur, vor allem in der Rolle „Torwächter“.")
        #expect(Words(.fr).brokerageSentences(result)[0]
            == "Koordination est le principal intermédiaire\u{00A0}: les 2 contacts relayés passent tous par cet acteur, surtout dans le rôle «\u{00A0}portier\u{00A0}».")
        #expect(Words(.sl).brokerageSentences(result)[0]
            == "Koordination posreduje največ: vsi posredovani stiki (2) potekajo prek tega deležnika, večinoma v vlogi »vratar«.")
        #expect(Words(.de).brokerageSentences(result)[2]
            == "Nur Koordination hat die Rolle „Torwächter“ (lässt Kontakte von außen in die eigene Gruppe: Öffentliche Hand): Alle 2 solchen Kontakte laufen über diesen Akteur.")
    }

    // MARK: - French typography

    @Test func frenchTypographyIsOneRule() {
        let fr = Words(.fr), de = Words(.de)
        #expect(fr.typeset("Pourquoi : parce que ; vraiment ? oui !") == "Pourquoi\u{00A0}: parce que\u{00A0}; vraiment\u{00A0}? oui\u{00A0}!")
        #expect(fr.typeset("« Ankommen »") == "«\u{00A0}Ankommen\u{00A0}»")
        #expect(fr.typeset("12:30, http://x") == "12:30, http://x")
        #expect(de.typeset("Warum : so") == "Warum : so")
        #expect(fr[command: .holdsTogether] == "Le réseau reste-t-il uni\u{00A0}?")
    }
}
