/// Collects every problem of a load, so that a person fixes all of them in one pass instead of
/// one per run.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []
    /// Set when an included file is missing: a reference to an actor, service or district that
    /// file may define is then not reported (`unresolved`) but counted in `suppressedReferences`.
    var unresolvedReferencesMayBeMissing = false
    private(set) var suppressedReferences = 0

    func error(_ message: String, at location: SourceLocation?) {
        diagnostics.append(.error(message, at: location))
    }

    func warning(_ message: String, at location: SourceLocation?) {
        diagnostics.append(.warning(message, at: location))
    }

    func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// An error about a name nothing defines, unless a missing file may define it.
    func unresolved(_ message: String, at location: SourceLocation?) {
        if unresolvedReferencesMayBeMissing {
            suppressedReferences += 1
        } else {
            error(message, at: location)
        }
    }

    /// Adds words to diagnostic number `index`, once the load knows them.
    func amend(_ index: Int, appending text: String) {
        guard diagnostics.indices.contains(index) else { return }
        diagnostics[index].message += text
    }

    var hasErrors: Bool { diagnostics.hasErrors }
}
