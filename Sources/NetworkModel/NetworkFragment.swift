/// What one file contributes to a network, before the files are merged and cross-checked.
/// The places of references (a link's `to`, a pathway's stage) travel beside the values, so the
/// cross-checks that need every file can still point at the exact line.
struct NetworkFragment {
    var file: String
    var title: String?
    var description: String?
    var asOf: CalendarDate?
    var languages: [String]?
    var districts: [String]?
    var includes: [(path: String, location: SourceLocation)] = []
    var services: [Service] = []
    var actors: [Actor] = []
    var links: [Link] = []
    var pathways: [Pathway] = []
    /// FORMAT.md 1.1's accepted gaps, in file order.
    var accepted: [AcceptedGap] = []
    /// Parallel to `links`.
    var linkEndpointLocations: [(from: SourceLocation, to: SourceLocation)] = []
    /// Parallel to `pathways`, one place per stage.
    var stageLocations: [[SourceLocation]] = []
    /// Every district an actor or offer names, for the check against the network's districts.
    var districtReferences: [(name: String, location: SourceLocation)] = []
    /// Ids of actors and services whose entries had errors: still known, so that links and offers
    /// naming them are not reported a second time as unknown.
    /// How many entries `actors:` held, valid or not.
    var actorEntries = 0
    /// How many entries `actors:` and `links:` held, for the limits on the whole network.
    var actorListCount = 0
    var linkListCount = 0
    /// An entry went over `YAMLLimits.maxActors` or `maxLinks`; the rest of that list was not read.
    var overLimit = false
    var partialActors: [(id: String, location: SourceLocation)] = []
    var partialServices: [(id: String, location: SourceLocation)] = []
    /// Where the top-level mapping starts, for problems of the file as a whole.
    var start: SourceLocation

    init(file: String, start: SourceLocation) {
        self.file = file
        self.start = start
    }
}
