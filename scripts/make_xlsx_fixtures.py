#!/usr/bin/env python3
"""Writes the .xlsx fixtures of Tests/InteropTests/Fixtures/xlsx/ with openpyxl (pip), a writer
other than actormap's own: shared strings, real dates with a date format, numbers, booleans, a
formula, an error value, a misnamed sheet. Run it again only to change a fixture; the Swift tests
read the committed files and need no Python."""
import datetime
import os

import openpyxl

FOLDER = os.path.join(os.path.dirname(__file__), "..", "Tests", "InteropTests", "Fixtures", "xlsx")


def save(workbook, name):
    # A fixed creation time, so the fixture's bytes do not change from run to run.
    workbook.properties.created = datetime.datetime(2026, 1, 1)
    workbook.properties.modified = datetime.datetime(2026, 1, 1)
    workbook.save(os.path.join(FOLDER, name))


def good():
    book = openpyxl.Workbook()
    actors = book.active
    actors.title = "Akteure"
    actors.append(["Kennung", "Name", "Art", "Sprachen", "Einfluss", "Koordinator", "verified"])
    actors.append(["abh", "Ausländerbehörde", "authority", "de;en", 7, False, datetime.date(2025, 3, 31)])
    actors.append(["ellines", "Ελληνική Κοινότητα", "association", "el|de", 2.5, None, None])
    actors.append(["dlz", "Dienstleistungszentrum", "office", "de", None, True, datetime.datetime(2024, 12, 1, 9, 30)])
    actors["G2"].number_format = "DD.MM.YYYY"
    actors["G4"].number_format = "yyyy-mm-dd hh:mm"
    links = book.create_sheet("Verbindungen")
    links.append(["Von", "Nach", "Typ", "Gewicht"])
    links.append(["dlz", "abh", "refers", 2])
    links.append(["ellines", "dlz", "cooperates", 0.5])
    offers = book.create_sheet("offers")
    offers.append(["Akteur", "Dienst", "service_name", "capacity"])
    offers.append(["dlz", "counselling", "Beratung", 120])
    notes = book.create_sheet("Notizen")
    notes.append(["not read", "=1+1"])
    save(book, "openpyxl-book.xlsx")


def formula():
    book = openpyxl.Workbook()
    actors = book.active
    actors.title = "actors"
    actors.append(["id", "name", "kind"])
    actors.append(["a", "A", "office"])
    actors.append(["b", "=A3&\"x\"", "office"])
    actors.append(["c", "#DIV/0!", "office"])
    save(book, "formula.xlsx")


def missing_sheet():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tabelle1"
    sheet.append(["id", "name", "kind"])
    sheet.append(["a", "A", "office"])
    save(book, "missing-sheet.xlsx")


def outside_header():
    book = openpyxl.Workbook()
    actors = book.active
    actors.title = "actors"
    actors.append(["id", "name", "kind"])
    actors.append(["a", "A", "office", None, "de"])
    save(book, "outside-header.xlsx")


def resaved_by_libreoffice():
    """The good book as LibreOffice saves it: shared strings, its own styles, booleans as TRUE()."""
    import shutil
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["libreoffice", "--headless", "--convert-to", "xlsx", "--outdir", folder,
                        os.path.join(FOLDER, "openpyxl-book.xlsx")], check=True, capture_output=True)
        shutil.copy(os.path.join(folder, "openpyxl-book.xlsx"), os.path.join(FOLDER, "libreoffice-book.xlsx"))


if __name__ == "__main__":
    os.makedirs(FOLDER, exist_ok=True)
    good()
    formula()
    missing_sheet()
    outside_header()
    resaved_by_libreoffice()
