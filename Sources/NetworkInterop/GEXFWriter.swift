import NetworkAnalysis
import NetworkModel

/// GEXF 1.3 (https://gexf.net/), Gephi's own format, also read by networkx.
///
/// Direction: in each edge's `type`. GEXF 1.3 has no mixed graph, but it has `mutual` edges: when
/// any link is directed the graph's `defaultedgetype` is `directed`, directed links are
/// `type="directed"` and `cooperates`/`partners` links `type="mutual"` (Gephi draws them as one
/// two-way edge; networkx reads them as two arcs, `networkx/readwrite/gexf.py`); when no link is
/// directed, the graph and every edge are `undirected`. Each edge also carries its link `type`
/// and a boolean `directed` attribute, for readers that drop the XML attribute.
public enum GEXFWriter {
    public static func gexf(_ network: Network, measures: CentralityResult? = nil) -> String {
        let table = ExportAttributeTable(network: network, measures: measures)
        let anyDirected = network.links.contains { $0.type.isDirected }
        // `label` and `weight` are GEXF's own XML attributes, not declared columns.
        let nodeColumns = table.nodeAttributes.indices.filter { table.nodeAttributes[$0].name != "label" }
        let edgeColumns = table.edgeAttributes.indices.filter { table.edgeAttributes[$0].name != "weight" }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>actormap</creator>
                <description>\(XMLText.content(network.title))</description>
              </meta>
              <graph mode="static" defaultedgetype="\(anyDirected ? "directed" : "undirected")">
                <attributes class="node">

            """
        for index in nodeColumns {
            let attribute = table.nodeAttributes[index]
            out += "      <attribute id=\"\(index)\" title=\"\(XMLText.attribute(attribute.name))\" "
                + "type=\"\(typeName(attribute.kind))\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\">\n"
        for index in edgeColumns {
            let attribute = table.edgeAttributes[index]
            out += "      <attribute id=\"\(index)\" title=\"\(XMLText.attribute(attribute.name))\" "
                + "type=\"\(typeName(attribute.kind))\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        for (actor, values) in zip(network.actors, table.nodeValues) {
            out += "      <node id=\"\(XMLText.attribute(actor.id))\" label=\"\(XMLText.attribute(actor.name))\">\n"
            out += attributeValues(values, columns: nodeColumns)
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (number, (link, values)) in zip(network.links, table.edgeValues).enumerated() {
            let type = link.type.isDirected ? "directed" : anyDirected ? "mutual" : "undirected"
            out += "      <edge id=\"\(number)\" type=\"\(type)\" source=\"\(XMLText.attribute(link.from))\" "
                + "target=\"\(XMLText.attribute(link.to))\" label=\"\(XMLText.attribute(link.type.rawValue))\" "
                + "weight=\"\(link.weight)\">\n"
            out += attributeValues(values, columns: edgeColumns)
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    private static func attributeValues(_ values: [ExportValue?], columns: [Int]) -> String {
        var out = "        <attvalues>\n"
        for index in columns {
            guard let value = values[index] else { continue }
            out += "          <attvalue for=\"\(index)\" value=\"\(XMLText.attribute(value.text))\"/>\n"
        }
        return out + "        </attvalues>\n"
    }

    static func typeName(_ kind: ExportAttribute.Kind) -> String {
        switch kind {
        case .string: return "string"
        case .boolean: return "boolean"
        case .double: return "double"
        case .integer: return "integer"
        }
    }
}
