import Foundation
import Testing
@testable import NetworkModel

/// Issue 24: a folder is one network of all its files (docs/cli.md). A root file in it that
/// includes some of the folder's files picks a network of its own, and reading the folder would
/// merge the rest under its title: an error naming both readings, never a silent mix.
struct FolderRootTests {
    @Test func aRootThatLeavesOutFilesOfItsFolderIsAnError() throws {
        let folder = try temporaryFolder([
            "ende.yaml": "network: Ende\ninclude:\n  - basis.yaml\nactors: [{id: a, name: Ämter, kind: office}]\n",
            "basis.yaml": "actors: [{id: b, name: Društvo, kind: association}]\n",
            "later.yaml": "actors: [{id: c, name: Σύλλογος, kind: association}]\n",
            "latest.yaml": "actors: [{id: d, name: D, kind: association}]\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = NetworkLoader.load(path: folder.path)
        #expect(result.network == nil)
        let root = folder.appendingPathComponent("ende.yaml").path
        #expect(result.diagnostics.map(\.description) == [
            "\(root):3:5: error: the folder holds two networks: '\(root)' includes the files it is made of, and the folder "
                + "adds 'later.yaml', 'latest.yaml' that it does not include; give the root file itself to read its "
                + "network, or remove its 'include:' to read every file of the folder",
        ])
        // The root file alone is its own network.
        let alone = NetworkLoader.load(path: root)
        #expect(alone.diagnostics.isEmpty)
        #expect(alone.network?.actors.map(\.id) == ["a", "b"])
    }

    @Test func aRootThatIncludesEveryFileOfItsFolderIsTheFolder() throws {
        let folder = try temporaryFolder([
            "net.yaml": "network: Netz\ninclude: [a.yaml, b.yaml]\nactors: [{id: r, name: R, kind: commissioner}]\n",
            "a.yaml": "actors: [{id: a, name: A, kind: office}]\n",
            "b.yaml": "actors: [{id: b, name: B, kind: office}]\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = NetworkLoader.load(path: folder.path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.network?.actors.map(\.id) == ["r", "a", "b"])
    }
}
