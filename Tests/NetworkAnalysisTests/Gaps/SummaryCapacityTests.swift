import Testing
import NetworkModel
@testable import NetworkAnalysis

/// `summary`'s capacity: per service over the offers that give one, per district as the coverage
/// matrix counts it (an offer naming no district counts in every district).
@Suite struct SummaryCapacityTests {
    @Test func capacityPerServiceAndPerDistrict() throws {
        let network = try GapTestSupport.network("""
            network: C
            districts: [Nord, Süd]
            services:
              - {id: course, name: Integration course}
              - {id: counselling, name: Counselling}
              - {id: sport, name: Sport, required: false}
            actors:
              - {id: vhs, name: VHS, kind: service-provider, offers: [{service: course, capacity: 640}]}
              - {id: school, name: School, kind: service-provider, districts: [Nord],
                 offers: [{service: course, capacity: 100}, {service: counselling}]}
              - {id: club, name: Club, kind: association, offers: [{service: sport, districts: [Süd, Ost], capacity: 30}]}
            """)
        let summary = NetworkSummary(network)
        #expect(summary.capacityByService.map { "\($0.service.id) \($0.places) \($0.offersWithCapacity)/\($0.offers)" }
                == ["course 740 2/2", "sport 30 1/1"])
        // Nord: vhs 640 (city-wide) + school 100; Süd: 640 + club 30; Ost (named by an offer): 640 + 30.
        #expect(summary.capacityByDistrict.map { "\($0.district) \($0.places)" } == ["Nord 740", "Süd 670", "Ost 670"])
        let matrix = CoverageMatrix(network: network)
        let courseRow = try #require(matrix.districts.rows.first { $0.service == "course" })
        #expect(courseRow.capacity == 740)
        #expect(courseRow.capacities == [740, 640])
    }

    /// Providers are actors, not offers: an actor with two offers of one service (which the loader
    /// refuses, but a network built in code may hold) counts once; a service nobody offers shows 0,
    /// in catalogue order; counts by kind and sector as given.
    @Test func providersCountActorsOncePerService() throws {
        let network = try GapTestSupport.network("""
            network: P
            districts: [Nord, Süd]
            services:
              - {id: course, name: Integration course}
              - {id: counselling, name: Counselling}
              - {id: sport, name: Sport, required: false}
            actors:
              - {id: vhs, name: VHS, kind: service-provider, offers: [{service: course, districts: [Nord]}]}
              - {id: school, name: School, kind: service-provider, offers: [{service: course}, {service: sport}]}
              - {id: amt, name: Amt, kind: office}
            """)
        var twice = network
        twice.actors[0].offers.append(Offer(service: "course", languages: [], districts: ["Süd"]))
        #expect(twice.actors[0].offers.count == 2, "a test that cannot fail")
        let summary = NetworkSummary(twice)
        #expect(summary.providers.map { "\($0.service.id) \($0.count)" } == ["course 2", "counselling 0", "sport 1"])
        #expect(summary.byKind.map { "\($0.kind.rawValue) \($0.count)" } == ["office 1", "service-provider 2"])
        #expect(summary.bySector.map { "\($0.sector.rawValue) \($0.count)" } == ["public 1", "civil-society 2"])
    }

    @Test func noCapacityNoFigures() throws {
        let summary = NetworkSummary(try GapTestSupport.network("""
            network: N
            districts: [Nord]
            services: [{id: s, name: S}]
            actors: [{id: a, name: A, kind: office, offers: [{service: s}]}]
            """))
        #expect(summary.capacityByService.isEmpty)
        #expect(summary.capacityByDistrict.isEmpty)
    }
}
