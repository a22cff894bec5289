import NetworkModel

/// The visual language of a network diagram, chosen so a council member can read it without a
/// manual and a reader with a colour-vision deficiency loses nothing:
/// - Kind is told twice, by shape and by a colour from the Okabe-Ito palette (Okabe & Ito 2008,
///   designed to stay distinct under protanopia, deuteranopia and tritanopia).
/// - Sector is fill against outline: public bodies are filled with a light tint of their kind's
///   colour, civil-society actors are white with a thick outline in that colour, private actors
///   have a dotted outline. Light tints keep black text readable everywhere.
/// - Coordinators get a double outline, the one mark that stays visible in a grey printout.
/// - Problems use red, which no kind uses, and always come with words in the box (a badge), so
///   colour is never the only carrier of a warning.
public enum DiagramStyle {
    public static let fontName = "Helvetica,Arial,sans-serif"
    public static let textColor = "#1A1A1A"
    public static let mutedTextColor = "#555555"
    public static let problemColor = "#C00000"
    public static let warningFill = "#FFE08A"

    /// The Okabe-Ito colour (or a neutral grey where the eight colours run out) per kind.
    public static func color(of kind: ActorKind) -> String {
        switch kind {
        case .commissioner: return "#0072B2"  // blue
        case .office: return "#56B4E9"  // sky blue
        case .authority: return "#009E73"  // bluish green
        case .municipality: return "#F0E442"  // yellow
        case .association: return "#E69F00"  // orange
        case .migrantOrganisation: return "#CC79A7"  // reddish purple
        case .serviceProvider: return "#D55E00"  // vermillion
        case .workingGroup: return "#4D4D4D"  // dark grey
        case .other: return "#999999"  // grey
        }
    }

    /// Shapes that stay compact around a multi-line label (no diamonds, circles or octagons, which
    /// balloon around wide text).
    public static func shape(of kind: ActorKind) -> String {
        switch kind {
        case .commissioner: return "house"
        case .office: return "box"
        case .authority: return "box3d"
        case .municipality: return "tab"
        case .association: return "ellipse"
        case .migrantOrganisation: return "box"  // clipped corners, see `ActorNode`
        case .serviceProvider: return "box"  // rounded, see `nodeStyle`
        case .workingGroup: return "folder"
        case .other: return "ellipse"
        }
    }

    /// The light version of a kind's colour used as fill: 45 % colour on white.
    public static func tint(of kind: ActorKind) -> String {
        mix(color(of: kind), withWhite: 0.55)
    }

    /// How one link type is drawn. Colours are picked so that the common types (coordinates,
    /// refers, cooperates) differ in line style as well, which survives black-and-white printing.
    public struct LinkStyle: Sendable {
        public var color: String
        /// Graphviz `style`: solid, dashed, dotted, bold.
        public var line: String
        public var arrowhead: String
        public var penWidth: Double
        /// How the line looks in the legend, in box-drawing characters.
        public var sample: String
    }

    public static func style(of type: LinkType) -> LinkStyle {
        switch type {
        case .coordinates: return LinkStyle(color: "#0072B2", line: "solid", arrowhead: "normal", penWidth: 2.4, sample: "━━━━")
        case .funds: return LinkStyle(color: "#009E73", line: "solid", arrowhead: "normal", penWidth: 1.6, sample: "────")
        case .supports: return LinkStyle(color: "#E69F00", line: "dashed", arrowhead: "normal", penWidth: 1.6, sample: "╌╌╌╌")
        case .refers: return LinkStyle(color: "#D55E00", line: "solid", arrowhead: "vee", penWidth: 1.6, sample: "────")
        case .reportsTo: return LinkStyle(color: "#555555", line: "dashed", arrowhead: "empty", penWidth: 1.2, sample: "╌╌╌╌")
        case .memberOf: return LinkStyle(color: "#CC79A7", line: "solid", arrowhead: "odot", penWidth: 1.2, sample: "────")
        case .informs: return LinkStyle(color: "#56B4E9", line: "dotted", arrowhead: "normal", penWidth: 1.6, sample: "┈┈┈┈")
        case .cooperates: return LinkStyle(color: "#555555", line: "solid", arrowhead: "none", penWidth: 1.4, sample: "────")
        case .partners: return LinkStyle(color: "#555555:invis:#555555", line: "solid", arrowhead: "none", penWidth: 1.2, sample: "════")
        }
    }

    /// Plain-language words for a link type in the legend ("reports to", not "reports-to").
    public static func label(of type: LinkType) -> String {
        switch type {
        case .coordinates: return "coordinates"
        case .funds: return "funds"
        case .supports: return "supports"
        case .refers: return "refers clients to"
        case .reportsTo: return "reports to"
        case .memberOf: return "is member of"
        case .informs: return "informs"
        case .cooperates: return "cooperates with"
        case .partners: return "partners with"
        }
    }

    public static func sectorDescription(_ sector: Sector) -> String {
        switch sector {
        case .public: return "filled: public body"
        case .civilSociety: return "white, coloured outline: civil society"
        case .private: return "white, dotted outline: private"
        }
    }

    /// `#RRGGBB` blended towards white by `amount` (0: unchanged, 1: white).
    static func mix(_ hex: String, withWhite amount: Double) -> String {
        let digits = Array(hex.dropFirst())
        guard digits.count == 6 else { return hex }
        var result = "#"
        for index in stride(from: 0, to: 6, by: 2) {
            guard let value = Int(String(digits[index...index + 1]), radix: 16) else { return hex }
            let blended = Int((Double(value) * (1 - amount) + 255 * amount).rounded())
            let text = String(min(255, blended), radix: 16, uppercase: true)
            result += text.count == 1 ? "0" + text : text
        }
        return result
    }
}
