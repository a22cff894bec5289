#!/usr/bin/env python3
"""Benchmark helper for actormap: generates the seeded synthetic networks and times the reference
libraries (networkx, python-igraph, NetworKit, PyYAML's C loader) on them.

    benchmark_reference.py generate OUT_DIR SIZE...      write bench-SIZE.yaml for every SIZE
    benchmark_reference.py run LIBRARY FILE TASK...      time TASKs, print one JSON object

LIBRARY is `networkx`, `igraph` or `networkit` (NetworKit uses every core it is given, as actormap
does; its threads are set to the machine's cores). TASKs: load, one of the measures (degree, betweenness, closeness,
harmonic, eigenvector, pagerank, core, clustering, constraint, effective_size), or centrality (every
measure of `actormap centrality` that the library has, load included). Each run is its own process,
so the reported peak memory (VmHWM) belongs to that library and file alone.

Networks are networkx `powerlaw_cluster_graph(n, 3, 0.1, seed)` (Holme-Kim), written in flow-style
YAML as the project's format describes them, with kinds, sectors, languages, districts, offers and
services so that gap analysis has work to do.
"""
import json
import random
import sys
import time

KINDS = ["association", "migrant-organisation", "service-provider", "working-group", "office",
         "authority", "municipality", "other"]
KIND_WEIGHTS = [30, 20, 25, 8, 6, 5, 3, 3]
LANGUAGES = ["de", "en", "ar", "uk", "ru", "fa", "tr", "ti"]
DIRECTED = ["coordinates", "funds", "supports", "refers", "reports-to", "member-of", "informs"]
UNDIRECTED = ["cooperates", "partners"]
NAMES = ["Verein", "Initiative", "Beratung", "Zentrum", "Netzwerk", "Κέντρο", "Društvo", "مركز"]


def generate(out_dir, n, seed=2024):
    import networkx as nx
    rng = random.Random(seed + n)
    graph = nx.powerlaw_cluster_graph(n, 3, 0.1, seed=seed + n)
    services = 24 if n < 10_000 else 60
    districts = [f"D{i:02d}" for i in range(1, 13)]
    lines = [f"network: Benchmark network, {n} actors (powerlaw cluster m=3, seed {seed + n})",
             "as_of: 2026-01-01",
             f"languages: [{', '.join(LANGUAGES[:6])}]",
             f"districts: [{', '.join(districts)}]",
             "services:"]
    for s in range(services):
        extra = ", required: false" if s % 11 == 10 else ""
        lines.append(f'  - {{id: s{s:02d}, name: "Service {s} – Beratung"{extra}}}')
    lines.append("actors:")
    for a in range(n):
        kind = "commissioner" if a == 0 else rng.choices(KINDS, KIND_WEIGHTS)[0]
        fields = [f"id: a{a}", f'name: "{NAMES[a % len(NAMES)]} {a}"', f"kind: {kind}"]
        if kind == "office" and rng.random() < 0.3:
            fields.append("coordinator: true")
        if kind in ("association", "service-provider") and rng.random() < 0.1:
            fields.append("sector: private")
        langs = sorted(rng.sample(LANGUAGES, rng.randint(1, 3)))
        fields.append(f"languages: [{', '.join(langs)}]")
        if rng.random() < 0.5:
            fields.append(f"districts: [{', '.join(sorted(rng.sample(districts, rng.randint(1, 3))))}]")
        if rng.random() < 0.4:
            # Offers cluster on a few services so that many services stay thin or missing.
            chosen = sorted({min(int(rng.paretovariate(1.2)) - 1, services - 1) for _ in range(rng.randint(1, 2))})
            offers = []
            for s in chosen:
                if rng.random() < 0.3:
                    offers.append(f"{{service: s{s:02d}, languages: [{langs[0]}]}}")
                else:
                    offers.append(f"{{service: s{s:02d}}}")
            fields.append(f"offers: [{', '.join(offers)}]")
        lines.append("  - {" + ", ".join(fields) + "}")
    lines.append("links:")
    for u, v in sorted(graph.edges()):
        if rng.random() < 0.3:
            kind = rng.choice(UNDIRECTED)
        else:
            kind = rng.choice(DIRECTED)
        if rng.random() < 0.5:
            u, v = v, u
        weight = f", weight: {rng.randint(1, 4)}" if rng.random() < 0.2 else ""
        lines.append(f"  - {{from: a{u}, to: a{v}, type: {kind}{weight}}}")
    lines.append("pathways:")
    lines.append("  - {id: arrival, name: Arrival, stages: [s00, s01, s02]}")
    lines.append("  - {id: work, name: Work, stages: [s01, s05, s09]}")
    path = f"{out_dir}/bench-{n}.yaml"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    return path


def peak_mib():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return None


def load_yaml(path):
    import yaml
    with open(path, "rb") as handle:
        return yaml.load(handle, Loader=yaml.CSafeLoader)


def run(library, path, tasks):
    times = {}
    start = time.perf_counter()
    data = load_yaml(path)
    ids = [actor["id"] for actor in data["actors"]]
    pairs = [(link["from"], link["to"]) for link in data.get("links", [])]
    if library == "networkx":
        import networkx as nx
        graph = nx.Graph()
        graph.add_nodes_from(ids)
        graph.add_edges_from(pairs)
    elif library == "networkit":
        import networkit as nk
        index = {actor_id: i for i, actor_id in enumerate(ids)}
        graph = nk.Graph(len(ids), weighted=False, directed=False)
        for a, b in pairs:
            u, v = index[a], index[b]
            if u != v and not graph.hasEdge(u, v):
                graph.addEdge(u, v)
        graph.indexEdges()
    else:
        import igraph as ig
        index = {actor_id: i for i, actor_id in enumerate(ids)}
        graph = ig.Graph(n=len(ids), edges=[(index[a], index[b]) for a, b in pairs])
        graph.simplify()
    load_time = time.perf_counter() - start
    times["load"] = load_time

    # The directed and weighted views actormap's Betweenness computes (GraphView): arcs along
    # directed link types and both ways along cooperates/partners; a pair's weight is the sum of its
    # links' weights, and a path's length the sum of 1 / weight. Built outside the timed load.
    def arcs_directed():
        arcs = set()
        for link in data.get("links", []):
            a, b = index_of[link["from"]], index_of[link["to"]]
            if a == b: continue
            arcs.add((a, b))
            if link.get("type") in UNDIRECTED: arcs.add((b, a))
        return sorted(arcs)

    def edges_weighted():
        weights = {}
        for link in data.get("links", []):
            a, b = index_of[link["from"]], index_of[link["to"]]
            if a == b: continue
            key = (min(a, b), max(a, b))
            weights[key] = weights.get(key, 0) + float(link.get("weight", 1))
        return sorted(weights.items())

    index_of = {actor_id: i for i, actor_id in enumerate(ids)}

    failures = {}

    # A library that gives up (networkx's effective size builds a dense n x n matrix and runs out
    # of memory at 100,000 actors) is a result too: recorded, not a crash of the whole benchmark.
    def timed(name, function):
        begin = time.perf_counter()
        try:
            function()
        except (MemoryError, Exception) as error:  # numpy's _ArrayMemoryError is a MemoryError
            kind = "out of memory" if isinstance(error, MemoryError) else type(error).__name__
            failures[name] = f"{kind}: {str(error)[:120]}"
            return
        times[name] = time.perf_counter() - begin

    if library == "networkx":
        import networkx as nx
        measures = {
            "degree": lambda: nx.degree_centrality(graph),
            "betweenness": lambda: nx.betweenness_centrality(graph),
            "closeness": lambda: nx.closeness_centrality(graph),
            "harmonic": lambda: nx.harmonic_centrality(graph),
            "eigenvector": lambda: nx.eigenvector_centrality(graph, max_iter=1000),
            "pagerank": lambda: nx.pagerank(graph),
            "core": lambda: nx.core_number(graph),
            "clustering": lambda: nx.clustering(graph),
            "constraint": lambda: nx.constraint(graph),
            "effective_size": lambda: nx.effective_size(graph),
        }
    elif library == "networkit":
        import os
        import networkit as nk
        nk.setNumberOfThreads(os.cpu_count() or 1)

        def run_algorithm(algorithm):
            algorithm.run()
            return algorithm.scores() if hasattr(algorithm, "scores") else algorithm

        # Normalised as networkx and actormap normalise, so the work is the same.
        measures = {
            "degree": lambda: run_algorithm(nk.centrality.DegreeCentrality(graph, normalized=True)),
            "betweenness": lambda: run_algorithm(nk.centrality.Betweenness(graph, normalized=True)),
            "closeness": lambda: run_algorithm(nk.centrality.Closeness(graph, True, nk.centrality.ClosenessVariant.Generalized)),
            "harmonic": lambda: run_algorithm(nk.centrality.HarmonicCloseness(graph, normalized=False)),
            "eigenvector": lambda: run_algorithm(nk.centrality.EigenvectorCentrality(graph)),
            "pagerank": lambda: run_algorithm(nk.centrality.PageRank(graph, damp=0.85)),
            "core": lambda: run_algorithm(nk.centrality.CoreDecomposition(graph)),
            "clustering": lambda: run_algorithm(nk.centrality.LocalClusteringCoefficient(graph)),
        }

        def directed_graph():
            g = nk.Graph(len(ids), weighted=False, directed=True)
            for a, b in arcs_directed(): g.addEdge(a, b)
            return g

        def weighted_graph():
            g = nk.Graph(len(ids), weighted=True, directed=False)
            for (a, b), w in edges_weighted(): g.addEdge(a, b, 1.0 / w)
            return g

        prepared = {}
        if "betweenness_directed" in tasks: prepared["directed"] = directed_graph()
        if "betweenness_weighted" in tasks: prepared["weighted"] = weighted_graph()
        measures["betweenness_directed"] = lambda: run_algorithm(nk.centrality.Betweenness(prepared["directed"], normalized=True))
        measures["betweenness_weighted"] = lambda: run_algorithm(nk.centrality.Betweenness(prepared["weighted"], normalized=True))
    else:
        measures = {
            "degree": lambda: graph.degree(),
            "betweenness": lambda: graph.betweenness(directed=False),
            "closeness": lambda: graph.closeness(),
            "harmonic": lambda: graph.harmonic_centrality(),
            "eigenvector": lambda: graph.eigenvector_centrality(),
            "pagerank": lambda: graph.pagerank(),
            "core": lambda: graph.coreness(),
            "clustering": lambda: graph.transitivity_local_undirected(),
            "constraint": lambda: graph.constraint(),
        }
        import igraph as ig
        prepared = {}
        if "betweenness_directed" in tasks:
            prepared["directed"] = ig.Graph(n=len(ids), edges=arcs_directed(), directed=True)
        if "betweenness_weighted" in tasks:
            edges = edges_weighted()
            prepared["weighted"] = ig.Graph(n=len(ids), edges=[pair for pair, _ in edges])
            prepared["lengths"] = [1.0 / w for _, w in edges]
        measures["betweenness_directed"] = lambda: prepared["directed"].betweenness(directed=True)
        measures["betweenness_weighted"] = lambda: prepared["weighted"].betweenness(directed=False, weights=prepared["lengths"])
    for task in tasks:
        if task == "load":
            continue
        if task == "centrality":
            total = load_time
            for name, function in measures.items():
                if name.startswith("betweenness_"): continue
                if name not in times and name not in failures:
                    timed(name, function)
                total += times.get(name, 0)
            if not any(name in failures for name in measures if not name.startswith("betweenness_")):
                times["centrality"] = total
        elif task in measures and task not in times and task not in failures:
            timed(task, measures[task])
    print(json.dumps({"library": library, "file": path, "times": times, "failures": failures,
                      "peak_mib": peak_mib()}))


def main(argv):
    if len(argv) >= 3 and argv[1] == "generate":
        for size in argv[3:]:
            print(generate(argv[2], int(size)))
    elif len(argv) >= 4 and argv[1] == "run":
        run(argv[2], argv[3], argv[4:])
    elif len(argv) == 2 and argv[1] == "versions":
        import networkx
        import igraph
        import networkit
        import yaml
        print(json.dumps({"networkx": networkx.__version__, "igraph": igraph.__version__,
                          "networkit": networkit.__version__,
                          "pyyaml": yaml.__version__, "python": sys.version.split()[0]}))
    else:
        print(__doc__, file=sys.stderr)
        return 64
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
