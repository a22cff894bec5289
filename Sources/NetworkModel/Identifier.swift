/// The rules for ids and language tags, in one place so the loader and the CSV importer agree.
public enum Identifier {
    /// `[A-Za-z0-9][A-Za-z0-9._-]*`: safe in URLs, file names, DOT and HTML ids.
    public static func isValid(_ id: String) -> Bool {
        // By UTF-8 bytes: every allowed character is ASCII, so any byte of a longer one fails.
        guard let first = id.utf8.first, isAlphanumeric(first) else { return false }
        return id.utf8.allSatisfy {
            isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
        }
    }

    /// A BCP 47 tag as people write them: `de`, `ar`, `pt-BR`, `sr-Latn`, `zh-Hant-TW`.
    public static func isLanguageTag(_ tag: String) -> Bool {
        // One pass over the bytes, no split: every actor names a few languages.
        var partLength = 0
        var isPrimary = true
        for byte in tag.utf8 {
            if byte == UInt8(ascii: "-") {
                guard isPrimary ? (2...3).contains(partLength) : (1...8).contains(partLength) else { return false }
                isPrimary = false
                partLength = 0
                continue
            }
            let isLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
            let isDigit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            guard isLetter || (!isPrimary && isDigit) else { return false }
            partLength += 1
        }
        return isPrimary ? (2...3).contains(partLength) : (1...8).contains(partLength)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        // `| 0x20` lower-cases an ASCII letter and maps no other byte into a...z.
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
