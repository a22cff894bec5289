/// A day as written in a network file (`YYYY-MM-DD`), without time zones: a snapshot date or the
/// day a fact was checked is a calendar day wherever the file is read.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Accepts exactly `YYYY-MM-DD` naming a real day (no 30 February, no year 0000).
    public init?(_ text: String) {
        guard case .success(let date) = CalendarDate.parse(text) else { return nil }
        self = date
    }

    /// Why a text is not a date, in words for the person who wrote it: the form is wrong, or
    /// the form is right and the day does not exist (`2024-02-30`), which needs a different fix.
    public enum Problem: Error, Equatable, Sendable {
        /// Not written `YYYY-MM-DD` at all (`24.5.2024`, `2024-5-1`).
        case notYYYYMMDD
        /// `0000`: the Gregorian calendar, as ISO 8601 writes it without extensions, starts at year 1.
        case yearZero
        case noSuchMonth(Int)
        /// The day is past the end of its month: `daysInMonth` says how many it has.
        case noSuchDay(year: Int, month: Int, day: Int, daysInMonth: Int)

        /// Why the day does not exist, such as "February 2024 has 29 days".
        public var explanation: String {
            switch self {
            case .notYYYYMMDD:
                return "a date is written YYYY-MM-DD, such as 2024-05-31"
            case .yearZero:
                return "there is no year 0000; years start at 0001"
            case .noSuchMonth(let month):
                return "there is no month \(month < 10 ? "0" : "")\(month); months run from 01 to 12"
            case let .noSuchDay(year, month, day, days):
                if day == 0 { return "there is no day 00; days start at 01" }
                return "\(CalendarDate.monthNames[month - 1]) \(year) has \(days) days"
            }
        }
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    /// The date a text names, or what is wrong with it.
    public static func parse(_ text: String) -> Result<CalendarDate, Problem> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return .failure(.notYYYYMMDD) }
        guard year >= 1 else { return .failure(.yearZero) }
        guard (1...12).contains(month) else { return .failure(.noSuchMonth(month)) }
        let days = CalendarDate.daysIn(month: month, year: year)
        guard (1...days).contains(day) else {
            return .failure(.noSuchDay(year: year, month: month, day: day, daysInMonth: days))
        }
        return .success(CalendarDate(year: year, month: month, day: day))
    }

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for counting how old a fact is.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
