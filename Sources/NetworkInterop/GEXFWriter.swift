import NetworkAnalysis
import NetworkModel

/// GEXF 1.2 (https://gexf.net/), Gephi's own format, also read by networkx.
///
/// Direction: GEXF allows `defaultedgetype="mixed"` with `type="directed"` per edge, and Gephi
/// reads it, but networkx 3.x raises on any per-edge type that differs from the graph's
/// ("Directed edge found in undirected graph", `networkx/readwrite/gexf.py`) and never builds a
/// mixed graph. As in GraphML, the graph is written undirected and each edge carries a boolean
/// `directed` attribute with its `type`, so the direction survives in every reader.
public enum GEXFWriter {
    public static func gexf(_ network: Network, measures: CentralityResult? = nil) -> String {
        let table = ExportAttributeTable(network: network, measures: measures)
        // `label` and `weight` are GEXF's own XML attributes, not declared columns.
        let nodeColumns = table.nodeAttributes.indices.filter { table.nodeAttributes[$0].name != "label" }
        let edgeColumns = table.edgeAttributes.indices.filter { table.edgeAttributes[$0].name != "weight" }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
              <meta>
                <creator>actormap</creator>
                <description>\(XMLText.content(network.title))</description>
              </meta>
              <graph mode="static" defaultedgetype="undirected">
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
            out += "      <edge id=\"\(number)\" source=\"\(XMLText.attribute(link.from))\" "
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
