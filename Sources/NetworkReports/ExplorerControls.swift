import NetworkAnalysis
import NetworkModel
import Wording

/// The explorer's controls above the diagram: find, filter, focus depth, pathway. They are written
/// here, in the reader's language and escaped like every other word of the page, and start hidden:
/// `explorer.js` shows them, so a page without script shows no dead controls. The script writes
/// only text it takes from the data block, never markup.
struct ExplorerControls {
    var network: Network
    var words: Words
    /// `ExplorerData` carries routes (a pathway control is worth showing).
    var hasRoutes: Bool

    var html: HTML {
        var html: HTML = "<div id=\"explorer\" class=\"explorer noprint\" hidden>\n"
        html += "<h3>\(words[.explorer])</h3>\n"
        html += "<div class=\"xp-row\"><label for=\"xp-find\">\(words[.explorerFind])</label> "
        html += "<input type=\"search\" id=\"xp-find\" autocomplete=\"off\" spellcheck=\"false\"> "
        html += "<output id=\"xp-found\" for=\"xp-find\" aria-live=\"polite\"></output>"
        html += " <button type=\"button\" id=\"xp-clear\">\(words[.explorerClear])</button></div>\n"

        html += "<fieldset class=\"xp-row\" id=\"xp-filters\"><legend>\(words[.explorerFilter])</legend>\n"
        html += select("kind", words[.kind], ActorKind.allCases.filter { kind in network.actors.contains { $0.kind == kind } }
            .map { ($0.rawValue, words.kind($0)) })
        html += select("sector", words[.sector], Sector.allCases.filter { sector in network.actors.contains { $0.sector == sector } }
            .map { ($0.rawValue, words.sector($0)) })
        let offered = Set(network.actors.flatMap { $0.offers.map(\.service) })
        html += select("service", words[.explorerServiceOffered],
                       network.services.filter { offered.contains($0.id) }.map { ($0.id, $0.name) })
        html += select("language", words[.explorerLanguage],
                       Set(network.actors.flatMap(\.languages)).sorted().map { ($0, words.languageName($0)) })
        html += select("district", words[.district], Set(network.actors.flatMap(\.districts)).sorted().map { ($0, $0) })
        html += select("linkType", words[.linkType], LinkType.allCases.filter { type in network.links.contains { $0.type == type } }
            .map { ($0.rawValue, words.linkType($0)) })
        html += select("mark", words[.explorerGapMarks], [
            ("unreachable", words[.badgeUnreachable]), ("cuts-off", words[.badgeSinglePointOfFailure]),
            ("only-provider", words[.badgeOnlyProviderOfAService]),
        ])
        html += "</fieldset>\n"

        html += "<div class=\"xp-row\"><label for=\"xp-depth\">\(words[.explorerFocus]): \(words[.explorerDepth])</label> "
        html += "<select id=\"xp-depth\">" + (1...3).map { "<option value=\"\($0)\">\($0)</option>" as HTML }.joined() + "</select> "
        html += "<span class=\"hint\">\(words[.explorerFocusHint])</span></div>\n"

        if hasRoutes {
            html += "<fieldset class=\"xp-row\" id=\"xp-route\"><legend>\(words[.route])</legend>\n"
            html += choice("xp-pathway", words[.explorerPathway], network.pathways.indices.map { (String($0), network.pathways[$0].name) })
            html += choice("xp-route-language", words[.explorerLanguage],
                           ExplorerData.routeLanguages(network).map { ($0, words.languageName($0)) })
            let districts = RouteAnalysis.knownDistricts(of: network)
            if !districts.isEmpty {
                html += choice("xp-route-district", words[.district], districts.map { ($0, $0) })
            }
            html += "<button type=\"button\" id=\"xp-show-route\">\(words[.explorerShowRoute])</button>\n</fieldset>\n"
        }
        return html + "</div>\n"
    }

    /// A filter: "all" first, then the values the network has.
    func select(_ key: String, _ label: String, _ options: [(String, String)]) -> HTML {
        guard !options.isEmpty else { return HTML() }
        var html: HTML = "<label>\(label) <select data-filter=\"\(key)\"><option value=\"\">\(words[.explorerAll])</option>"
        for (value, text) in options { html += "<option value=\"\(value)\">\(text)</option>" }
        return html + "</select></label>\n"
    }

    /// One of the route's three choices, with no "all": a route is for one person.
    func choice(_ id: String, _ label: String, _ options: [(String, String)]) -> HTML {
        var html: HTML = "<label>\(label) <select id=\"\(id)\">"
        for (value, text) in options { html += "<option value=\"\(value)\">\(text)</option>" }
        return html + "</select></label>\n"
    }
}
