/// How long a checked fact stays fresh, written as people say it: `90d`, `6w`, `18m`, `2y`.
public struct StalenessPeriod: Sendable, Equatable, CustomStringConvertible {
    public enum Unit: String, Sendable {
        case days = "d", weeks = "w", months = "m", years = "y"
    }

    public var count: Int
    public var unit: Unit

    public init?(_ text: String) {
        guard let last = text.last, let unit = Unit(rawValue: String(last)),
              let count = Int(text.dropLast()), count > 0, count <= 100_000 else { return nil }
        self.count = count
        self.unit = unit
    }

    public var description: String { "\(count)\(unit.rawValue)" }

    /// The period as a sentence says it ("18 months", "1 week"), for warnings and the to-do list.
    public var inWords: String {
        let unit: String
        switch self.unit {
        case .days: unit = count == 1 ? "day" : "days"
        case .weeks: unit = count == 1 ? "week" : "weeks"
        case .months: unit = count == 1 ? "month" : "months"
        case .years: unit = count == 1 ? "year" : "years"
        }
        return "\(count) \(unit)"
    }

    /// The earliest day a check may have happened and still count as fresh on `today`.
    public func cutoff(from today: CalendarDate) -> CalendarDate {
        switch unit {
        case .days, .weeks:
            return CalendarDate(dayNumber: today.dayNumber - count * (unit == .weeks ? 7 : 1))
        case .months, .years:
            let months = unit == .years ? count * 12 : count
            let total = today.year * 12 + (today.month - 1) - months
            let year = total >= 0 ? total / 12 : (total - 11) / 12
            let month = total - year * 12 + 1
            return CalendarDate(year: year, month: month, day: min(today.day, CalendarDate.daysIn(month: month, year: year)))
        }
    }
}

extension CalendarDate {
    /// The inverse of `dayNumber` (days since 1970-01-01).
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
