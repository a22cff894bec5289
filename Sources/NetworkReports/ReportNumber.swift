import Wording

/// Measures as a reader wants them in a table: three decimals at most, whole numbers plain,
/// a dash where a measure is undefined.
public enum ReportNumber {
    /// With a decimal point, for the machine-read CSV files and for English tables.
    public static func short(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        if value == value.rounded(), abs(value) < 1e9 { return String(Int(value)) }
        let scaled = (value * 1000).rounded() / 1000
        var text = String(format3(scaled))
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// As the reader's language writes it: "0.324" in English, "0,324" in German, French and
    /// Slovenian.
    public static func short(_ value: Double?, in words: Words) -> String {
        words.language == .en ? short(value) : words.decimal(value, digits: 3)
    }

    private static func format3(_ value: Double) -> String {
        let negative = value < 0
        let thousandths = Int((abs(value) * 1000).rounded())
        let whole = thousandths / 1000
        let fraction = thousandths % 1000
        let digits = String(fraction)
        return (negative ? "-" : "") + "\(whole)." + String(repeating: "0", count: 3 - digits.count) + digits
    }
}
