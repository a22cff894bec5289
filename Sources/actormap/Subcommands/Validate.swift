import ArgumentParser
import Foundation
import NetworkAnalysis
import NetworkModel
import NetworkReports

/// Checks files against the format and prints every problem as `FILE:LINE:COL: error: ...`.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check network files and report every problem with its line and column.")

    @Argument(help: "Network root files or folders; each is checked as one network.")
    var files: [String]

    @Option(name: .customLong("stale-after"),
            help: "List, oldest first, the actors not checked ('verified') within this period or never, and those without a source: 90d, 6w, 18m, 2y.")
    var staleAfter: String?

    @Option(name: .long, help: "Form of the --stale-after list: table, json, csv or markdown.")
    var format: OutputFormat?

    @Option(name: .long, help: "The day to count from instead of today (YYYY-MM-DD), for reproducible checks.")
    var today: String?

    @OptionGroup var language: LanguageOption

    @Flag(name: .customLong("allow-include-outside"),
          help: "Let 'include' read files outside the root file's folder (by default only that folder and below).")
    var allowIncludeOutside = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one network file or folder.") }
        if let staleAfter, StalenessPeriod(staleAfter) == nil {
            throw ValidationError("'--stale-after \(staleAfter)' is not a period; write a number and d, w, m or y, such as 18m.")
        }
        if format != nil && staleAfter == nil {
            throw ValidationError("'--format' applies to the to-do list of '--stale-after'; give '--stale-after PERIOD' too.")
        }
        if let today, CalendarDate(today) == nil {
            throw ValidationError("'--today \(today)' is not a date; write YYYY-MM-DD.")
        }
    }

    func run() throws {
        var missing = false
        var invalid = false
        let period = staleAfter.flatMap(StalenessPeriod.init)
        let day = today.flatMap(CalendarDate.init) ?? Validate.currentDay()
        var findings: [StaleFinding] = []
        for file in files {
            let result = NetworkLoader(allowIncludeOutside: allowIncludeOutside).load(path: file)
            if let network = result.network, let period {
                findings += DataFreshness.findings(for: network, staleAfter: period, today: day)
            }
            StandardStreams.writeError(DiagnosticListing.text(result.diagnostics))
            if result.inputMissing {
                missing = true
            } else if let network = result.network {
                let warnings = result.diagnostics.filter { $0.severity == .warning }.count
                // With --stale-after, standard output is the to-do list alone (JSON stays JSON).
                let write = period == nil ? StandardStreams.write : StandardStreams.writeError
                write(language.words.validLine(file: file, title: network.title, actors: network.actors.count,
                                               links: network.links.count, services: network.services.count,
                                               pathways: network.pathways.count, warnings: warnings) + "\n")
            } else {
                invalid = true
                let errors = result.diagnostics.filter { $0.severity == .error }.count
                StandardStreams.writeError(language.words.invalidLine(file: file, errors: errors) + "\n")
            }
        }
        if missing { throw ExitStatus.missingInput }
        if invalid { throw ExitStatus.invalidData }
        if let period {
            let list = StaleList(period: period, today: day, findings: findings)
            switch format ?? .table {
            case .json: StandardStreams.write(StaleListOutput.json(list).serialized() + "\n")
            case .csv: StandardStreams.write(StaleListOutput.csv(list))
            case .markdown: StandardStreams.write(StaleListOutput.text(list, markdown: true, words: language.words))
            case .table: StandardStreams.write(StaleListOutput.text(list, markdown: false, words: language.words))
            }
        }
    }

    /// Today in UTC: a fact's age should not depend on the machine's time zone.
    static func currentDay() -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
