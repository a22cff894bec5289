import Foundation
import Testing
@testable import NetworkModel

/// `include`, folders and cycles, on real files in a temporary folder.
struct IncludeTests {
    @Test func includesAreRelativeToTheIncludingFile() throws {
        let folder = try temporaryFolder([
            "root.yaml": "network: T\ninclude: [parts/actors.yaml]\nservices: [{id: s, name: S}]\nactors: [{id: a, name: A, kind: office}]\n",
            "parts/actors.yaml": "include: [more/links.yaml]\nactors: [{id: b, name: B, kind: association, offers: [{service: s}]}]\n",
            "parts/more/links.yaml": "links: [{from: a, to: b, type: supports}]\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = NetworkLoader.load(path: folder.appendingPathComponent("root.yaml").path)
        #expect(result.diagnostics.isEmpty)
        let network = try #require(result.network)
        #expect(network.actors.map(\.id) == ["a", "b"])
        #expect(network.links.count == 1)
        #expect(network.files.map { ($0 as NSString).lastPathComponent } == ["root.yaml", "actors.yaml", "links.yaml"])
    }

    @Test func aFileIncludedTwiceIsReadOnce() throws {
        let folder = try temporaryFolder([
            "root.yaml": "network: T\ninclude: [a.yaml, b.yaml]\nactors: [{id: r, name: R, kind: office}]\n",
            "a.yaml": "include: [shared.yaml]\n",
            "b.yaml": "include: [shared.yaml]\n",
            "shared.yaml": "actors: [{id: s, name: S, kind: office}]\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = NetworkLoader.load(path: folder.appendingPathComponent("root.yaml").path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.network?.actors.map(\.id) == ["r", "s"])
    }

    @Test func duplicateIdsAcrossFilesNameBothPlaces() throws {
        let folder = try temporaryFolder([
            "root.yaml": "network: T\ninclude: [more.yaml]\nactors:\n  - {id: a, name: A, kind: office}\n",
            "more.yaml": "actors:\n  - {id: a, name: A2, kind: office}\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("root.yaml").path
        let result = NetworkLoader.load(path: root)
        let more = folder.appendingPathComponent("more.yaml").path
        #expect(result.diagnostics.map(\.description) == ["\(more):2:5: error: duplicate actor id 'a' (first defined at \(root):4:5)"])
    }

    /// An included folder that adds nothing (no `.yaml` files in it) is an error at the include,
    /// not a network quietly missing the actors the author meant to include.
    @Test func anIncludedFolderWithoutNetworkFilesIsAnError() throws {
        let folder = try temporaryFolder([
            "root.yaml": "network: T\ninclude: [vereine/]\nactors: [{id: a, name: A, kind: office}]\n",
            "vereine/liste.txt": "Verein Miteinander\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("root.yaml").path
        let result = NetworkLoader.load(path: root)
        #expect(result.network == nil)
        #expect(result.diagnostics.map(\.description) == [
            "\(root):2:11: error: include 'vereine/' is a folder without .yaml or .yml files; include the files themselves "
                + "or remove the line",
        ])
    }

    @Test func aFolderIsOneNetwork() throws {
        let folder = try temporaryFolder([
            "a-actors.yaml": "actors: [{id: b, name: B, kind: office}]\n",
            "network.yaml": "network: T\nactors: [{id: a, name: A, kind: office}]\n",
            "z-links.yml": "links: [{from: a, to: b, type: informs}]\n",
            "notes.txt": "not yaml",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = NetworkLoader.load(path: folder.path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.network?.title == "T")
        #expect(result.network?.actors.map(\.id) == ["a", "b"])
        #expect(result.network?.links.count == 1)
    }

    @Test func aFolderNeedsExactlyOneRoot() throws {
        let none = try temporaryFolder(["a.yaml": "actors: [{id: a, name: A, kind: office}]\n"])
        let two = try temporaryFolder(["a.yaml": "network: A\nactors: [{id: a, name: A, kind: office}]\n",
                                       "b.yaml": "network: B\nactors: [{id: b, name: B, kind: office}]\n"])
        defer {
            try? FileManager.default.removeItem(at: none)
            try? FileManager.default.removeItem(at: two)
        }
        let noRoot = NetworkLoader.load(path: none.path)
        #expect(noRoot.network == nil)
        #expect(noRoot.diagnostics.map(\.message) == ["no file in folder '\(none.path)' has a 'network:' title; one file must be the root"])
        let twoRoots = NetworkLoader.load(path: two.path)
        #expect(twoRoots.network == nil)
        #expect(twoRoots.diagnostics.count == 1)
        #expect(twoRoots.diagnostics.first?.location?.file == two.appendingPathComponent("b.yaml").path)
    }

    @Test func aMissingInputIsNotInvalidData() {
        let result = NetworkLoader.load(path: "/nonexistent/network.yaml")
        #expect(result.inputMissing)
        #expect(result.network == nil)
        #expect(result.diagnostics.map(\.description) == ["actormap: error: no such file or folder '/nonexistent/network.yaml'"])
    }

    @Test func aCycleThroughThreeFilesShowsTheChain() throws {
        let folder = try temporaryFolder([
            "a.yaml": "network: T\ninclude: [b.yaml]\nactors: [{id: a, name: A, kind: office}]\n",
            "b.yaml": "include: [c.yaml]\n",
            "c.yaml": "include: [b.yaml]\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = NetworkLoader.load(path: folder.appendingPathComponent("a.yaml").path)
        let p = folder.path + "/"
        #expect(result.diagnostics.map { $0.description.replacingOccurrences(of: p, with: "") }
                == ["c.yaml:1:11: error: include cycle: b.yaml -> c.yaml -> b.yaml"])
    }

    @Test func aFolderSkipsHiddenFiles() throws {
        let folder = try temporaryFolder([
            "network.yaml": "network: T\nactors: [{id: a, name: A, kind: office}]\n",
            "._network.yaml": "\u{05}\u{16}\u{07}Mac OS X resource fork",
            ".draft.yaml": "network: Draft\nactors: []\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = NetworkLoader.load(path: folder.path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.network?.actors.map(\.id) == ["a"])
    }

    @Test func aMissingIncludeIsAMissingInputWithoutFollowOnErrors() throws {
        let folder = try temporaryFolder([
            "root.yaml": "network: T\ninclude: [vereine.yml]\nactors: [{id: a, name: A, kind: office}]\n"
                + "links: [{from: a, to: b, type: funds}, {from: a, to: c, type: funds}]\n",
            "vereine.yaml": "actors: [{id: b, name: B, kind: office}, {id: c, name: C, kind: office}]\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("root.yaml").path
        let result = NetworkLoader.load(path: root)
        #expect(result.inputMissing)
        #expect(result.network == nil)
        #expect(result.diagnostics.map(\.description) == [
            "\(root):2:11: error: no such file '\(folder.path)/vereine.yml' (did you mean 'vereine.yaml'?); "
                + "2 references to actors or services it may define are not checked until it is found",
        ])
    }

    @Test func aSymlinkLoopIsNamedAsOne() throws {
        let folder = try temporaryFolder(["root.yaml": "network: T\ninclude: [loop.yaml]\nactors: [{id: a, name: A, kind: office}]\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let loop = folder.appendingPathComponent("loop.yaml").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop.yaml")
        let result = NetworkLoader.load(path: folder.appendingPathComponent("root.yaml").path)
        #expect(result.inputMissing)
        #expect(result.diagnostics.map(\.message) == ["'\(loop)' is a symbolic link that leads back to itself (a symlink loop), not a file"])
    }

    @Test func includesStayInTheRootFolderUnlessAllowed() throws {
        let folder = try temporaryFolder([
            "net/root.yaml": "network: T\ninclude: [../outside.yaml, /etc/passwd, inside/more.yaml]\nactors: [{id: a, name: A, kind: office}]\n",
            "net/inside/more.yaml": "actors: [{id: b, name: B, kind: office}]\n",
            "outside.yaml": "actors: [{id: c, name: C, kind: office}]\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("net/root.yaml").path
        let confined = NetworkLoader.load(path: root)
        #expect(confined.network == nil)
        #expect(!confined.inputMissing)
        #expect(confined.diagnostics.map(\.description) == [
            "\(root):2:11: error: include '../outside.yaml' lies outside the folder of the root file; a network reads only "
                + "files in that folder and below (--allow-include-outside permits others)",
            "\(root):2:28: error: include '/etc/passwd' lies outside the folder of the root file; a network reads only "
                + "files in that folder and below (--allow-include-outside permits others)",
        ])
        // A link inside the folder that leads out of it is outside too.
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("net/link.yaml").path,
                                                   withDestinationPath: "../outside.yaml")
        let linked = NetworkLoader.load(path: folder.appendingPathComponent("net/root.yaml").path)
        #expect(linked.network == nil)
        let allowed = NetworkLoader(allowIncludeOutside: true)
            .load(yaml: "network: T\ninclude: [../outside.yaml, inside/more.yaml]\nactors: [{id: a, name: A, kind: office}]\n",
                  file: root)
        #expect(allowed.diagnostics.isEmpty)
        #expect(allowed.network?.actors.map(\.id) == ["a", "c", "b"])
    }

    @Test func anIncludedFileThatIsNoNetworkIsOneLine() throws {
        let folder = try temporaryFolder([
            "root.yaml": "network: T\ninclude: [shadow]\nactors: [{id: a, name: A, kind: office}]\n",
            "shadow": "root:*:20228:0:99999:7:::\ndaemon:*:20228:0:99999:7:::\nsecret: hunter2\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = NetworkLoader.load(path: folder.appendingPathComponent("root.yaml").path)
        #expect(result.diagnostics.map(\.description) == [
            "\(folder.path)/shadow:1:1: error: this is not a network file: none of its 3 top-level keys is a key of the "
                + "format, such as 'network', 'actors' or 'links'",
        ])
        #expect(!result.diagnostics.contains { $0.message.contains("hunter2") || $0.message.contains("daemon") })
    }

    @Test func aMistypedInputGetsTheFileBesideIt() throws {
        let folder = try temporaryFolder(["halle.yaml": "network: T\nactors: [{id: a, name: A, kind: office}]\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let typo = folder.appendingPathComponent("halle.yml").path
        let result = NetworkLoader.load(path: typo)
        #expect(result.inputMissing)
        #expect(result.diagnostics.map(\.message) == ["no such file or folder '\(typo)' (did you mean '\(folder.path)/halle.yaml'?)"])
        let loop = folder.appendingPathComponent("loop.yaml").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop.yaml")
        #expect(NetworkLoader.load(path: loop).diagnostics.map(\.message)
                == ["'\(loop)' is a symbolic link that leads back to itself (a symlink loop), not a file"])
    }
}
