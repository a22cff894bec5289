#!/usr/bin/env python3
"""Reference values from networkx for the NetworkAnalysis tests.

Writes one JSON file per graph to Tests/NetworkAnalysisTests/Fixtures/. Each holds the input (sorted
actor ids, links with from/to/type/weight in file order) and, for every view of FORMAT.md
(undirected, directed, weighted, directed_weighted), every measure as an array aligned with the
actor ids; NaN and "did not converge" are null. Components, articulation points and bridges are on
the undirected simple view.

Graphs: every networks/*.yaml (includes followed; PyYAML), seeded random graphs and small edge
cases. Run from the repository root:  python3 scripts/networkx_fixtures.py
Needs networkx 3.x (pip install networkx scipy pyyaml).
"""
import json
import math
import os
import random
import sys

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "NetworkAnalysisTests", "Fixtures")
DIRECTED_TYPES = ["coordinates", "funds", "supports", "refers", "reports-to", "member-of", "informs"]
UNDIRECTED_TYPES = ["cooperates", "partners"]
ALL_TYPES = DIRECTED_TYPES + UNDIRECTED_TYPES
# Tight tolerances, so that networkx's iterates agree with ours (1e-12) to far better than 1e-7.
TIGHT_TOL = 1e-14
SWIFT_TOL = 1e-12
MAX_ITER = 10000


def build(actors, links, directed, weighted):
    """The view of FORMAT.md as a networkx graph; weights summed in link order."""
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(actors)

    def add(u, v, w):
        if G.has_edge(u, v):
            if weighted:
                G[u][v]["weight"] += w
        else:
            if weighted:
                G.add_edge(u, v, weight=w)
            else:
                G.add_edge(u, v)

    for link in links:
        u, v, w = link["from"], link["to"], float(link.get("weight", 1))
        if directed and link["type"] not in UNDIRECTED_TYPES:
            add(u, v, w)
        elif directed:
            add(u, v, w)
            add(v, u, w)
        else:
            add(u, v, w)
    if weighted:
        for u, v, d in G.edges(data=True):
            d["distance"] = 1 / d["weight"]
    return G


def clean(value):
    if value is None:
        return None
    value = float(value)
    return None if math.isnan(value) or math.isinf(value) else value


def power(function, G, **kwargs):
    """networkx raises when it does not converge; we record null, as the Swift code returns nil."""
    for tol in (TIGHT_TOL, SWIFT_TOL):
        try:
            return function(G, tol=tol, max_iter=MAX_ITER, **kwargs), tol
        except nx.PowerIterationFailedConvergence:
            continue
        except nx.NetworkXPointlessConcept:
            return {}, None
    return None, None


def measures(actors, links, directed, weighted):
    G = build(actors, links, directed, weighted)
    n = len(actors)
    weight = "weight" if weighted else None
    distance = "distance" if weighted else None

    def column(values):
        if values is None:
            return [None] * n
        return [clean(values.get(a)) for a in actors]

    degree = dict(G.degree(weight=weight))
    scale = 1 / (n - 1) if n > 1 else None
    degree_centrality = {a: (degree[a] * scale if scale is not None else 1.0) for a in actors}
    eigenvector, eigen_tol = power(nx.eigenvector_centrality, G, weight=weight)
    pagerank, pagerank_tol = power(nx.pagerank, G, alpha=0.85, weight=weight)
    result = {
        "degree": column(degree),
        "degree_centrality": column(degree_centrality),
        "betweenness": column(nx.betweenness_centrality(G, normalized=True, weight=distance)),
        "closeness": column(nx.closeness_centrality(G, distance=distance, wf_improved=True)),
        "harmonic": column(nx.harmonic_centrality(G, distance=distance)),
        "eigenvector": column(eigenvector),
        "eigenvector_tolerance": eigen_tol,
        "pagerank": column(pagerank),
        "pagerank_tolerance": pagerank_tol,
        "core": column(nx.core_number(G)),
        "clustering": column(nx.clustering(G, weight=weight)),
        "constraint": column(nx.constraint(G, weight=weight)) if n else [],
        "effective_size": column(effective_size(G, weight)),
    }
    if directed:
        result["in_degree"] = column(dict(G.in_degree(weight=weight)))
        result["out_degree"] = column(dict(G.out_degree(weight=weight)))
    return result


def effective_size(G, weight):
    """Burt's effective size as networkx documents it and computes it per node.

    networkx 3.6.1 has two code paths: with `nodes=None` and scipy installed it uses a matrix form
    that divides m_vw by the largest mutual weight of *w* (column maximum) instead of *v*, which
    disagrees with its own per-node path and its docstring whenever weights or directions vary.
    The per-node path, in turn, calls a directed node with predecessors only isolated (NaN).
    We follow the documented formula, built from networkx's own `normalized_mutual_weight`, and
    treat as isolated only a node with no neighbour in either direction.
    """
    from networkx.algorithms.structuralholes import normalized_mutual_weight as nmw
    if not G.is_directed() and weight is None:
        return nx.effective_size(G, nodes=list(G))  # Borgatti's form, exact for this case
    result = {}
    for v in G:
        neighbours = set(nx.all_neighbors(G, v))
        if not neighbours:
            result[v] = float("nan")
            continue
        result[v] = sum(
            1 - sum(nmw(G, v, w, weight=weight) * nmw(G, u, w, norm=max, weight=weight) for w in neighbours)
            for u in neighbours
        )
    return result


def fixture(name, actors, links, source):
    actors = sorted(actors)
    simple = build(actors, links, False, False)
    return {
        "name": name,
        "source": source,
        "networkx": nx.__version__,
        "actors": actors,
        "links": [{"from": l["from"], "to": l["to"], "type": l["type"], "weight": float(l.get("weight", 1))}
                  for l in links],
        "components": sorted(sorted(c) for c in nx.connected_components(simple)),
        "articulation_points": sorted(nx.articulation_points(simple)),
        "bridges": sorted(sorted(e) for e in nx.bridges(simple)),
        "views": {
            "undirected": measures(actors, links, False, False),
            "directed": measures(actors, links, True, False),
            "weighted": measures(actors, links, False, True),
            "directed_weighted": measures(actors, links, True, True),
        },
    }


# --- networks/*.yaml -----------------------------------------------------------------------------

def load_yaml_network(path, seen=None):
    """Actors and links of a network file and everything it includes (FORMAT.md, `include`)."""
    import yaml
    seen = set() if seen is None else seen
    path = os.path.abspath(path)
    if path in seen:
        return [], []
    seen.add(path)
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    actors = [a["id"] for a in data.get("actors") or []]
    links = [dict(l) for l in data.get("links") or []]
    for include in data.get("include") or []:
        more_actors, more_links = load_yaml_network(os.path.join(os.path.dirname(path), include), seen)
        actors += more_actors
        links += more_links
    return actors, links


def example_networks():
    folder = os.path.join(ROOT, "networks")
    if not os.path.isdir(folder):
        return []
    # Root files only: a file that another file includes is part of that network.
    files = sorted(f for f in os.listdir(folder) if f.endswith((".yaml", ".yml")))
    included = set()
    import yaml
    for f in files:
        with open(os.path.join(folder, f), encoding="utf-8") as handle:
            try:
                data = yaml.safe_load(handle) or {}
            except yaml.YAMLError:
                continue
        for inc in data.get("include") or []:
            included.add(os.path.normpath(os.path.join(folder, inc)))
    result = []
    for f in files:
        path = os.path.join(folder, f)
        if os.path.normpath(path) in included:
            continue
        try:
            actors, links = load_yaml_network(path)
        except Exception as error:  # a half-written file must not stop the other fixtures
            print(f"skipping {f}: {error}", file=sys.stderr)
            continue
        ids = set(actors)
        links = [l for l in links if l.get("from") in ids and l.get("to") in ids and l.get("from") != l.get("to")]
        result.append(("network-" + os.path.splitext(f)[0], actors, links, f"networks/{f}"))
    return result


# --- random and edge-case graphs -----------------------------------------------------------------

def ids(n):
    return [f"a{i:03d}" for i in range(n)]


def random_graph(seed, n, m, types=ALL_TYPES, weights=False, multi=False, isolated=0, components=1):
    rng = random.Random(seed)
    actors = ids(n)
    active = actors[: n - isolated]
    groups = [active[i::components] for i in range(components)]
    links, keys = [], set()
    attempts = 0
    while len(links) < m and attempts < 50 * m:
        attempts += 1
        group = rng.choice(groups)
        if len(group) < 2:
            continue
        u, v = rng.sample(group, 2)
        kinds = rng.sample(types, rng.randint(1, 3)) if multi else [rng.choice(types)]
        for t in kinds:
            if (u, v, t) in keys:
                continue
            keys.add((u, v, t))
            w = rng.choice([0.5, 1, 1, 2, 3, 0.25, 1.5]) if weights else 1
            links.append({"from": u, "to": v, "type": t, "weight": w})
    return actors, links


def link(u, v, t="cooperates", w=1):
    return {"from": u, "to": v, "type": t, "weight": w}


def edge_cases():
    a = ids(6)
    star = [link(a[0], x, "coordinates") for x in a[1:]]
    path = [link(a[i], a[i + 1], "refers") for i in range(4)]
    complete = [link(a[i], a[j], "partners") for i in range(5) for j in range(i + 1, 5)]
    return [
        ("edge-one-actor", a[:1], [], "edge case"),
        ("edge-two-actors", a[:2], [link(a[0], a[1], "supports")], "edge case"),
        ("edge-two-actors-unlinked", a[:2], [], "edge case"),
        ("edge-no-links", a[:4], [], "edge case"),
        ("edge-star", a[:6], star, "edge case"),
        ("edge-path", a[:5], path, "edge case"),
        ("edge-complete", a[:5], complete, "edge case"),
        ("edge-mutual-and-directed", a[:3],
         [link(a[0], a[1], "cooperates", 2), link(a[0], a[1], "funds", 3), link(a[1], a[0], "informs", 0.5),
          link(a[1], a[2], "refers", 1.5)], "edge case"),
    ]


def random_cases():
    cases = []
    specs = [
        ("random-sparse", dict(seed=11, n=40, m=50)),
        ("random-dense", dict(seed=12, n=25, m=200)),
        ("random-disconnected", dict(seed=13, n=36, m=60, components=3)),
        ("random-isolated", dict(seed=14, n=30, m=40, isolated=5)),
        ("random-weighted", dict(seed=15, n=35, m=90, weights=True)),
        ("random-directed", dict(seed=16, n=30, m=80, types=DIRECTED_TYPES, weights=True)),
        ("random-multitype", dict(seed=17, n=25, m=70, weights=True, multi=True)),
        ("random-weighted-disconnected", dict(seed=18, n=40, m=70, weights=True, multi=True, components=2, isolated=3)),
    ]
    for name, spec in specs:
        actors, links = random_graph(**spec)
        cases.append((name, actors, links, f"random seed {spec['seed']}"))
    return cases


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, actors, links, source in edge_cases() + random_cases() + example_networks():
        data = fixture(name, actors, links, source)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=1, allow_nan=False)
            handle.write("\n")
        print(f"{name}: {len(actors)} actors, {len(links)} links")


if __name__ == "__main__":
    # networkx iterates sets of string ids, whose order depends on the hash seed; fix it so the
    # floating-point sums, and so the fixture files, are the same on every run.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable] + sys.argv, {**os.environ, "PYTHONHASHSEED": "0"})
    main()
