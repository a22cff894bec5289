#!/usr/bin/env python3
"""Checks `actormap export --format xlsx` against two other readers and one other writer.

Usage: check_xlsx_export.py [ACTORMAP] [NETWORK.yaml ...]
       (defaults: .build/debug/actormap and every networks/*.yaml)

For each network:
1. openpyxl (pip) opens the workbook; every sheet must hold the cells of the CSV export
   (`export --format csv`), text as text (the CSV's formula guard `'` taken off), numbers as
   numbers, booleans as booleans.
2. LibreOffice (`libreoffice --headless --convert-to csv`, every sheet) reads the workbook; each
   sheet's CSV must hold the same cells (numbers compared as numbers, booleans as TRUE/FALSE).
3. LibreOffice saves the workbook again as .xlsx (its own writer: shared strings, styles, booleans
   as TRUE() formulas); `actormap import xlsx` reads that back, and `gaps --format json` and
   `centrality --format json` must be byte-identical to the original network's.
Prints one line per network and exits 1 on the first difference. Needs python3 with openpyxl and
LibreOffice (apt-get install libreoffice-calc); not part of the Swift tests for that reason.
"""
import csv
import glob
import os
import re
import subprocess
import sys
import tempfile

import openpyxl

SHEETS = ["network", "services", "actors", "links", "offers", "pathways", "accepted"]
GUARDED = re.compile(r"^'+[=+\-@\t\r]")


def unguard(text):
    return text[1:] if GUARDED.match(text) else text


def run(arguments, **options):
    result = subprocess.run(arguments, capture_output=True, text=True, **options)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(arguments)} failed ({result.returncode}): {result.stderr}")
    return result.stdout


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return [row for row in csv.reader(handle)]


def same_cell(expected, got, boolean_words):
    """`expected` is the CSV export's text; `got` what the other reader shows."""
    if expected == got:
        return True
    if expected in ("true", "false"):
        return got in (boolean_words[expected], expected == "true")
    try:
        return abs(float(expected) - float(got)) <= 1e-9 * max(1.0, abs(float(expected)))
    except (TypeError, ValueError):
        return False


def compare(name, expected_rows, got_rows, boolean_words, problems):
    width = len(expected_rows[0])
    for row_index, expected in enumerate(expected_rows):
        got = got_rows[row_index] if row_index < len(got_rows) else []
        got = list(got) + [""] * (width - len(got))
        for column, text in enumerate(expected):
            value = got[column]
            shown = "" if value is None else value
            if isinstance(shown, bool):
                pass
            elif isinstance(shown, (int, float)):
                shown = repr(shown) if isinstance(shown, float) else str(shown)
            if not same_cell(unguard(text), shown, boolean_words):
                problems.append(f"{name} row {row_index + 1} column {column + 1}: {shown!r} != {unguard(text)!r}")
    extra = [row for row in got_rows[len(expected_rows):] if any(cell not in (None, "") for cell in row)]
    if extra:
        problems.append(f"{name}: {len(extra)} extra rows")


def check(actormap, network, folder):
    base = os.path.join(folder, os.path.splitext(os.path.basename(network))[0])
    book = base + ".xlsx"
    run([actormap, "export", network, "--format", "xlsx", "-o", book])
    run([actormap, "export", network, "--format", "csv", "-o", base + "-csv"])
    expected = {sheet: read_csv(os.path.join(base + "-csv", sheet + ".csv")) for sheet in SHEETS}
    problems = []

    workbook = openpyxl.load_workbook(book)
    if workbook.sheetnames != SHEETS:
        problems.append(f"openpyxl sheets: {workbook.sheetnames}")
    for sheet in SHEETS:
        rows = [list(row) for row in workbook[sheet].iter_rows(values_only=True)]
        compare(f"openpyxl {sheet}", expected[sheet], rows, {"true": True, "false": False}, problems)

    office = os.path.join(folder, "libreoffice")
    run(["libreoffice", "--headless", "--convert-to",
         "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
         "--outdir", office, book])
    stem = os.path.splitext(os.path.basename(book))[0]
    for sheet in SHEETS:
        rows = read_csv(os.path.join(office, f"{stem}-{sheet}.csv"))
        compare(f"LibreOffice {sheet}", expected[sheet], rows, {"true": "TRUE", "false": "FALSE"}, problems)

    resaved_folder = os.path.join(folder, "resaved")
    run(["libreoffice", "--headless", "--convert-to", "xlsx", "--outdir", resaved_folder, book])
    imported = base + "-from-libreoffice.yaml"
    run([actormap, "import", "xlsx", os.path.join(resaved_folder, stem + ".xlsx"), "-o", imported])
    for command in ["gaps", "centrality"]:
        before = run([actormap, command, network, "--format", "json"])
        after = run([actormap, command, imported, "--format", "json"])
        if before != after:
            problems.append(f"{command} --format json differs after LibreOffice re-saved the workbook")
    return problems, sum(len(rows) - 1 for rows in expected.values())


def main():
    arguments = sys.argv[1:]
    actormap = arguments.pop(0) if arguments and not arguments[0].endswith(".yaml") else ".build/debug/actormap"
    networks = arguments or sorted(glob.glob("networks/*.yaml"))
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        for network in networks:
            problems, rows = check(actormap, network, folder)
            if problems:
                failed = True
                print(f"{network}: {len(problems)} differences")
                print("\n".join("  " + problem for problem in problems[:20]))
            else:
                print(f"{network}: ok ({rows} rows in 7 sheets read alike by openpyxl and LibreOffice; "
                      "LibreOffice's re-saved workbook imports to the same gaps and centralities)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
