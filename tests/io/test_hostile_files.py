"""Hostile and broken import files (issue 15, items 11-13): refused with a German reason, or read
right; never wrong data, never gigabytes of memory."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.io import limits
from nfg_desktop.io.readers import read_csv_bytes, read_table, sheet_names
from tests.io import hostile, samples

# --- item 11: size and memory -------------------------------------------------------------------


def test_a_workbook_with_more_rows_than_a_list_has_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 3 million rows fit in 464 KB; the same file in small, against a small cap
    monkeypatch.setattr(limits, "MAX_ROWS", 500)
    assert len(read_table(hostile.many_rows_xlsx(tmp_path / "genau.xlsx", 500))) == 500
    with pytest.raises(DomainError, match="mehr als 500 Zeilen"):
        read_table(hostile.many_rows_xlsx(tmp_path / "zu-lang.xlsx", 501))


def test_a_csv_with_more_rows_or_cells_than_a_list_has_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(limits, "MAX_ROWS", 500)
    with pytest.raises(DomainError, match="mehr als 500 Zeilen"):
        read_csv_bytes(b"Name;Ort\r\n" + b"Verein;Ulm\r\n" * 501)
    monkeypatch.setattr(limits, "MAX_CELLS", 900)
    with pytest.raises(DomainError, match="mehr als 900 gefüllte Zellen"):
        read_csv_bytes(b"Name;Ort\r\n" + b"Verein;Ulm\r\n" * 450)


def test_a_sheet_of_millions_of_short_rows_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_ROWS", 500)
    path = hostile.compact_rows_xlsx(tmp_path / "lang.xlsx", 1001)
    assert limits.scan_workbook(path).rows == 1002
    with pytest.raises(DomainError, match="mehr als 500 Zeilen"):
        read_table(path)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_UNPACKED", 1 << 20)
    path = hostile.whitespace_bomb_xlsx(tmp_path / "bombe.xlsx", 2 << 20)
    assert path.stat().st_size < 20_000
    with pytest.raises(DomainError, match="entpackt größer als 1 MB.*ZIP-Bombe"):
        read_table(path)
    with pytest.raises(DomainError, match="ZIP-Bombe"):
        sheet_names(path)  # the window asks for the sheets first


def test_a_large_csv_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 1000)
    path = tmp_path / "gross.csv"
    path.write_bytes(b"Name;Ort\r\n" + b"Verein;Ulm\r\n" * 100)
    with pytest.raises(DomainError, match="höchstens 0 MB|MB groß"):
        read_table(path)


def test_cells_far_apart_are_read_row_by_row(tmp_path: Path) -> None:
    # A1 and ZZ2000: a reader that keeps the rectangle between them needs 1.4 million cells
    path = hostile.far_cells_xlsx(tmp_path / "weit.xlsx", "ZZ", 2000)
    assert limits.scan_workbook(path).dense is False
    table = read_table(path)
    assert table.headers == ["Name"]
    assert table.rows == []  # ZZ is beyond the 200 columns that are read
    near = hostile.far_cells_xlsx(tmp_path / "nah.xlsx", "B", 2000)
    assert limits.scan_workbook(near).dense is True
    assert read_table(near).rows == [[None, "x"]]
    with pytest.raises(DomainError, match="beschädigt.*außerhalb"):
        read_table(hostile.far_cells_xlsx(tmp_path / "kaputt.xlsx", "A", 2_000_000))


MEASURE = """
import resource, sys
from nfg_desktop.domain.errors import DomainError
from nfg_desktop.io.readers import read_table
try:
    read_table(sys.argv[1])
except DomainError:
    pass
# VmHWM is this program's own peak; ru_maxrss keeps the parent's size across fork and exec
# (a test run's pytest process is several hundred MB by then).
try:
    with open("/proc/self/status") as status:
        print([line.split()[1] for line in status if line.startswith("VmHWM:")][0])
except OSError:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


@pytest.mark.parametrize(
    "make",
    [
        # A1 and XFD1000: 16 million cells in between, 0.8 GB for a reader that fills them in
        lambda folder: hostile.far_cells_xlsx(folder / "weit.xlsx", "XFD", 1000),
        # 3 million rows in 190 KB (3 GB read at once; openpyxl alone needs a minute to size it)
        lambda folder: hostile.compact_rows_xlsx(folder / "lang.xlsx", 3_000_000),
    ],
    ids=["far-cells", "3-million-rows"],
)
def test_reading_a_hostile_workbook_stays_under_500_mb(tmp_path: Path, make: Any) -> None:
    path = make(tmp_path)
    child = subprocess.run(
        [sys.executable, "-c", MEASURE, str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert child.returncode == 0, child.stderr[-2000:]
    peak_mb = int(child.stdout.split()[-1]) / 1024
    assert peak_mb < 500


# --- item 12: wrong data -----------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read_as_utf16(codec: str) -> None:
    text = "Vorname;Nachname;Ort\r\nŁukasz;Wójcik;Ulm\r\nŞükrü;Yıldırım;Köln\r\n"
    table = read_csv_bytes(text.encode(codec))
    assert table.rows == [["Łukasz", "Wójcik", "Ulm"], ["Şükrü", "Yıldırım", "Köln"]]
    assert f"UTF-16 {codec[-2:].upper()} ohne BOM" in table.source


@pytest.mark.parametrize(
    "content",
    [
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00" * 50,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 50,
        bytes(range(1, 32)) * 40,  # control characters, no NUL
    ],
)
def test_binary_files_named_csv_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(content)
    with pytest.raises(DomainError, match="„liste.csv“ ist keine Textdatei"):
        read_table(path)


def test_a_list_without_its_header_row_is_refused() -> None:
    # a partner export whose header row was deleted: the first partner became the headers
    data = (
        "Seniorentreff Ulm;Verein;89073;Ulm;0731 123456;info@treff.example\r\n"
        "Kita Sonne;Kindertageseinrichtung;89075;Ulm;0731 654321;kita@sonne.example\r\n"
    ).encode("cp1252")
    with pytest.raises(DomainError, match="Zeile 1 enthält keine Überschriften.*„89073“"):
        read_csv_bytes(data)
    # no address at all: the values of the first row come again below them
    data = b"Seniorentreff;Verein;Ulm\r\nTSV;Verein;Ulm\r\nKita;Kita;Ulm\r\n"
    with pytest.raises(DomainError, match="„Verein“, „Ulm“"):
        read_csv_bytes(data)


def test_header_rows_with_dates_years_and_a_pk_column_are_read() -> None:
    data = b"PK;Name;2025;01.03.2025;2024/25\r\n1;Treff;ja;x;\r\n2;Kita;nein;;1\r\n"
    table = read_csv_bytes(data)
    assert table.headers == ["PK", "Name", "2025", "01.03.2025", "2024/25"]
    assert len(table) == 2
    # a printout repeats its header row on every page: that is no first row of data
    table = read_csv_bytes(b"Name;Ort\r\nTreff;Ulm\r\nName;Ort\r\nKita;Ulm\r\n")
    assert table.headers == ["Name", "Ort"]


def test_an_unterminated_quote_is_refused() -> None:
    data = b'Name;Ort\r\n"Verein A;Ulm\r\nVerein B;Ulm\r\nVerein C;Ulm\r\n'
    with pytest.raises(DomainError, match="Anführungszeichen ab Zeile 2 .* nicht geschlossen"):
        read_csv_bytes(data)


def test_a_quote_that_swallows_rows_is_refused() -> None:
    # the quote is closed three rows later: the rows between would become one name
    data = b'Name;Ort;PLZ\r\n"Verein A;Ulm;89073\r\nVerein B;Ulm;89073\r\nVerein C";Ulm;1\r\n'
    with pytest.raises(DomainError, match="Ab Zeile 2 .* Trennzeichen ganzer Zeilen"):
        read_csv_bytes(data)


def test_line_breaks_and_lenient_quotes_in_real_lists_are_still_read() -> None:
    data = (
        b'Name;Ort;Notizen\r\n"Verein A" ;Ulm;"Mo; Di\r\nab 10 Uhr"\r\n'
        b'Verein "Sonne";Ulm;\r\nVerein C;Ulm;x\r\n'
    )
    table = read_csv_bytes(data)
    assert table.rows == [
        ["Verein A", "Ulm", "Mo; Di\r\nab 10 Uhr"],
        ['Verein "Sonne"', "Ulm", ""],
        ["Verein C", "Ulm", "x"],
    ]


# --- item 13: the reason in German -------------------------------------------------------------


def test_a_workbook_with_a_dtd_is_refused(tmp_path: Path) -> None:
    path = hostile.dtd_xlsx(tmp_path / "dtd.xlsx")
    with pytest.raises(DomainError, match="Dokumenttyp-Definition"):
        read_table(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04 not really a zip", "keine lesbare Excel-Datei"),
        (b"PK\x05\x06" + b"\0" * 18, "keine Textdatei"),  # an empty zip archive
    ],
)
def test_a_file_beginning_with_pk_named_csv(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(content)
    with pytest.raises(DomainError, match=message):
        read_table(path)


def test_a_zip_archive_that_is_no_workbook(tmp_path: Path) -> None:
    path = tmp_path / "fotos.csv"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("bild.txt", "kein Excel")
    with pytest.raises(DomainError, match="ZIP-Archiv, aber keine Excel-Arbeitsmappe"):
        read_table(path)


def test_an_opendocument_spreadsheet_is_named_as_such(tmp_path: Path) -> None:
    for name in ("liste.xlsx", "liste.csv"):
        path = tmp_path / name
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
            archive.writestr("content.xml", "<office:document-content/>")
        with pytest.raises(DomainError, match="OpenDocument-Tabelle"):
            read_table(path)


def test_utf16_without_bom_named_xlsx_is_read_as_csv(tmp_path: Path) -> None:
    path = tmp_path / "liste.xlsx"
    path.write_bytes("Name;Ort\r\nŁódź e.V.;Ulm\r\n".encode("utf-16-le"))
    assert read_table(path).rows == [["Łódź e.V.", "Ulm"]]


def test_a_damaged_workbook_named_csv_has_a_german_reason(tmp_path: Path) -> None:
    path = samples.partners_xlsx(tmp_path / "liste.xlsx")
    damaged = tmp_path / "liste.csv"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("xl/worksheets/"):
                data = data[: len(data) // 2]  # cut in the middle of the sheet
            target.writestr(item, data)
    with pytest.raises(DomainError, match="liste.csv"):
        read_table(damaged)
