import Testing
@testable import NetworkAnalysis

/// Compensated sums keep what plain running sums lose: the exact result for terms whose plain
/// sum cancels catastrophically, and the same value to the last place for any order or grouping.
struct CompensatedSumTests {
    @Test func cancellationKeepsTheSmallTerms() {
        var sum = CompensatedSum()
        for term in [1e16, 1, -1e16, 1] { sum.add(term) }
        #expect(sum.value == 2)
        #expect([1e16, 1, -1e16, 1].reduce(0, +) != 2, "a test that cannot fail: the plain sum loses them")
    }

    @Test func orderAndGroupingDoNotMatter() {
        var rng = SplitMix64(seed: 41)
        let terms = (0..<100_000).map { _ in Double.random(in: 0..<1, using: &rng) / Double(Int.random(in: 1...9, using: &rng)) }
        var forward = CompensatedSum()
        for term in terms { forward.add(term) }
        var backward = CompensatedSum()
        for term in terms.reversed() { backward.add(term) }
        var grouped = CompensatedSum()
        for start in stride(from: 0, to: terms.count, by: 777) {
            var group = CompensatedSum()
            for term in terms[start..<min(start + 777, terms.count)] { group.add(term) }
            grouped.add(group)
        }
        let ulp = forward.value.ulp
        #expect(abs(forward.value - backward.value) <= ulp)
        #expect(abs(forward.value - grouped.value) <= ulp)
        #expect(abs(terms.reduce(0, +) - terms.reversed().reduce(0, +)) > ulp, "a test that cannot fail: plain sums drift apart")
    }
}
