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
        #expect(hidden.actors.map(\.id) == ["person-2", "person-1", "person-1-2"])
        #expect(hidden.actors.map(\.name) == ["Person 2", "Verein Person 1", "Person 1"])
        let maria = hidden.actors[0]
        #expect(maria.url == nil && maria.contact == nil && maria.sources.isEmpty && maria.coordinator)
        #expect(hidden.links[0].from == "person-2" && hidden.links[0].to == "person-1")
        #expect(hidden.links[0].note == nil && hidden.links[0].sources.isEmpty)
        #expect(hidden.links[1].to == "person-1-2")
        let text = "\(hidden)"
        #expect(!text.contains("Maria") && !text.contains("Ali"))
    }

    @Test func aNetworkWithoutPersonsIsUnchanged() {
        let network = Network(title: "T", actors: [Actor(id: "a", name: "A", kind: .office)])
        #expect(network.pseudonymised() == network)
    }
}
