#!/usr/bin/env python3
"""Reads an actormap GraphML or GEXF export with networkx and checks it against the JSON export.

Usage: check_export_with_networkx.py EXPORT.graphml|EXPORT.gexf NETWORK.json [CENTRALITY.json]

NETWORK.json is `actormap export --format json` (a network file); CENTRALITY.json, when given, is
`actormap centrality --format json`, whose values the export's `--with-measures` attributes must hold.

Checks node and edge counts, every node's name/kind/sector/coordinator/languages/districts/
services/tags, and every edge's type, weight and direction (the boolean `directed` attribute;
networkx cannot read per-edge direction in one graph, see GraphMLWriter.swift). Prints one line
"ok: N nodes, M edges" and exits 0, or prints the differences and exits 1.
"""
import json
import sys

import networkx as nx

# FORMAT.md: the directed link types; `cooperates` and `partners` are mutual.
DIRECTED_TYPES = {"coordinates", "funds", "supports", "refers", "reports-to", "member-of", "informs"}


def main():
    export_path, json_path = sys.argv[1], sys.argv[2]
    measures = {}
    if len(sys.argv) > 3:
        with open(sys.argv[3], encoding="utf-8") as handle:
            measures = {row["id"]: row for row in json.load(handle)["actors"]}
    if export_path.endswith(".gexf"):
        graph = nx.read_gexf(export_path)
    else:
        graph = nx.read_graphml(export_path)
    with open(json_path, encoding="utf-8") as handle:
        network = json.load(handle)
    problems = []
    actors = network["actors"]
    links = network.get("links", [])
    if graph.number_of_nodes() != len(actors):
        problems.append(f"nodes: {graph.number_of_nodes()} != {len(actors)}")
    if graph.number_of_edges() != len(links):
        problems.append(f"edges: {graph.number_of_edges()} != {len(links)}")
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
            if isinstance(value, float):
                ok = got is not None and abs(float(got) - value) <= 1e-9 * max(1.0, abs(value))
            else:
                ok = got == value or (value == "" and got is None)
            if not ok:
                problems.append(f"node {actor['id']} {key}: {got!r} != {value!r}")
    # Match edges by (from, to, type); an undirected reader may store an edge either way round.
    edges = {}
    for source, target, data in graph.edges(data=True):
        edges.setdefault((data.get("type"), frozenset((source, target))), []).append((source, target, data))
    for link in links:
        candidates = edges.get((link["type"], frozenset((link["from"], link["to"]))), [])
        if not candidates:
            problems.append(f"missing edge {link['from']} -> {link['to']} ({link['type']})")
            continue
        _, _, data = candidates.pop()
        if data.get("directed") != (link["type"] in DIRECTED_TYPES):
            problems.append(f"edge {link['from']} -> {link['to']} directed: {data.get('directed')!r}")
        if abs(float(data.get("weight", 1.0)) - link["weight"]) > 1e-12:
            problems.append(f"edge {link['from']} -> {link['to']} weight: {data.get('weight')!r}")
    if problems:
        print("\n".join(problems))
        return 1
    print(f"ok: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
    return 0


if __name__ == "__main__":
    sys.exit(main())
