/// Names of languages, by BCP 47 tag, in each language of the catalogue: "Arabisch", "arabe",
/// "arabščina". A reader of a council paper knows languages by name, not by tag.
///
/// The list holds the languages of the example networks and FORMAT.md's examples, the sixty or
/// so most spoken languages of the world, and the languages of the migrant communities that
/// integration work in German-, French- and Slovenian-speaking towns meets most. A tag not in it
/// is shown as written: a guessed name would be worse than the tag.
public enum SpokenLanguages {
    /// Tag, then its name in en, de, fr, sl. French and Slovenian write language names in lower
    /// case; English and German capitalise them.
    static let table: [(tag: String, en: String, de: String, fr: String, sl: String)] = [
        ("af", "Afrikaans", "Afrikaans", "afrikaans", "afrikanščina"),
        ("am", "Amharic", "Amharisch", "amharique", "amharščina"),
        ("ar", "Arabic", "Arabisch", "arabe", "arabščina"),
        ("arz", "Egyptian Arabic", "Ägyptisch-Arabisch", "arabe égyptien", "egipčanska arabščina"),
        ("az", "Azerbaijani", "Aserbaidschanisch", "azéri", "azerbajdžanščina"),
        ("be", "Belarusian", "Belarussisch", "biélorusse", "beloruščina"),
        ("ber", "Berber", "Berberisch", "berbère", "berberščina"),
        ("bg", "Bulgarian", "Bulgarisch", "bulgare", "bolgarščina"),
        ("bho", "Bhojpuri", "Bhojpuri", "bhodjpouri", "bodžpurščina"),
        ("bn", "Bengali", "Bengalisch", "bengali", "bengalščina"),
        ("bs", "Bosnian", "Bosnisch", "bosnien", "bosanščina"),
        ("ca", "Catalan", "Katalanisch", "catalan", "katalonščina"),
        ("ceb", "Cebuano", "Cebuano", "cebuano", "cebuanščina"),
        ("ckb", "Central Kurdish (Sorani)", "Zentralkurdisch (Sorani)", "kurde central (sorani)", "centralna kurdščina (soranščina)"),
        ("cs", "Czech", "Tschechisch", "tchèque", "češčina"),
        ("da", "Danish", "Dänisch", "danois", "danščina"),
        ("de", "German", "Deutsch", "allemand", "nemščina"),
        ("el", "Greek", "Griechisch", "grec", "grščina"),
        ("en", "English", "Englisch", "anglais", "angleščina"),
        ("es", "Spanish", "Spanisch", "espagnol", "španščina"),
        ("et", "Estonian", "Estnisch", "estonien", "estonščina"),
        ("fa", "Persian (Farsi)", "Persisch (Farsi)", "persan (farsi)", "perzijščina (farsi)"),
        ("ff", "Fula", "Fulfulde", "peul", "fulščina"),
        ("fi", "Finnish", "Finnisch", "finnois", "finščina"),
        ("fil", "Filipino", "Filipino", "filipino", "filipinščina"),
        ("fr", "French", "Französisch", "français", "francoščina"),
        ("ga", "Irish", "Irisch", "irlandais", "irščina"),
        ("gsw", "Swiss German", "Schweizerdeutsch", "suisse allemand", "švicarska nemščina"),
        ("gu", "Gujarati", "Gujarati", "goudjarati", "gudžaratščina"),
        ("ha", "Hausa", "Hausa", "haoussa", "havščina"),
        ("he", "Hebrew", "Hebräisch", "hébreu", "hebrejščina"),
        ("hi", "Hindi", "Hindi", "hindi", "hindijščina"),
        ("hr", "Croatian", "Kroatisch", "croate", "hrvaščina"),
        ("hu", "Hungarian", "Ungarisch", "hongrois", "madžarščina"),
        ("hy", "Armenian", "Armenisch", "arménien", "armenščina"),
        ("id", "Indonesian", "Indonesisch", "indonésien", "indonezijščina"),
        ("ig", "Igbo", "Igbo", "igbo", "igboščina"),
        ("it", "Italian", "Italienisch", "italien", "italijanščina"),
        ("ja", "Japanese", "Japanisch", "japonais", "japonščina"),
        ("jv", "Javanese", "Javanisch", "javanais", "javanščina"),
        ("ka", "Georgian", "Georgisch", "géorgien", "gruzinščina"),
        ("kk", "Kazakh", "Kasachisch", "kazakh", "kazaščina"),
        ("km", "Khmer", "Khmer", "khmer", "kmerščina"),
        ("kmr", "Northern Kurdish (Kurmanji)", "Nordkurdisch (Kurmandschi)", "kurde du Nord (kurmandji)", "severna kurdščina (kurmandžščina)"),
        ("kn", "Kannada", "Kannada", "kannada", "kanareščina"),
        ("ko", "Korean", "Koreanisch", "coréen", "korejščina"),
        ("ku", "Kurdish", "Kurdisch", "kurde", "kurdščina"),
        ("ky", "Kyrgyz", "Kirgisisch", "kirghize", "kirgiščina"),
        ("lb", "Luxembourgish", "Luxemburgisch", "luxembourgeois", "luksemburščina"),
        ("ln", "Lingala", "Lingala", "lingala", "lingalščina"),
        ("lt", "Lithuanian", "Litauisch", "lituanien", "litovščina"),
        ("lv", "Latvian", "Lettisch", "letton", "latvijščina"),
        ("mg", "Malagasy", "Malagasy", "malgache", "malgaščina"),
        ("mk", "Macedonian", "Mazedonisch", "macédonien", "makedonščina"),
        ("ml", "Malayalam", "Malayalam", "malayalam", "malajalamščina"),
        ("mn", "Mongolian", "Mongolisch", "mongol", "mongolščina"),
        ("mr", "Marathi", "Marathi", "marathi", "maratščina"),
        ("ms", "Malay", "Malaiisch", "malais", "malajščina"),
        ("mt", "Maltese", "Maltesisch", "maltais", "malteščina"),
        ("my", "Burmese", "Birmanisch", "birman", "birmanščina"),
        ("ne", "Nepali", "Nepalesisch", "népalais", "nepalščina"),
        ("nl", "Dutch", "Niederländisch", "néerlandais", "nizozemščina"),
        ("no", "Norwegian", "Norwegisch", "norvégien", "norveščina"),
        ("om", "Oromo", "Oromo", "oromo", "oromščina"),
        ("pa", "Punjabi", "Panjabi", "pendjabi", "pandžabščina"),
        ("pcm", "Nigerian Pidgin", "Nigerianisches Pidgin", "pidgin nigérian", "nigerijski pidžin"),
        ("pl", "Polish", "Polnisch", "polonais", "poljščina"),
        ("prs", "Dari", "Dari", "dari", "darijščina"),
        ("ps", "Pashto", "Paschtu", "pachto", "paštunščina"),
        ("pt", "Portuguese", "Portugiesisch", "portugais", "portugalščina"),
        ("rn", "Kirundi", "Kirundi", "kirundi", "rundščina"),
        ("ro", "Romanian", "Rumänisch", "roumain", "romunščina"),
        ("rom", "Romani", "Romanes", "romani", "romščina"),
        ("ru", "Russian", "Russisch", "russe", "ruščina"),
        ("rw", "Kinyarwanda", "Kinyarwanda", "kinyarwanda", "ruandščina"),
        ("sd", "Sindhi", "Sindhi", "sindhi", "sindščina"),
        ("si", "Sinhala", "Singhalesisch", "cingalais", "sinhalščina"),
        ("sk", "Slovak", "Slowakisch", "slovaque", "slovaščina"),
        ("sl", "Slovenian", "Slowenisch", "slovène", "slovenščina"),
        ("so", "Somali", "Somali", "somali", "somalščina"),
        ("sq", "Albanian", "Albanisch", "albanais", "albanščina"),
        ("sr", "Serbian", "Serbisch", "serbe", "srbščina"),
        ("sv", "Swedish", "Schwedisch", "suédois", "švedščina"),
        ("sw", "Swahili", "Swahili", "swahili", "svahili"),
        ("ta", "Tamil", "Tamil", "tamoul", "tamilščina"),
        ("te", "Telugu", "Telugu", "télougou", "telugijščina"),
        ("tg", "Tajik", "Tadschikisch", "tadjik", "tadžiščina"),
        ("th", "Thai", "Thailändisch", "thaï", "tajščina"),
        ("ti", "Tigrinya", "Tigrinya", "tigrigna", "tigrinjščina"),
        ("tk", "Turkmen", "Turkmenisch", "turkmène", "turkmenščina"),
        ("tl", "Tagalog", "Tagalog", "tagalog", "tagaloščina"),
        ("tr", "Turkish", "Türkisch", "turc", "turščina"),
        ("tw", "Twi", "Twi", "twi", "tvijščina"),
        ("ug", "Uyghur", "Uigurisch", "ouïghour", "ujgurščina"),
        ("uk", "Ukrainian", "Ukrainisch", "ukrainien", "ukrajinščina"),
        ("ur", "Urdu", "Urdu", "ourdou", "urdujščina"),
        ("uz", "Uzbek", "Usbekisch", "ouzbek", "uzbeščina"),
        ("vi", "Vietnamese", "Vietnamesisch", "vietnamien", "vietnamščina"),
        ("wo", "Wolof", "Wolof", "wolof", "volofščina"),
        ("wuu", "Wu Chinese", "Wu-Chinesisch", "wu", "vujščina"),
        ("yo", "Yoruba", "Yoruba", "yoruba", "jorubščina"),
        ("yue", "Cantonese", "Kantonesisch", "cantonais", "kantonščina"),
        ("zh", "Chinese", "Chinesisch", "chinois", "kitajščina"),
        ("zu", "Zulu", "Zulu", "zoulou", "zulujščina"),
    ]

    static let byTag: [String: (en: String, de: String, fr: String, sl: String)] = Dictionary(
        table.map { ($0.tag, ($0.en, $0.de, $0.fr, $0.sl)) }, uniquingKeysWith: { first, _ in first })

    /// Every tag with a name, in alphabetical order.
    public static var knownTags: [String] { table.map(\.tag) }

    /// The name of a tag's language as it stands in a sentence, or nil for an unknown tag. A
    /// tag with a region or script (`pt-BR`, `zh-Hant`) is named by its language, with the full
    /// tag in brackets so the variant is not lost: "portugais (pt-BR)".
    public static func name(of tag: String, in language: OutputLanguage) -> String? {
        let lowered = tag.lowercased()
        let base = lowered.split(separator: "-", maxSplits: 1).first.map(String.init) ?? lowered
        guard let names = byTag[base] else { return nil }
        let name: String
        switch language {
        case .en: name = names.en
        case .de: name = names.de
        case .fr: name = names.fr
        case .sl: name = names.sl
        }
        return base == lowered ? name : "\(name) (\(tag))"
    }

    /// The name, or the tag itself when it has none.
    public static func display(_ tag: String, in language: OutputLanguage) -> String {
        name(of: tag, in: language) ?? tag
    }
}
