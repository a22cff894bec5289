import Testing
@testable import NetworkAnalysis

@Suite("Round partner")
struct RoundPartnerTests {
    /// Every round runs both pieces exactly once, whichever thread takes the second, and the
    /// owner sees the partner's writes when the round returns.
    @Test func everyRoundRunsBothPiecesOnce() {
        let rounds = 2_000
        let counts = SharedDoubles(count: 2)
        let partner = RoundPartner { counts[1] += 1 }
        for round in 1...rounds {
            partner.runRound { counts[0] += 1 }
            #expect(counts[0] == Double(round) && counts[1] == Double(round))
        }
        partner.stop()
    }

    /// Stopped before its thread got to run: `stop` returns, and the partner never runs its piece.
    @Test func stoppingAtOnceNeverWaits() {
        for _ in 0..<100 {
            let counts = SharedDoubles(count: 1)
            let partner = RoundPartner { counts[0] += 1 }
            partner.stop()
            #expect(counts[0] == 0)
        }
    }
}
