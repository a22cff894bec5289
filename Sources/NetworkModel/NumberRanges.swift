/// The ranges numeric fields must lie in, checked at load with the value's place. Outside them a
/// number is a typo or an attack, never data: `weight: 1e16` validated and then crashed `render`,
/// `report` and `influence` converting it to an integer, and `weight: 5e-324` made every distance
/// infinite and every measure blank.
public enum NumberRanges {
    /// A link's weight: a tie a million times stronger or weaker than the default of 1 is as far as
    /// any rating scale goes, and keeps every sum of weights and `1 / weight` finite and exact enough.
    public static let weight: ClosedRange<Double> = 1e-6...1e6
    /// An offer's capacity in cases or places per year: more than all the people of a large country.
    public static let capacity: ClosedRange<Int> = 0...10_000_000
    /// An actor's perceived influence (the Net-Map influence tower).
    public static let influence: ClosedRange<Double> = 0...10
}
