#!/usr/bin/env bash
# The README's main job: build actormap and write output/<network>/ for every network in
# networks/. The outputs are committed, so a change in behaviour shows as a diff.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-dependencies.sh
swift build -c release --product actormap
bin="$(swift build -c release --show-bin-path)/actormap"

for file in networks/*.yaml; do
    name="$(basename "$file" .yaml)"
    dir="output/$name"
    mkdir -p "$dir"
    "$bin" validate "$file"
    "$bin" report "$file" -o "$dir"
    "$bin" summary "$file" > "$dir/summary.txt"
    "$bin" gaps "$file" --matrix > "$dir/gaps.txt"
done
echo "wrote output/ for $(ls networks/*.yaml | wc -l) networks"
