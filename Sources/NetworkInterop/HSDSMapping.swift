import Foundation
import NetworkModel
import Yams

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

    /// Reads the mapping file; problems come back as diagnostics at the file (Yams gives the line
    /// of syntax errors, value errors name the entry).
    public static func parse(_ text: String, file: String) -> Result<HSDSMapping, ImportProblem> {
        func failure(_ message: String, line: Int = 1) -> Result<HSDSMapping, ImportProblem> {
            .failure(ImportProblem(diagnostic: .error(message, at: SourceLocation(file: file, line: line, column: 1))))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return failure("not a YAML mapping file: \(error)")
        } catch {
            return failure("not a YAML mapping file: \(error)")
        }
        guard let mapping = root?.mapping else { return failure("the mapping file must be a YAML mapping with 'services:'") }
        var result = HSDSMapping()
        for (key, value) in mapping {
            let line = key.mark?.line ?? 1
            switch key.string ?? "" {
            case "default_kind":
                guard let text = value.string, let kind = ActorKind(rawValue: text) else {
                    return failure("default_kind must be one of \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))", line: line)
                }
                result.defaultKind = kind
            case "organizations":
                for (organization, kindNode) in value.mapping ?? [:] {
                    guard let id = organization.string, let text = kindNode.string, let kind = ActorKind(rawValue: text) else {
                        return failure("organizations: each value must be an actor kind", line: kindNode.mark?.line ?? 1)
                    }
                    result.organizationKinds[id] = kind
                }
            case "services":
                for item in value.sequence ?? [] {
                    let itemLine = item.mark?.line ?? 1
                    guard let id = item["id"]?.string, Identifier.isValid(id) else {
                        return failure("every catalogue entry needs a valid 'id'", line: itemLine)
                    }
                    let name = item["name"]?.string ?? id
                    let match = (item["match"]?.sequence ?? []).compactMap { $0.string?.lowercased() }
                        + (item["match"]?.string.map { [$0.lowercased()] } ?? [])
                    result.services.append(Entry(id: id, name: name, match: match))
                }
            case let other:
                return failure("unknown key '\(other)' (expected default_kind, organizations, services)", line: line)
            }
        }
        return .success(result)
    }
}

/// A problem that stops an import before any row is read (an unreadable mapping file).
public struct ImportProblem: Error, Sendable, Equatable {
    public var diagnostic: Diagnostic
}
