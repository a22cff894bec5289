import Testing
@testable import NetworkModel

/// `--public`: named persons become "Person N" everywhere, and nothing that identifies them stays.
struct PseudonymisationTests {
    @Test func personsAreRenamedAndTheirTiesFollow() throws {
        let network = Network(title: "T", actors: [
            Actor(id: "maria-schmidt", name: "Maria Schmidt", kind: .commissioner, url: "https://x", contact: "maria@x",
                  sources: ["interview with Maria"], person: true),
            Actor(id: "person-1", name: "Verein Person 1", kind: .association),
            Actor(id: "ali", name: "Ali K.", kind: .other, person: true),
        ], links: [
            Link(from: "maria-schmidt", to: "person-1", type: .supports, note: "Maria calls weekly", sources: ["mail"]),
            Link(from: "person-1", to: "ali", type: .informs),
        ])
        let hidden = network.pseudonymised()
        // Maria and Ali get 1 and 2 in the keyed order; the association keeps its name and its id
        // "person-1", so the pseudonym that would collide with it gets a suffix.
        #expect(Set([hidden.actors[0].name, hidden.actors[2].name]) == ["Person 1", "Person 2"])
        #expect(hidden.actors[1].id == "person-1" && hidden.actors[1].name == "Verein Person 1")
        #expect(Set([hidden.actors[0].id, hidden.actors[2].id]).isSubset(of: ["person-2", "person-1-2"]))
        let maria = hidden.actors[0]
        #expect(maria.url == nil && maria.contact == nil && maria.sources.isEmpty && maria.coordinator)
        #expect(hidden.links[0].from == maria.id && hidden.links[0].to == "person-1")
        #expect(hidden.links[0].note == nil && hidden.links[0].sources.isEmpty)
        #expect(hidden.links[1].to == hidden.actors[2].id)
        let text = "\(hidden)"
        #expect(!text.contains("Maria") && !text.contains("Ali"))
    }

    @Test func aNetworkWithoutPersonsIsUnchanged() {
        let network = Network(title: "T", actors: [Actor(id: "a", name: "A", kind: .office)])
        #expect(network.pseudonymised() == network)
    }

    /// Issue 21, finding 11: tags and notes are free text about people, and the numbering must
    /// not reveal the alphabetical order of the real ids.
    @Test func tagsNotesAndTheIdOrderAreGone() throws {
        let persons = (0..<20).map { Actor(id: String(format: "p%02d", $0), name: "Name \($0)", kind: .other, person: true) }
        let network = Network(title: "T", actors: [Actor(id: "club", name: "Club", kind: .association, tags: ["Maria, volunteer, 0171 …"])] + persons,
                              links: [Link(from: "club", to: "p00", type: .cooperates, note: "calls Maria")])
        let hidden = network.pseudonymised()
        #expect(hidden.actors.allSatisfy { $0.tags.isEmpty })
        #expect(hidden.links.allSatisfy { $0.note == nil })
        let numbers = hidden.actors.dropFirst().map { Int($0.name.dropFirst("Person ".count)) ?? 0 }
        #expect(Set(numbers) == Set(1...20))
        #expect(numbers != Array(1...20))
        #expect(network.pseudonymised() == hidden)
    }

    /// The keyed hash is SipHash-2-4: the reference vector of its paper (key 00…0f, message 00…0e).
    @Test func theKeyedHashIsSipHash24() {
        let key = PseudonymKey(k0: 0x0706_0504_0302_0100, k1: 0x0f0e_0d0c_0b0a_0908)
        let message = String(decoding: (0..<15).map { UInt8($0) }, as: UTF8.self)
        #expect(key.hash(message) == 0xa129_ca61_49be_45e5)
        #expect(key.hash("") == 0x726f_db47_dd0e_0e31)
    }
}
