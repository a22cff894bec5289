import NetworkAnalysis
import NetworkModel
import Wording

/// Every sentence a person reads about a gap comes from the catalogue (`Wording`,
/// `Words+Gaps.swift`), in the reader's language: one sentence per group of gaps
/// (`GapGrouping`), a single gap being a group of one. Actors, services and pathways are named by
/// their names as written in the file; languages by their names in the reader's language.
public enum GapSentences {
    public static func sentence(for group: GapGroup, in network: Network, language: OutputLanguage) -> String {
        language.words.gapSentence(for: group, in: network)
    }

    /// "Legal monopoly (until 31 December 2026)", for the accepted section's reason column.
    public static func acceptance(_ acceptance: GapAcceptance, language: OutputLanguage) -> String {
        language.words.acceptance(acceptance)
    }

    /// One gap's sentence, for the forms that list gaps one by one (scenario, diff).
    public static func sentence(for gap: Gap, in network: Network, language: OutputLanguage) -> String {
        sentence(for: GapGroup(kind: gap.kind, severity: gap.severity, service: gap.service, acceptance: gap.accepted,
                               gaps: [gap]), in: network, language: language)
    }
}
