import Foundation
import NetworkModel
@testable import NetworkAnalysis

/// Networks for gap tests are written as YAML, the way people write them, and loaded through the
/// real loader so that the defaults (offer languages, districts, coordinators) are the real ones.
enum GapTestSupport {
    struct LoadFailed: Error, CustomStringConvertible {
        var description: String
    }

    static func network(_ yaml: String) throws -> Network {
        let result = NetworkLoader().load(yaml: yaml, file: "test.yaml")
        guard let network = result.network else {
            throw LoadFailed(description: result.diagnostics.map(\.description).joined(separator: "\n"))
        }
        return network
    }

    static func gaps(_ yaml: String) throws -> [Gap] { GapAnalysis.gaps(in: try network(yaml)) }

    /// The `gaps --format json` document, written as `JSONValue.serialized()` writes it (pretty,
    /// two spaces), so the golden files are the command's output byte for byte. The test target
    /// does not depend on NetworkReports, hence this small writer of strings and lists.
    static func goldenJSON(network: String, gaps: [Gap]) -> String {
        var out = "{\n  \"network\": \(quoted(network)),\n  \"gaps\": "
        guard !gaps.isEmpty else { return out + "[]\n}\n" }
        out += "["
        for (index, gap) in gaps.enumerated() {
            out += (index > 0 ? "," : "") + "\n    {"
            var members: [(String, String)] = [("kind", quoted(gap.kind.rawValue)), ("severity", quoted(gap.severity.rawValue))]
            let ids: [(String, String?)] = [
                ("service", gap.service), ("language", gap.language), ("district", gap.district), ("actor", gap.actor),
                ("pathway", gap.pathway), ("from_stage", gap.fromStage), ("to_stage", gap.toStage),
            ]
            for (key, value) in ids { if let value { members.append((key, quoted(value))) } }
            if let cutOff = gap.cutOff {
                members.append(("cut_off", cutOff.isEmpty ? "[]"
                    : "[" + cutOff.map { "\n        " + quoted($0) }.joined(separator: ",") + "\n      ]"))
            }
            members.append(("message", quoted(gap.message)))
            if let accepted = gap.accepted {
                members.append(("accepted", "{\n        \"reason\": \(quoted(accepted.reason)),\n        \"until\": "
                    + (accepted.until.map { quoted($0.description) } ?? "null") + "\n      }"))
            }
            out += members.enumerated().map { i, member in
                (i > 0 ? "," : "") + "\n      \(quoted(member.0)): \(member.1)"
            }.joined()
            out += "\n    }"
        }
        return out + "\n  ]\n}\n"
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
