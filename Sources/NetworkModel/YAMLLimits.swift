/// Bounds on what one input may cost. Generous for any real network (a national map of services
/// is a few megabytes), tight enough that a hostile or broken file cannot exhaust the machine.
public struct YAMLLimits: Sendable, Equatable {
    /// Largest file read, in bytes.
    public var maxFileBytes: Int
    /// Deepest nesting of lists and mappings; libyaml's composer recurses once per level.
    public var maxNestingDepth: Int

    public init(maxFileBytes: Int = 256 * 1024 * 1024, maxNestingDepth: Int = 64) {
        self.maxFileBytes = maxFileBytes
        self.maxNestingDepth = maxNestingDepth
    }

    public static let standard = YAMLLimits()
}
