#!/usr/bin/env bash
# Fuzzes a reader (Sources/actormap-fuzz) with libFuzzer and AddressSanitizer for a fixed time.
#
#     scripts/fuzz.sh [SECONDS] [MODE]        default 60 network
#
# MODE is what the inputs are fed to: `network` (the loader, seeded with the example networks and
# the malformed test corpus), `csv` (`import csv`: actors, links and offers sheets in one input,
# separated by a line of five '='), `hsds-mapping` (the mapping file of `import hsds`) or `hsds`
# (`import hsds`: the mapping file, then HSDS's CSV files, separated alike), each seeded from the
# test fixtures; `all` runs each mode for SECONDS in turn.
#
# Exits 0 when nothing was found, 1 on a crash, a hang (an input taking longer than FUZZ_TIMEOUT
# seconds, default 1), running out of memory (more than FUZZ_RSS_MB, default 2048) or a broken
# invariant; the inputs that did it are printed and kept in .build-fuzz-san/fuzz-findings/. Replay
# one with `ACTORMAP_FUZZ_MODE=MODE .build-fuzz-san/release/actormap-fuzz FILE` (it runs the input
# once and exits), then add a loader finding to Tests/NetworkModelTests/Fixtures/malformed/ as
# fuzz-NNN.yaml with its .expected, and an import finding to the interop tests.
# The inputs libFuzzer found interesting are kept in .build-fuzz-san/fuzz-corpus[-MODE]/ for the next run.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
mode="${2:-network}"
if [[ "$mode" == all ]]; then
    status=0
    for each in network csv hsds-mapping hsds; do
        "$0" "$seconds" "$each" || status=1
    done
    exit $status
fi
case "$mode" in
    network|csv|hsds-mapping|hsds) ;;
    *) echo "fuzz: MODE must be network, csv, hsds-mapping, hsds or all, not '$mode'" >&2; exit 64 ;;
esac
export ACTORMAP_FUZZ_MODE="$mode"
timeout="${FUZZ_TIMEOUT:-1}"
rss_mb="${FUZZ_RSS_MB:-2048}"
scratch=.build-fuzz-san
flags=(-c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -D -Xswiftc ACTORMAP_LIBFUZZER
       -Xcc -fsanitize=fuzzer-no-link,address)

echo "fuzz: building actormap-fuzz with libFuzzer and AddressSanitizer" >&2
swift build --scratch-path "$scratch" "${flags[@]}" --product actormap-fuzz 2>&1 \
    | grep -v "Cannot export local symbol '__asan" >&2 || true
binary="$(swift build --scratch-path "$scratch" "${flags[@]}" --show-bin-path)/actormap-fuzz"
if [[ ! -x "$binary" ]]; then
    echo "fuzz: the build failed" >&2
    exit 2
fi

corpus="$scratch/fuzz-corpus"
findings="$scratch/fuzz-findings"
if [[ "$mode" != network ]]; then
    corpus="$scratch/fuzz-corpus-$mode"
    findings="$scratch/fuzz-findings-$mode"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$corpus" "$findings" "$work/seeds"

# Seeds, read-only (libFuzzer adds to $corpus).
separator=$'\n=====\n'
hsds=Tests/InteropTests/Fixtures/hsds
case "$mode" in
network)
    # Every example network and every malformed fixture.
    while IFS= read -r -d '' file; do
        cp "$file" "$work/seeds/$(echo "$file" | tr '/' '_')"
    done < <(find networks Tests/NetworkModelTests/Fixtures/malformed -name '*.yaml' -print0)
    ;;
csv)
    printf '%s' "id,name,kind,languages,districts,tags${separator}from,to,type,weight,since${separator}actor,service,languages,capacity" \
        > "$work/seeds/header-only"
    printf '%s' $'Id,Label,Type,Description\nvhs,"Volks""hoch"schule",service-provider,"two\nlines"\nmso,Verein;ar,migrant-organisation,\n'"${separator}"$'From,To,Type,Weight\nvhs,mso,Cooperates,2.5\nmso,vhs,refers,1e3\n'"${separator}"$'actor,service,service_name,languages,capacity\nvhs,kurs,Sprachkurs,de;ar,200\n' \
        > "$work/seeds/kumu"
    printf '%s' $'\xef\xbb\xbfid;name;kind\r\na;Ärztin;office\r\nb;=HYPERLINK("x");other\r\n'"${separator}"$'from;to;type\r\na;b;funds\r\n' \
        > "$work/seeds/semicolons"
    ;;
hsds-mapping)
    cp "$hsds/mapping.yaml" "$work/seeds/mapping.yaml"
    ;;
hsds)
    {
        cat "$hsds/mapping.yaml"
        for name in organizations services languages service_areas locations service_at_location; do
            printf '%s' "$separator"
            cat "$hsds/$name.csv"
        done
    } > "$work/seeds/fixture"
    ;;
esac

# Tokens worth inserting whole: YAML's indicators, and the keys and values of FORMAT.md.
cat > "$work/yaml.dict" <<'EOF'
"["
"]"
"{"
"}"
"&a "
"*a"
"- "
": "
"? "
"\""
"'"
"\x09"
"\x0a  "
"\x0a- "
"|\x0a"
">-\x0a"
"!!str "
"!!binary "
"%YAML 1.2\x0a"
"---\x0a"
"...\x0a"
"<<: "
"# "
"\\u0000"
"\xef\xbb\xbf"
"network: "
"include: "
"actors:\x0a"
"links:\x0a"
"services:\x0a"
"pathways:\x0a"
"offers:\x0a"
"languages: "
"districts: "
"id: "
"name: "
"kind: "
"sector: "
"from: "
"to: "
"type: "
"since: "
"until: "
"as_of: "
"stages: "
"influence: "
"capacity: "
"2024-02-30"
"\x0a=====\x0a"
","
";"
"\x0d\x0a"
"\"\""
"organization_id"
"service_id"
"match: "
"kinds:"
"0x7fffffffffffffff"
"1e309"
".nan"
"true"
"null"
EOF

log="$work/fuzz.log"
echo "fuzz: running the $mode reader for $seconds s (timeout $timeout s per input, memory limit $rss_mb MB)" >&2
set +e
"$binary" "$corpus" "$work/seeds" \
    -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb="$rss_mb" -malloc_limit_mb="$rss_mb" \
    -dict="$work/yaml.dict" -artifact_prefix="$findings/" -print_final_stats=1 -close_fd_mask=1 \
    >"$log" 2>&1
status=$?
set -e

runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
echo "fuzz: ${runs:-?} inputs tried, $(find "$corpus" -type f | wc -l) in the corpus" >&2
if [[ $status -ne 0 ]]; then
    grep -E '^(==[0-9]+==ERROR|SUMMARY|ALARM|invariant broken|Fatal error|artifact_prefix|Test unit written)' "$log" >&2 || true
    echo "fuzz: FOUND a problem (libFuzzer exit status $status); the full log follows" >&2
    tail -60 "$log" >&2
    exit 1
fi
echo "fuzz: no crash, hang or out-of-memory found" >&2
