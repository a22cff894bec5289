import NetworkModel

/// One line of the `validate --stale-after` to-do list: an actor whose facts were checked too long
/// ago or never, or that names no source, with the place in the file to go and fix it.
public struct StaleFinding: Sendable, Equatable {
    public enum Problem: String, Sendable, Equatable, CaseIterable {
        /// Last checked (`verified`) before the cutoff.
        case stale
        /// No `verified` date at all.
        case neverChecked = "never-checked"
        /// No `source`.
        case unsourced
    }

    public var location: SourceLocation?
    public var actor: String
    public var name: String
    public var problem: Problem
    /// The actor's `verified` date, whatever the problem.
    public var lastChecked: CalendarDate?

    public init(location: SourceLocation?, actor: String, name: String, problem: Problem, lastChecked: CalendarDate?) {
        self.location = location
        self.actor = actor
        self.name = name
        self.problem = problem
        self.lastChecked = lastChecked
    }

    /// Oldest first: never checked before any date, then by date; then by place in the files and
    /// problem, so the list is the same on every run.
    public static func oldestFirst(_ lhs: StaleFinding, _ rhs: StaleFinding) -> Bool {
        switch (lhs.lastChecked, rhs.lastChecked) {
        case (nil, .some): return true
        case (.some, nil): return false
        case let (.some(l), .some(r)) where l != r: return l < r
        default: break
        }
        let l = lhs.location ?? SourceLocation(file: "", line: 0, column: 0)
        let r = rhs.location ?? SourceLocation(file: "", line: 0, column: 0)
        if l != r { return l < r }
        if lhs.actor != rhs.actor { return lhs.actor < rhs.actor }
        let order = Problem.allCases
        return (order.firstIndex(of: lhs.problem) ?? 0) < (order.firstIndex(of: rhs.problem) ?? 0)
    }
}

/// The to-do list with its totals, for the summary line.
public struct StaleList: Sendable, Equatable {
    public var period: StalenessPeriod
    public var today: CalendarDate
    public var cutoff: CalendarDate
    public var findings: [StaleFinding]

    public init(period: StalenessPeriod, today: CalendarDate, findings: [StaleFinding]) {
        self.period = period
        self.today = today
        cutoff = period.cutoff(from: today)
        self.findings = findings.sorted(by: StaleFinding.oldestFirst)
    }

    public func count(_ problem: StaleFinding.Problem) -> Int { findings.filter { $0.problem == problem }.count }
}
