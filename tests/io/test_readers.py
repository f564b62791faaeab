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
    expected = [[cell.strip() for cell in row] for row in rows if any(c.strip() for c in row)]
    assert [[str(c or "") for c in row] for row in table.rows] == expected


def test_fast_xlsx_reader_agrees_with_openpyxl(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from nfg_desktop.io.readers import read_xlsx_openpyxl
    from nfg_desktop.io.xlsx_reader import XlsxBook

    path = samples.partners_xlsx(tmp_path / "partner.xlsx")
    with XlsxBook(path) as book:  # the fast reader itself, no fallback
        assert book.sheet_names() == ["Partner", "Ehrenamt"]
        title, rows = book.rows("Ehrenamt")
        assert title == "Ehrenamt" and rows[1][2] == datetime(1961, 4, 12)
    for sheet in (None, "Ehrenamt"):
        fast, slow = read_table(path, sheet), read_xlsx_openpyxl(path, sheet)
        assert (fast.headers, fast.rows, fast.row_numbers) == (
            slow.headers,
            slow.rows,
            slow.row_numbers,
        )
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Text", "Zahl", "Datum", "Zeit", "Wahr", "Formel"])
    sheet.append(["ä\nß", 2.5, datetime(2025, 12, 31), datetime(2025, 1, 2, 13, 45), True, "=1+1"])
    sheet["C2"].number_format = "DD.MM.YYYY"
    sheet.cell(row=4, column=8, value="weit rechts")
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


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _sheet(body: str, namespace: str = _MAIN) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{namespace}" xmlns:x14ac="http://schemas.microsoft.com/office/'
        f'spreadsheetml/2009/9/ac"><dimension ref="A1"/><sheetData>{body}'
        '</sheetData><pageMargins left="0.7"/></worksheet>'
    ).encode()


def _scanned(data: bytes) -> list[list[object]] | None:
    from nfg_desktop.io.xlsx_reader import _EPOCH_1900, _scan_sheet

    return _scan_sheet(data, ["null", "eins & zwei"], [False, True], _EPOCH_1900)


def _both(data: bytes) -> tuple[list[list[object]] | None, list[list[object]]]:
    """(the scan's rows or None, the XML parser's rows) of one sheet."""
    from nfg_desktop.io.xlsx_reader import _EPOCH_1900, _scan_sheet, parse_sheet

    strings, dates = ["null", "eins & zwei"], [False, True]
    parsed = parse_sheet(io.BytesIO(data), strings, dates, _EPOCH_1900)
    return _scan_sheet(data, strings, dates, _EPOCH_1900), parsed


@pytest.mark.parametrize(
    "body",
    [
        '<row r="1"><c r="A1" t="inlineStr"><is><t>a &amp; b &lt;c&gt; &quot;&apos; &#228;&#x1F600;'
        '</t></is></c><c r="C1" t="inlineStr"><is><t xml:space="preserve"> x\ny\t</t></is></c>'
        '<c r="D1" t="inlineStr"><is><t/></is></c><c r="E1" t="inlineStr"/></row>',
        '<row r="2" spans="1:5" x14ac:dyDescent="0.25"><c t="n" r="B2" s="0"><v>1.5</v></c>'
        '<c><v>3</v></c><c r="AA2" s="1"><v>45657.5</v></c><c r="AB2" s="1"><v>45657</v></c>'
        '<c r="AC2" t="s"><v>1</v></c><c r="AD2" t="b"><v>0</v></c><c r="AE2" t="e"><v>#N/A</v>'
        '</c><c r="AF2" t="str"><f>"a"&amp;"b"</f><v>a&amp;b</v></c><c r="AG2"><f t="shared" '
        'si="0"/><v>2</v></c><c r="AH2" s="3"/><c r="AI2"><v/></c><c r="AJ2"><v>1E3</v></c></row>',
        '\n  <row r="5">\n    <c r="B5" t="inlineStr">\n      <is>\n        <t>eingerückt</t>\n'
        '      </is>\n    </c>\n  </row>\n  <row r="7"/>\n  <row><c><v>-2</v></c></row>\n',
        "",
    ],
)
def test_the_sheet_scan_reads_what_the_xml_parser_reads(body: str) -> None:
    scanned, parsed = _both(_sheet(body))
    assert scanned is not None
    assert scanned == parsed
    assert [[type(cell) for cell in row] for row in scanned] == [
        [type(cell) for cell in row] for row in parsed
    ]


@pytest.mark.parametrize(
    "body",
    [
        '<row r="1"><c r="A1" t="inlineStr"><is><r><t>fett</t></r><r><t>normal</t></r></is></c>'
        "</row>",
        '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t><rPh sb="0" eb="1"><t>b</t></rPh></is>'
        "</c></row>",
        '<row r="1"><!-- Notiz --><c r="A1"><v>1</v></c></row>',
        '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<b>]]></t></is></c></row>',
        '<row r="1"><c r="A1" t="inlineStr"><is><t>a\r\nb</t></is></c></row>',
        '<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>',
        '<row r="1"><c r="A1"><v>1</v></c><extLst/></row>',
        '<row r="1"><c r="A1"><v>1</v></c>',
        '<row r="1" y:dyDescent="0.25"><c r="A1"><v>1</v></c></row>',
        '<row r="1" r="2"><c r="A1"><v>1</v></c></row>',
        '<row r="1"><c r="A1" s="1" s="2"><v>1</v></c></row>',
        '<row r="1"><c r="A1"><v>1</v></c></row></sheetData><sheetData>',
        '<row r="1"><c r="A1"><v>1</v></c></row></sheetData><kaputt></sheetData>',
    ],
)
def test_the_sheet_scan_leaves_other_shapes_to_the_xml_parser(body: str) -> None:
    assert _scanned(_sheet(body)) is None


def test_the_sheet_scan_leaves_other_namespaces_and_prefixes_to_the_xml_parser() -> None:
    plain = '<row r="1"><c r="A1"><v>1</v></c></row>'
    assert _both(_sheet(plain)) == ([[1]], [[1]])
    assert _scanned(_sheet(plain, "urn:anders")) is None
    prefixed = _sheet(plain).replace(b"<worksheet xmlns=", b"<x:worksheet xmlns:x=")
    assert _scanned(prefixed.replace(b"</worksheet>", b"</x:worksheet>")) is None


def test_workbooks_written_by_openpyxl_are_scanned_like_parsed(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from nfg_desktop.io.xlsx_reader import XlsxBook

    rows = [
        ["Name", "Zahl", "Datum", "Wahr", "Formel", None, "Text"],
        ["Müller & Söhne <GmbH>", 1067, datetime(2025, 12, 31), True, "=1+1", None, " a\nb "],
        [None, 2.5, datetime(2025, 1, 2, 13, 45), False, None, None, "x" * 300],
        ["🙂", -7, None, None, None, None, "'quoted\""],
    ]
    for write_only in (False, True):
        workbook = Workbook(write_only=write_only)
        sheet = workbook.create_sheet("Blatt") if write_only else workbook.active
        for row in rows:
            sheet.append(row)
        path = tmp_path / f"mappe{write_only}.xlsx"
        workbook.save(path)
        with XlsxBook(path) as book:
            target = book.sheets[0][1]
            data = book.archive.read(target)
            strings, dates = book._shared_strings(), book._date_styles()
        from nfg_desktop.io.xlsx_reader import _EPOCH_1900, _scan_sheet, parse_sheet

        scanned = _scan_sheet(data, strings, dates, _EPOCH_1900)
        assert scanned is not None
        assert scanned == parse_sheet(io.BytesIO(data), strings, dates, _EPOCH_1900)
