#!/usr/bin/env bash
# Fuzzes the network loader (Sources/actormap-fuzz) with libFuzzer and AddressSanitizer for a fixed
# time, starting from the example networks and the malformed test corpus.
#
#     scripts/fuzz.sh [SECONDS]        default 60
#
# Exits 0 when nothing was found, 1 on a crash, a hang (an input taking longer than FUZZ_TIMEOUT
# seconds, default 1), running out of memory (more than FUZZ_RSS_MB, default 2048) or a broken
# invariant; the inputs that did it are printed and kept in .build-fuzz-san/fuzz-findings/. Replay
# one with `.build-fuzz-san/release/actormap-fuzz FILE` (it runs the input once and exits), then
# add it to Tests/NetworkModelTests/Fixtures/malformed/ as fuzz-NNN.yaml with its .expected.
# The inputs libFuzzer found interesting are kept in .build-fuzz-san/fuzz-corpus/ for the next run.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
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
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$corpus" "$findings" "$work/seeds"

# Seeds: every example network and every malformed fixture, read-only (libFuzzer adds to $corpus).
while IFS= read -r -d '' file; do
    cp "$file" "$work/seeds/$(echo "$file" | tr '/' '_')"
done < <(find networks Tests/NetworkModelTests/Fixtures/malformed -name '*.yaml' -print0)

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
"0x7fffffffffffffff"
"1e309"
".nan"
"true"
"null"
EOF

log="$work/fuzz.log"
echo "fuzz: running for $seconds s (timeout $timeout s per input, memory limit $rss_mb MB)" >&2
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
