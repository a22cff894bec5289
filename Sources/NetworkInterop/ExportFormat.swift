import NetworkAnalysis
import NetworkModel

/// The formats of `actormap export`: one file for the graph formats, JSON and the workbook, a
/// folder for CSV.
public enum ExportFormat: String, CaseIterable, Sendable {
    case graphml
    case gexf
    case json
    case csv
    case xlsx

    /// CSV is several tables, so it needs a folder and cannot go to standard output.
    public var writesFolder: Bool { self == .csv }

    /// A workbook is a zip archive, not text for a terminal.
    public var isBinary: Bool { self == .xlsx }

    /// The single file's bytes; `nil` for the folder format.
    public func bytes(_ network: Network, measures: CentralityResult?) throws -> [UInt8]? {
        switch self {
        case .graphml: return Array(GraphMLWriter.graphML(network, measures: measures).utf8)
        case .gexf: return Array(GEXFWriter.gexf(network, measures: measures).utf8)
        case .json: return Array(NetworkJSONExport.json(network).utf8)
        case .xlsx: return try XLSXWriter.workbook(network, measures: measures)
        case .csv: return nil
        }
    }
}
