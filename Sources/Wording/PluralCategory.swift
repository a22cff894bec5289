/// The form a counted noun takes after a number. English, German and French have two forms,
/// Slovenian four: "1 deležnik", "2 deležnika", "3 deležniki", "5 deležnikov". The categories
/// are those of Unicode CLDR's plural rules, so a reader of the code can check them there.
public enum PluralCategory: Sendable, Hashable {
    case one
    case two
    case few
    case other

    /// CLDR's cardinal rules for whole numbers: en and de `one` for 1; fr `one` for 0 and 1
    /// ("0 acteur", "1 acteur"); sl `one` for n mod 100 = 1, `two` for 2, `few` for 3 and 4,
    /// `other` for the rest (so 101 takes the singular, 105 the genitive plural).
    public static func of(_ count: Int, in language: OutputLanguage) -> PluralCategory {
        let n = abs(count)
        switch language {
        case .en, .de:
            return n == 1 ? .one : .other
        case .fr:
            return n <= 1 ? .one : .other
        case .sl:
            switch n % 100 {
            case 1: return .one
            case 2: return .two
            case 3, 4: return .few
            default: return .other
            }
        }
    }
}
