import NetworkModel

/// Who covers each service in each language and each district: the picture behind the language
/// and district gaps, where a 1 is as telling as a 0, and where a cell nobody needs is told apart
/// from a cell that is missing.
public struct CoverageMatrix: Sendable, Equatable {
    /// One cell's state (CLI.md round 2).
    public enum Cell: Sendable, Equatable {
        /// Offered directly, by this many actors.
        case offered(providers: Int)
        /// A required language no actor offers it in, but an offer is usable in it through the
        /// interpreting of these actors (ids, sorted). Only in the language part.
        case throughInterpreting(interpreters: [String])
        /// A required service must be available here and is not: a gap.
        case missing
        /// Nobody offers it here and nobody needs it to be: a service that is not required, or
        /// a language or district this service need not cover (a German course in Arabic).
        case notNeeded

        /// The state's name in JSON and CSV.
        public var state: String {
            switch self {
            case .offered: return "offered"
            case .throughInterpreting: return "through-interpreting"
            case .missing: return "missing"
            case .notNeeded: return "not-needed"
            }
        }

        /// Whether people needing this cell are served (through interpreting counts).
        public var isCovered: Bool {
            switch self {
            case .offered, .throughInterpreting: return true
            case .missing, .notNeeded: return false
            }
        }
    }

    public struct Row: Sendable, Equatable {
        public var service: String
        public var name: String
        /// One count per column: the number of actors whose own offer of this service covers it
        /// (interpreting not counted; `cells` says when it is covered that way).
        public var counts: [Int]
        public var cells: [Cell]
        /// Places or cases per year summed over the offers of this service that give `capacity`;
        /// `nil` when none does.
        public var capacity: Int?
        /// Per column, the capacity of the offers covering it (an offer naming no district counts
        /// in every district); `nil` where none gives one. Only in the district part.
        public var capacities: [Int?]?
    }

    public struct Part: Sendable, Equatable {
        public var columns: [String]
        public var rows: [Row]
    }

    public var languages: Part
    public var districts: Part

    /// Rows are every service of the catalogue, sorted by id. Columns are the network's languages
    /// (districts) in the file's order, then any further language (district) a required service
    /// demands, sorted. Language tags match as in the language gap check.
    public init(network: Network) {
        let services = network.services.sorted { $0.id < $1.id }
        let required = services.filter(\.required)
        func columns(_ base: [String], _ demanded: (Service) -> [String]) -> [String] {
            var result: [String] = []
            for item in base where !result.contains(item) { result.append(item) }
            let extra = Set(required.flatMap(demanded)).subtracting(result).sorted()
            return result + extra
        }
        let languageColumns = columns(network.languages) { network.requiredLanguages(of: $0) }
        let districtColumns = columns(network.districts) { network.requiredDistricts(of: $0) }
        var offersByService: [String: [(actor: String, offer: Offer)]] = [:]
        for actor in network.actors.sorted(by: { $0.id < $1.id }) {
            for offer in actor.offers { offersByService[offer.service, default: []].append((actor.id, offer)) }
        }
        let interpreting = InterpretingReach(network: network)
        func capacity(_ offers: [(actor: String, offer: Offer)]) -> Int? {
            let known = offers.compactMap(\.offer.capacity)
            return known.isEmpty ? nil : known.reduce(0, +)
        }
        languages = Part(columns: languageColumns, rows: services.map { service in
            let offers = offersByService[service.id] ?? []
            let needed = service.required ? network.requiredLanguages(of: service) : []
            var counts: [Int] = [], cells: [Cell] = []
            for column in languageColumns {
                let direct = Set(offers.filter { $0.offer.languages.contains { LanguageNames.serves($0, column) } }
                    .map(\.actor))
                counts.append(direct.count)
                if !direct.isEmpty {
                    cells.append(.offered(providers: direct.count))
                    continue
                }
                // Interpreting is shown where it closes a need; elsewhere it would only be noise
                // (a German course "through interpreting" in Tigrinya).
                guard needed.contains(where: { $0.lowercased() == column.lowercased() }) else {
                    cells.append(.notNeeded)
                    continue
                }
                let interpreters = Set(offers.flatMap {
                    interpreting.interpreters(for: $0.actor, service: service.id, language: column)
                }).sorted()
                cells.append(interpreters.isEmpty ? .missing : .throughInterpreting(interpreters: interpreters))
            }
            return Row(service: service.id, name: service.name, counts: counts, cells: cells,
                       capacity: capacity(offers), capacities: nil)
        })
        districts = Part(columns: districtColumns, rows: services.map { service in
            let offers = offersByService[service.id] ?? []
            let needed = service.required ? network.requiredDistricts(of: service) : []
            var counts: [Int] = [], cells: [Cell] = [], capacities: [Int?] = []
            for column in districtColumns {
                let covering = offers.filter { $0.offer.coversEveryDistrict || $0.offer.districts.contains(column) }
                let count = Set(covering.map(\.actor)).count
                counts.append(count)
                cells.append(count > 0 ? .offered(providers: count) : needed.contains(column) ? .missing : .notNeeded)
                capacities.append(capacity(covering))
            }
            return Row(service: service.id, name: service.name, counts: counts, cells: cells,
                       capacity: capacity(offers), capacities: capacities)
        })
    }
}
