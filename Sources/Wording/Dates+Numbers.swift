import NetworkModel

/// Dates and numbers as readers of each language write them. Only what people read goes
/// through here: JSON and the report's CSV files keep ISO dates and decimal points, so a
/// spreadsheet or a script reads them the same whatever `--lang` was.
extension Words {
    /// "30 June 2025", "30. Juni 2025", "30 juin 2025" (but "1er juin 2025"), "30. junij 2025".
    public func date(_ date: CalendarDate) -> String {
        let index = min(max(date.month, 1), 12) - 1
        switch language {
        case .en:
            return "\(date.day) \(Self.englishMonths[index]) \(date.year)"
        case .de:
            return "\(date.day). \(Self.germanMonths[index]) \(date.year)"
        case .fr:
            return "\(date.day == 1 ? "1er" : String(date.day)) \(Self.frenchMonths[index]) \(date.year)"
        case .sl:
            return "\(date.day). \(Self.slovenianMonths[index]) \(date.year)"
        }
    }

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]
    static let germanMonths = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                               "September", "Oktober", "November", "Dezember"]
    static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                               "septembre", "octobre", "novembre", "décembre"]
    static let slovenianMonths = ["januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust",
                                  "september", "oktober", "november", "december"]

    /// The decimal separator: a point in English, a comma in German, French and Slovenian.
    public var decimalSeparator: String { language == .en ? "." : "," }

    /// The thousands separator: "2,937", "2.937", "2 937" (a narrow no-break space, as French
    /// typography sets it), "2.937".
    public var groupSeparator: String {
        switch language {
        case .en: return ","
        case .de, .sl: return "."
        case .fr: return "\u{202F}"
        }
    }

    /// A whole number with its thousands grouped.
    public func integer(_ value: Int) -> String {
        let digits = String(abs(value))
        var grouped = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped += groupSeparator }
            grouped.append(character)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// A measure as a reader wants it in a table: at most `digits` decimals, trailing zeros
    /// dropped, whole numbers plain (ungrouped, as `ReportNumber.short` always wrote them), a dash where the measure is undefined. "0.324" becomes
    /// "0,324" in German, French and Slovenian.
    public func decimal(_ value: Double?, digits: Int = 3) -> String {
        guard let value, value.isFinite else { return "–" }
        let factor = Double((0..<max(0, digits)).reduce(1) { result, _ in result * 10 })
        let scaled = (abs(value) * factor).rounded()
        guard scaled < 1e15 else { return (value < 0 ? "-" : "") + String(Int(abs(value).rounded())) }
        let units = Int(scaled)
        let whole = units / Int(factor)
        var fraction = String(units % Int(factor))
        fraction = String(repeating: "0", count: max(0, digits - fraction.count)) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let negative = value < 0 && units > 0
        return (negative ? "-" : "") + String(whole) + (fraction.isEmpty ? "" : decimalSeparator + fraction)
    }

    /// A share from 0 to 1 as a whole percentage: "42%", "42 %" (with a no-break space, as
    /// German, French and Slovenian set it).
    public func percent(_ share: Double) -> String {
        let value = share.isFinite ? Int((share * 100).rounded()) : 0
        return language == .en ? "\(value)%" : "\(value)\u{00A0}%"
    }
}
