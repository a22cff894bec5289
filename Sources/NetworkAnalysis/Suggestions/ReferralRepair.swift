import NetworkModel

/// The `refers` link that best repairs a pathway break between stages A and B: from an actor
/// offering A to a different actor offering B, chosen by the routes it would carry, then by
/// whether the two are already linked in another way (a tie that exists is easier to extend than
/// one to build), then by ids.
///
/// A route is a newcomer's language and district, over the languages and districts stage A or B
/// must serve (one route when neither names any). The referral carries a route when each of the
/// two actors can serve it in its stage, by the rule of `route`: the district is covered (or not
/// needed for that stage), and the language is offered, directly or through interpreting (or not
/// needed for that stage). A pair that carries no route is not plausible and never suggested.
///
/// Complexity: O(p · q · r) per break for p and q providers of the stages and r routes.
enum ReferralRepair {
    struct Referral {
        var from: String
        var to: String
        var pathway: String
        var fromStage: String
        var toStage: String
        var routes: Int
        var linkedAs: LinkType?
        /// Other pairs with as many routes and the same standing (linked or not).
        var equallyGood: Int
    }

    static func referrals(network: Network, openGaps: [Gap], participation: ActorParticipation) -> [Referral] {
        let context = GapContext(network: network)
        var existing: [Set<String>: LinkType] = [:]
        for link in network.links.sorted(by: { $0.key < $1.key }) where existing[[link.from, link.to]] == nil {
            existing[[link.from, link.to]] = link.type
        }
        let providers = Dictionary(grouping: network.actors.sorted { $0.id < $1.id }.flatMap { actor in
            Set(actor.offers.map(\.service)).sorted().map { ($0, actor) }
        }, by: \.0).mapValues { $0.map(\.1) }
        var result: [Referral] = []
        for gap in openGaps where gap.kind == .pathwayBreak {
            guard let pathway = gap.pathway, let a = gap.fromStage, let b = gap.toStage,
                  let serviceA = network.service(a), let serviceB = network.service(b),
                  let fromActors = providers[a], let toActors = providers[b] else { continue }
            var languages: [String?] = []
            for tag in network.requiredLanguages(of: serviceA) + network.requiredLanguages(of: serviceB)
            where !languages.contains(where: { $0?.lowercased() == tag.lowercased() }) { languages.append(tag) }
            var districts: [String?] = []
            for district in network.requiredDistricts(of: serviceA) + network.requiredDistricts(of: serviceB)
            where !districts.contains(district) { districts.append(district) }
            if languages.isEmpty { languages = [nil] }
            if districts.isEmpty { districts = [nil] }
            func usable(_ actor: Actor, _ service: Service, _ language: String?, _ district: String?) -> Bool {
                let offers = actor.offers.filter { $0.service == service.id }
                if let district, network.requiredDistricts(of: service).contains(district),
                   !offers.contains(where: { $0.coversEveryDistrict || $0.districts.contains(district) }) {
                    return false
                }
                guard let language,
                      network.requiredLanguages(of: service).contains(where: { $0.lowercased() == language.lowercased() })
                else { return true }
                if offers.contains(where: { $0.languages.contains { LanguageNames.serves($0, language) } }) { return true }
                return !context.interpreting.interpreters(for: actor.id, service: service.id, language: language).isEmpty
            }
            var scored: [Referral] = []
            for from in fromActors where participation.takesPart(from.id) {
                for to in toActors where to.id != from.id && participation.takesPart(to.id) {
                    var routes = 0
                    for language in languages {
                        for district in districts
                        where usable(from, serviceA, language, district) && usable(to, serviceB, language, district) {
                            routes += 1
                        }
                    }
                    guard routes > 0 else { continue }
                    scored.append(Referral(from: from.id, to: to.id, pathway: pathway, fromStage: a, toStage: b,
                                           routes: routes, linkedAs: existing[[from.id, to.id]], equallyGood: 0))
                }
            }
            func rank(_ r: Referral) -> (Int, Int) { (r.routes, r.linkedAs == nil ? 0 : 1) }
            guard var best = scored.first else { continue }
            for candidate in scored.dropFirst() where rank(candidate) > rank(best) { best = candidate }
            best.equallyGood = scored.filter { rank($0) == rank(best) }.count - 1
            result.append(best)
        }
        return result
    }
}
