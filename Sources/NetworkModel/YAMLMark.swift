/// A place in the file being read, without the file: what every `YAMLNode` carries.
///
/// A `SourceLocation` holds the file's name as a `String`; in a tree of millions of nodes that
/// is a reference count touched on every copy of a node and 16 bytes each. Two 32-bit numbers
/// keep a node small and trivially copyable; the name is added back (`location(in:)`) only where
/// a place leaves the tree, in a diagnostic or a model value.
struct YAMLMark: Sendable, Equatable {
    /// 1-based, as editors count.
    var line: Int32
    /// 1-based, in Unicode scalars, as editors count.
    var column: Int32

    /// From libyaml's 0-based mark; a file too long for 32 bits is refused long before
    /// (`YAMLLimits.maxFileBytes`), and the numbers saturate rather than trap if it were not.
    init(zeroBasedLine line: Int, column: Int) {
        self.line = Int32(clamping: line + 1)
        self.column = Int32(clamping: column + 1)
    }

    func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: Int(line), column: Int(column))
    }
}
