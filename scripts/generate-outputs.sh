#!/usr/bin/env bash
# The README's main job: build actormap and write output/<network>/ for every network in
# networks/, and output/<network>/<lang>/ in the language the network's readers read (Halle,
# Imst, East Belgium: German; Luxembourg: French; Novo mesto: Slovenian). The outputs are
# committed, so a change in behaviour shows as a diff.
#
# ACTORMAP_OUTPUT=DIR writes there instead of output/ (to try a change without touching the
# committed files); ACTORMAP_BIN=PATH uses that actormap instead of building a release one.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${ACTORMAP_OUTPUT:-output}"
if [ -n "${ACTORMAP_BIN:-}" ]; then
    bin="$ACTORMAP_BIN"
else
    bash scripts/install-dependencies.sh
    swift build -c release --product actormap
    bin="$(swift build -c release --show-bin-path)/actormap"
fi

# The language a case's readers read, by file name; none for a network of no known place.
readers_language() {
    case "$1" in
        halle | imst-leader | east-belgium) echo de ;;
        luxembourg-pakt) echo fr ;;
        shelter-novo-mesto) echo sl ;;
        *) echo "" ;;
    esac
}

for file in networks/*.yaml; do
    name="$(basename "$file" .yaml)"
    dir="$out/$name"
    mkdir -p "$dir"
    "$bin" validate "$file"
    "$bin" report "$file" -o "$dir"
    "$bin" summary "$file" > "$dir/summary.txt"
    "$bin" gaps "$file" --matrix > "$dir/gaps.txt"
    # Who would be missed: every actor's loss, ranked by what it costs the people served.
    "$bin" scenario "$file" --remove-each > "$dir/scenario.txt"
    # What would close the gaps: the suggestions, each checked by running the gap analysis again.
    "$bin" suggest "$file" > "$dir/suggest.txt"
    lang="$(readers_language "$name")"
    if [ -n "$lang" ]; then
        mkdir -p "$dir/$lang"
        "$bin" report "$file" -o "$dir/$lang" --lang "$lang"
        "$bin" summary "$file" --lang "$lang" > "$dir/$lang/summary.txt"
        "$bin" gaps "$file" --matrix --lang "$lang" > "$dir/$lang/gaps.txt"
        "$bin" scenario "$file" --remove-each --lang "$lang" > "$dir/$lang/scenario.txt"
        "$bin" suggest "$file" --lang "$lang" > "$dir/$lang/suggest.txt"
    fi
done
# A newcomer's route on the model case: Arabic speakers in Neustadt, through interpreting.
"$bin" route networks/halle.yaml --language ar --district Neustadt > "$out/halle/route-ar-neustadt.txt"
"$bin" route networks/halle.yaml --language ar --district Neustadt --lang de > "$out/halle/de/route-ar-neustadt.txt"
echo "wrote $out/ for $(ls networks/*.yaml | wc -l) networks"
