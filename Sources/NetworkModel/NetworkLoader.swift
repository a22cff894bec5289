import Foundation

/// The outcome of loading: a network when nothing is wrong, and every diagnostic either way
/// (warnings may accompany a network).
public struct LoadResult: Sendable {
    public var network: Network?
    public var diagnostics: [Diagnostic]
    /// The input the user named does not exist or cannot be read (exit status 66, not 65).
    public var inputMissing: Bool

    public init(network: Network?, diagnostics: [Diagnostic], inputMissing: Bool = false) {
        self.network = network
        self.diagnostics = diagnostics
        self.inputMissing = inputMissing
    }
}

/// Loads a network from its root file, or from a folder whose `*.yaml` files are merged as if
/// included. Follows `include` relative to the including file, reads each file once, and reports
/// include cycles with the chain that forms them.
public struct NetworkLoader: Sendable {
    public var limits: YAMLLimits
    /// Whether `include` may name files outside the root file's folder (and its subfolders).
    /// Off by default: a network file from outside must not read `/etc/passwd` or `../../secrets`
    /// into the error output of a CI log or a shared terminal.
    public var allowIncludeOutside: Bool

    public init(limits: YAMLLimits = .standard, allowIncludeOutside: Bool = false) {
        self.limits = limits
        self.allowIncludeOutside = allowIncludeOutside
    }

    public static func load(path: String) -> LoadResult {
        NetworkLoader().load(path: path)
    }

    public func load(path: String) -> LoadResult {
        var session = LoadSession(limits: limits, allowIncludeOutside: allowIncludeOutside)
        return session.load(path: path)
    }

    /// Loads a network from text, as if read from `file` (includes are resolved beside it).
    public func load(yaml: String, file: String) -> LoadResult {
        var session = LoadSession(limits: limits, allowIncludeOutside: allowIncludeOutside)
        return session.load(bytes: Array(yaml.utf8), file: file)
    }

    /// Loads a network from raw bytes, as if read from `file`: unlike `load(yaml:file:)` the bytes
    /// reach the UTF-8 and NUL checks undecoded, as a file's would (the fuzz target relies on this).
    public func load(bytes: [UInt8], file: String) -> LoadResult {
        var session = LoadSession(limits: limits, allowIncludeOutside: allowIncludeOutside)
        return session.load(bytes: bytes, file: file)
    }
}

/// The state of one load: which files are read, which are on the include stack.
struct LoadSession {
    let limits: YAMLLimits
    let log = DiagnosticLog()
    var fragments: [NetworkFragment] = []
    /// Canonical paths of files read, so a file included twice is read once.
    var loaded: Set<String> = []
    /// The include chain being followed, to recognise a cycle.
    var stack: [(canonical: String, display: String)] = []
    /// Entries of `actors:` and `links:` in the files read so far, for `YAMLLimits.maxActors`/`maxLinks`.
    var actorEntriesRead = 0
    var linkEntriesRead = 0
    var overLimit = false
    let allowIncludeOutside: Bool
    /// The canonical folder of the root file (or the folder given): includes stay inside it.
    var rootFolder = ""
    /// An include that names no readable file: the load ends with exit status 66, and the errors
    /// about actors and services that file may have defined are not shown.
    var missingIncludes: [(diagnosticIndex: Int, location: SourceLocation?)] = []
    /// The include entry being followed, as written, for the did-you-mean of a missing file.
    var writtenInclude: String?

    init(limits: YAMLLimits, allowIncludeOutside: Bool) {
        self.limits = limits
        self.allowIncludeOutside = allowIncludeOutside
    }

    mutating func load(path: String) -> LoadResult {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return LoadResult(network: nil, diagnostics: [.error(IncludeProblem.describeMissingInput(path), at: nil)],
                              inputMissing: true)
        }
        if isDirectory.boolValue {
            rootFolder = LoadSession.canonical(path)
            return loadFolder(path)
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            return LoadResult(network: nil, diagnostics: [.error("cannot read '\(path)'", at: nil)], inputMissing: true)
        }
        rootFolder = LoadSession.canonical((path as NSString).deletingLastPathComponent.isEmpty
                                           ? "." : (path as NSString).deletingLastPathComponent)
        readFile(path: path, display: path, isRoot: true, reference: nil)
        return finish(rootFile: path)
    }

    mutating func load(bytes: [UInt8], file: String) -> LoadResult {
        let folder = (file as NSString).deletingLastPathComponent
        rootFolder = LoadSession.canonical(folder.isEmpty ? "." : folder)
        let reader = YAMLDocumentReader(limits: limits)
        switch reader.parse(bytes: bytes, displayPath: file) {
        case .failure(let failure):
            log.append(failure.diagnostic)
        case .success(let tree):
            loaded.insert(LoadSession.canonical(file))
            stack.append((LoadSession.canonical(file), file))
            decode(tree, display: file, isRoot: true)
            stack.removeLast()
        }
        return finish(rootFile: file)
    }

    /// Every `*.yaml` and `*.yml` in the folder, in name order; exactly one holds `network:`.
    private mutating func loadFolder(_ folder: String) -> LoadResult {
        let listed = LoadSession.networkFileNames(in: folder)
        guard let names = listed, !names.isEmpty else {
            return LoadResult(network: nil, diagnostics: [.error("folder '\(folder)' " + (listed == nil
                ? "cannot be read (permission denied?)" : "holds no .yaml files"), at: nil)], inputMissing: true)
        }
        let paths = names.map { LoadSession.join(folder, $0) }
        let reader = YAMLDocumentReader(limits: limits)
        var roots: [String] = []
        for path in paths {
            if case .success(let tree) = reader.read(path: path, displayPath: path, reference: nil),
               (0..<tree.pairCount(of: tree.root)).contains(where: {
                   tree.isScalar(tree.pair($0, of: tree.root).key, spelled: "network")
               }) {
                roots.append(path)
            }
        }
        guard let root = roots.first else {
            let place = SourceLocation(file: paths[0], line: 1, column: 1)
            return LoadResult(network: nil, diagnostics: [.error(
                "no file in folder '\(folder)' has a 'network:' title; one file must be the root", at: place)])
        }
        for extra in roots.dropFirst() {
            log.error("a folder holds one network, but '\(extra)' has a 'network:' title too (the root is '\(root)')",
                      at: SourceLocation(file: extra, line: 1, column: 1))
        }
        readFile(path: root, display: root, isRoot: true, reference: nil)
        if let include = fragments.first?.includes.first {
            let leftOut = paths.filter { !roots.contains($0) && !loaded.contains(LoadSession.canonical($0)) }
            if !leftOut.isEmpty {
                reportRootPickingItsFiles(root: root, include: include.location, leftOut: leftOut)
                return finish(rootFile: root)
            }
        }
        for path in paths where path != root && !roots.contains(path) {
            readFile(path: path, display: path, isRoot: false, reference: nil)
        }
        return finish(rootFile: root)
    }

    /// A root file that includes files of its own folder picks a network of its own: given the
    /// folder, actormap would merge the files the root leaves out as well (Luxembourg's
    /// `ende-2021.yaml` leaves out the communes that signed in 2022 and 2023) and present the
    /// result under the root's title, a network neither file describes. Which one was meant
    /// cannot be told, so it is an error that names both readings.
    private mutating func reportRootPickingItsFiles(root: String, include: SourceLocation, leftOut: [String]) {
        let names = leftOut.map { "'\(($0 as NSString).lastPathComponent)'" }
        let list = names.count <= 3 ? names.joined(separator: ", ")
            : names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more"
        log.error("the folder holds two networks: '\(root)' includes the files it is made of, and the folder "
                  + "adds \(list) that it does not include; give the root file itself to read its network, "
                  + "or remove its 'include:' to read every file of the folder", at: include)
    }

    private mutating func finish(rootFile: String) -> LoadResult {
        // A missing include may have defined the actors and services that links, offers and
        // stages name: errors about those would be noise around the one real problem.
        log.unresolvedReferencesMayBeMissing = !missingIncludes.isEmpty
        // Cross-check even when files had errors, so that one run reports every problem; but not
        // over a limit, where the entries left unread would each come back as an unknown actor.
        let network = overLimit ? nil
            : fragments.first.flatMap { NetworkAssembler(log: log).assemble(fragments, root: $0) }
        if let first = missingIncludes.first, log.suppressedReferences > 0 {
            let count = log.suppressedReferences
            log.amend(first.diagnosticIndex, appending: "; \(count) reference\(count == 1 ? "" : "s") to actors or services "
                      + "it may define \(count == 1 ? "is" : "are") not checked until it is found")
        }
        if let network, !log.hasErrors {
            for warning in LookAlikeCheck.warnings(for: network) { log.append(warning) }
        }
        var seen: Set<Diagnostic> = []
        let diagnostics = log.diagnostics.filter { seen.insert($0).inserted }.sortedByLocation()
        return LoadResult(network: diagnostics.hasErrors ? nil : network, diagnostics: diagnostics,
                          inputMissing: !missingIncludes.isEmpty)
    }

    private mutating func readFile(path: String, display: String, isRoot: Bool, reference: SourceLocation?) {
        let canonical = LoadSession.canonical(path)
        if let index = stack.firstIndex(where: { $0.canonical == canonical }) {
            let chain = (stack[index...].map(\.display) + [display]).joined(separator: " -> ")
            log.error("include cycle: \(chain)", at: reference)
            return
        }
        guard loaded.insert(canonical).inserted else { return }
        var isDirectory: ObjCBool = false
        if !isRoot, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            let listed = LoadSession.networkFileNames(in: path)
            // An included folder that adds nothing is a mistake a network would hide: the actors the
            // author meant to include would be missing from every count without a word.
            guard let names = listed, !names.isEmpty else {
                log.error("include '\(writtenInclude ?? display)' is a folder " + (listed == nil
                    ? "that cannot be read (permission denied?)"
                    : "without .yaml or .yml files; include the files themselves or remove the line"), at: reference)
                return
            }
            stack.append((canonical, display))
            for name in names {
                readFile(path: LoadSession.join(path, name), display: LoadSession.join(display, name),
                         isRoot: false, reference: reference)
            }
            stack.removeLast()
            return
        }
        let reader = YAMLDocumentReader(limits: limits)
        switch reader.read(path: path, displayPath: display, reference: reference) {
        case .failure(.unreadable(var diagnostic)) where reference != nil:
            diagnostic.message = IncludeProblem.describeUnreadable(path: path, display: display,
                                                                   written: writtenInclude ?? display)
                ?? diagnostic.message
            missingIncludes.append((log.diagnostics.count, reference))
            log.append(diagnostic)
        case .failure(let failure):
            log.append(failure.diagnostic)
        case .success(let tree):
            stack.append((canonical, display))
            decode(tree, display: display, isRoot: isRoot)
            stack.removeLast()
        }
    }

    private mutating func decode(_ tree: YAMLTree, display: String, isRoot: Bool) {
        var decoder = NetworkFileDecoder(log: log, file: display, tree: tree)
        decoder.limits = limits
        // Subtracting from the limit, not adding to the count: a limit of Int.max must not overflow.
        decoder.actorsAllowed = max(limits.maxActors, 0) - actorEntriesRead
        decoder.linksAllowed = max(limits.maxLinks, 0) - linkEntriesRead
        guard let fragment = decoder.decode(isRoot: isRoot) else { return }
        actorEntriesRead += fragment.actorListCount
        linkEntriesRead += fragment.linkListCount
        overLimit = overLimit || fragment.overLimit
        fragments.append(fragment)
        let directory = (display as NSString).deletingLastPathComponent
        for include in fragment.includes {
            let target = LoadSession.join(directory, include.path)
            if !allowIncludeOutside, !LoadSession.isInside(LoadSession.canonical(target), folder: rootFolder) {
                log.error("include '\(include.path)' lies outside the folder of the root file; a network reads only "
                          + "files in that folder and below (--allow-include-outside permits others)", at: include.location)
                continue
            }
            writtenInclude = include.path
            readFile(path: target, display: target, isRoot: false, reference: include.location)
            writtenInclude = nil
        }
    }

    /// The `.yaml` and `.yml` files of a folder in name order, without hidden files: macOS leaves
    /// a `._network.yaml` of resource-fork bytes beside every file copied to a USB stick, and an
    /// editor's `.network.yaml.swp` or a `.git` folder is no part of the network either. `nil`
    /// when the folder cannot be read, which its callers name apart from a folder without files.
    static func networkFileNames(in folder: String) -> [String]? {
        (try? FileManager.default.contentsOfDirectory(atPath: folder))?
            .filter { !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
            .sorted()
    }

    /// Joins and tidies a path as a person would write it (`networks/a/../b.yaml` -> `networks/b.yaml`).
    static func join(_ directory: String, _ path: String) -> String {
        if path.hasPrefix("/") || directory.isEmpty { return normalize(path) }
        return normalize(directory + "/" + path)
    }

    static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            if part == "..", absolute { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// Whether `path` is `folder` or lies below it (both canonical).
    static func isInside(_ path: String, folder: String) -> Bool {
        if folder == "/" { return true }
        return path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
