#!/usr/bin/env python3
"""Reads an actormap GraphML or GEXF export with networkx and checks it against the JSON export.

Usage: check_export_with_networkx.py EXPORT.graphml|EXPORT.gexf NETWORK.json [CENTRALITY.json]
       check_export_with_networkx.py --batch LIST   (one check per tab-separated line of LIST)

NETWORK.json is `actormap export --format json` (a network file); CENTRALITY.json, when given, is
`actormap centrality --format json`, whose values the export's `--with-measures` attributes must hold.

Checks node and edge counts, every node's name/kind/sector/coordinator/languages/districts/
services/tags (and measures), and every edge's type, weight and direction as the format itself
says it: a network with any directed link is a directed graph; in GEXF its mutual links
(cooperates, partners) are `type="mutual"`, which networkx reads as two arcs; in GraphML each edge
says `directed="true|false"`. networkx 3.x refuses a mixed GraphML file (directed and undirected
edges together); for such a file the script checks each edge's `directed` attribute with
ElementTree instead and says so. Prints "ok: N nodes, M edges ..." and exits 0, or prints the
differences and exits 1.
"""
import json
import sys
import xml.etree.ElementTree as ET

import networkx as nx

# FORMAT.md: the directed link types; `cooperates` and `partners` are mutual.
DIRECTED_TYPES = {"coordinates", "funds", "supports", "refers", "reports-to", "member-of", "informs"}
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


def check_nodes(graph, actors, measures, problems):
    for actor in actors:
        if actor["id"] not in graph:
            problems.append(f"missing node {actor['id']}")
            continue
        data = graph.nodes[actor["id"]]
        expected = {
            "name": actor["name"], "kind": actor["kind"], "sector": actor["sector"],
            "coordinator": actor["coordinator"], "languages": ";".join(actor.get("languages", [])),
            "districts": ";".join(actor.get("districts", [])),
            "services": ";".join(o["service"] for o in actor.get("offers", [])),
            "tags": ";".join(actor.get("tags", [])),
        }
        for key, value in measures.get(actor["id"], {}).items():
            if value is not None and key not in ("id", "name", "kind"):
                expected[key] = value
        for key, value in expected.items():
            got = data.get(key)
            if key == "name" and got is None:
                got = data.get("label")
            if isinstance(value, float) or (isinstance(value, int) and not isinstance(value, bool) and key != "core"):
                ok = got is not None and abs(float(got) - value) <= 1e-9 * max(1.0, abs(value))
            else:
                ok = got == value or (value == "" and got is None)
            if not ok:
                problems.append(f"node {actor['id']} {key}: {got!r} != {value!r}")


def check_edges(graph, links, problems):
    """Each link must be there as the format says: one arc from -> to when directed; two arcs
    (GEXF mutual) or one edge either way round in an undirected graph when not."""
    edges = {}
    for source, target, data in graph.edges(data=True):
        key = (source, target) if graph.is_directed() else frozenset((source, target))
        edges.setdefault((data.get("type"), key), []).append(data)
    expected_edges = 0
    for link in links:
        directed = link["type"] in DIRECTED_TYPES
        if graph.is_directed():
            wanted = [(link["from"], link["to"])] if directed else [(link["from"], link["to"]), (link["to"], link["from"])]
        else:
            wanted = [frozenset((link["from"], link["to"]))]
        expected_edges += len(wanted)
        for key in wanted:
            candidates = edges.get((link["type"], key), [])
            if not candidates:
                problems.append(f"missing edge {key} ({link['type']})")
                continue
            data = candidates.pop()
            if data.get("directed") != directed:
                problems.append(f"edge {key} directed attribute: {data.get('directed')!r}")
            if abs(float(data.get("weight", 1.0)) - link["weight"]) > 1e-12:
                problems.append(f"edge {key} weight: {data.get('weight')!r}")
    if graph.number_of_edges() != expected_edges:
        problems.append(f"edges: {graph.number_of_edges()} != {expected_edges}")


def check_mixed_graphml(path, links, problems):
    root = ET.parse(path).getroot()
    graph = root.find(f"{GRAPHML}graph")
    if graph.get("edgedefault") != "directed":
        problems.append(f"edgedefault {graph.get('edgedefault')!r} in a network with directed links")
    elements = graph.findall(f"{GRAPHML}edge")
    if len(elements) != len(links):
        problems.append(f"edges: {len(elements)} != {len(links)}")
    for element, link in zip(elements, links):
        want = "true" if link["type"] in DIRECTED_TYPES else "false"
        if (element.get("source"), element.get("target")) != (link["from"], link["to"]) or element.get("directed") != want:
            problems.append(f"edge {element.get('source')} -> {element.get('target')} directed={element.get('directed')!r}")
    return len(root.findall(f"{GRAPHML}graph/{GRAPHML}node")), len(elements)


def check(export_path, json_path, measures_path=None):
    """One export against its network: (0, "ok: ...") or (1, the differences)."""
    measures = {}
    if measures_path:
        with open(measures_path, encoding="utf-8") as handle:
            measures = {row["id"]: row for row in json.load(handle)["actors"]}
    with open(json_path, encoding="utf-8") as handle:
        network = json.load(handle)
    actors = network["actors"]
    links = network.get("links", [])
    kinds = {link["type"] in DIRECTED_TYPES for link in links}
    problems = []
    note = ""
    if export_path.endswith(".gexf"):
        graph = nx.read_gexf(export_path)
    elif len(kinds) == 2:
        # A mixed graph: networkx must refuse it (if it ever reads it, the check below still runs).
        try:
            graph = nx.read_graphml(export_path)
        except nx.NetworkXError as error:
            nodes, edges = check_mixed_graphml(export_path, links, problems)
            graph = None
            note = f" (mixed graph: networkx says {str(error)!r}; directions checked in the XML)"
            if nodes != len(actors):
                problems.append(f"nodes: {nodes} != {len(actors)}")
    else:
        graph = nx.read_graphml(export_path)
    if graph is not None:
        any_directed = True in kinds
        if graph.is_directed() != any_directed:
            problems.append(f"graph directed: {graph.is_directed()} but the network has directed links: {any_directed}")
        if graph.number_of_nodes() != len(actors):
            problems.append(f"nodes: {graph.number_of_nodes()} != {len(actors)}")
        check_nodes(graph, actors, measures, problems)
        check_edges(graph, links, problems)
        counts = f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
        kind = "directed" if graph.is_directed() else "undirected"
    else:
        counts = f"{len(actors)} nodes, {len(links)} edges"
        kind = "mixed"
    if problems:
        return 1, "\n".join(problems)
    return 0, f"ok: {counts}, {kind}{note}"


def main():
    # --batch LIST: one check per line of LIST (export, network JSON, optional measures JSON,
    # separated by tabs), each answered by a line "EXPORT<TAB>RESULT": the test suite starts
    # Python and networkx once for all its exports, not once per file.
    if sys.argv[1] == "--batch":
        worst = 0
        with open(sys.argv[2], encoding="utf-8") as handle:
            for line in handle.read().splitlines():
                paths = line.split("\t")
                status, text = check(*paths)
                worst = max(worst, status)
                print(paths[0] + "\t" + text.replace("\n", " / "))
        return worst
    status, text = check(*sys.argv[1:4])
    print(text)
    return status




if __name__ == "__main__":
    sys.exit(main())
