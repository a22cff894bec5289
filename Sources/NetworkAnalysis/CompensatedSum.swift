/// A sum of many doubles with the rounding error of each addition carried along (Neumaier's
/// variant of Kahan summation): for terms of one sign, as the sums over pairs are, the result is
/// within about a unit in the last place of the exact sum whatever the order of the terms, where a
/// plain running sum drifts by about n·ε.
///
/// Why: sums over millions of pairs (the coordinators' load) are computed in batches on several
/// cores and by a one-source-at-a-time definition, in different orders; compensated, they agree
/// to about the last bit, however the pairs were grouped.
///
/// Reference: A. Neumaier, "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher
/// Summen", ZAMM 54(1), 1974, doi:10.1002/zamm.19740540106.
struct CompensatedSum: Sendable, Equatable {
    private(set) var sum = 0.0
    private(set) var compensation = 0.0

    var value: Double { sum + compensation }

    @inline(__always)
    mutating func add(_ term: Double) {
        let total = sum + term
        if abs(sum) >= abs(term) {
            compensation += (sum - total) + term
        } else {
            compensation += (term - total) + sum
        }
        sum = total
    }

    /// Adds another sum's terms: its running sum, then what that sum lost to rounding.
    mutating func add(_ other: CompensatedSum) {
        add(other.sum)
        add(other.compensation)
    }
}
