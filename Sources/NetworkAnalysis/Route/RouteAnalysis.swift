import NetworkModel

/// A newcomer's route through a pathway, read from the offers and `refers` links: where a person
/// with one language living in one district can go at each stage, who hands them on, and where
/// they are dropped.
///
/// Rules (the same as the `pathway-break` gap, narrowed to what this person can use):
/// - a provider is usable at a stage when one of its offers of that stage's service covers their
///   district (the offer's districts include it, or are empty: every district) and is made in a
///   language that serves theirs (`LanguageNames.serves`), or is usable in it through interpreting
///   (an interpreter linked to the provider, FORMAT.md 1.1, named in the step);
/// - when the service names languages it must be available in and the person's is not one of them
///   (a German course for an Arabic speaker, CLI.md round 2), the language does not matter: any
///   offer covering their district will do, and the stage names the languages it is given in.
///   A service with no language need at all (no `languages` anywhere) keeps the language rule:
///   the file then says nothing about which languages suffice;
/// - between stages i and i+1 a hand-off is a `refers` link from a usable provider of i to a usable
///   provider of i+1, or one usable provider offering both. When there is none, a referral in two
///   steps through any one actor between (A refers to X, X refers to B) is reported as an indirect
///   hand-off: the route holds, but only through X;
/// - a step is a bottleneck when every hand-off passes through a coordinator (as giver, receiver or
///   actor between: "only through the commissioner"), or when one actor takes part in every
///   hand-off (for instance the only usable provider of a stage).
public enum RouteAnalysis {
    public static func route(in network: Network, language: String, district: String,
                             pathway pathwayID: String? = nil) throws(RouteError) -> RouteResult {
        guard Identifier.isLanguageTag(language) else { throw .invalidLanguage(language) }
        guard let firstPathway = network.pathways.first else { throw .noPathway }
        var pathway = firstPathway
        if let pathwayID {
            guard let chosen = network.pathways.first(where: { $0.id == pathwayID }) else {
                throw .unknownPathway(pathwayID, known: network.pathways.map(\.id).sorted())
            }
            pathway = chosen
        }
        let knownDistricts = knownDistricts(of: network)
        guard knownDistricts.isEmpty || knownDistricts.contains(district) else {
            throw .unknownDistrict(district, known: knownDistricts)
        }

        let actors = network.actors.sorted { $0.id < $1.id }
        let interpreting = InterpretingReach(network: network)
        let stages = pathway.stages.map { service in
            let needs = network.service(service).map { network.requiredLanguages(of: $0) } ?? []
            let languageNeeded = needs.isEmpty || needs.contains { $0.lowercased() == language.lowercased() }
            return stage(service, name: network.service(service)?.name ?? service, actors: actors, language: language,
                         district: district, languageNeeded: languageNeeded, interpreting: interpreting)
        }
        var referrals: [String: Set<String>] = [:]
        for link in network.links where link.type == .refers { referrals[link.from, default: []].insert(link.to) }
        let coordinators = Set(network.coordinators.map(\.id))
        let steps = zip(stages, stages.dropFirst()).map { from, to in
            step(from: from, to: to, referrals: referrals, coordinators: coordinators)
        }
        // The route told in sentences is built from this result in Wording (Words+Route).
        return RouteResult(network: network.title, pathway: pathway.id, pathwayName: pathway.name, language: language,
                           district: district, stages: stages, steps: steps)
    }

    /// Every district named anywhere in the network: its need list, actors' presence, offers' cover.
    /// The report's explorer offers the same choice of districts as the command accepts.
    public static func knownDistricts(of network: Network) -> [String] {
        var names = Set(network.districts)
        for actor in network.actors {
            names.formUnion(actor.districts)
            for offer in actor.offers { names.formUnion(offer.districts) }
        }
        return names.sorted()
    }

    static func stage(_ service: String, name: String, actors: [Actor], language: String, district: String,
                      languageNeeded: Bool = true, interpreting: InterpretingReach? = nil) -> RouteStage {
        var providers: [String] = [], usable: [String] = []
        var interpreted: [RouteStage.InterpretedProvider] = []
        var givenIn: Set<String> = []
        var anyLanguage = false, anyDistrict = false, anyLanguageRecorded = false
        for actor in actors {
            let offers = actor.offers.filter { $0.service == service }
            guard !offers.isEmpty else { continue }
            providers.append(actor.id)
            let interpreters = interpreting?.interpreters(for: actor.id, service: service, language: language) ?? []
            var canServe = false, servesDirectly = false
            for offer in offers {
                let directly = offer.languages.contains { LanguageNames.serves($0, language) }
                let speaks = !languageNeeded || directly || !interpreters.isEmpty
                let covers = offer.coversEveryDistrict || offer.districts.contains(district)
                anyLanguage = anyLanguage || speaks
                anyLanguageRecorded = anyLanguageRecorded || !offer.languages.isEmpty
                anyDistrict = anyDistrict || covers
                if speaks && covers {
                    canServe = true
                    servesDirectly = servesDirectly || directly || !languageNeeded
                    givenIn.formUnion(offer.languages)
                }
            }
            guard canServe else { continue }
            usable.append(actor.id)
            if !servesDirectly { interpreted.append(.init(actor: actor.id, interpreters: interpreters)) }
        }
        var problem: RouteStage.Problem?
        if usable.isEmpty {
            switch (providers.isEmpty, anyLanguage, anyDistrict) {
            case (true, _, _): problem = .nobodyOffers
            case (false, false, _): problem = anyLanguageRecorded ? .language : .languagesUnrecorded
            case (false, true, false): problem = .district
            case (false, true, true): problem = .languageAndDistrict
            }
        }
        return RouteStage(service: service, serviceName: name, providers: providers, usable: usable, problem: problem,
                          throughInterpreting: interpreted, languageNeeded: languageNeeded,
                          givenIn: languageNeeded ? [] : givenIn.sorted())
    }

    static func step(from: RouteStage, to: RouteStage, referrals: [String: Set<String>],
                     coordinators: Set<String>) -> RouteStep {
        guard !from.usable.isEmpty, !to.usable.isEmpty else {
            return RouteStep(fromStage: from.service, toStage: to.service, status: .stageUnusable, handOffs: [], bottleneck: nil)
        }
        let receivers = Set(to.usable)
        var direct: [HandOff] = []
        for giver in from.usable {
            if receivers.contains(giver) { direct.append(HandOff(from: giver, to: giver)) }
            for receiver in (referrals[giver] ?? []).sorted() where receivers.contains(receiver) && receiver != giver {
                direct.append(HandOff(from: giver, to: receiver))
            }
        }
        var status = RouteStep.Status.handedOn
        var handOffs = direct
        if direct.isEmpty {
            for giver in from.usable {
                for via in (referrals[giver] ?? []).sorted() {
                    for receiver in (referrals[via] ?? []).sorted()
                    where receivers.contains(receiver) && receiver != giver && via != receiver {
                        handOffs.append(HandOff(from: giver, to: receiver, via: via))
                    }
                }
            }
            status = handOffs.isEmpty ? .noReferral : .indirect
        }
        return RouteStep(fromStage: from.service, toStage: to.service, status: status, handOffs: handOffs,
                         bottleneck: bottleneck(handOffs, coordinators: coordinators))
    }

    /// Coordinators first: "only through the commissioner" is the finding people ask for; one
    /// actor in every hand-off otherwise.
    static func bottleneck(_ handOffs: [HandOff], coordinators: Set<String>) -> RouteStep.Bottleneck? {
        guard let first = handOffs.first else { return nil }
        if handOffs.allSatisfy({ $0.actors.contains(where: coordinators.contains) }) {
            let involved = Set(handOffs.flatMap { $0.actors.filter(coordinators.contains) })
            return RouteStep.Bottleneck(kind: .coordinators, actors: involved.sorted())
        }
        var common = Set(first.actors)
        for handOff in handOffs.dropFirst() { common.formIntersection(handOff.actors) }
        guard !common.isEmpty else { return nil }
        return RouteStep.Bottleneck(kind: .singleActor, actors: common.sorted())
    }
}
