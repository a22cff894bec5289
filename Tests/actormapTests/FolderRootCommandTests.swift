import Foundation
import Testing

/// Issue 24: `validate networks/luxembourg-pakt/` read `ende-2021.yaml` as the root and merged the
/// communes of 2022 and 2023 it leaves out, under the title "Ende 2021" (53 actors, where the
/// root file alone has 23). Now the folder is refused with both readings named, exit 65.
struct FolderRootCommandTests {
    @Test func luxembourgsFolderNamesBothReadings() throws {
        let outcome = try CommandRunner.run(["validate", "networks/luxembourg-pakt/"])
        #expect(outcome.status == 65)
        #expect(outcome.stderr.hasPrefix("networks/luxembourg-pakt/ende-2021.yaml:20:5: error: the folder holds two networks: "
            + "'networks/luxembourg-pakt/ende-2021.yaml' includes the files it is made of, and the folder adds "
            + "'communes-2022.yaml', 'communes-2023.yaml' that it does not include; give the root file itself to read "
            + "its network, or remove its 'include:' to read every file of the folder\n"), "\(outcome.stderr)")
        let root = try CommandRunner.run(["validate", "networks/luxembourg-pakt/ende-2021.yaml"])
        #expect(root.status == 0)
        #expect(root.stdout.contains("23 actors, 41 links"), "\(root.stdout)")
    }
}
