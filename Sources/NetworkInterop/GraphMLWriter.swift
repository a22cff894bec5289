import NetworkAnalysis
import NetworkModel

/// GraphML (http://graphml.graphdrawing.org/) for Gephi, networkx, igraph and yEd.
///
/// Direction: GraphML can mark each edge `directed="true"` inside an undirected graph, but
/// networkx 3.x refuses such a file ("directed=true edge found in undirected graph",
/// `networkx/readwrite/graphml.py`), and igraph ignores the per-edge flag anyway. So the graph is
/// written undirected, matching the analyses' default view, and each edge carries its direction
/// as a boolean `directed` data value next to its `type`, which every reader keeps.
public enum GraphMLWriter {
    public static func graphML(_ network: Network, measures: CentralityResult? = nil) -> String {
        let table = ExportAttributeTable(network: network, measures: measures)
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for (index, attribute) in table.nodeAttributes.enumerated() {
            out += "  <key id=\"n\(index)\" for=\"node\" attr.name=\"\(XMLText.attribute(attribute.name))\" "
                + "attr.type=\"\(typeName(attribute.kind))\"/>\n"
        }
        for (index, attribute) in table.edgeAttributes.enumerated() {
            out += "  <key id=\"e\(index)\" for=\"edge\" attr.name=\"\(XMLText.attribute(attribute.name))\" "
                + "attr.type=\"\(typeName(attribute.kind))\"/>\n"
        }
        out += "  <graph id=\"G\" edgedefault=\"undirected\">\n"
        out += "    <desc>\(XMLText.content(network.title))</desc>\n"
        for (actor, values) in zip(network.actors, table.nodeValues) {
            out += "    <node id=\"\(XMLText.attribute(actor.id))\">\n"
            for (index, value) in values.enumerated() {
                guard let value else { continue }
                out += "      <data key=\"n\(index)\">\(XMLText.content(value.text))</data>\n"
            }
            out += "    </node>\n"
        }
        for (number, (link, values)) in zip(network.links, table.edgeValues).enumerated() {
            out += "    <edge id=\"e\(number)\" source=\"\(XMLText.attribute(link.from))\" "
                + "target=\"\(XMLText.attribute(link.to))\">\n"
            for (index, value) in values.enumerated() {
                guard let value else { continue }
                out += "      <data key=\"e\(index)\">\(XMLText.content(value.text))</data>\n"
            }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    static func typeName(_ kind: ExportAttribute.Kind) -> String {
        switch kind {
        case .string: return "string"
        case .boolean: return "boolean"
        case .double: return "double"
        case .integer: return "int"
        }
    }
}
