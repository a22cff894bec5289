import Foundation

/// Why an included file cannot be read, said so that the fix is obvious: a typo in the name gets
/// the file that is there, and a symbolic link that loops is named as a loop, not as "no such file".
enum IncludeProblem {
    /// The message for the input a command was given, when it is neither a file nor a folder.
    static func describeMissingInput(_ path: String) -> String {
        if let symlink = describeUnreadable(path: path, display: path, written: path), !symlink.hasPrefix("no such file") {
            return symlink
        }
        return "no such file or folder '\(path)'" + suggestion(for: path, written: path)
    }

    /// The message for an include at `path` (shown as `display`, written `written` in the file)
    /// that cannot be read, or `nil` when the reader's own words say it best.
    static func describeUnreadable(path: String, display: String, written: String) -> String? {
        var status = stat()
        if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
            var target = stat()
            if stat(path, &target) != 0 {
                if errno == ELOOP {
                    return "'\(display)' is a symbolic link that leads back to itself (a symlink loop), not a file"
                }
                let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                return "'\(display)' is a symbolic link to '\(destination)', which does not exist"
            }
            return nil
        }
        guard !FileManager.default.fileExists(atPath: path) else { return nil }
        return "no such file '\(display)'" + suggestion(for: path, written: written)
    }

    /// ` (did you mean 'vereine.yaml'?)`, from the files of the folder the include points into,
    /// spelt as the include would be written.
    static func suggestion(for path: String, written: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let candidates = LoadSession.networkFileNames(in: folder.isEmpty ? "." : folder) ?? []
        guard let closest = Suggestion.closest(to: name, among: candidates) else { return "" }
        let writtenFolder = (written as NSString).deletingLastPathComponent
        return " (did you mean '\(writtenFolder.isEmpty ? closest : writtenFolder + "/" + closest)'?)"
    }
}
