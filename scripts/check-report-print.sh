#!/usr/bin/env bash
# Prints every output/*/index.html and output/*/<lang>/index.html (a German legend is wider), and the report of a generated 300-actor network, to PDF the way
# a reader's browser does (headless Chromium, --print-to-pdf, A4 from the report's own @page
# rules), then reads every word's box back with `pdftotext -bbox` (poppler-utils) and fails if
#   - a page is not A4 (portrait or landscape),
#   - a word reaches past the page's right edge (a table or diagram cut off on paper), or
#   - a word is set smaller than 6 pt.
# The pages also go to PNG (pdftoppm, 60 dpi) in ${PRINTS:-/tmp/actormap-prints}/<report>/ for a
# person to look at. Usage: check-report-print.sh [INDEX.html...] (default: every report in output/, each language).
#
# Font size from the box: pdftotext's word box is as tall as the font's ascent plus descent, the
# same for every word of a font whatever its letters. Measured with Chromium on this project's
# fonts: DejaVu Sans (the page's text) 1.1638 × the size, Liberation Sans (Graphviz's "Helvetica"
# in the inline SVG) 1.1162 × the size. A box lower than 6 pt × 1.1162 = 6.70 pt, less 0.04 pt
# for the rounding of boxes to hundredths and of SVG sizes to two decimals (so 6.66 pt), is a
# word below 6 pt in the smaller-ratio font. The cost of one threshold for both fonts: DejaVu text
# between 5.73 and 6 pt would pass; the report sets no text in that range.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
install() {
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}
browser=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
done
if [ -z "$browser" ]; then install chromium; browser=chromium; fi
command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || install poppler-utils

prints="${PRINTS:-/tmp/actormap-prints}"
rm -rf "$prints"
mkdir -p "$prints"

# The generated network: seeded, so every run prints the same report.
swift build --product actormap >/dev/null
actormap="$(swift build --show-bin-path)/actormap"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 scripts/benchmark_reference.py generate "$work" 300 >/dev/null
"$actormap" report "$work/bench-300.yaml" -o "$work/generated-300" 2>/dev/null

# Reports named on the command line instead of output/*/index.html (the generated one is always added).
pages=()
if [ "$#" -gt 0 ]; then pages=("$@"); else for page in output/*/index.html output/*/*/index.html; do pages+=("$page"); done; fi
pages+=("$work/generated-300/index.html")

failures=0
checked=0
for page in "${pages[@]}"; do
    name="$(basename "$(dirname "$page")")"
    # Two reports from folders of the same name keep their prints apart.
    [ ! -e "$prints/$name.pdf" ] || name="$name-$checked"
    pdf="$prints/$name.pdf"
    timeout 180 "$browser" --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer \
        --virtual-time-budget=3000 --print-to-pdf="$pdf" "file://$(realpath "$page")" >/dev/null 2>&1 || true
    checked=$((checked + 1))
    if [ ! -s "$pdf" ]; then
        echo "FAIL: $page: Chromium wrote no PDF"
        failures=$((failures + 1))
        continue
    fi
    pdftotext -bbox "$pdf" "$prints/$name.bbox.html"
    mkdir -p "$prints/$name"
    pdftoppm -r 60 -png "$pdf" "$prints/$name/page"
    if python3 - "$prints/$name.bbox.html" "$page" <<'PYTHON'
import re
import sys

path, report = sys.argv[1], sys.argv[2]
# ISO A4 in points, either way up; Chromium writes 594.96 x 841.92.
A4 = (595.28, 841.89)
SMALLEST_BOX = 6.66  # see the comment at the top of the script
problems = []
pages = 0
page_width = page_height = 0.0
for line in open(path, encoding="utf-8"):
    page = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', line)
    if page:
        pages += 1
        page_width, page_height = float(page.group(1)), float(page.group(2))
        size = sorted((page_width, page_height))
        if abs(size[0] - A4[0]) > 1 or abs(size[1] - A4[1]) > 1:
            problems.append(f"page {pages} is {page_width:.0f} x {page_height:.0f} pt, not A4")
        continue
    word = re.search(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*)</word>', line)
    if not word:
        continue
    x_min, y_min, x_max, y_max = (float(word.group(i)) for i in range(1, 5))
    text = word.group(5)
    if x_max > page_width + 0.5 or x_min < -0.5:
        problems.append(f"page {pages}: '{text}' reaches past the page's edge (x {x_min:.1f} to {x_max:.1f} of {page_width:.1f} pt)")
    if y_max - y_min < SMALLEST_BOX:
        problems.append(f"page {pages}: '{text}' is set at about {(y_max - y_min) / 1.1162:.1f} pt, below 6 pt")
if pages == 0:
    problems.append("no pages")
for problem in problems[:15]:
    print(f"FAIL: {report}: {problem}")
if len(problems) > 15:
    print(f"FAIL: {report}: ... and {len(problems) - 15} more")
if not problems:
    print(f"ok: {report}: {pages} A4 pages, every word inside the page and at 6 pt or more")
sys.exit(1 if problems else 0)
PYTHON
    then
        echo "    pages as PNG: $prints/$name/"
    else
        failures=$((failures + 1))
    fi
done
echo "print check: $((checked - failures)) passed, $failures failed (PDFs and PNG pages in $prints)"
[ "$failures" -eq 0 ] && [ "$checked" -gt 0 ]
