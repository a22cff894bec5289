/// A required service that exists, but not in a district that needs it. An offer with no
/// districts covers every district; a service whose `districts` is `[]` has no district need.
enum DistrictGapCheck {
    static func gaps(_ context: GapContext) -> [Gap] {
        var gaps: [Gap] = []
        for service in context.requiredServices {
            let offers = context.offers(of: service.id)
            guard !offers.isEmpty else { continue }
            var needed: [String] = []
            for district in context.network.requiredDistricts(of: service) where !needed.contains(district) {
                needed.append(district)
            }
            for district in needed
            where !offers.contains(where: { $0.offer.coversEveryDistrict || $0.offer.districts.contains(district) }) {
                gaps.append(Gap(kind: .district, service: service.id, district: district,
                                message: "Nobody offers \(service.name) in \(district)"))
            }
        }
        return gaps
    }
}
