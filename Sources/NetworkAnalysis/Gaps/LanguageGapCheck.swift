/// A required service that exists, but not in a language its users speak: for them, it does not
/// exist. An offer's languages already default to its actor's; an actor with no languages offers
/// in none, so its offers close no language gap. An offer usable in the language through
/// interpreting (FORMAT.md 1.1) closes the gap: the newcomer is served.
enum LanguageGapCheck {
    static func gaps(_ context: GapContext) -> [Gap] {
        var gaps: [Gap] = []
        for service in context.requiredServices {
            let offers = context.offers(of: service.id)
            guard !offers.isEmpty else { continue }
            var needed: [String] = []
            for tag in context.network.requiredLanguages(of: service) where !needed.contains(tag) { needed.append(tag) }
            for language in needed
            where context.directProviders(of: service.id, in: language).isEmpty
                && context.interpretedProviders(of: service.id, in: language).isEmpty {
                gaps.append(Gap(kind: .language, service: service.id, language: language,
                                message: "Nobody offers \(service.name) in \(LanguageNames.display(language))"))
            }
        }
        return gaps
    }
}
