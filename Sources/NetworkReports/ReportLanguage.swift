/// The report's fixed interface text in English or German; the network's own data stays as
/// written. Every string a reader sees in a report comes from here, so `--lang de` leaves no
/// English behind.
public enum ReportLanguage: String, CaseIterable, Sendable {
    case en
    case de

    public var strings: ReportStrings {
        switch self {
        case .en: return .english
        case .de: return .german
        }
    }
}

public struct ReportStrings: Sendable {
    public var reportTitle: String
    public var asOf: String
    public var keyFigures: String
    public var actors: String
    public var links: String
    public var services: String
    public var pathways: String
    public var coordinators: String
    public var noCoordinator: String
    public var groups: String
    public var allConnected: String
    public var diagram: String
    public var diagramHint: String
    public var diagramTextAlternative: String
    public var gaps: String
    public var noGaps: String
    public var severityHigh: String
    public var severityMedium: String
    public var severityLow: String
    public var highGaps: String
    public var freshness: String
    /// `{n}` and `{total}` are filled in.
    public var freshnessSourced: String
    /// `{n}`, `{oldest}` and `{newest}` are filled in.
    public var freshnessChecked: String
    public var freshnessNeverChecked: String
    public var freshnessUnsourced: String
    public var coverage: String
    public var coverageLanguages: String
    public var coverageDistricts: String
    public var coverageHint: String
    public var service: String
    public var pathwaysHeading: String
    public var pathwayBreak: String
    public var pathwayOK: String
    public var centrality: String
    public var centralityHint: String
    public var profiles: String
    public var kind: String
    public var sector: String
    public var languages: String
    public var districts: String
    public var cityWide: String
    public var none: String
    public var offers: String
    public var ties: String
    public var measures: String
    public var name: String
    public var yes: String
    public var no: String
    public var sources: String
    public var verified: String
    public var generatedBy: String
    public var zoomIn: String
    public var zoomOut: String
    public var zoomReset: String
    public var backToDiagram: String
    public var required: String
    public var providers: String
    public var kindLabels: [String: String]
    public var sectorLabels: [String: String]
    public var measureLabels: [String: String]
    public var overview: String
    /// `{n}` is filled in with the number of actors.
    public var overviewHint: String
    public var overviewByKind: String
    public var overviewByDistrict: String
    public var overviewGroup: String
    public var overviewLinksInside: String
    public var overviewLinksBetween: String
    public var overviewNoDistrict: String

    public static let english = ReportStrings(
        reportTitle: "Network report", asOf: "As of", keyFigures: "Key figures", actors: "Actors", links: "Links",
        services: "Services", pathways: "Pathways", coordinators: "Coordinators",
        noCoordinator: "No coordinator: nobody is marked as the centre every actor should reach.",
        groups: "Separate groups", allConnected: "All actors are connected.", diagram: "Diagram",
        diagramHint: "Drag to move, use the wheel or the buttons to zoom. Click an actor for its profile.",
        diagramTextAlternative: "The same facts in text: the table “Who holds the network together” and the actor profiles below.",
        gaps: "Gaps", noGaps: "No gaps found.", severityHigh: "High", severityMedium: "Medium", severityLow: "Low",
        highGaps: "of them high severity", freshness: "Data and sources",
        freshnessSourced: "{n} of {total} actors name a source.",
        freshnessChecked: "{n} have a date of last check, the oldest {oldest}, the newest {newest}.",
        freshnessNeverChecked: "No actor has a date of last check: how current the map is cannot be told.",
        freshnessUnsourced: "Without a source:",
        coverage: "Coverage", coverageLanguages: "Services by language", coverageDistricts: "Services by district",
        coverageHint: "Each cell counts the providers; an empty cell marked with a dash is not covered.",
        service: "Service", pathwaysHeading: "Pathways", pathwayBreak: "break: nobody refers people onwards here",
        pathwayOK: "hand-over in place",
        centrality: "Who holds the network together",
        centralityHint: "Click a column heading to sort. Betweenness: how often an actor lies on the shortest ties between others.",
        profiles: "Actor profiles", kind: "Kind", sector: "Sector", languages: "Languages", districts: "Districts",
        cityWide: "city-wide", none: "none", offers: "Offers", ties: "Ties", measures: "Measures", name: "Name",
        yes: "yes", no: "no", sources: "Sources", verified: "Last checked", generatedBy: "Made with actormap",
        zoomIn: "Zoom in", zoomOut: "Zoom out", zoomReset: "Reset", backToDiagram: "back to the diagram",
        required: "Required", providers: "Providers",
        kindLabels: [
            "commissioner": "Commissioner", "office": "City office", "authority": "Authority",
            "association": "Association", "migrant-organisation": "Migrant organisation",
            "service-provider": "Service provider", "working-group": "Working group",
            "municipality": "Municipality", "other": "Other",
        ],
        sectorLabels: ["public": "Public", "civil-society": "Civil society", "private": "Private"],
        measureLabels: [
            "degree": "Ties", "betweenness": "Betweenness", "closeness": "Closeness", "harmonic": "Harmonic",
            "eigenvector": "Eigenvector", "pagerank": "PageRank", "core": "Core", "clustering": "Clustering",
            "constraint": "Constraint", "effective_size": "Effective size",
        ],
        overview: "Overview",
        overviewHint: "{n} actors are too many to read one by one. Each circle stands for a group of actors, its area in proportion to their number; each line for the links between two groups, with their number on it. The full diagram follows below.",
        overviewByKind: "By kind of actor", overviewByDistrict: "By district (each actor in the first district it names)",
        overviewGroup: "Group", overviewLinksInside: "Links inside", overviewLinksBetween: "Links to other groups",
        overviewNoDistrict: "No district (city-wide)")

    public static let german = ReportStrings(
        reportTitle: "Netzwerkbericht", asOf: "Stand", keyFigures: "Kennzahlen", actors: "Akteure", links: "Verbindungen",
        services: "Angebote", pathways: "Wege", coordinators: "Koordination",
        noCoordinator: "Keine Koordination: niemand ist als Mittelpunkt markiert, den alle Akteure erreichen sollten.",
        groups: "Getrennte Gruppen", allConnected: "Alle Akteure sind miteinander verbunden.", diagram: "Netzwerkbild",
        diagramHint: "Ziehen verschiebt, Mausrad oder Schaltflächen vergrößern. Ein Klick auf einen Akteur öffnet sein Profil.",
        diagramTextAlternative: "Dieselben Angaben als Text: die Tabelle „Wer das Netzwerk zusammenhält“ und die Akteursprofile weiter unten.",
        gaps: "Lücken", noGaps: "Keine Lücken gefunden.", severityHigh: "Hoch", severityMedium: "Mittel",
        severityLow: "Niedrig", highGaps: "davon schwerwiegend", freshness: "Daten und Quellen",
        freshnessSourced: "{n} von {total} Akteuren nennen eine Quelle.",
        freshnessChecked: "{n} haben ein Datum der letzten Prüfung, das älteste {oldest}, das jüngste {newest}.",
        freshnessNeverChecked: "Kein Akteur hat ein Datum der letzten Prüfung: wie aktuell die Karte ist, lässt sich nicht sagen.",
        freshnessUnsourced: "Ohne Quelle:", coverage: "Abdeckung", coverageLanguages: "Angebote nach Sprache",
        coverageDistricts: "Angebote nach Stadtteil",
        coverageHint: "Jede Zelle zählt die Anbieter; ein Strich bedeutet: nicht abgedeckt.",
        service: "Angebot", pathwaysHeading: "Wege", pathwayBreak: "Bruch: hier vermittelt niemand weiter",
        pathwayOK: "Übergabe vorhanden",
        centrality: "Wer das Netzwerk zusammenhält",
        centralityHint: "Ein Klick auf eine Spaltenüberschrift sortiert. Betweenness: wie oft ein Akteur auf den kürzesten Verbindungen zwischen anderen liegt.",
        profiles: "Akteursprofile", kind: "Art", sector: "Sektor", languages: "Sprachen", districts: "Stadtteile",
        cityWide: "stadtweit", none: "keine", offers: "Angebote", ties: "Verbindungen", measures: "Kennzahlen",
        name: "Name", yes: "ja", no: "nein", sources: "Quellen", verified: "Zuletzt geprüft",
        generatedBy: "Erstellt mit actormap", zoomIn: "Vergrößern", zoomOut: "Verkleinern", zoomReset: "Zurücksetzen",
        backToDiagram: "zurück zum Netzwerkbild", required: "Pflicht", providers: "Anbieter",
        kindLabels: [
            "commissioner": "Beauftragte(r)", "office": "Städtisches Amt", "authority": "Behörde",
            "association": "Verein", "migrant-organisation": "Migrantenorganisation",
            "service-provider": "Träger", "working-group": "Arbeitskreis",
            "municipality": "Gemeinde", "other": "Sonstige",
        ],
        sectorLabels: ["public": "Öffentlich", "civil-society": "Zivilgesellschaft", "private": "Privat"],
        measureLabels: [
            "degree": "Verbindungen", "betweenness": "Betweenness", "closeness": "Nähe", "harmonic": "Harmonisch",
            "eigenvector": "Eigenvektor", "pagerank": "PageRank", "core": "Kern", "clustering": "Clustering",
            "constraint": "Constraint", "effective_size": "Effektive Größe",
        ],
        overview: "Überblick",
        overviewHint: "{n} Akteure sind zu viele, um sie einzeln zu lesen. Jeder Kreis steht für eine Gruppe von Akteuren, seine Fläche entspricht ihrer Zahl; jede Linie für die Verbindungen zwischen zwei Gruppen, mit ihrer Anzahl. Das vollständige Netzwerkbild folgt weiter unten.",
        overviewByKind: "Nach Art der Akteure", overviewByDistrict: "Nach Stadtteil (jeder Akteur im ersten Stadtteil, den er nennt)",
        overviewGroup: "Gruppe", overviewLinksInside: "Verbindungen innerhalb", overviewLinksBetween: "Verbindungen zu anderen Gruppen",
        overviewNoDistrict: "Ohne Stadtteil (stadtweit)")
}
