#!/usr/bin/env bash
# Drives the report's explorer (find, filter, focus, what if, pathways) in headless Chromium, with
# the mouse and then by keyboard only, on freshly generated reports: Halle, East Belgium in German
# (three pathways), Novo mesto in Slovenian (no pathway: the route control is absent), and a
# generated 300-actor network. Fails on any script error, any control Tab cannot
# reach, or any step whose marks on the diagram do not match the data the page carries; and if the
# 300-actor report's explorer data is more than twice the size of its diagram (the README's bound).
# The driver is scripts/report_explorer_driver.py (Python standard library only: the DevTools
# protocol over --remote-debugging-pipe). Screenshots of every step go to
# ${EXPLORER_SHOTS:-/tmp/explorer-shots}. Usage: check-report-explorer.sh [INDEX.html...] (the
# generated reports are always checked).
set -euo pipefail
cd "$(dirname "$0")/.."

browser=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
done
if [ -z "$browser" ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
    browser=chromium
fi

swift build --product actormap >/dev/null
actormap="$(swift build --show-bin-path)/actormap"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$actormap" report networks/halle.yaml -o "$work/halle" 2>/dev/null
"$actormap" report networks/east-belgium.yaml -o "$work/east-belgium-de" --lang de 2>/dev/null
"$actormap" report networks/shelter-novo-mesto.yaml -o "$work/novo-mesto-sl" --lang sl 2>/dev/null
python3 scripts/benchmark_reference.py generate "$work" 300 >/dev/null
"$actormap" report "$work/bench-300.yaml" -o "$work/generated-300" 2>/dev/null

# The bound the README states: at 300 actors the data block adds at most twice the diagram's size.
python3 - "$work/generated-300/index.html" <<'PYTHON'
import re
import sys

page = open(sys.argv[1], encoding="utf-8").read()
data = re.search(r'<script type="application/json" id="explorer-data">(.*?)</script>', page, re.S)
diagram = re.search(r'<div class="diagram">\n(.*?)\n</div>\n', page, re.S)
if not data or not diagram:
    sys.exit("FAIL: the 300-actor report has no explorer data or no diagram")
ratio = len(data.group(1).encode()) / len(diagram.group(1).encode())
print(f"explorer data at 300 actors: {len(data.group(1).encode())} bytes, "
      f"{ratio:.2f} x the diagram's {len(diagram.group(1).encode())} bytes")
if ratio > 2:
    sys.exit("FAIL: the explorer data is more than twice the diagram's size")
PYTHON

python3 scripts/report_explorer_driver.py "$browser" "${EXPLORER_SHOTS:-/tmp/explorer-shots}" \
    "$@" "$work/halle/index.html" "$work/east-belgium-de/index.html" "$work/novo-mesto-sl/index.html" \
    "$work/generated-300/index.html"
