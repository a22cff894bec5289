#!/usr/bin/env bash
# Times actormap against networkx and python-igraph on the same seeded synthetic networks, in one
# run, and writes the table to docs/benchmarks.md. Not part of the tests: numbers depend on the
# machine and on what else runs on it (the load average is recorded with them).
#
#   scripts/benchmark.sh [SIZE...]        default sizes: 300 3000 10000 100000
#
# Environment: BENCH_DIR (generated files, default /tmp/actormap-bench), BENCH_OUT (default
# docs/benchmarks.md), BENCH_SCRATCH (SwiftPM scratch path, default .build-bench).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(300 3000 10000 100000)
DIR=${BENCH_DIR:-/tmp/actormap-bench}
OUT=${BENCH_OUT:-docs/benchmarks.md}
SCRATCH=${BENCH_SCRATCH:-.build-bench}
mkdir -p "$DIR"

python3 -c "import networkx" 2>/dev/null || pip install networkx
python3 -c "import igraph" 2>/dev/null || pip install igraph
python3 -c "import yaml" 2>/dev/null || pip install pyyaml
[ -x /usr/bin/time ] || { apt-get update && apt-get install -y time; }

swift build -c release --scratch-path "$SCRATCH" --product actormap >&2
swift build -c release --scratch-path "$SCRATCH" --product actormap-bench >&2
BIN="$SCRATCH/release"

echo "generating ${SIZES[*]} in $DIR" >&2
python3 scripts/benchmark_reference.py generate "$DIR" "${SIZES[@]}" >&2

RESULTS="$DIR/results.jsonl"
: > "$RESULTS"
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)

# `timed NAME SIZE COMMAND...`: wall time and peak RSS of a whole process, from GNU time.
timed() {
    local name=$1 size=$2; shift 2
    local log="$DIR/time-$name-$size.log"
    if /usr/bin/time -v "$@" > /dev/null 2> "$log"; then
        local wall rss
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$log")
        rss=$(awk -F': ' '/Maximum resident set size/ {print $2/1024}' "$log")
        echo "{\"kind\": \"process\", \"name\": \"$name\", \"size\": $size, \"wall\": $wall, \"peak_mib\": $rss}" >> "$RESULTS"
    else
        echo "{\"kind\": \"process\", \"name\": \"$name\", \"size\": $size, \"failed\": true}" >> "$RESULTS"
    fi
}

has_command() { "$BIN/actormap" help "$1" > /dev/null 2>&1; }

for size in "${SIZES[@]}"; do
    file="$DIR/bench-$size.yaml"
    echo "== $size actors" >&2
    skip=""
    [ "$size" -ge 100000 ] && skip="--skip-all-pairs"
    # shellcheck disable=SC2086
    echo "{\"kind\": \"actormap-phases\", \"size\": $size, \"result\": $("$BIN/actormap-bench" "$file" --repeat 3 $skip)}" >> "$RESULTS"
    timed validate "$size" "$BIN/actormap" validate "$file"
    [ "$size" -lt 100000 ] && timed centrality "$size" "$BIN/actormap" centrality "$file" --format csv
    if has_command gaps; then timed gaps "$size" "$BIN/actormap" gaps "$file" --format json; fi
    if has_command render && [ "$size" -le 3000 ]; then
        timed render "$size" timeout "${BENCH_RENDER_TIMEOUT:-60}" "$BIN/actormap" render "$file" \
            -o "$DIR/bench-$size.svg" --layout sfdp --cluster-by none
    fi
    for library in igraph networkx; do
        tasks="load pagerank"
        if [ "$library" = igraph ] && [ "$size" -le 10000 ]; then tasks="$tasks betweenness closeness centrality"; fi
        if [ "$library" = networkx ] && [ "$size" -le 3000 ]; then tasks="$tasks betweenness closeness centrality"; fi
        # shellcheck disable=SC2086
        echo "{\"kind\": \"reference\", \"size\": $size, \"result\": $(python3 scripts/benchmark_reference.py run $library "$file" $tasks)}" >> "$RESULTS"
    done
done

LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)
VERSIONS=$(python3 scripts/benchmark_reference.py versions)
python3 - "$RESULTS" "$OUT" "$LOAD_BEFORE" "$LOAD_AFTER" "$VERSIONS" "$(swift --version 2>&1 | head -1)" <<'PYTHON'
import json, os, platform, sys, datetime
results_path, out, load_before, load_after, versions, swift = sys.argv[1:7]
versions = json.loads(versions)
rows = [json.loads(line) for line in open(results_path)]
sizes = sorted({r["size"] for r in rows})
phases = {r["size"]: r["result"] for r in rows if r["kind"] == "actormap-phases"}
process = {(r["name"], r["size"]): r for r in rows if r["kind"] == "process"}
reference = {(r["result"]["library"], r["size"]): r["result"] for r in rows if r["kind"] == "reference"}

def seconds(value):
    if value is None: return "–"
    return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"

def ratio(ref, ours):
    if ref is None or not ours: return "–"
    return f"{ref / ours:.1f}×"

# networkx betweenness/closeness are O(n·m): estimate skipped sizes from the largest measured one.
def estimate(library, task, size):
    measured = [(s, reference[(library, s)]["times"].get(task)) for s in sizes if (library, s) in reference]
    measured = [(s, t) for s, t in measured if t]
    if not measured: return None
    s0, t0 = measured[-1]
    return t0 * (size / s0) ** 2

def ref_cell(library, task, size, ours):
    result = reference.get((library, size))
    value = result["times"].get(task) if result else None
    if value is None:
        guess = estimate(library, task, size) if task in ("betweenness", "closeness", "centrality") else None
        return f"skipped (est. {guess:.0f} s)" if guess else "skipped"
    return f"{seconds(value)} ({ratio(value, ours)})"

cpu = "unknown"
for line in open("/proc/cpuinfo"):
    if line.startswith("model name"):
        cpu = line.split(":", 1)[1].strip(); break
mem = "unknown"
for line in open("/proc/meminfo"):
    if line.startswith("MemTotal"):
        mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"; break

lines = ["# Benchmarks", "",
         "Produced by `scripts/benchmark.sh` (release build); every figure of a table comes from the same run.",
         "Cells for a reference library read `time (ratio)`, the ratio being reference time / actormap time:",
         "above 1× actormap is faster. actormap times are the fastest of 3 in-process runs",
         "(`actormap-bench`, default worker count = one per core); reference times are one run each",
         "(`scripts/benchmark_reference.py`: networkx and igraph on a graph read with PyYAML's C loader).",
         "", "## Machine", "",
         f"- date: {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}",
         f"- processors (`nproc`): {os.cpu_count()}, CPU: {cpu}, memory: {mem}",
         f"- {swift}; Python {versions['python']}, networkx {versions['networkx']}, python-igraph {versions['igraph']}, PyYAML {versions['pyyaml']}",
         f"- load average (1 min) before / after the run: {load_before} / {load_after}"
         + ("" if float(load_before) < 1 and float(load_after) < 1.5 else
            " — **the machine was busy** (other builds), so absolute times are inflated and parallel speed-up is understated"),
         "", "## Networks", "",
         "networkx `powerlaw_cluster_graph(n, 3, 0.1, seed)` written in flow-style YAML with kinds, sectors,",
         "languages, districts, offers, services and pathways (`scripts/benchmark_reference.py generate`).", "",
         "| actors | links | file size |", "|---:|---:|---:|"]
for size in sizes:
    p = phases.get(size, {})
    path = p.get("file", "")
    mb = os.path.getsize(path) / 1e6 if path and os.path.exists(path) else 0
    lines.append(f"| {p.get('actors', size):,} | {p.get('links', 0):,} | {mb:.1f} MB |")

tasks = [("load", "load + validate"), ("betweenness", "betweenness (exact)"), ("closeness", "closeness"),
         ("pagerank", "PageRank"), ("centrality", "whole `centrality` (load included)")]
lines += ["", "## Times", "", "| actors | task | actormap | CPU/wall | igraph | networkx |", "|---:|---|---:|---:|---:|---:|"]
for size in sizes:
    p = phases.get(size, {}).get("phases", {})
    for task, label in tasks:
        if task == "centrality":
            ours = process.get(("centrality", size), {}).get("wall")
            cpu_share = "–"
        else:
            entry = p.get(task)
            ours = entry["wall"] if entry else None
            cpu_share = f"{entry['cpu'] / entry['wall']:.2f}" if entry and entry["wall"] > 0 else "–"
        if ours is None:
            lines.append(f"| {size:,} | {label} | skipped | – | – | – |"); continue
        # igraph has no effective size: its `centrality` lacks one measure of ours.
        lines.append(f"| {size:,} | {label} | {seconds(ours)} | {cpu_share} | "
                     f"{ref_cell('igraph', task, size, ours)} | {ref_cell('networkx', task, size, ours)} |")
    entry = p.get("betweenness_1_worker")
    if entry:
        lines.append(f"| {size:,} | betweenness, 1 worker | {seconds(entry['wall'])} | {entry['cpu'] / entry['wall']:.2f} | | |")
    entry = p.get("gaps")
    if entry:
        lines.append(f"| {size:,} | gaps (in-process) | {seconds(entry['wall'])} | – | – | – |")
    for name, label in (("gaps", "`actormap gaps` (process)"), ("render", "`actormap render --layout sfdp` (process)")):
        entry = process.get((name, size))
        if entry and entry.get("failed"):
            lines.append(f"| {size:,} | {label} | failed or over the time limit | – | – | – |")
        elif entry:
            lines.append(f"| {size:,} | {label} | {seconds(entry['wall'])} | – | – | – |")

lines += ["", "## Peak memory (maximum resident set size)", "",
          "| actors | actormap-bench (load, graph, measures, gaps) | `actormap validate` | `actormap centrality` | `actormap gaps` | igraph | networkx |",
          "|---:|---:|---:|---:|---:|---:|---:|"]
def mib(value): return f"{value:.0f} MiB" if value else "–"
for size in sizes:
    lines.append(f"| {size:,} | {mib(phases.get(size, {}).get('peak_mib'))} | "
                 f"{mib(process.get(('validate', size), {}).get('peak_mib'))} | "
                 f"{mib(process.get(('centrality', size), {}).get('peak_mib'))} | "
                 f"{mib(process.get(('gaps', size), {}).get('peak_mib'))} | "
                 f"{mib(reference.get(('igraph', size), {}).get('peak_mib'))} | "
                 f"{mib(reference.get(('networkx', size), {}).get('peak_mib'))} |")

text = "\n".join(lines) + "\n"
marker = "<!-- end of generated part -->"
if os.path.exists(out):
    old = open(out, encoding="utf-8").read()
    if marker in old:
        text += marker + old.split(marker, 1)[1]
    else:
        text += marker + "\n"
else:
    text += marker + "\n"
os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
open(out, "w", encoding="utf-8").write(text)
print(text)
PYTHON
