import NetworkAnalysis
import NetworkModel

/// GraphML (http://graphml.graphdrawing.org/) for Gephi, networkx, igraph and yEd.
///
/// Direction: in GraphML's own attribute. Every edge says `directed="true"` or `"false"` (a
/// `refers` link is directed, a `cooperates` link is not), and the graph's `edgedefault` is
/// `directed` when any link is, else `undirected`. A network of only directed links (a `refers`
/// chain) or only mutual ones is read correctly by networkx, igraph, Gephi and yEd. A network
/// with both is a mixed graph, which GraphML allows and Gephi and yEd read, but networkx 3.x
/// refuses ("directed=false edge found in directed graph", `networkx/readwrite/graphml.py`) and
/// igraph reads with the graph's default for every edge: for those readers GEXF, whose `mutual`
/// edges networkx reads as two arcs, or the `directed` data value each edge also carries.
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
        let anyDirected = network.links.contains { $0.type.isDirected }
        out += "  <graph id=\"G\" edgedefault=\"\(anyDirected ? "directed" : "undirected")\">\n"
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
                + "target=\"\(XMLText.attribute(link.to))\" directed=\"\(link.type.isDirected)\">\n"
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
