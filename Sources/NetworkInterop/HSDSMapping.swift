import Foundation
import NetworkModel

/// How an Open Referral (HSDS) directory maps onto the network's service catalogue. HSDS service
/// names are free text ("Beratung für Geflüchtete", "ESL class"), so the user keeps a small file
/// that says which names and keywords mean which catalogue entry:
///
/// ```yaml
/// default_kind: service-provider      # kind for every organisation not listed below
/// organizations:                      # optional: HSDS organisation id -> actor kind
///   org-3: migrant-organisation
/// services:
///   - id: counselling
///     name: Migration counselling
///     match: [counselling, advice, beratung]   # a service name equal to or containing one of these
/// ```
public struct HSDSMapping: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var id: String
        public var name: String
        /// Lower-cased words or phrases; a service whose name contains one maps here.
        public var match: [String]
    }

    public var defaultKind: ActorKind
    public var organizationKinds: [String: ActorKind]
    public var services: [Entry]

    public init(defaultKind: ActorKind = .serviceProvider, organizationKinds: [String: ActorKind] = [:],
                services: [Entry] = []) {
        self.defaultKind = defaultKind
        self.organizationKinds = organizationKinds
        self.services = services
    }

    /// The first entry whose phrase the name equals or contains (case-insensitive): file order
    /// decides, so the user can put specific phrases before general ones.
    public func entry(forServiceNamed name: String) -> Entry? {
        let lowered = name.lowercased()
        return services.first { entry in
            entry.id.lowercased() == lowered || entry.name.lowercased() == lowered
                || entry.match.contains { !$0.isEmpty && lowered.contains($0) }
        }
    }

    /// Reads the mapping file with the network loader's YAML reader, so a broken mapping file gets
    /// the same diagnostics as a network file: aliases refused, duplicate keys named, size and
    /// nesting limited, and every problem at file:line:column.
    public static func parse(_ text: String, file: String) -> Result<HSDSMapping, ImportProblem> {
        parse(bytes: Array(text.utf8), file: file)
    }

    /// As `parse(_:file:)`, from the file's bytes, so that invalid UTF-8 is reported with its place
    /// instead of being replaced before the check.
    public static func parse(bytes: [UInt8], file: String) -> Result<HSDSMapping, ImportProblem> {
        func failure(_ message: String, at value: YAMLValue) -> Result<HSDSMapping, ImportProblem> {
            .failure(ImportProblem(diagnostic: .error(message, at: value.location)))
        }
        let root: YAMLValue
        switch YAMLDocument.parse(bytes: bytes, file: file, emptyFileHint: "the mapping file must be a YAML mapping with 'services:'") {
        case .success(let document): root = document.root
        case .failure(let problem): return .failure(ImportProblem(diagnostic: problem.diagnostic))
        }
        guard let mapping = root.pairs else {
            return failure("the mapping file must be a YAML mapping with 'services:', found \(root.kindDescription)",
                           at: root)
        }
        var result = HSDSMapping()
        let kinds = ActorKind.allCases.map(\.rawValue).joined(separator: ", ")
        for (key, value) in mapping {
            switch key.string ?? "" {
            case "default_kind":
                guard let text = value.string, let kind = ActorKind(rawValue: text) else {
                    return failure("default_kind must be one of \(kinds)", at: value)
                }
                result.defaultKind = kind
            case "organizations":
                guard let organizations = value.pairs ?? (value.isNull ? [] : nil) else {
                    return failure("organizations must be a mapping of organisation ids to actor kinds, found "
                                   + value.kindDescription, at: value)
                }
                for (organization, kindNode) in organizations {
                    guard let id = organization.string else {
                        return failure("organizations: each key must be an organisation id, found "
                                       + organization.kindDescription, at: organization)
                    }
                    guard let text = kindNode.string, let kind = ActorKind(rawValue: text) else {
                        return failure("organizations: each value must be an actor kind", at: kindNode)
                    }
                    result.organizationKinds[id] = kind
                }
            case "services":
                guard let items = value.items ?? (value.isNull ? [] : nil) else {
                    return failure("services must be a list of catalogue entries, found \(value.kindDescription)",
                                   at: value)
                }
                for item in items {
                    guard let pairs = item.pairs else {
                        return failure("a catalogue entry must be a mapping with 'id', 'name' and 'match', found "
                                       + item.kindDescription, at: item)
                    }
                    // A misspelt key (`macth:`) would leave the entry without phrases, and every
                    // service meant for it unmapped, with only warnings to show for it.
                    for (entryKey, _) in pairs where !["id", "name", "match"].contains(entryKey.string ?? "") {
                        return failure("unknown key '\(entryKey.string ?? entryKey.kindDescription)' in a catalogue entry "
                                       + "(expected id, name, match)", at: entryKey)
                    }
                    guard let id = item["id"]?.string, Identifier.isValid(id) else {
                        return failure("every catalogue entry needs a valid 'id'", at: item["id"] ?? item)
                    }
                    if result.services.contains(where: { $0.id == id }) {
                        return failure("catalogue entry '\(id)' is given twice", at: item["id"] ?? item)
                    }
                    let name = item["name"]?.string ?? id
                    var match: [String] = []
                    if let matchNode = item["match"], !matchNode.isNull {
                        let phrases = matchNode.items ?? [matchNode]
                        for phrase in phrases {
                            guard let text = phrase.string else {
                                return failure("match: each phrase must be text, found \(phrase.kindDescription)", at: phrase)
                            }
                            match.append(text.lowercased())
                        }
                    }
                    result.services.append(Entry(id: id, name: name, match: match))
                }
            case let other:
                return failure("unknown key '\(other)' (expected default_kind, organizations, services)", at: key)
            }
        }
        return .success(result)
    }
}

/// A problem that stops an import before any row is read (an unreadable mapping file).
public struct ImportProblem: Error, Sendable, Equatable {
    public var diagnostic: Diagnostic
}
