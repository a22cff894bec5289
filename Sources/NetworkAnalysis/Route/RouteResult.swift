import NetworkModel

/// One stage of a newcomer's route: who offers the service at all, and who can serve this person.
public struct RouteStage: Sendable, Equatable {
    /// Why nobody can serve the person at a stage, in the order a reader would check: does anyone
    /// offer it, in their language, in their district, in both at once.
    public enum Problem: String, Sendable, Equatable {
        case nobodyOffers = "nobody-offers"
        case language
        /// Every offer of the service leaves its languages unrecorded, so none can be counted as
        /// serving the person; a data gap rather than a known one.
        case languagesUnrecorded = "languages-unrecorded"
        case district
        /// Offers in the language and offers in the district exist, but no single offer is both.
        case languageAndDistrict = "language-and-district"
    }

    public var service: String
    public var serviceName: String
    /// Actors offering the service at all, sorted by id.
    public var providers: [String]
    /// Actors with an offer of the service that covers their district and is made in the person's
    /// language (directly or through interpreting), or in any language when the service need not
    /// be given in theirs; sorted.
    public var usable: [String]
    /// `nil` when `usable` is not empty.
    public var problem: Problem?
    /// Usable providers that serve the person only through interpreting (FORMAT.md 1.1), each
    /// with the interpreting actors (sorted); in `usable` order.
    public var throughInterpreting: [InterpretedProvider] = []
    /// `false` when the service has languages it must be available in and the person's is not one
    /// of them (a German course for an Arabic speaker): any provider in their district will do.
    public var languageNeeded: Bool = true
    /// When the language is not needed: the languages the usable providers give it in, sorted.
    public var givenIn: [String] = []

    /// One provider reached through interpreting.
    public struct InterpretedProvider: Sendable, Equatable {
        public var actor: String
        public var interpreters: [String]
    }
}

/// One way a newcomer is handed on from a provider of one stage to a provider of the next.
public struct HandOff: Sendable, Equatable, Hashable {
    public var from: String
    public var to: String
    /// The actor between, for a referral in two steps (`from` refers to `via`, `via` to `to`).
    public var via: String?

    public init(from: String, to: String, via: String? = nil) {
        self.from = from
        self.to = to
        self.via = via
    }

    /// The same actor serves both stages: nobody has to refer anybody.
    public var isSameActor: Bool { from == to && via == nil }

    /// Every actor the hand-off depends on.
    public var actors: [String] { from == to ? [from] : [from] + (via.map { [$0] } ?? []) + [to] }
}

/// The move from one stage to the next.
public struct RouteStep: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable {
        /// A usable provider refers directly to a usable provider of the next stage, or offers both.
        case handedOn = "handed-on"
        /// No direct referral, but one through a single actor between (A refers to X, X to B).
        case indirect
        /// Usable providers on both sides, and no referral between them.
        case noReferral = "no-referral"
        /// A stage on either side has no usable provider.
        case stageUnusable = "stage-unusable"
    }

    /// Every hand-off passes through coordinators, or through one and the same actor: the route
    /// holds, but only as long as they do.
    public struct Bottleneck: Sendable, Equatable {
        public enum Kind: String, Sendable, Equatable {
            case coordinators
            case singleActor = "single-actor"
        }
        public var kind: Kind
        /// The coordinators involved, or the actors present in every hand-off; sorted.
        public var actors: [String]
    }

    public var fromStage: String
    public var toStage: String
    public var status: Status
    /// Direct hand-offs if there are any, otherwise the two-step ones; sorted.
    public var handOffs: [HandOff]
    public var bottleneck: Bottleneck?

    /// The route continues past this step (directly or through an actor between).
    public var holds: Bool { status == .handedOn || status == .indirect }
}

/// A person's route through one pathway: stages and the steps between them (the sentences are
/// the catalogue's, `Words.routeSentences`).
public struct RouteResult: Sendable, Equatable {
    public var network: String
    public var pathway: String
    public var pathwayName: String
    public var language: String
    public var district: String
    public var stages: [RouteStage]
    public var steps: [RouteStep]

    /// Every stage has a usable provider and every step holds.
    public var isComplete: Bool { stages.allSatisfy { !$0.usable.isEmpty } && steps.allSatisfy(\.holds) }
}

/// Why a route cannot be worked out at all: the command turns these into usage errors (status 64).
public enum RouteError: Error, Equatable, CustomStringConvertible {
    case noPathway
    case unknownPathway(String, known: [String])
    case unknownDistrict(String, known: [String])
    case invalidLanguage(String)

    public var description: String {
        switch self {
        case .noPathway:
            return "the network defines no pathway; add one under 'pathways:' (FORMAT.md) to follow a route"
        case let .unknownPathway(id, known):
            return "unknown pathway '\(id)'\(Suggestion.hint(for: id, among: known)); known: \(known.joined(separator: ", "))"
        case let .unknownDistrict(name, known):
            return "unknown district '\(name)'\(Suggestion.hint(for: name, among: known)); known: \(known.joined(separator: ", "))"
        case let .invalidLanguage(tag):
            return "'\(tag)' is not a language tag (expected a BCP 47 tag such as de, ar, pt-BR)"
        }
    }
}
