import Testing
@testable import NetworkAnalysis
import NetworkModel

/// Staleness counted from a fixed "today", so the tests mean the same next year.
struct DataFreshnessTests {
    static let place = SourceLocation(file: "t.yaml", line: 3, column: 5)
    static let network = Network(title: "T", actors: [
        Actor(id: "fresh", name: "Frisch", kind: .office, sources: ["page"], verified: CalendarDate("2025-12-01"),
              location: SourceLocation(file: "t.yaml", line: 3, column: 5)),
        Actor(id: "old", name: "Alt", kind: .association, sources: ["page"], verified: CalendarDate("2024-01-31"),
              location: SourceLocation(file: "t.yaml", line: 7, column: 5)),
        Actor(id: "never", name: "Nie", kind: .association, location: SourceLocation(file: "t.yaml", line: 11, column: 5)),
    ])

    @Test func warnsAboutOldUncheckedAndUnsourcedActors() throws {
        let today = try #require(CalendarDate("2026-11-23"))
        let period = try #require(StalenessPeriod("18m"))
        #expect(period.cutoff(from: today) == CalendarDate("2025-05-23"))
        let printed = DataFreshness.warnings(for: Self.network, staleAfter: period, today: today).map(\.description)
        #expect(printed == [
            "t.yaml:7:5: warning: Alt ('old') was last checked on 2024-01-31, more than 18 months before 2026-11-23",
            "t.yaml:11:5: warning: Nie ('never') has no date of last check ('verified')",
            "t.yaml:11:5: warning: Nie ('never') has no source ('source')",
        ])
    }

    /// The to-do list: never checked first (oldest of all), then by date, then by place; an
    /// unsourced actor carries its last check whatever it is.
    @Test func theToDoListIsSortedOldestFirst() throws {
        let today = try #require(CalendarDate("2026-11-23"))
        let period = try #require(StalenessPeriod("18m"))
        let network = Network(title: "T", actors: Self.network.actors + [
            Actor(id: "older", name: "Älter", kind: .office, verified: CalendarDate("2023-06-30"),
                  location: SourceLocation(file: "b.yaml", line: 2, column: 5)),
            Actor(id: "fresh-unsourced", name: "Ελληνικά", kind: .office, verified: CalendarDate("2026-01-01"),
                  location: SourceLocation(file: "a.yaml", line: 9, column: 5)),
        ])
        let list = StaleList(period: period, today: today,
                             findings: DataFreshness.findings(for: network, staleAfter: period, today: today))
        #expect(list.cutoff == CalendarDate("2025-05-23"))
        #expect(list.findings.map { "\($0.actor) \($0.problem.rawValue) \($0.lastChecked?.description ?? "-")" } == [
            "never never-checked -", "never unsourced -",
            "older stale 2023-06-30", "older unsourced 2023-06-30",
            "old stale 2024-01-31",
            "fresh-unsourced unsourced 2026-01-01",
        ])
        #expect(list.findings.first?.location == SourceLocation(file: "t.yaml", line: 11, column: 5))
        #expect((list.count(.stale), list.count(.neverChecked), list.count(.unsourced)) == (2, 1, 3))
    }

    @Test(arguments: [("90d", "2026-08-25"), ("6w", "2026-10-12"), ("1m", "2026-10-23"), ("2y", "2024-11-23")])
    func periodsCountBackFromToday(_ text: String, _ expected: String) throws {
        let today = try #require(CalendarDate("2026-11-23"))
        #expect(StalenessPeriod(text)?.cutoff(from: today) == CalendarDate(expected))
    }

    @Test func monthEndsAreClamped() throws {
        let period = try #require(StalenessPeriod("1m"))
        #expect(period.cutoff(from: try #require(CalendarDate("2024-03-31"))) == CalendarDate("2024-02-29"))
        #expect(period.cutoff(from: try #require(CalendarDate("2026-01-15"))) == CalendarDate("2025-12-15"))
    }

    @Test(arguments: ["18", "m", "0m", "-3d", "18x", ""])
    func malformedPeriodsAreRefused(_ text: String) {
        #expect(StalenessPeriod(text) == nil)
    }

    @Test func dayNumbersRoundTrip() {
        for number in [-800_000, -1, 0, 59, 60, 19_783, 2_000_000] {
            #expect(CalendarDate(dayNumber: number).dayNumber == number)
        }
    }

    @Test func summaryCountsSourcesAndChecks() {
        let summary = DataFreshness(Self.network)
        #expect(summary.actorsWithSource == 2 && summary.actorsChecked == 2 && summary.actorCount == 3)
        #expect(summary.oldestCheck == CalendarDate("2024-01-31") && summary.newestCheck == CalendarDate("2025-12-01"))
        #expect(summary.unsourced == ["never"])
    }
}
