/// The diagnostics a person is shown: at most `limit`, and a count of the rest. A generated or
/// broken file can hold a hundred thousand mistakes; printing each buries the first (usually the
/// cause of the others) and fills a CI log, while the first two hundred are as many as anyone
/// fixes before running again.
public enum DiagnosticListing {
    /// How many diagnostics one load prints at most.
    public static let limit = 200

    /// The diagnostics to print, by place: errors before warnings when not all fit, since a
    /// network with errors is not loaded at all and those must be seen.
    public static func shown(_ diagnostics: [Diagnostic], limit: Int = limit) -> (shown: [Diagnostic], errorsLeft: Int, warningsLeft: Int) {
        guard diagnostics.count > limit else { return (diagnostics, 0, 0) }
        let errors = diagnostics.filter { $0.severity == .error }
        let warnings = diagnostics.filter { $0.severity != .error }
        let keptErrors = errors.prefix(max(limit, 0))
        let keptWarnings = warnings.prefix(max(limit - keptErrors.count, 0))
        let shown = (Array(keptErrors) + Array(keptWarnings)).sortedByLocation()
        return (shown, errors.count - keptErrors.count, warnings.count - keptWarnings.count)
    }

    /// The printed form: one line per diagnostic shown, then one line counting the rest.
    public static func text(_ diagnostics: [Diagnostic], limit: Int = limit) -> String {
        let (shown, errorsLeft, warningsLeft) = self.shown(diagnostics, limit: limit)
        var lines = shown.map(\.description)
        if errorsLeft + warningsLeft > 0 {
            var parts: [String] = []
            if errorsLeft > 0 { parts.append("\(errorsLeft) more error\(errorsLeft == 1 ? "" : "s")") }
            if warningsLeft > 0 { parts.append("\(warningsLeft) more warning\(warningsLeft == 1 ? "" : "s")") }
            lines.append("actormap: note: \(parts.joined(separator: " and ")) not shown; "
                         + "the first \(limit) are above")
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}
