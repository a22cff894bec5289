import NetworkAnalysis
import NetworkModel

/// The one place the words a reader sees come from: fixed terms by key, counted nouns in the
/// right plural form, lists joined as the language joins them, the model's kinds, sectors and
/// link types, gap kinds and severities, measures, dates, numbers and language names. Names
/// and ids from the network file never pass through here: they stay as written.
///
/// Everything is a switch over the language without a `default`, so a missing translation is a
/// compile error, never an English word in a German paper.
public struct Words: Sendable, Hashable {
    public let language: OutputLanguage

    public init(_ language: OutputLanguage) {
        self.language = language
    }

    public subscript(_ term: Term) -> String {
        switch language {
        case .en: return term.english
        case .de: return term.german
        case .fr: return term.french
        case .sl: return term.slovenian
        }
    }

    // MARK: - Counting and listing

    /// The noun's form for this count, without the number: "Akteure", "deležnika".
    public func noun(_ noun: Noun, count: Int) -> String {
        noun.forms(in: language).form(for: PluralCategory.of(count, in: language))
    }

    /// The number and the noun: "1 actor", "2 deležnika", "5 deležnikov", "2 937 acteurs".
    public func count(_ count: Int, _ noun: Noun) -> String {
        "\(integer(count)) \(self.noun(noun, count: count))"
    }

    /// "A, B and C" ("A, B und C", "A, B et C", "A, B in C"); past `limit` items the rest are
    /// counted ("A, B, C and 19 others"), so a sentence stays a sentence in a network of many
    /// municipalities. No serial comma: German, French and Slovenian forbid it, and the
    /// English output has never had one.
    public func list(_ items: [String], limit: Int? = nil) -> String {
        join(items, conjunction: self[.and], limit: limit)
    }

    /// "A, B or C" ("oder", "ou", "ali").
    public func alternatives(_ items: [String]) -> String {
        join(items, conjunction: self[.or], limit: nil)
    }

    private func join(_ items: [String], conjunction: String, limit: Int?) -> String {
        if let limit, items.count > limit, limit > 1 {
            let rest = items.count - (limit - 1)
            return items.prefix(limit - 1).joined(separator: ", ") + " \(self[.and]) " + others(rest)
        }
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + (items.last ?? "")
        }
    }

    /// "19 others", "19 weitere", "19 autres", "19 drugih".
    public func others(_ count: Int) -> String {
        let number = integer(count)
        switch language {
        case .en: return count == 1 ? "1 other" : "\(number) others"
        case .de: return "\(number) weitere"
        case .fr: return count == 1 ? "1 autre" : "\(number) autres"
        case .sl:
            switch PluralCategory.of(count, in: .sl) {
            case .one: return "\(number) drug"
            case .two: return "\(number) druga"
            case .few: return "\(number) drugi"
            case .other: return "\(number) drugih"
            }
        }
    }

    // MARK: - The model's words

    public func kind(_ kind: ActorKind) -> String {
        switch kind {
        case .commissioner: return self[.kindCommissioner]
        case .office: return self[.kindOffice]
        case .authority: return self[.kindAuthority]
        case .association: return self[.kindAssociation]
        case .migrantOrganisation: return self[.kindMigrantOrganisation]
        case .serviceProvider: return self[.kindServiceProvider]
        case .workingGroup: return self[.kindWorkingGroup]
        case .municipality: return self[.kindMunicipality]
        case .other: return self[.kindOther]
        }
    }

    public func sector(_ sector: Sector) -> String {
        switch sector {
        case .public: return self[.sectorPublic]
        case .civilSociety: return self[.sectorCivilSociety]
        case .private: return self[.sectorPrivate]
        }
    }

    /// What the link does, as a verb phrase that reads between two names: "kooperiert mit".
    public func linkType(_ type: LinkType) -> String {
        switch type {
        case .coordinates: return self[.linkCoordinates]
        case .funds: return self[.linkFunds]
        case .supports: return self[.linkSupports]
        case .refers: return self[.linkRefers]
        case .reportsTo: return self[.linkReportsTo]
        case .memberOf: return self[.linkMemberOf]
        case .informs: return self[.linkInforms]
        case .cooperates: return self[.linkCooperates]
        case .partners: return self[.linkPartners]
        }
    }

    public func severity(_ severity: GapSeverity) -> String {
        switch severity {
        case .high: return self[.severityHigh]
        case .medium: return self[.severityMedium]
        case .low: return self[.severityLow]
        }
    }

    /// A gap kind as a short label, where the JSON says `single-point-of-failure`.
    public func gapKind(_ kind: GapKind) -> String {
        switch kind {
        case .missingService: return self[.gapMissingService]
        case .language: return self[.gapLanguage]
        case .district: return self[.gapDistrict]
        case .singleProvider: return self[.gapSingleProvider]
        case .noCoordinator: return self[.gapNoCoordinator]
        case .unreachable: return self[.gapUnreachable]
        case .singlePointOfFailure: return self[.gapSinglePointOfFailure]
        case .unlinkedMigrantOrganisation: return self[.gapUnlinkedMigrantOrganisation]
        case .pathwayBreak: return self[.gapPathwayBreak]
        }
    }

    public func measure(_ measure: CentralityMeasure) -> String {
        switch measure {
        case .degree: return self[.measureDegree]
        case .inDegree: return self[.measureInDegree]
        case .outDegree: return self[.measureOutDegree]
        case .degreeCentrality: return self[.measureDegreeCentrality]
        case .betweenness: return self[.measureBetweenness]
        case .closeness: return self[.measureCloseness]
        case .harmonic: return self[.measureHarmonic]
        case .eigenvector: return self[.measureEigenvector]
        case .pagerank: return self[.measurePagerank]
        case .core: return self[.measureCore]
        case .clustering: return self[.measureClustering]
        case .constraint: return self[.measureConstraint]
        case .effectiveSize: return self[.measureEffectiveSize]
        }
    }

    public func brokerageRole(_ role: BrokerageRole) -> String {
        switch role {
        case .coordinator: return self[.roleCoordinator]
        case .gatekeeper: return self[.roleGatekeeper]
        case .representative: return self[.roleRepresentative]
        case .itinerant: return self[.roleItinerant]
        case .liaison: return self[.roleLiaison]
        }
    }

    /// "Arabisch", "arabe", "arabščina"; an unknown tag as written.
    public func languageName(_ tag: String) -> String {
        SpokenLanguages.display(tag, in: language)
    }

    /// The text with its first letter in upper case, for a French or Slovenian language name at
    /// the head of a column or a sentence.
    public func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
