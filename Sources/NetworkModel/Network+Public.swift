/// The network as it may be shown to the public (`--public`): actors marked `person: true`
/// become "Person 1", "Person 2", … in id order, with new ids, and lose what identifies them
/// (address, contact, sources, notes on their ties). A report for the council may name the
/// commissioner; one published on the web should not need to.
extension Network {
    public func pseudonymised() -> Network {
        let persons = actors.filter(\.person).map(\.id).sorted()
        guard !persons.isEmpty else { return self }
        var taken = Set(actors.map(\.id))
        var newIDs: [String: String] = [:]
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
        }
        var copy = self
        copy.actors = actors.map { actor in
            guard let newID = newIDs[actor.id], let index = persons.firstIndex(of: actor.id) else { return actor }
            var hidden = actor
            hidden.id = newID
            hidden.name = "Person \(index + 1)"
            hidden.url = nil
            hidden.contact = nil
            hidden.sources = []
            return hidden
        }
        copy.links = links.map { link in
            var hidden = link
            if let from = newIDs[link.from] { hidden.from = from; hidden.note = nil; hidden.sources = [] }
            if let to = newIDs[link.to] { hidden.to = to; hidden.note = nil; hidden.sources = [] }
            return hidden
        }
        return copy
    }
}
