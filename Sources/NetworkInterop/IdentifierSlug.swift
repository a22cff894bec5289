import Foundation
import NetworkModel

/// Ids made from names when a spreadsheet (Kumu's, for one) has no id column: ASCII, lower case,
/// words joined by `-`, unique within the import. German umlauts are written as a German reader
/// expects (`Ausländerbehörde` -> `auslaenderbehoerde`, `ß` -> `ss`); other accented letters lose
/// their accents by Unicode decomposition (`Šiška` -> `siska`); names in scripts with no ASCII
/// form (Greek, Arabic) fall back to a numbered id, since an id must match FORMAT.md's
/// `[A-Za-z0-9][A-Za-z0-9._-]*`.
struct IdentifierSlug {
    private var used: Set<String> = []
    let fallback: String

    init(fallback: String, reserved: Set<String> = []) {
        self.fallback = fallback
        self.used = reserved
    }

    mutating func make(from name: String) -> String {
        var base = IdentifierSlug.slug(name)
        if base.isEmpty { base = fallback }
        var candidate = base
        var number = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }

    mutating func reserve(_ id: String) { used.insert(id) }

    static func slug(_ name: String) -> String {
        var german = ""
        for character in name {
            switch character {
            case "ä", "Ä": german += "ae"
            case "ö", "Ö": german += "oe"
            case "ü", "Ü": german += "ue"
            case "ß", "ẞ": german += "ss"
            default: german.append(character)
            }
        }
        let folded = german
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .lowercased()
        var out = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash, !out.isEmpty { out += "-" }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        let limited = String(out.prefix(60))
        return limited.hasSuffix("-") ? String(limited.dropLast()) : limited
    }
}
