import NetworkModel

/// The `--link-type-map` file: which link type each of a Kumu map's own connection types means
/// (`Personal` -> `partners`, `Funding` -> `funds`), so a Kumu export imports without guessing.
/// A CSV file with a header; the first column holds the Kumu type, the second the link type.
public enum LinkTypeMap {
    public static func parse(_ input: ImportInput) -> Result<[String: LinkType], ImportFailure> {
        let document: CSVDocument
        switch CSVDocument.parse(input.bytes) {
        case .failure(let error):
            return .failure(ImportFailure([.error(error.message, at: SourceLocation(file: input.file, line: error.line, column: error.column))]))
        case .success(let parsed): document = parsed
        }
        var map: [String: (type: LinkType, line: Int)] = [:]
        var problems: [Diagnostic] = []
        for row in document.rows {
            guard row.fields.count >= 2 else {
                problems.append(.error("each row needs two cells: the Kumu type, then the link type",
                                       at: SourceLocation(file: input.file, line: row.line, column: 1)))
                continue
            }
            let kumu = row.fields[0].text.trimmingCharacters(in: .whitespaces)
            let word = CSVCell.enumWord(row.fields[1].text)
            guard let type = LinkType(rawValue: word) else {
                let hint = Suggestion.hint(for: word, among: LinkType.allCases.map(\.rawValue))
                problems.append(.error("unknown link type '\(row.fields[1].text)'\(hint)",
                                       at: SourceLocation(file: input.file, line: row.line, column: 2)))
                continue
            }
            // The same Kumu type mapped twice (case aside) to different link types: which one is
            // meant cannot be guessed, and the last silently won.
            if let earlier = map[kumu.lowercased()], earlier.type != type {
                problems.append(.error("Kumu type '\(kumu)' is mapped to '\(earlier.type.rawValue)' on line \(earlier.line) "
                    + "already; map it once", at: SourceLocation(file: input.file, line: row.line, column: 1)))
                continue
            }
            map[kumu.lowercased()] = (type, row.line)
        }
        return problems.isEmpty ? .success(map.mapValues(\.type)) : .failure(ImportFailure(problems))
    }
}
