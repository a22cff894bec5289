import NetworkAnalysis
import NetworkModel

/// Gap messages in German for `--lang de`. The analysis writes its messages in English; a
/// German report must not switch language in the middle of its most important section. The
/// sentences themselves are in `GapSentences`, with the English ones.
public enum GermanGapMessages {
    public static func message(for gap: Gap, in network: Network) -> String {
        GapSentences.sentence(for: gap, in: network, language: .de)
    }

    /// "A, B und C"; past eight names the rest are counted.
    static func list(_ names: [String], limit: Int = 8) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        if names.count > limit {
            return names.prefix(limit).joined(separator: ", ") + " und \(names.count - limit) weitere"
        }
        return names.dropLast().joined(separator: ", ") + " und " + (names.last ?? "")
    }
}
