"""Reading real files: encodings, delimiters, quoted line breaks, Excel cells, broken input."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.io.formulas import restore
from nfg_desktop.io.readers import read_csv_bytes, read_table, sheet_names
from tests.io import samples


def test_cp1252_semicolon_csv_with_line_breaks_and_trailing_empties(tmp_path: Path) -> None:
    table = read_table(samples.partners_cp1252_csv(tmp_path / "partner.csv"))
    assert table.source == "CSV, Semikolon, Windows-1252"
    assert table.headers[:3] == ["Name", "Art", "Straße"]
    assert table.headers[-1] == "Bemerkung"  # the two empty trailing columns are dropped
    assert table.row_numbers == [2, 3, 4, 5, 6, 7]  # the empty rows at the end are gone
    first = table.rows[0]
    assert first[0] == "Caritasverband Süd"
    assert first[7] == "Frau Jördis Weiß"
    assert first[9] == "zwei Zeilen\r\nzweite Zeile"


def test_utf8_bom_comma_csv(tmp_path: Path) -> None:
    table = read_table(samples.volunteers_utf8_bom_csv(tmp_path / "ehrenamt.csv"))
    assert table.source == "CSV, Komma, UTF-8 mit BOM"
    assert table.headers[0] == "First name"  # no BOM left in the first header
    assert table.rows[0][:2] == ["Şükrü", "Yıldırım"]
    assert table.rows[0][8] == "Türkisch, Deutsch"
    assert table.rows[0][9] == "kann donnerstags\nund freitags"
    assert len(table) == 4


def test_tab_separated_utf8_without_bom(tmp_path: Path) -> None:
    table = read_table(samples.partners_tab_txt(tmp_path / "liste.txt"))
    assert table.source == "CSV, Tabulator, UTF-8"
    assert table.headers == ["Organisation", "Ort", "Mail"]
    assert table.rows[1] == ["Verein B", "Ulm", "b@example.de"]


def test_comma_inside_quotes_does_not_fool_the_semicolon_detection() -> None:
    data = 'Name;Ort\r\n"Müller, Meier & Co";Ulm\r\n"A, B, C";Ulm\r\n'.encode("cp1252")
    table = read_csv_bytes(data)
    assert table.headers == ["Name", "Ort"]
    assert table.rows[0] == ["Müller, Meier & Co", "Ulm"]


def test_xlsx_title_row_date_cells_numbers_and_empty_rows(tmp_path: Path) -> None:
    path = samples.partners_xlsx(tmp_path / "partner.xlsx")
    assert sheet_names(path) == ["Partner", "Ehrenamt"]
    table = read_table(path)
    assert table.sheet == "Partner"
    assert table.headers == [
        "Einrichtung",
        "Art",
        "PLZ",
        "Ort",
        "Tel.",
        "Kooperationsvereinbarung",
        "Mail",
    ]
    assert table.row_numbers == [4, 6, 7, 8, 9]
    assert table.rows[0][2] == 1067
    assert table.rows[0][5] == datetime(2024, 3, 1)


def test_xlsx_chosen_sheet_and_unknown_sheet(tmp_path: Path) -> None:
    path = samples.partners_xlsx(tmp_path / "partner.xlsx")
    table = read_table(path, sheet="Ehrenamt")
    assert table.headers == ["Vorname", "Name", "Geburtsdatum", "E-Mail"]
    with pytest.raises(DomainError, match="„Partner“, „Ehrenamt“"):
        read_table(path, sheet="Tabelle9")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("alt.xls", b"\xd0\xcf\x11\xe0", "xls wird nicht unterstützt"),
        ("kaputt.xlsx", b"PK\x03\x04 not really a zip", "keine lesbare Excel-Datei"),
        ("leer.csv", b"", "leer"),
        ("nur-leer.csv", b";;;\r\n;;\r\n", "leer"),
        ("bild.png", b"\x89PNG", r"Excel-Datei \(\.xlsx\) oder eine CSV-Datei"),
    ],
)
def test_unreadable_files_are_reported_in_german(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DomainError, match=message):
        read_table(path)


def test_a_csv_saved_as_xlsx_is_read_as_csv(tmp_path: Path) -> None:
    # Some programs write CSV text under an .xlsx name; it was refused as a damaged workbook.
    path = tmp_path / "liste.xlsx"
    path.write_bytes("Name;Ort\r\nVerein Ä;Ulm\r\n".encode("cp1252"))
    assert sheet_names(path) == []
    table = read_table(path)
    assert table.headers == ["Name", "Ort"]
    assert table.rows == [["Verein Ä", "Ulm"]]
    assert "ist aber eine CSV-Datei" in table.source
    with pytest.raises(DomainError, match="keine Tabellenblätter"):
        read_table(path, "Tabelle1")
    empty = tmp_path / "leer.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(DomainError, match="keine lesbare Excel-Datei"):
        read_table(empty)


def test_a_workbook_saved_as_csv_is_read_as_a_workbook(tmp_path: Path) -> None:
    # An .xlsx renamed to .csv was read as text: columns of random characters.
    path = samples.partners_xlsx(tmp_path / "liste.xlsx").rename(tmp_path / "liste.csv")
    assert sheet_names(path) == ["Partner", "Ehrenamt"]
    table = read_table(path)
    assert table.headers[:2] == ["Einrichtung", "Art"]
    assert "ist aber eine Excel-Arbeitsmappe" in table.source
    assert read_table(path, "Ehrenamt").headers[0] == "Vorname"


def test_a_folder_or_an_unreadable_drive_is_a_german_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "alt.csv"
    folder.mkdir()
    with pytest.raises(DomainError, match="ist ein Ordner"):
        read_table(folder)

    def gone(*_args: object) -> bytes:
        raise OSError(5, "Input/output error")

    path = tmp_path / "netz.csv"
    path.write_bytes(b"Name\r\nA\r\n")
    monkeypatch.setattr(Path, "read_bytes", gone)
    with pytest.raises(DomainError, match="kann nicht gelesen werden"):
        read_table(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="gibt es nicht"):
        read_table(tmp_path / "fehlt.csv")


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash_the_csv_reader(data: bytes) -> None:
    try:
        table = read_csv_bytes(data)
    except DomainError as error:
        assert error.message
    else:
        assert all(len(row) == len(table.headers) for row in table.rows)


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=600))
def test_arbitrary_bytes_never_crash_the_xlsx_reader(tmp_path_factory, data: bytes) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("x") / "kaputt.xlsx"
    path.write_bytes(b"PK\x03\x04" + data)
    with pytest.raises(DomainError):
        read_table(path)


cell_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp", "Zs")), max_size=12
)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.lists(cell_text, min_size=3, max_size=3),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from([";", ",", "\t"]),
    st.sampled_from(["utf-8-sig", "utf-8"]),
)
def test_arbitrary_tables_come_back_as_written(
    rows: list[list[str]], delimiter: str, encoding: str
) -> None:
    headers = ["Name", "Ort", "E-Mail"]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    table = read_csv_bytes(buffer.getvalue().encode(encoding))
    assert table.headers == headers
    # an apostrophe before a formula is the one an export puts there: the reader takes it away
    expected = [
        [restore(cell.strip()) for cell in row] for row in rows if any(c.strip() for c in row)
    ]
    assert [[str(c or "") for c in row] for row in table.rows] == expected


def test_calamine_reads_what_openpyxl_reads(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from nfg_desktop.io.readers import read_xlsx_openpyxl

    path = samples.partners_xlsx(tmp_path / "partner.xlsx")
    for sheet in (None, "Ehrenamt"):
        fast, slow = read_table(path, sheet), read_xlsx_openpyxl(path, sheet)
        assert (fast.headers, fast.rows, fast.row_numbers, fast.sheet_names) == (
            slow.headers,
            slow.rows,
            slow.row_numbers,
            slow.sheet_names,
        )
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Text", "Zahl", "Datum", "Zeit", "Wahr", "Formel", "PLZ"])
    sheet.append(
        ["ä\nß", 2.5, datetime(2025, 12, 31), datetime(2025, 1, 2, 13, 45), True, "=1+1", 1067]
    )
    sheet["C2"].number_format = "DD.MM.YYYY"
    sheet.cell(row=4, column=9, value="weit rechts")
    other = tmp_path / "typen.xlsx"
    workbook.save(other)
    fast, slow = read_table(other), read_xlsx_openpyxl(other)
    assert fast.rows == slow.rows
    assert fast.rows[0][:5] == [
        "ä\nß",
        2.5,
        datetime(2025, 12, 31),
        datetime(2025, 1, 2, 13, 45),
        True,
    ]
    assert fast.rows[0][6] == 1067 and type(fast.rows[0][6]) is int


def test_leading_empty_rows_keep_the_row_numbers_excel_shows(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet["B3"] = "Name"
    sheet["C3"] = "Ort"
    sheet["B5"] = "Seniorentreff"
    sheet["C5"] = "Ulm"
    path = tmp_path / "versetzt.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.headers[1:] == ["Name", "Ort"]
    assert table.rows == [[None, "Seniorentreff", "Ulm"]]
    assert table.row_numbers == [5]


def test_a_workbook_calamine_cannot_read_goes_to_openpyxl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nfg_desktop.io import readers

    def refuse(path: Path) -> None:
        raise RuntimeError("kaputt")

    path = samples.partners_xlsx(tmp_path / "partner.xlsx")
    expected = readers.read_xlsx_openpyxl(path, "Ehrenamt")
    monkeypatch.setattr(readers, "_calamine_book", refuse)
    assert readers.sheet_names(path) == ["Partner", "Ehrenamt"]
    table = read_table(path, "Ehrenamt")
    assert (table.headers, table.rows) == (expected.headers, expected.rows)


def test_os_errors_have_a_german_reason() -> None:
    import errno

    from nfg_desktop.domain.errors import os_error_text

    assert os_error_text(PermissionError(errno.EACCES, "Permission denied")).startswith(
        "keine Berechtigung"
    )
    assert os_error_text(OSError(errno.ENOSPC, "No space left on device")) == (
        "der Datenträger ist voll"
    )
    assert os_error_text(OSError(9999, "Something odd")) == "Something odd"
