import Foundation
import NetworkAnalysis

/// Perceived against measured influence told in sentences: how closely the two rankings agree,
/// who is seen as influential but sits at the edge, who is central but not seen, and who was not
/// rated. The comparison returns ranks and ρ; the words are here, once for every language.
extension Words {
    public func influenceSentences(_ result: InfluenceComparison) -> [String] {
        let english = language == .en
        let measure = english ? result.measure.rawValue.replacingOccurrences(of: "_", with: " ") : self.measure(result.measure)
        let n = result.rows.count
        let rows = Dictionary(result.rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func rank(_ value: Double) -> String {
            if value == value.rounded() { return english ? String(Int(value)) : integer(Int(value)) }
            return english ? String(format: "%.1f", value) : decimal(value, digits: 1)
        }
        var out: [String] = []
        if let rho = result.spearman {
            out.append(agreement(rho, measure: measure, rated: n))
        } else {
            switch language {
            case .en: out.append("Too few rated actors with differing ratings to compare perceived influence with \(measure) (\(n) compared).")
            case .de: out.append("Zu wenige unterschiedlich eingeschätzte Akteure, um den eingeschätzten Einfluss mit dem Maß „\(measure)“ zu vergleichen (verglichen: \(integer(n))).")
            case .fr: out.append(typeset("Trop peu d'acteurs évalués différemment pour comparer l'influence perçue à la mesure « \(measure.lowercasedFirst) » (acteurs comparés : \(integer(n)))."))
            case .sl: out.append("Premalo različno ocenjenih deležnikov za primerjavo ocenjenega vpliva z mero »\(measure.lowercasedFirst)« (primerjanih: \(integer(n))).")
            }
        }
        for id in result.seenButPeripheral {
            guard let row = rows[id] else { continue }
            let perceived = rank(row.perceivedRank), measured = rank(row.measuredRank), all = integer(n)
            switch language {
            case .en:
                out.append("\(row.name) is seen as one of the most influential (perceived rank \(perceived) of \(n)) "
                    + "but is structurally peripheral (\(measure) rank \(measured) of \(n)).")
            case .de:
                out.append("\(row.name) gilt als einer der einflussreichsten Akteure (Rang \(perceived) von \(all) nach Einschätzung), "
                    + "steht im Netzwerk aber am Rand (Rang \(measured) von \(all) nach \(measure)).")
            case .fr:
                out.append(typeset("\(row.name) est perçu comme l'un des acteurs les plus influents (rang \(perceived) sur \(all) selon "
                    + "l'évaluation), mais reste en marge du réseau (rang \(measured) sur \(all) selon la mesure « \(measure.lowercasedFirst) »)."))
            case .sl:
                out.append("\(row.name) velja za enega najvplivnejših deležnikov (\(perceived). mesto od \(all) po oceni), "
                    + "v mreži pa je na obrobju (\(measured). mesto od \(all) po meri »\(measure.lowercasedFirst)«).")
            }
        }
        for id in result.centralButUnseen {
            guard let row = rows[id] else { continue }
            let perceived = rank(row.perceivedRank), measured = rank(row.measuredRank), all = integer(n)
            switch language {
            case .en:
                out.append("\(row.name) is structurally central (\(measure) rank \(measured) of \(n)) "
                    + "but hardly seen as influential (perceived rank \(perceived) of \(n)).")
            case .de:
                out.append("\(row.name) steht im Netzwerk zentral (Rang \(measured) von \(all) nach \(measure)), "
                    + "wird aber kaum als einflussreich gesehen (Rang \(perceived) von \(all) nach Einschätzung).")
            case .fr:
                out.append(typeset("\(row.name) occupe une position centrale dans le réseau (rang \(measured) sur \(all) selon la mesure "
                    + "« \(measure.lowercasedFirst) »), mais n'est guère perçu comme influent (rang \(perceived) sur \(all) selon l'évaluation)."))
            case .sl:
                out.append("\(row.name) ima v mreži osrednji položaj (\(measured). mesto od \(all) po meri »\(measure.lowercasedFirst)«), "
                    + "a ga skoraj nihče ne vidi kot vplivnega (\(perceived). mesto od \(all) po oceni).")
            }
        }
        if !result.notRated.isEmpty {
            let count = result.notRated.count
            switch language {
            case .en:
                out.append(count == 1 ? "1 actor is not rated: \(result.notRated[0].name)." : "\(count) actors are not rated.")
            case .de:
                out.append(count == 1 ? "1 Akteur ist nicht eingeschätzt: \(result.notRated[0].name)."
                    : "\(integer(count)) Akteure sind nicht eingeschätzt.")
            case .fr:
                out.append(count == 1 ? typeset("1 acteur n'est pas évalué : \(result.notRated[0].name).")
                    : "\(integer(count)) acteurs ne sont pas évalués.")
            case .sl:
                out.append(count == 1 ? "Neocenjen je 1 deležnik: \(result.notRated[0].name)."
                    : "Neocenjenih deležnikov: \(integer(count)).")
            }
        }
        return out
    }

    /// How closely perceived influence and the measure agree, from Spearman's ρ.
    func agreement(_ rho: Double, measure: String, rated n: Int) -> String {
        enum Strength { case closely, moderately, weakly, hardly }
        let strength: Strength
        switch abs(rho) {
        case 0.7...: strength = .closely
        case 0.4..<0.7: strength = .moderately
        case 0.1..<0.4: strength = .weakly
        default: strength = .hardly
        }
        let against = rho < -0.1
        let value = language == .en ? String(format: "%.2f", rho) : decimal(rho, digits: 2)
        switch language {
        case .en:
            let word: String
            switch strength {
            case .closely: word = "closely"
            case .moderately: word = "moderately"
            case .weakly: word = "weakly"
            case .hardly: word = "hardly at all"
            }
            let phrase = strength == .hardly ? "hardly agree at all" : "\(against ? "run against each other" : "agree") \(word)"
            return "Perceived influence and \(measure) \(phrase): Spearman's ρ = \(value) over \(n) rated actors."
        case .de:
            let phrase: String
            switch strength {
            case .closely: phrase = against ? "laufen einander deutlich entgegen" : "stimmen eng überein"
            case .moderately: phrase = against ? "laufen einander mäßig entgegen" : "stimmen mäßig überein"
            case .weakly: phrase = against ? "laufen einander schwach entgegen" : "stimmen schwach überein"
            case .hardly: phrase = "stimmen kaum überein"
            }
            return "Eingeschätzter Einfluss und \(measure) \(phrase): Spearmans ρ = \(value) über \(count(n, .ratedActor))."
        case .fr:
            let phrase: String
            switch strength {
            case .closely: phrase = against ? "vont nettement en sens contraire" : "concordent étroitement"
            case .moderately: phrase = against ? "vont modérément en sens contraire" : "concordent modérément"
            case .weakly: phrase = against ? "vont légèrement en sens contraire" : "concordent faiblement"
            case .hardly: phrase = "ne concordent guère"
            }
            return typeset("L'influence perçue et la mesure « \(measure.lowercasedFirst) » \(phrase) : ρ de Spearman = \(value) sur \(count(n, .ratedActor)).")
        case .sl:
            let phrase: String
            switch strength {
            case .closely: phrase = against ? "si izrazito nasprotujeta" : "se tesno ujemata"
            case .moderately: phrase = against ? "si zmerno nasprotujeta" : "se zmerno ujemata"
            case .weakly: phrase = against ? "si šibko nasprotujeta" : "se šibko ujemata"
            case .hardly: phrase = "se skoraj ne ujemata"
            }
            return "Ocenjeni vpliv in mera »\(measure.lowercasedFirst)« \(phrase): Spearmanov ρ = \(value) (ocenjenih deležnikov: \(integer(n)))."
        }
    }

    /// "Perceived influence against betweenness", the heading of the `influence` command's output.
    public func influenceHeading(_ measure: CentralityMeasure) -> String {
        switch language {
        case .en: return "Perceived influence against \(measure.rawValue)"
        case .de: return "Eingeschätzter Einfluss und \(self.measure(measure))"
        case .fr: return "Influence perçue et \(self.measure(measure).lowercasedFirst)"
        case .sl: return "Ocenjeni vpliv in \(self.measure(measure).lowercasedFirst)"
        }
    }
}
