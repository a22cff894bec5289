/// Bounds on what one input may cost. Generous for any real network (a national map of services
/// is a few megabytes), tight enough that a hostile or broken file cannot exhaust the machine.
/// Every bound is public and settable so the command line can raise it for an unusual network;
/// going over one is an error at the place where it happens, never a crash.
public struct YAMLLimits: Sendable, Equatable {
    /// Largest file read, in bytes.
    public var maxFileBytes: Int
    /// Deepest nesting of lists and mappings; libyaml's composer recurses once per level.
    public var maxNestingDepth: Int
    /// Most actors in the whole network (all files together). The all-pairs measures are
    /// quadratic and beyond, so a count past this is far more likely a generated or broken file
    /// than a map someone keeps.
    public var maxActors: Int
    /// Most links in the whole network (all files together), for the same reason.
    public var maxLinks: Int

    public init(maxFileBytes: Int = 256 * 1024 * 1024, maxNestingDepth: Int = 64,
                maxActors: Int = 1_000_000, maxLinks: Int = 5_000_000) {
        self.maxFileBytes = maxFileBytes
        self.maxNestingDepth = maxNestingDepth
        self.maxActors = maxActors
        self.maxLinks = maxLinks
    }

    public static let standard = YAMLLimits()
}
