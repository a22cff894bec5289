/// Whether a language tag names a language, not only whether it looks like one: `ua` has the form
/// of a tag, but it is Ukraine's country code, and a service offered "in `ua`" would leave a false
/// Ukrainian gap in every analysis. The primary subtag is checked against the IANA registry
/// (`LanguageSubtags`); region, script and variant subtags (`pt-BR`, `sr-Latn`) only by their form.
enum LanguageTagCheck {
    /// German names people write instead of a code; English names come from the registry.
    private static let germanNames: [String: String] = [
        "deutsch": "de", "englisch": "en", "arabisch": "ar", "türkisch": "tr", "russisch": "ru",
        "ukrainisch": "uk", "persisch": "fa", "farsi": "fa", "französisch": "fr", "spanisch": "es",
        "italienisch": "it", "polnisch": "pl", "rumänisch": "ro", "kurdisch": "ku", "tigrinya": "ti",
        "griechisch": "el", "serbisch": "sr", "kroatisch": "hr", "bosnisch": "bs", "albanisch": "sq",
        "bulgarisch": "bg", "paschtu": "ps", "dari": "prs", "somalisch": "so", "vietnamesisch": "vi",
        "chinesisch": "zh", "slowenisch": "sl", "portugiesisch": "pt", "ungarisch": "hu",
        "tschechisch": "cs", "niederländisch": "nl",
    ]

    /// The message for a tag that names no language, or `nil` when the tag is fine.
    static func problem(_ tag: String) -> String? {
        // Almost every tag of a large file is a plain lower-case code: one lookup, no copies.
        if tag.utf8.count == 2, LanguageSubtags.twoLetter[tag] != nil { return nil }
        let primary = (tag.split(separator: "-", maxSplits: 1).first.map(String.init) ?? tag).lowercased()
        guard Identifier.isLanguageTag(tag) else {
            return "'\(tag)' is not a language tag; use codes such as 'de', 'ar', 'pt-BR'" + nameHint(tag)
        }
        switch primary.utf8.count {
        case 2:
            if LanguageSubtags.twoLetter[primary] != nil { return nil }
            if let preferred = LanguageSubtags.deprecated[primary] {
                let name = LanguageSubtags.twoLetter[preferred].map { " for \($0)" } ?? ""
                return "'\(tag)' is an outdated code\(name); write '\(preferred)'"
            }
            if let country = LanguageSubtags.countries[primary] {
                return "'\(tag)' is the country code of \(country.name), not a language"
                    + (country.language.map(suggestion) ?? "; use the language's code, such as 'de' or 'ar'")
            }
        case 3:
            if LanguageSubtags.threeLetter.contains(Substring(primary)) { return nil }
            if let short = LanguageSubtags.longForms[primary] {
                let name = LanguageSubtags.twoLetter[short].map { " for \($0)" } ?? ""
                return "'\(tag)' is the three-letter code\(name); a language tag uses the two-letter code '\(short)'"
            }
        default:
            break
        }
        return "'\(tag)' is not a language in the IANA language subtag registry; use codes such as 'de', 'ar', 'pt-BR'"
    }

    /// ` (did you mean 'uk' (Ukrainian)?)`
    private static func suggestion(_ code: String) -> String {
        let name = LanguageSubtags.twoLetter[code].map { " (\($0))" } ?? ""
        return " (did you mean '\(code)'\(name)?)"
    }

    /// A hint for a language written out by name (`Arabic`, `Arabisch`).
    private static func nameHint(_ text: String) -> String {
        let lowered = text.lowercased()
        if let code = germanNames[lowered] { return suggestion(code) }
        // The smallest code of that name, so that the hint is the same in every run.
        if let code = LanguageSubtags.twoLetter.filter({ $0.value.lowercased() == lowered }).keys.min() {
            return suggestion(code)
        }
        return ""
    }
}
