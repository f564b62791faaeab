"""Hostile files as an attacker (or a broken program) makes them, written in a few lines each.

The tests write small ones; ``benchmarks/hostile_imports.py`` writes the full-size ones and
measures the memory a child process needs to read them.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from nfg_desktop.io import xlsx_writer

SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b"<sheetData>"
)
SHEET_TAIL = b"</sheetData></worksheet>"
HEADER_ROW = (
    b'<row><c t="inlineStr"><is><t>Name</t></is></c><c t="inlineStr"><is><t>Ort</t></is></c></row>'
)
DATA_ROW = (
    b'<row><c t="inlineStr"><is><t>Verein</t></is></c><c t="inlineStr"><is><t>Ulm</t></is></c>'
    b"</row>"
)


def workbook(path: Path, sheet_parts: Iterable[bytes], *, sheet_head: bytes = SHEET_HEAD) -> Path:
    """A one-sheet workbook whose sheet XML is ``sheet_head`` and the given parts, streamed into
    the zip (so that gigabytes of sheet never sit in memory here either)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", xlsx_writer.CONTENT_TYPES)
        archive.writestr("_rels/.rels", xlsx_writer.ROOT_RELS)
        archive.writestr("docProps/core.xml", xlsx_writer.core_xml(datetime.now(UTC)))
        archive.writestr("xl/workbook.xml", xlsx_writer.workbook_xml("Tabelle1", ["Name"], 1))
        archive.writestr("xl/_rels/workbook.xml.rels", xlsx_writer.WORKBOOK_RELS)
        archive.writestr("xl/styles.xml", xlsx_writer.STYLES)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(sheet_head)
            for part in sheet_parts:
                sheet.write(part)
            sheet.write(SHEET_TAIL)
    return path


def _repeated(chunk: bytes, count: int, batch: int = 10_000) -> Iterable[bytes]:
    while count > 0:
        step = min(batch, count)
        yield chunk * step
        count -= step


def many_rows_xlsx(path: Path, rows: int) -> Path:
    """``rows`` rows "Verein; Ulm" without cell references: 3 million fit in a few hundred KB."""
    return workbook(path, [HEADER_ROW, *_repeated(DATA_ROW, rows)])


def compact_rows_xlsx(path: Path, rows: int) -> Path:
    """``rows`` rows of one number each, 26 bytes a row: 3 million unpack to 80 MB."""
    return workbook(path, [HEADER_ROW, *_repeated(b"<row><c><v>1</v></c></row>", rows)])


def whitespace_bomb_xlsx(path: Path, unpacked: int) -> Path:
    """A sheet padded with ``unpacked`` bytes of blanks: 2 GiB deflate to about 2 MB."""
    return workbook(path, [HEADER_ROW, *_repeated(b" " * 1024, unpacked // 1024, 1024), DATA_ROW])


def far_cells_xlsx(path: Path, column: str = "XFD", row: int = 1_048_576) -> Path:
    """Two cells, in A1 and in the last cell Excel has: a reader that fills the rectangle in
    between with empty cells needs 17 billion of them."""
    far = f'<row r="{row}"><c r="{column}{row}" t="inlineStr"><is><t>x</t></is></c></row>'
    first = b'<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>'
    return workbook(path, [first, far.encode()])


def dtd_xlsx(path: Path) -> Path:
    """A sheet with a document type definition and entities (Excel never writes one; an XML
    parser that expands them is open to "billion laughs" and to reading local files)."""
    head = SHEET_HEAD.replace(
        b"<worksheet",
        b'<!DOCTYPE worksheet [<!ENTITY a "haha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b"<worksheet",
        1,
    )
    return workbook(
        path, [HEADER_ROW, b'<row><c t="inlineStr"><is><t>&b;</t></is></c></row>'], sheet_head=head
    )
