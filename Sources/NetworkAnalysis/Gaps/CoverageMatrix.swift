import NetworkModel

/// How many actors cover each service in each language and each district: the picture behind the
/// language and district gaps, where a 1 is as telling as a 0.
public struct CoverageMatrix: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var service: String
        public var name: String
        /// One count per column: the number of actors with an offer of this service covering it.
        public var counts: [Int]
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
        let actors = network.actors
        func count(_ service: String, _ covers: (Offer) -> Bool) -> Int {
            actors.filter { actor in actor.offers.contains { $0.service == service && covers($0) } }.count
        }
        languages = Part(columns: languageColumns, rows: services.map { service in
            Row(service: service.id, name: service.name, counts: languageColumns.map { column in
                count(service.id) { offer in offer.languages.contains { LanguageNames.serves($0, column) } }
            })
        })
        districts = Part(columns: districtColumns, rows: services.map { service in
            Row(service: service.id, name: service.name, counts: districtColumns.map { column in
                count(service.id) { $0.coversEveryDistrict || $0.districts.contains(column) }
            })
        })
    }
}
