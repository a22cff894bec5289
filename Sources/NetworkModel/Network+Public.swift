/// The network as it may be shown to the public (`--public`): actors marked `person: true`
/// become "Person 1", "Person 2", … with new ids, and lose what identifies them (address,
/// contact, sources); every tag and every note on a tie goes too, since in practice they are
/// free text about people ("Maria, volunteer, phone …"). A report for the council may name the
/// commissioner; one published on the web should not need to.
///
/// The numbers follow a keyed hash of each person's id, not the ids' order: numbered
/// alphabetically, "Person 1" would still tell a reader whose name comes first. The key is made
/// from what `--public` removes (the persons' ids, names, contacts and addresses), so it is
/// stable for the same file and cannot be recomputed from the published output.
extension Network {
    public func pseudonymised() -> Network {
        let personActors = actors.filter(\.person)
        guard !personActors.isEmpty || actors.contains(where: { !$0.tags.isEmpty })
            || links.contains(where: { $0.note != nil }) else { return self }
        let key = PseudonymKey(secrets: personActors.flatMap { [$0.id, $0.name, $0.contact ?? "", $0.url ?? ""] })
        let persons = personActors.map(\.id).sorted { lhs, rhs in
            let (l, r) = (key.hash(lhs), key.hash(rhs))
            return l != r ? l < r : lhs < rhs
        }
        var taken = Set(actors.map(\.id))
        var newIDs: [String: String] = [:]
        var numbers: [String: Int] = [:]
        for (index, id) in persons.enumerated() {
            taken.remove(id)
            var candidate = "person-\(index + 1)"
            var suffix = 2
            while taken.contains(candidate) {
                candidate = "person-\(index + 1)-\(suffix)"
                suffix += 1
            }
            taken.insert(candidate)
            newIDs[id] = candidate
            numbers[id] = index + 1
        }
        var copy = self
        copy.actors = actors.map { actor in
            var shown = actor
            shown.tags = []
            guard let newID = newIDs[actor.id], let number = numbers[actor.id] else { return shown }
            shown.id = newID
            shown.name = "Person \(number)"
            shown.url = nil
            shown.contact = nil
            shown.sources = []
            return shown
        }
        copy.links = links.map { link in
            var shown = link
            shown.note = nil
            if let from = newIDs[link.from] { shown.from = from; shown.sources = [] }
            if let to = newIDs[link.to] { shown.to = to; shown.sources = [] }
            return shown
        }
        return copy
    }
}

/// SipHash-2-4 (Aumasson and Bernstein, 2012) with a key drawn from secret text: a keyed hash
/// whose order nobody without the key can predict. Written out because the order must be the
/// same on every platform and in every run, which Swift's seeded `Hasher` is not.
struct PseudonymKey {
    private let k0: UInt64
    private let k1: UInt64

    init(k0: UInt64, k1: UInt64) {
        self.k0 = k0
        self.k1 = k1
    }

    init(secrets: [String]) {
        // FNV-1a over the secrets in two lanes; it only has to spread the text over 128 bits.
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        for secret in secrets {
            for byte in secret.utf8 + [0] {
                a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                b = b.rotated(31)
            }
        }
        k0 = a
        k1 = b
    }

    func hash(_ text: String) -> UInt64 {
        var v0: UInt64 = k0 ^ 0x736f_6d65_7073_6575
        var v1: UInt64 = k1 ^ 0x646f_7261_6e64_6f6d
        var v2: UInt64 = k0 ^ 0x6c79_6765_6e65_7261
        var v3: UInt64 = k1 ^ 0x7465_6462_7974_6573
        func round() {
            v0 = v0 &+ v1; v1 = v1.rotated(13); v1 ^= v0; v0 = v0.rotated(32)
            v2 = v2 &+ v3; v3 = v3.rotated(16); v3 ^= v2
            v0 = v0 &+ v3; v3 = v3.rotated(21); v3 ^= v0
            v2 = v2 &+ v1; v1 = v1.rotated(17); v1 ^= v2; v2 = v2.rotated(32)
        }
        let bytes = Array(text.utf8)
        var index = 0
        while index + 8 <= bytes.count {
            var m: UInt64 = 0
            for shift in 0..<8 { m |= UInt64(bytes[index + shift]) << (8 * UInt64(shift)) }
            v3 ^= m; round(); round(); v0 ^= m
            index += 8
        }
        var last = UInt64(bytes.count & 0xff) << 56
        for shift in 0..<(bytes.count - index) { last |= UInt64(bytes[index + shift]) << (8 * UInt64(shift)) }
        v3 ^= last; round(); round(); v0 ^= last
        v2 ^= 0xff
        round(); round(); round(); round()
        return v0 ^ v1 ^ v2 ^ v3
    }
}

private extension UInt64 {
    func rotated(_ count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}
