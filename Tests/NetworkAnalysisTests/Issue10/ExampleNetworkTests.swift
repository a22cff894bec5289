import Foundation
import NetworkModel
import Testing
import Wording
@testable import NetworkAnalysis

/// The issue-10 analyses on the example networks of `networks/`: they finish, and give the same
/// result twice (outputs must be byte-identical run to run).
@Suite("Issue 10 on the example networks")
struct Issue10ExampleNetworkTests {
    static let networksFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("networks")

    static var exampleFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: networksFolder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { networksFolder.appendingPathComponent($0).path }
    }

    @Test func brokerageIsDeterministic() throws {
        for file in Self.exampleFiles {
            let network = try #require(NetworkLoader.load(path: file).network, "\(file)")
            for grouping in BrokerageGrouping.allCases {
                let first = BrokerageAnalysis.analyse(network, grouping: grouping)
                #expect(first == BrokerageAnalysis.analyse(network, grouping: grouping))
                #expect(first.rows.count == network.actors.count)
                if ProcessInfo.processInfo.environment["ISSUE10_PRINT"] != nil {
                    print(file, grouping, Words(.en).brokerageSentences(first).joined(separator: "\n"))
                }
            }
        }
    }

    /// Every pathway of every example, for each language the network asks for, in its first district.
    @Test func routesFinish() throws {
        for file in Self.exampleFiles {
            let network = try #require(NetworkLoader.load(path: file).network, "\(file)")
            let district = RouteAnalysis.knownDistricts(of: network).first ?? "anywhere"
            for pathway in network.pathways {
                for language in (network.languages.isEmpty ? ["de", "fr"] : network.languages) {
                    let result = try RouteAnalysis.route(in: network, language: language, district: district, pathway: pathway.id)
                    #expect(result.stages.count == pathway.stages.count)
                    #expect(result == (try RouteAnalysis.route(in: network, language: language, district: district, pathway: pathway.id)))
                    if ProcessInfo.processInfo.environment["ISSUE10_PRINT"] != nil, language == "de" {
                        print(file, Words(.en).routeSentences(result, network: network).joined(separator: "\n"))
                    }
                }
            }
        }
    }
}
