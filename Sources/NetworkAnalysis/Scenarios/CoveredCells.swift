import NetworkModel

/// The cells of the coverage matrix a scenario can lose: for each required service, the languages
/// and districts it must be available in that are covered (directly or through interpreting).
/// Read from `CoverageMatrix`, so a scenario and the matrix never disagree on what "covered" means.
enum CoveredCells {
    typealias Cell = ScenarioResult.CoverageCell

    static func of(_ network: Network) -> Set<Cell> {
        of(CoverageMatrix(network: network), network: network)
    }

    static func of(_ matrix: CoverageMatrix, network: Network) -> Set<Cell> {
        var required: [String: (languages: Set<String>, districts: Set<String>)] = [:]
        for service in network.services where service.required {
            required[service.id] = (Set(network.requiredLanguages(of: service)),
                                    Set(network.requiredDistricts(of: service)))
        }
        var cells: Set<Cell> = []
        for row in matrix.languages.rows {
            guard let needs = required[row.service] else { continue }
            for (column, cell) in zip(matrix.languages.columns, row.cells)
            where cell.isCovered && needs.languages.contains(column) {
                cells.insert(Cell(service: row.service, language: column))
            }
        }
        for row in matrix.districts.rows {
            guard let needs = required[row.service] else { continue }
            for (column, cell) in zip(matrix.districts.columns, row.cells)
            where cell.isCovered && needs.districts.contains(column) {
                cells.insert(Cell(service: row.service, district: column))
            }
        }
        return cells
    }
}
