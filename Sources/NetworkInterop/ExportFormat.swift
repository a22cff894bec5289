import NetworkAnalysis
import NetworkModel

/// The formats of `actormap export`: one file for the graph formats and JSON, a folder for CSV.
public enum ExportFormat: String, CaseIterable, Sendable {
    case graphml
    case gexf
    case json
    case csv

    /// CSV is several tables, so it needs a folder and cannot go to standard output.
    public var writesFolder: Bool { self == .csv }

    /// The single file's text; `nil` for the folder format.
    public func text(_ network: Network, measures: CentralityResult?) -> String? {
        switch self {
        case .graphml: return GraphMLWriter.graphML(network, measures: measures)
        case .gexf: return GEXFWriter.gexf(network, measures: measures)
        case .json: return NetworkJSONExport.json(network, measures: measures)
        case .csv: return nil
        }
    }
}
