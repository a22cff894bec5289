/// The fixed words of the commands' own tables and headings (`scenario`, `route`, `diff`,
/// `brokerage`, `influence`, `centrality`, `validate`), keyed like `Term` and translated the same
/// way: a switch per language without a `default`, so a key forgotten in one language does not
/// compile, and `CatalogueTests` checks none is empty or left in English. A key of its own
/// rather than more `Term` cases so that the report's catalogue and the commands' can grow at
/// the same time without one edit waiting for the other.
public enum CommandTerm: String, CaseIterable, Sendable, Hashable {
    case identifier
    case inBrief
    case none
    case noneSentence
    // brokerage
    case coordinatorsLoad
    case meanPerPairThroughCoordinator
    case pathsThroughCoordinatorAllPairs
    case connectedCrossSectorPairs
    case onlyThroughCoordinators
    case partly
    case notConnected
    // route
    case step
    case bottleneck
    case usable
    case routeBreak
    case problemNobodyOffers
    case problemLanguage
    case problemLanguagesUnrecorded
    case problemDistrict
    case problemLanguageAndDistrict
    case handedOn
    case indirect
    case noReferral
    case bottleneckCoordinators
    case bottleneckSingleActor
    case offersBoth
    case via
    // scenario
    case holdsTogether
    case required
    case rank
    case actor
    case requiredServicesLost
    case pathwaysBroken
    case coverageCellsLost
    case cutOff
    case placesLost
    case highGapsOpened
    case gapsOpened
    case groupsAfter
    case servicesNobodyOffers
    case pathwaysThatBreak
    case coverageNoLongerCovered
    case gapsGoneNotSolved
    case gapsSolved
    case noCoordinatorLeft
    case ifOneActorDroppedOut
    // diff
    case changes
    case old
    case new
    case field
    case change
    case from
    case to
    case type
    case measure
    case service
    case actorsAdded
    case actorsRemoved
    case actorsChanged
    case linksAdded
    case linksRemoved
    case linksChanged
    case offersAdded
    case offersRemoved
    case servicesAdded
    case servicesRemoved
    case servicesChanged
    case pathwaysAdded
    case pathwaysRemoved
    case pathwaysChanged
    case gapsClosed
    case largestCentralityChanges
    case noLanguage
    case everyDistrict
    case yes
    case no
    case asOf
}

extension Words {
    public subscript(command term: CommandTerm) -> String {
        switch language {
        case .en: return term.english
        case .de: return term.german
        case .fr: return typeset(term.french)
        case .sl: return term.slovenian
        }
    }
}

extension CommandTerm {
    /// Keys whose words are rightly the same as the English ones in one language.
    public static let sameAsEnglish: [OutputLanguage: Set<CommandTerm>] = [
        .de: [],
        .fr: [.type],
        .sl: [],
    ]

    var english: String {
        switch self {
        case .identifier: return "Id"
        case .inBrief: return "In brief"
        case .none: return "none"
        case .noneSentence: return "None."
        case .coordinatorsLoad: return "Coordinators' load"
        case .meanPerPairThroughCoordinator: return "mean per connected civil-society–public pair of its shortest paths through a coordinator"
        case .pathsThroughCoordinatorAllPairs: return "shortest paths through a coordinator, all pairs together"
        case .connectedCrossSectorPairs: return "connected cross-sector pairs"
        case .onlyThroughCoordinators: return "only through coordinators"
        case .partly: return "partly"
        case .notConnected: return "not connected"
        case .step: return "step"
        case .bottleneck: return "bottleneck"
        case .usable: return "usable"
        case .routeBreak: return "break"
        case .problemNobodyOffers: return "nobody-offers"
        case .problemLanguage: return "language"
        case .problemLanguagesUnrecorded: return "languages-unrecorded"
        case .problemDistrict: return "district"
        case .problemLanguageAndDistrict: return "language-and-district"
        case .handedOn: return "handed-on"
        case .indirect: return "indirect"
        case .noReferral: return "no-referral"
        case .bottleneckCoordinators: return "coordinators"
        case .bottleneckSingleActor: return "single-actor"
        case .offersBoth: return "both"
        case .via: return "via"
        case .holdsTogether: return "Does the network hold together?"
        case .required: return "required"
        case .rank: return "Rank"
        case .actor: return "Actor"
        case .requiredServicesLost: return "Required services lost"
        case .pathwaysBroken: return "Pathways broken"
        case .coverageCellsLost: return "Coverage cells lost"
        case .cutOff: return "Cut off"
        case .placesLost: return "Places lost"
        case .highGapsOpened: return "High gaps opened"
        case .gapsOpened: return "Gaps opened"
        case .groupsAfter: return "Groups after"
        case .servicesNobodyOffers: return "Services nobody offers any more"
        case .pathwaysThatBreak: return "Pathways that break"
        case .coverageNoLongerCovered: return "Languages and districts no longer covered"
        case .gapsGoneNotSolved: return "Gaps gone with the loss, not solved"
        case .gapsSolved: return "Gaps solved"
        case .noCoordinatorLeft: return "No coordinator is left."
        case .ifOneActorDroppedOut: return "If one actor dropped out"
        case .changes: return "Changes"
        case .old: return "Old"
        case .new: return "New"
        case .field: return "Field"
        case .change: return "Change"
        case .from: return "From"
        case .to: return "To"
        case .type: return "Type"
        case .measure: return "Measure"
        case .service: return "Service"
        case .actorsAdded: return "Actors added"
        case .actorsRemoved: return "Actors removed"
        case .actorsChanged: return "Actors changed"
        case .linksAdded: return "Links added"
        case .linksRemoved: return "Links removed"
        case .linksChanged: return "Links changed"
        case .offersAdded: return "Offers added"
        case .offersRemoved: return "Offers removed"
        case .servicesAdded: return "Services added"
        case .servicesRemoved: return "Services removed"
        case .servicesChanged: return "Services changed"
        case .pathwaysAdded: return "Pathways added"
        case .pathwaysRemoved: return "Pathways removed"
        case .pathwaysChanged: return "Pathways changed"
        case .gapsClosed: return "Gaps closed"
        case .largestCentralityChanges: return "Largest centrality changes"
        case .noLanguage: return "no language"
        case .everyDistrict: return "every district"
        case .yes: return "yes"
        case .no: return "no"
        case .asOf: return "as of"
        }
    }

    var german: String {
        switch self {
        case .identifier: return "Kennung"
        case .inBrief: return "Kurz gefasst"
        case .none: return "keine"
        case .noneSentence: return "Keine."
        case .coordinatorsLoad: return "Last der koordinierenden Stellen"
        case .meanPerPairThroughCoordinator: return "Anteil der kürzesten Wege über eine koordinierende Stelle, Mittel je verbundenem Paar aus Zivilgesellschaft und öffentlicher Hand"
        case .pathsThroughCoordinatorAllPairs: return "Kürzeste Wege über eine koordinierende Stelle, alle Paare zusammen"
        case .connectedCrossSectorPairs: return "Verbundene sektorübergreifende Paare"
        case .onlyThroughCoordinators: return "nur über koordinierende Stellen"
        case .partly: return "teilweise"
        case .notConnected: return "nicht verbunden"
        case .step: return "Schritt"
        case .bottleneck: return "Engpass"
        case .usable: return "erreichbar"
        case .routeBreak: return "Bruch"
        case .problemNobodyOffers: return "niemand bietet es an"
        case .problemLanguage: return "nicht in der Sprache"
        case .problemLanguagesUnrecorded: return "Sprachen nicht erfasst"
        case .problemDistrict: return "nicht im Stadtteil"
        case .problemLanguageAndDistrict: return "Sprache und Stadtteil nie zugleich"
        case .handedOn: return "weitervermittelt"
        case .indirect: return "nur über Umwege"
        case .noReferral: return "keine Weitervermittlung"
        case .bottleneckCoordinators: return "koordinierende Stellen"
        case .bottleneckSingleActor: return "ein einzelner Akteur"
        case .offersBoth: return "bietet beides"
        case .via: return "über"
        case .holdsTogether: return "Hält das Netzwerk zusammen?"
        case .required: return "vorgeschrieben"
        case .rank: return "Rang"
        case .actor: return "Akteur"
        case .requiredServicesLost: return "Verlorene Pflichtangebote"
        case .pathwaysBroken: return "Unterbrochene Integrationswege"
        case .coverageCellsLost: return "Verlorene Abdeckung"
        case .cutOff: return "Abgeschnitten"
        case .placesLost: return "Verlorene Plätze"
        case .highGapsOpened: return "Neue Lücken (hoch)"
        case .gapsOpened: return "Neue Lücken"
        case .groupsAfter: return "Gruppen danach"
        case .servicesNobodyOffers: return "Angebote, die niemand mehr anbietet"
        case .pathwaysThatBreak: return "Integrationswege, die abbrechen"
        case .coverageNoLongerCovered: return "Sprachen und Stadtteile, die nicht mehr abgedeckt sind"
        case .gapsGoneNotSolved: return "Mit dem Wegfall verschwundene, nicht gelöste Lücken"
        case .gapsSolved: return "Gelöste Lücken"
        case .noCoordinatorLeft: return "Es bleibt keine koordinierende Stelle."
        case .ifOneActorDroppedOut: return "Wenn ein Akteur wegfiele"
        case .changes: return "Änderungen"
        case .old: return "Alt"
        case .new: return "Neu"
        case .field: return "Feld"
        case .change: return "Änderung"
        case .from: return "Von"
        case .to: return "An"
        case .type: return "Art"
        case .measure: return "Maß"
        case .service: return "Angebot"
        case .actorsAdded: return "Neue Akteure"
        case .actorsRemoved: return "Entfallene Akteure"
        case .actorsChanged: return "Geänderte Akteure"
        case .linksAdded: return "Neue Verbindungen"
        case .linksRemoved: return "Entfallene Verbindungen"
        case .linksChanged: return "Geänderte Verbindungen"
        case .offersAdded: return "Neue Angebote von Akteuren"
        case .offersRemoved: return "Entfallene Angebote von Akteuren"
        case .servicesAdded: return "Neue Angebotsarten"
        case .servicesRemoved: return "Entfallene Angebotsarten"
        case .servicesChanged: return "Geänderte Angebotsarten"
        case .pathwaysAdded: return "Neue Integrationswege"
        case .pathwaysRemoved: return "Entfallene Integrationswege"
        case .pathwaysChanged: return "Geänderte Integrationswege"
        case .gapsClosed: return "Geschlossene Lücken"
        case .largestCentralityChanges: return "Größte Veränderungen der Zentralität"
        case .noLanguage: return "keine Sprache"
        case .everyDistrict: return "alle Stadtteile"
        case .yes: return "ja"
        case .no: return "nein"
        case .asOf: return "Stand"
        }
    }

    var french: String {
        switch self {
        case .identifier: return "Identifiant"
        case .inBrief: return "En bref"
        case .none: return "aucun"
        case .noneSentence: return "Aucun."
        case .coordinatorsLoad: return "Charge des coordinateurs"
        case .meanPerPairThroughCoordinator: return "Part des plus courts chemins passant par un coordinateur, moyenne par paire reliée société civile–secteur public"
        case .pathsThroughCoordinatorAllPairs: return "Plus courts chemins passant par un coordinateur, toutes paires confondues"
        case .connectedCrossSectorPairs: return "Paires intersectorielles reliées"
        case .onlyThroughCoordinators: return "uniquement par des coordinateurs"
        case .partly: return "en partie"
        case .notConnected: return "non reliées"
        case .step: return "étape"
        case .bottleneck: return "goulet d'étranglement"
        case .usable: return "accessible"
        case .routeBreak: return "rupture"
        case .problemNobodyOffers: return "personne ne la propose"
        case .problemLanguage: return "pas dans la langue"
        case .problemLanguagesUnrecorded: return "langues non renseignées"
        case .problemDistrict: return "pas dans le quartier"
        case .problemLanguageAndDistrict: return "jamais la langue et le quartier à la fois"
        case .handedOn: return "orientation"
        case .indirect: return "orientation indirecte"
        case .noReferral: return "aucune orientation"
        case .bottleneckCoordinators: return "coordinateurs"
        case .bottleneckSingleActor: return "un seul acteur"
        case .offersBoth: return "propose les deux"
        case .via: return "par"
        case .holdsTogether: return "Le réseau reste-t-il uni ?"
        case .required: return "obligatoire"
        case .rank: return "Rang"
        case .actor: return "Acteur"
        case .requiredServicesLost: return "Prestations obligatoires perdues"
        case .pathwaysBroken: return "Parcours interrompus"
        case .coverageCellsLost: return "Couverture perdue"
        case .cutOff: return "Coupés"
        case .placesLost: return "Places perdues"
        case .highGapsOpened: return "Nouvelles lacunes (gravité élevée)"
        case .gapsOpened: return "Nouvelles lacunes"
        case .groupsAfter: return "Groupes après"
        case .servicesNobodyOffers: return "Prestations que plus personne ne propose"
        case .pathwaysThatBreak: return "Parcours qui s'interrompent"
        case .coverageNoLongerCovered: return "Langues et quartiers qui ne sont plus couverts"
        case .gapsGoneNotSolved: return "Lacunes disparues avec la perte, sans être résolues"
        case .gapsSolved: return "Lacunes résolues"
        case .noCoordinatorLeft: return "Il ne reste aucun coordinateur."
        case .ifOneActorDroppedOut: return "Si un acteur disparaissait"
        case .changes: return "Changements"
        case .old: return "Ancien"
        case .new: return "Nouveau"
        case .field: return "Champ"
        case .change: return "Variation"
        case .from: return "De"
        case .to: return "Vers"
        case .type: return "Type"
        case .measure: return "Mesure"
        case .service: return "Prestation"
        case .actorsAdded: return "Acteurs ajoutés"
        case .actorsRemoved: return "Acteurs retirés"
        case .actorsChanged: return "Acteurs modifiés"
        case .linksAdded: return "Liens ajoutés"
        case .linksRemoved: return "Liens retirés"
        case .linksChanged: return "Liens modifiés"
        case .offersAdded: return "Offres ajoutées"
        case .offersRemoved: return "Offres retirées"
        case .servicesAdded: return "Prestations ajoutées"
        case .servicesRemoved: return "Prestations retirées"
        case .servicesChanged: return "Prestations modifiées"
        case .pathwaysAdded: return "Parcours ajoutés"
        case .pathwaysRemoved: return "Parcours retirés"
        case .pathwaysChanged: return "Parcours modifiés"
        case .gapsClosed: return "Lacunes comblées"
        case .largestCentralityChanges: return "Plus fortes variations de centralité"
        case .noLanguage: return "aucune langue"
        case .everyDistrict: return "tous les quartiers"
        case .yes: return "oui"
        case .no: return "non"
        case .asOf: return "état au"
        }
    }

    var slovenian: String {
        switch self {
        case .identifier: return "Oznaka"
        case .inBrief: return "Na kratko"
        case .none: return "nič"
        case .noneSentence: return "Nič."
        case .coordinatorsLoad: return "Obremenitev koordinatorjev"
        case .meanPerPairThroughCoordinator: return "Delež najkrajših poti prek koordinatorja, povprečje na povezani par civilne družbe in javnega sektorja"
        case .pathsThroughCoordinatorAllPairs: return "Najkrajše poti prek koordinatorja, vsi pari skupaj"
        case .connectedCrossSectorPairs: return "Povezani medsektorski pari"
        case .onlyThroughCoordinators: return "samo prek koordinatorjev"
        case .partly: return "delno"
        case .notConnected: return "nepovezani"
        case .step: return "korak"
        case .bottleneck: return "ozko grlo"
        case .usable: return "dostopno"
        case .routeBreak: return "prekinitev"
        case .problemNobodyOffers: return "nihče je ne ponuja"
        case .problemLanguage: return "ne v tem jeziku"
        case .problemLanguagesUnrecorded: return "jeziki niso zabeleženi"
        case .problemDistrict: return "ne na tem območju"
        case .problemLanguageAndDistrict: return "nikoli jezik in območje hkrati"
        case .handedOn: return "napotitev"
        case .indirect: return "posredna napotitev"
        case .noReferral: return "brez napotitve"
        case .bottleneckCoordinators: return "koordinatorji"
        case .bottleneckSingleActor: return "en sam deležnik"
        case .offersBoth: return "ponuja oboje"
        case .via: return "prek"
        case .holdsTogether: return "Ali mreža ostane povezana?"
        case .required: return "obvezna"
        case .rank: return "Uvrstitev"
        case .actor: return "Deležnik"
        case .requiredServicesLost: return "Izgubljene obvezne storitve"
        case .pathwaysBroken: return "Prekinjene poti"
        case .coverageCellsLost: return "Izgubljena pokritost"
        case .cutOff: return "Odrezani"
        case .placesLost: return "Izgubljena mesta"
        case .highGapsOpened: return "Nove vrzeli (visoka resnost)"
        case .gapsOpened: return "Nove vrzeli"
        case .groupsAfter: return "Skupine potem"
        case .servicesNobodyOffers: return "Storitve, ki jih nihče več ne ponuja"
        case .pathwaysThatBreak: return "Poti, ki se prekinejo"
        case .coverageNoLongerCovered: return "Jeziki in območja, ki niso več pokriti"
        case .gapsGoneNotSolved: return "Vrzeli, ki so izginile z izgubo, ne da bi bile odpravljene"
        case .gapsSolved: return "Odpravljene vrzeli"
        case .noCoordinatorLeft: return "Ne ostane noben koordinator."
        case .ifOneActorDroppedOut: return "Če bi en deležnik izpadel"
        case .changes: return "Spremembe"
        case .old: return "Prej"
        case .new: return "Zdaj"
        case .field: return "Polje"
        case .change: return "Razlika"
        case .from: return "Od"
        case .to: return "Do"
        case .type: return "Vrsta"
        case .measure: return "Mera"
        case .service: return "Storitev"
        case .actorsAdded: return "Dodani deležniki"
        case .actorsRemoved: return "Odstranjeni deležniki"
        case .actorsChanged: return "Spremenjeni deležniki"
        case .linksAdded: return "Dodane povezave"
        case .linksRemoved: return "Odstranjene povezave"
        case .linksChanged: return "Spremenjene povezave"
        case .offersAdded: return "Dodane ponudbe"
        case .offersRemoved: return "Odstranjene ponudbe"
        case .servicesAdded: return "Dodane storitve"
        case .servicesRemoved: return "Odstranjene storitve"
        case .servicesChanged: return "Spremenjene storitve"
        case .pathwaysAdded: return "Dodane poti"
        case .pathwaysRemoved: return "Odstranjene poti"
        case .pathwaysChanged: return "Spremenjene poti"
        case .gapsClosed: return "Zaprte vrzeli"
        case .largestCentralityChanges: return "Največje spremembe središčnosti"
        case .noLanguage: return "brez jezika"
        case .everyDistrict: return "vsa območja"
        case .yes: return "da"
        case .no: return "ne"
        case .asOf: return "stanje na dan"
        }
    }
}
