import ArgumentParser
import Wording

/// `--lang en|de|fr|sl`, shared by every command that prints words for people (docs/cli.md,
/// "Language of the output"). Validation diagnostics stay English whatever is chosen: they are
/// for the file's maintainer, like a compiler's.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Language of everything the output says: en, de, fr or sl (names from the file stay as written).")
    var lang: OutputLanguage = .en

    var words: Words { lang.words }
}

extension OutputLanguage: ExpressibleByArgument {}
