/// English names for the language tags that come up most in integration work, so that a message
/// reads "Farsi (fa)" rather than a bare tag most readers cannot place. Unknown tags are shown as
/// they are written: a wrong guess at a name would be worse than none.
public enum LanguageNames {
    static let names: [String: String] = [
        "de": "German", "en": "English", "ar": "Arabic", "fa": "Farsi", "uk": "Ukrainian", "ru": "Russian",
        "tr": "Turkish", "fr": "French", "it": "Italian", "sl": "Slovenian", "lb": "Luxembourgish",
        "pt": "Portuguese", "es": "Spanish", "pl": "Polish", "ro": "Romanian", "sq": "Albanian",
        "sr": "Serbian", "hr": "Croatian", "bs": "Bosnian", "ti": "Tigrinya", "so": "Somali", "ku": "Kurdish",
        "ps": "Pashto", "prs": "Dari", "ur": "Urdu",
    ]

    /// "Farsi (fa)" for a known tag; the tag itself otherwise.
    public static func display(_ tag: String) -> String {
        guard let name = names[tag.lowercased()] else { return tag }
        return "\(name) (\(tag))"
    }

    /// Whether an offer made in `offered` meets a need for `needed`. Tags compare without regard to
    /// case, and a tag meets a need for a more or less specific form of the same language:
    /// an offer in `pt` serves a need for `pt-BR`, and an offer in `pt-BR` one for `pt`. Two
    /// different regional forms (`pt-BR`, `pt-PT`) do not meet each other.
    public static func serves(_ offered: String, _ needed: String) -> Bool {
        let offered = offered.lowercased(), needed = needed.lowercased()
        return offered == needed || offered.hasPrefix(needed + "-") || needed.hasPrefix(offered + "-")
    }
}
