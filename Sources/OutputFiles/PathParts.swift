/// The folder and the last name of a path as text, without asking the file system: the temporary
/// file of an atomic write and a report's staging folder must be created beside their target (a
/// `rename` is atomic only within one file system), whether or not the target exists yet.
public enum PathParts {
    /// `"."` for a bare name, `"/"` for a name at the root.
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = path[..<slash]
        return folder.isEmpty ? "/" : String(folder)
    }

    public static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
