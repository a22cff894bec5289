/// The languages a reader can ask for with `--lang`. Everything a person reads comes out in the
/// chosen one; what a file's maintainer reads (validation diagnostics) and what a machine reads
/// (JSON, the report's CSV) stays in one fixed form whatever is chosen.
public enum OutputLanguage: String, CaseIterable, Sendable, Hashable {
    case en
    case de
    case fr
    case sl

    /// The catalogue for this language.
    public var words: Words { Words(self) }
}
