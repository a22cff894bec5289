import NetworkModel

/// A migrant organisation with no direct tie to any public-sector actor: the communities it
/// speaks for have no voice of their own in the administration, only one relayed through others.
/// Any link type in either direction counts as a tie.
enum UnlinkedMigrantOrganisationCheck {
    static func gaps(_ context: GapContext) -> [Gap] {
        let network = context.network
        let publicActors = Set(network.actors.filter { $0.sector == .public }.map(\.id))
        var tiedToPublic: Set<String> = []
        for link in network.links {
            if publicActors.contains(link.to) { tiedToPublic.insert(link.from) }
            if publicActors.contains(link.from) { tiedToPublic.insert(link.to) }
        }
        return network.actors
            .filter { $0.kind == .migrantOrganisation && !tiedToPublic.contains($0.id) }
            .sorted { $0.id < $1.id }
            .map { actor in
                Gap(kind: .unlinkedMigrantOrganisation, actor: actor.id,
                    message: "\(actor.name) has no direct tie to any public body")
            }
    }
}
