import ArgumentParser
import Foundation
import NetworkAnalysis
import NetworkModel

/// Checks files against the format and prints every problem as `FILE:LINE:COL: error: ...`.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check network files and report every problem with its line and column.")

    @Argument(help: "Network root files or folders; each is checked as one network.")
    var files: [String]

    @Option(name: .customLong("stale-after"),
            help: "Warn about actors not checked ('verified') within this period, or never, and about actors without a source: 90d, 6w, 18m, 2y.")
    var staleAfter: String?

    @Option(name: .long, help: "The day to count from instead of today (YYYY-MM-DD), for reproducible checks.")
    var today: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one network file or folder.") }
        if let staleAfter, StalenessPeriod(staleAfter) == nil {
            throw ValidationError("'--stale-after \(staleAfter)' is not a period; write a number and d, w, m or y, such as 18m.")
        }
        if let today, CalendarDate(today) == nil {
            throw ValidationError("'--today \(today)' is not a date; write YYYY-MM-DD.")
        }
    }

    func run() throws {
        var missing = false
        var invalid = false
        for file in files {
            var result = NetworkLoader.load(path: file)
            if let network = result.network, let period = staleAfter.flatMap(StalenessPeriod.init) {
                let day = today.flatMap(CalendarDate.init) ?? Validate.currentDay()
                result.diagnostics = (result.diagnostics
                    + DataFreshness.warnings(for: network, staleAfter: period, today: day)).sortedByLocation()
            }
            StandardStreams.report(result.diagnostics)
            if result.inputMissing {
                missing = true
            } else if let network = result.network {
                let warnings = result.diagnostics.filter { $0.severity == .warning }.count
                let note = warnings == 0 ? "" : ", \(warnings) warning\(warnings == 1 ? "" : "s")"
                StandardStreams.write("\(file): valid: \(network.title): \(network.actors.count) actors, "
                    + "\(network.links.count) links, \(network.services.count) services, "
                    + "\(network.pathways.count) pathways\(note)\n")
            } else {
                invalid = true
                let errors = result.diagnostics.filter { $0.severity == .error }.count
                StandardStreams.writeError("\(file): invalid: \(errors) error\(errors == 1 ? "" : "s")\n")
            }
        }
        if missing { throw ExitStatus.missingInput }
        if invalid { throw ExitStatus.invalidData }
    }

    /// Today in UTC: a fact's age should not depend on the machine's time zone.
    static func currentDay() -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
