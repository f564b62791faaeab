"""Real sample files as coordinators bring them: written byte for byte by the tests."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

PARTNER_ROWS_CP1252 = (
    "Name;Art;Straße;PLZ;Ort;Telefon;E-Mail;Ansprechpartner;Partner seit;Bemerkung;;\r\n"
    "Caritasverband Süd;Wohlfahrtsverband;Hauptstraße 5;72070;Tübingen;"
    "(07071) 12 34-5;info@caritas-sued.example;Frau Jördis Weiß;31.12.2025;"
    '"zwei Zeilen\r\nzweite Zeile";;\r\n'
    ";Verein;Ringstr. 1;72070;Tübingen;;;;;;;\r\n"  # no name
    "TSV Musterhausen;Verein;;72070;Tübingen;;tsv@@example;;01.01.2024;;;\r\n"  # bad e-mail
    "Kita Sonnenschein;Kindertageseinrichtung;;1067;Dresden;;;;31.02.2025;;;\r\n"  # bad date
    "caritasverband  süd;;;;TÜBINGEN;;;Hans Groß;;;;\r\n"  # duplicate of row 2
    "Stadtbücherei;Kommunalverwaltung;;;Tübingen;;info@caritas-sued.example;;;;;\r\n"  # e-mail dup
    ";;;;;;;;;;;\r\n"
    ";;;;;;;;;;;\r\n"
)


def partners_cp1252_csv(path: Path) -> Path:
    path.write_bytes(PARTNER_ROWS_CP1252.encode("cp1252"))
    return path


def volunteers_utf8_bom_csv(path: Path) -> Path:
    text = (
        "First name,Last name,Year of birth,Street,Zip,City,Phone,Email,Languages,Notes\r\n"
        'Şükrü,Yıldırım,1956,Am Bach 3,1067,Dresden,0351 123456,sy@example.org,"Türkisch, '
        'Deutsch","kann donnerstags\nund freitags"\r\n'
        "Łukasz,Wróbel,2030,,,,,,,\r\n"  # birth year in the future
        "Nguyễn Thị,Lan,1990,,,,,lan@example.org,,\r\n"
        "Şükrü,Yıldırım,1956,,,,,,,\r\n"  # duplicate of row 2 (name + year)
        ",,,,,,,,,\r\n"
    )
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return path


def partners_tab_txt(path: Path) -> Path:
    text = "Organisation\tOrt\tMail\nVerein A\tUlm\ta@example.de\nVerein B\tUlm\tb@example.de\n"
    path.write_bytes(text.encode("utf-8"))
    return path


def partners_xlsx(path: Path) -> Path:
    """A title row merged over the headers, date cells, numeric postal codes and phones,
    empty rows in between and at the end, a second sheet."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Partner"
    sheet["A1"] = "Partnerliste Netzwerk Musterhausen 2025"
    sheet.merge_cells("A1:G1")
    sheet.append([])
    sheet.append(["Einrichtung", "Art", "PLZ", "Ort", "Tel.", "Kooperationsvereinbarung", "Mail"])
    sheet.append(
        [
            "Mehrgenerationenhaus Dresden",
            "Mehrgenerationenhaus/Familienzentrum",
            1067,
            "Dresden",
            3514567,
            datetime(2024, 3, 1),
            "mgh@example.de",
        ]
    )
    sheet.append([])
    sheet.append(
        [
            "Seniorenzentrum Abendrot",
            "Senioreneinrichtung",
            79847,
            "Musterhausen",
            None,
            "15.06.2023",
            None,
        ]
    )
    sheet.append([None, "Verein", 79847, "Musterhausen", None, None, None])  # no name
    sheet.append(["Bürgerverein", "Verein", 79847, "Musterhausen", None, "31.02.2024", "x@"])
    sheet.append(["Mehrgenerationenhaus Dresden", None, "01067", "Dresden", None, None, None])
    sheet.append([None] * 7)
    sheet.cell(row=12, column=9, value=None)
    other = workbook.create_sheet("Ehrenamt")
    other.append(["Vorname", "Name", "Geburtsdatum", "E-Mail"])
    other.append(["Anna", "Schmidt", datetime(1961, 4, 12), "anna@example.de"])
    workbook.save(path)
    return path
