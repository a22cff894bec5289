/// "Did you mean 'vemo'?": the nearest known word to a misspelt id, key or enum value, so that a
/// typo costs the reader one glance instead of a search through the file.
public enum Suggestion {
    /// The closest candidate within a small edit distance (about a third of the word), or one
    /// that differs only in case; `nil` when nothing is near enough to be a likely typo.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != word {
            if candidate.lowercased() == lowered { return candidate }
            if lowered.count >= 3, candidate.lowercased().hasPrefix(lowered) {
                best = (candidate, 0)
                continue
            }
            let distance = editDistance(Array(lowered.unicodeScalars), Array(candidate.lowercased().unicodeScalars))
            if best.map({ distance < $0.distance || (distance == $0.distance && candidate < $0.candidate) }) ?? true {
                best = (candidate, distance)
            }
        }
        guard let best else { return nil }
        // One or two letters are too short for a typo to be recognisable: "c" is not a slip for "a".
        let length = word.unicodeScalars.count
        let allowed = length <= 2 ? 0 : max(1, min(3, length / 3))
        return best.distance <= allowed ? best.candidate : nil
    }

    /// ` (did you mean 'x'?)` or nothing, ready to append to a message.
    public static func hint(for word: String, among candidates: some Sequence<String>) -> String {
        closest(to: word, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Edit distance counting a swap of two neighbouring letters as one edit (optimal string
    /// alignment): "dzl" for "dlz" is one slip of the fingers, not two. Capped for absurdly long words.
    static func editDistance(_ lhs: [Unicode.Scalar], _ rhs: [Unicode.Scalar]) -> Int {
        if lhs.count > 200 || rhs.count > 200 { return Int.max / 2 }
        if lhs.isEmpty { return rhs.count }
        if rhs.isEmpty { return lhs.count }
        var beforePrevious = Array(repeating: 0, count: rhs.count + 1)
        var previous = Array(0...rhs.count)
        var current = Array(repeating: 0, count: rhs.count + 1)
        for i in 1...lhs.count {
            current[0] = i
            for j in 1...rhs.count {
                let substitution = previous[j - 1] + (lhs[i - 1] == rhs[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[rhs.count]
    }
}
