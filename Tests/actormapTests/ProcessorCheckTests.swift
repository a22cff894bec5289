import Testing
@testable import actormap

@Suite("Processor check")
struct ProcessorCheckTests {
    static let haswellFlags = "flags\t\t: fpu sse2 ssse3 fma cx16 sse4_1 sse4_2 movbe popcnt avx f16c abm bmi1 avx2 bmi2"

    @Test func aHaswellProcessorLacksNothing() {
        #expect(ProcessorCheck.missingFeatures(cpuinfo: "processor\t: 0\n\(Self.haswellFlags)\n").isEmpty)
    }

    /// An Ivy Bridge (2012) has AVX but not AVX2, FMA, BMI or MOVBE: each is named.
    @Test func anOlderProcessorIsToldWhatItLacks() {
        let ivyBridge = "flags\t\t: fpu sse2 ssse3 cx16 sse4_1 sse4_2 popcnt avx f16c"
        #expect(ProcessorCheck.missingFeatures(cpuinfo: ivyBridge) == ["avx2", "fma", "bmi1", "bmi2", "movbe", "abm"])
    }

    @Test func withoutAFlagsLineNothingIsRefused() {
        #expect(ProcessorCheck.missingFeatures(cpuinfo: "processor\t: 0\n").isEmpty)
    }

    /// This machine built the tests, so it has what the build needs.
    @Test func theBuildingMachinePasses() {
        #expect(ProcessorCheck.problem() == nil)
    }
}
