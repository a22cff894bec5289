import NetworkModel

/// The four kinds of change `suggest` proposes (issue 22), in the order they are looked for:
/// structure first (a lost actor cuts people off), then hand-overs, then languages and districts.
public enum SuggestionKind: String, CaseIterable, Sendable, Hashable {
    /// New ties that remove single points of failure.
    case ties
    /// New `refers` links that repair pathway breaks.
    case referrals
    /// A link between an interpreting actor and a provider, closing several language cells at once.
    case interpreting
    /// A service an actor already close to it could offer, closing coverage cells.
    case offers
}

/// Why the data makes a suggestion plausible: each reason names what the two actors (or the actor
/// and the service) already have in common, so a reader can judge it without opening the file.
public enum SuggestionReason: Sendable, Hashable {
    case sameSector(Sector)
    case sameDistrict(String)
    /// Both offer this service.
    case sameService(String)
    /// The actor works in this language already (its `languages`).
    case speaks(String)
    /// The actor works in this district already.
    case worksIn(String)
    /// The actor offers this service, which providers of the suggested one also offer or which
    /// stands next to it in a pathway.
    case relatedService(String)
    /// The actor is linked to this provider of the service.
    case linkedToProvider(String)
    /// Both already work with this actor: the tie would close a triangle, not span the network.
    case commonPartner(String)
    /// The two actors are already linked with this type of link.
    case alreadyLinked(LinkType)
}

/// One concrete change to the network, with what it is meant to do and, once checked against the
/// gap analysis, what it did: `closed` holds the open gaps that were there before the change
/// (the earlier suggestions already applied) and are gone after it.
public struct SuggestedChange: Sendable, Hashable {
    public var kind: SuggestionKind
    /// Links the change adds (one for a referral or an interpreting link, one for a tie).
    public var links: [Link]
    /// The actor and offer the change adds, for `offers`.
    public var offer: SuggestedOffer?
    /// For `ties`: the actors that the loss of some actor in `relieves` cut off from every
    /// coordinator before the tie and no longer does once it exists (the ties before it applied). Sorted.
    public var protects: [String]
    /// For `ties`: the single points of failure whose cut-off set the tie shrinks or empties. Sorted.
    public var relieves: [String] = []
    /// For `offers` and `interpreting`: the cells the change covers. For `referrals`: empty.
    public var cells: [CoverageCell]
    /// For `referrals`: the pathway and its two stages, and how many routes (language × district)
    /// the referral carries.
    public var pathway: String?
    public var fromStage: String?
    public var toStage: String?
    public var routes: Int?
    public var reasons: [SuggestionReason]
    /// Other actors (ids, sorted) that could make the same change with the same effect: the cost
    /// of the alternatives is that these, not the chosen one, would have to act.
    public var alternatives: [String]
    /// For `referrals`: how many other pairs of actors could make a referral as good as this one.
    public var equallyGood: Int
    /// Open gaps before this change (earlier suggestions applied) and after it.
    public var openBefore: Int
    public var openAfter: Int
    /// Open gaps the change closes, in the gap analysis' order.
    public var closed: [Gap]
    /// Open gaps after the change that were not there before it; empty whenever the rules hold.
    public var opened: [Gap]

    public init(kind: SuggestionKind, links: [Link] = [], offer: SuggestedOffer? = nil, protects: [String] = [],
                cells: [CoverageCell] = [], pathway: String? = nil, fromStage: String? = nil, toStage: String? = nil,
                routes: Int? = nil, reasons: [SuggestionReason] = [], alternatives: [String] = []) {
        self.kind = kind
        self.links = links
        self.offer = offer
        self.protects = protects
        self.cells = cells
        self.pathway = pathway
        self.fromStage = fromStage
        self.toStage = toStage
        self.routes = routes
        self.reasons = reasons
        self.alternatives = alternatives
        equallyGood = 0
        openBefore = 0
        openAfter = 0
        closed = []
        opened = []
    }
}

/// An offer a suggestion adds to an existing actor: in the languages and districts it works in,
/// which is what makes it plausible.
public struct SuggestedOffer: Sendable, Hashable {
    public var actor: String
    public var service: String
    /// The capacity the actor's existing offers state in total, where the file gives any: what the
    /// actor already handles, a hint at what it could take on.
    public var existingCapacity: Int?

    public init(actor: String, service: String, existingCapacity: Int? = nil) {
        self.actor = actor
        self.service = service
        self.existingCapacity = existingCapacity
    }
}

/// The mark every suggested link carries in `source`, and that a suggested offer leaves in its
/// actor's `source`, so that nobody mistakes a suggestion for a fact.
public let suggestedSource = "suggested"
