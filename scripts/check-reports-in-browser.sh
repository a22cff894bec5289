#!/usr/bin/env bash
# Opens every FOLDER/*/index.html (FOLDER: the first argument, output/ by default; CI gives it
# the reports it has just generated) in headless Chromium, the way a reader's browser would, and
# fails if the page shows a script error, if its script did not run (the diagram did not become
# zoomable, the tables did not become sortable), or if it refers to anything outside the file.
# Screenshots go to ${SCREENSHOTS:-/tmp/actormap-screenshots} for a person to look at.
set -euo pipefail
folder="$(realpath "${1:-output}")"
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

shots="${SCREENSHOTS:-/tmp/actormap-screenshots}"
mkdir -p "$shots"
failures=0
checked=0
for page in "$folder"/*/index.html; do
    name="$(basename "$(dirname "$page")")"
    url="file://$page"
    log="$(mktemp)"
    dom="$(timeout 120 "$browser" --headless=new --no-sandbox --disable-gpu --enable-logging=stderr --v=0 \
        --virtual-time-budget=3000 --dump-dom "$url" 2>"$log" || true)"
    problems=()
    if grep -q "Uncaught" "$log"; then problems+=("script error: $(grep -m1 "Uncaught" "$log")"); fi
    if ! grep -q 'class="diagram zoomable"' <<<"$dom"; then problems+=("the diagram did not become zoomable (script did not run)"); fi
    if ! grep -q 'tabindex="0"' <<<"$dom"; then problems+=("the tables did not become sortable (script did not run)"); fi
    if grep -qiE '<(script|img|iframe|link)[^>]+(src|href)="(https?:)?//' "$page"; then problems+=("refers to an outside resource"); fi
    if grep -qiE '@import|url\((https?:)?//' "$page"; then problems+=("style refers to an outside resource"); fi
    timeout 120 "$browser" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1600 \
        --screenshot="$shots/$name.png" "$url" >/dev/null 2>&1 || problems+=("no screenshot")
    rm -f "$log"
    checked=$((checked + 1))
    if [ ${#problems[@]} -eq 0 ]; then
        echo "ok: $page (screenshot $shots/$name.png)"
    else
        failures=$((failures + 1))
        for problem in "${problems[@]}"; do echo "FAIL: $page: $problem"; done
    fi
done
echo "browser check: $((checked - failures)) passed, $failures failed"
[ "$failures" -eq 0 ] && [ "$checked" -gt 0 ]
