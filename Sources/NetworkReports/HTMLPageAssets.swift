/// The report's style sheet and scripts, inline so that `index.html` works offline, from a USB
/// stick, and behind a council's firewall. They live as real files in `Resources/` (checked by
/// editors and linters as CSS and JavaScript) and are compiled into the library by SwiftPM's
/// `embedInCode`, so no file has to be found at run time. The page is complete without script:
/// the diagram scrolls, tables are already in a useful order; the script only adds zoom, pan,
/// sorting and the explorer.
enum HTMLPageAssets {
    static let style = text(PackageResources.report_css)
    static let script = text(PackageResources.report_js)
    /// Find, filter, focus, what if and pathways over the diagram; it reads the data block that
    /// `ExplorerData` writes and runs after `script`, whose zoom it uses to bring actors into view.
    static let explorerScript = text(PackageResources.explorer_js)

    /// The files end with a newline, which the page's layout around them already provides.
    private static func text(_ bytes: [UInt8]) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }
}
