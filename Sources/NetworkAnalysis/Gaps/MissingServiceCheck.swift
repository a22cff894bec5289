/// A required service nobody offers: newcomers who need it have nowhere to go. The gravest
/// service gap, so the language, district and single-provider checks stay silent about it.
enum MissingServiceCheck {
    static func gaps(_ context: GapContext) -> [Gap] {
        context.requiredServices.compactMap { service in
            guard context.providers[service.id] == nil else { return nil }
            return Gap(kind: .missingService, service: service.id, message: "No actor offers \(service.name)")
        }
    }
}
