#!/usr/bin/env bash
# The committed output/ is what the code writes today: regenerate it into a temporary folder with
# the built actormap and compare byte for byte, then open the fresh reports in a browser. A
# difference fails with the list of files and the command that brings output/ up to date.
#
# ACTORMAP_BIN=PATH checks that build instead of the debug one (whose output is the release one's:
# generate-outputs.sh makes no measure whose digits depend on the optimiser).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${ACTORMAP_BIN:-}" ]; then
    swift build --product actormap >/dev/null
    ACTORMAP_BIN="$(swift build --show-bin-path)/actormap"
fi
fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
ACTORMAP_BIN="$ACTORMAP_BIN" ACTORMAP_OUTPUT="$fresh/output" bash scripts/generate-outputs.sh >/dev/null
if ! differences="$(diff -rq output "$fresh/output")"; then
    echo "FAIL: output/ is not what actormap writes today:"
    sed -e "s|$fresh/||g" <<<"$differences"
    echo "Run scripts/generate-outputs.sh, check the diff (git diff output/) and commit it."
    exit 1
fi
echo "output/ is current ($(find output -type f | wc -l) files)"
bash scripts/check-reports-in-browser.sh "$fresh/output"
