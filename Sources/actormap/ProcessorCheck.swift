import Foundation

/// The analysis module may be built for Haswell's instruction set (AVX2, FMA, BMI2; see
/// `Package.swift`): copied to a processor without it, the first measure would stop the process
/// with an illegal instruction and no word of why. This runs first, in code built for the plain
/// x86-64 baseline, and says what to do instead.
enum ProcessorCheck {
    /// What the Haswell build needs, as Linux names the features in /proc/cpuinfo (`abm`: LZCNT);
    /// `Package.swift` checks the building machine for the same list.
    static let haswellFeatures = ["avx", "avx2", "fma", "bmi1", "bmi2", "movbe", "f16c", "abm", "popcnt"]

    /// The message for a processor that lacks what this build needs; `nil` when it has it all, or
    /// when this build needs nothing beyond the baseline.
    static func problem() -> String? {
        #if ACTORMAP_HASWELL && os(Linux)
        guard let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return nil }
        let missing = missingFeatures(cpuinfo: cpuinfo)
        guard !missing.isEmpty else { return nil }
        return "error: this copy of actormap was built for processors with AVX2 (Haswell, 2013, or later), "
            + "and this processor lacks \(missing.joined(separator: ", ")). Build it on this machine "
            + "(swift build -c release), or anywhere with ACTORMAP_BASELINE_CPU=1 set, for any x86-64 processor."
        #else
        return nil
        #endif
    }

    /// The features of `haswellFeatures` that the first `flags` line of `cpuinfo` does not list;
    /// none without such a line (nothing to go by: better to run than to refuse a capable machine).
    static func missingFeatures(cpuinfo: String) -> [String] {
        guard let line = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else { return [] }
        let flags = Set(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init))
        return haswellFeatures.filter { !flags.contains($0) }
    }
}
