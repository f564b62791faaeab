"""Reading tables from ``.xlsx`` and ``.csv`` files as German Excel and other programs write them.

A reader never crashes on a strange file: it returns a ``Table`` or raises ``DomainError`` with a
German message saying what is wrong with the file. A workbook is looked into before it is opened
and a file beyond the size of a network's list is refused (``limits``): no file makes the
program take gigabytes. The content decides how a file is read, not its name. CSV text is read in
``csv_reader``, the table built in ``tables``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from python_calamine import CalamineSheet, CalamineWorkbook

from nfg_desktop.domain.errors import DomainError, os_error_text
from nfg_desktop.gcpolicy import collector_paused
from nfg_desktop.io import limits
from nfg_desktop.io.cells import Cell
from nfg_desktop.io.csv_reader import (
    TEXT_SNIFF_BYTES,
    read_csv_bytes,
    read_csv_file,
    utf16_without_bom,
)
from nfg_desktop.io.tables import MAX_COLUMNS, Table, build_table

__all__ = ["Table", "build_table", "read_csv_bytes", "read_table", "read_xlsx", "sheet_names"]

log = logging.getLogger(__name__)


@collector_paused()
def read_table(path: Path, sheet: str | None = None) -> Table:
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        kind = _content_kind(path)
        if kind == WORKBOOK:
            if suffix in TEXT_SUFFIXES:
                return _read_misnamed_workbook(path, sheet)
            return read_xlsx(path, sheet)
        if kind == TEXT:
            if suffix in WORKBOOK_SUFFIXES:
                return _read_misnamed_csv(path, sheet)
            if sheet:
                raise DomainError("Eine CSV-Datei hat keine Tabellenblätter (--sheet).")
            return read_csv_file(path)
    except FileNotFoundError:
        raise DomainError(f"Die Datei „{path}“ gibt es nicht.") from None
    except PermissionError:
        raise DomainError(
            f"Die Datei „{path.name}“ kann nicht gelesen werden (keine Berechtigung oder in "
            "einem anderen Programm geöffnet)."
        ) from None
    except IsADirectoryError:
        raise DomainError(f"„{path}“ ist ein Ordner, keine Datei.") from None
    except OSError as error:  # e.g. a network drive that went away
        raise DomainError(
            f"Die Datei „{path.name}“ kann nicht gelesen werden ({os_error_text(error)})."
        ) from None
    except MemoryError:  # a last resort: the limits should refuse such files before
        raise DomainError(
            f"„{path.name}“ ist zu groß, um gelesen zu werden; es wurde nichts eingelesen."
        ) from None
    if suffix == ".xls":
        raise DomainError(
            "Das alte Excel-Format .xls wird nicht unterstützt. Bitte speichern Sie die Datei in "
            "Excel als „Excel-Arbeitsmappe (.xlsx)“ oder als „CSV (Trennzeichen-getrennt)“."
        )
    raise DomainError(
        f"„{path.name}“: Bitte eine Excel-Datei (.xlsx) oder eine CSV-Datei (.csv) wählen."
    )


# --- xlsx ------------------------------------------------------------------------------------

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
WORKBOOK, TEXT = "workbook", "text"


def _content_kind(path: Path) -> str | None:
    """How a file of a table is read: by its name, unless its content says it was saved or
    renamed under the other kind's name; None for files of neither kind."""
    suffix = path.suffix.lower()
    if suffix in WORKBOOK_SUFFIXES:
        return TEXT if _is_text_file(path) else WORKBOOK
    if suffix in TEXT_SUFFIXES:
        return WORKBOOK if _is_workbook(path) else TEXT
    return None


def _is_text_file(path: Path) -> bool:
    """A CSV saved under an .xlsx name (a real workbook is a zip file, an old .xls an OLE file)."""
    with path.open("rb") as file:
        head = file.read(TEXT_SNIFF_BYTES)
    if not head or head.startswith((b"PK", b"\xd0\xcf\x11\xe0")):
        return False
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    return b"\0" not in head or utf16_without_bom(head) is not None


def _is_workbook(path: Path) -> bool:
    """An Excel workbook (a zip file) saved or renamed to a .csv or .txt name."""
    with path.open("rb") as file:
        return file.read(4) == b"PK\x03\x04"


def _read_misnamed_workbook(path: Path, sheet: str | None) -> Table:
    table = read_xlsx(path, sheet)
    table.source = (
        f"{table.source} (die Datei heißt {path.suffix.lower()}, ist aber eine Excel-Arbeitsmappe)"
    )
    return table


def _read_misnamed_csv(path: Path, sheet: str | None) -> Table:
    if sheet:
        raise DomainError(
            f"„{path.name}“ ist keine Excel-Arbeitsmappe, sondern eine Textdatei (CSV) und hat "
            "keine Tabellenblätter."
        )
    table = read_csv_file(path)
    table.source = f"{table.source} (die Datei heißt .xlsx, ist aber eine CSV-Datei)"
    return table


def _scan(path: Path) -> limits.WorkbookScan:
    """The look into a workbook before a reader opens it (``limits.scan_workbook``)."""
    scan = limits.scan_workbook(path)
    if scan.is_zip and not scan.has_workbook and scan.opendocument:
        raise DomainError(
            f"„{path.name}“ ist eine OpenDocument-Tabelle (LibreOffice), keine Excel-Arbeitsmappe. "
            "Bitte speichern Sie sie dort als „Excel 2007-365 (.xlsx)“ oder als „Text CSV“."
        )
    if scan.is_zip and not scan.has_workbook:
        raise DomainError(
            f"„{path.name}“ ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe. Bitte wählen Sie "
            "eine Excel-Datei (.xlsx) oder eine CSV-Datei (.csv)."
        )
    return scan


def sheet_names(path: Path) -> list[str]:
    if _content_kind(Path(path)) != WORKBOOK:
        return []
    _scan(Path(path))
    try:
        with _calamine_book(Path(path)) as book:
            return list(book.sheet_names)
    except (FileNotFoundError, PermissionError):
        raise
    except BaseException as error:
        if not _is_unreadable(error):
            raise
        # openpyxl gets a second try and reports in German
    with _openpyxl_workbook(Path(path)) as workbook:
        return list(workbook.sheetnames)


@contextmanager
def _openpyxl_workbook(path: Path) -> Iterator[Any]:
    """openpyxl's workbook in read-only mode: rows are parsed one by one as they are asked for.
    Opened from the file object: openpyxl refuses a path whose name does not end in .xlsx."""
    import openpyxl

    with path.open("rb") as handle:
        try:
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds on files it cannot read
            raise DomainError(
                f"„{path.name}“ ist keine lesbare Excel-Datei (.xlsx). Bitte öffnen Sie sie in "
                "Excel und speichern Sie sie neu."
            ) from error
        try:
            yield workbook
        finally:
            workbook.close()


def _is_unreadable(error: BaseException) -> bool:
    """An error of calamine on a damaged file; a panic in its Rust code is a BaseException."""
    return isinstance(error, Exception) or type(error).__name__ == "PanicException"


@contextmanager
def _calamine_book(path: Path) -> Iterator[CalamineWorkbook]:
    book = CalamineWorkbook.from_path(str(path))
    try:
        yield book
    finally:
        book.close()


def _calamine_cell(value: Any) -> Cell:
    """A cell as openpyxl gives it: empty as None, whole numbers as int, dates as datetime."""
    if value == "":
        return None
    if type(value) is float and value.is_integer():
        return int(value)
    if type(value) is date:
        return datetime(value.year, value.month, value.day)
    return value  # type: ignore[no-any-return]


def _calamine_rows(sheet: CalamineSheet) -> Iterator[list[Cell]]:
    """The sheet's rows from row 1 and column A on, converted one row at a time."""
    start = sheet.start
    lead: list[Cell] = [None] * start[1] if start else []
    for values in sheet.iter_rows():
        yield [*lead, *(_calamine_cell(value) for value in values)]


def read_xlsx(path: Path, sheet: str | None = None) -> Table:
    """calamine (fast, in Rust) first; openpyxl for anything it cannot read, and for sheets
    calamine would need too much memory for (see ``limits.DENSE_ROWS``)."""
    scan = _scan(path)
    if not scan.dense:
        if scan.rows > 2 * limits.MAX_ROWS:  # openpyxl would first walk through all of them
            raise limits.too_many_rows()
        return read_xlsx_openpyxl(path, sheet, scan.columns)
    try:
        with _calamine_book(path) as book:
            names = list(book.sheet_names)
            _check_sheet(sheet, names)
            title = sheet if sheet is not None else names[0]
            # Not skipping leading empty rows and columns: row numbers stay the ones Excel shows.
            table = build_table(_calamine_rows(book.get_sheet_by_name(title)))
    except (DomainError, FileNotFoundError, PermissionError):
        raise
    except BaseException as error:
        if not _is_unreadable(error):
            raise
        log.info("calamine las %s nicht (%s); openpyxl versucht es", path.name, error)
        return read_xlsx_openpyxl(path, sheet, scan.columns)
    return _named(table, names, title)


def _check_sheet(sheet: str | None, names: list[str]) -> None:
    if sheet is not None and sheet not in names:
        raise DomainError(
            f"Das Tabellenblatt „{sheet}“ gibt es nicht. Vorhanden: "
            + ", ".join(f"„{name}“" for name in names)
            + "."
        )


def _named(table: Table, names: list[str], title: str) -> Table:
    table.sheet_names = names
    table.sheet = title
    table.source = f"Excel, Blatt „{title}“"
    return table


def read_xlsx_openpyxl(path: Path, sheet: str | None = None, columns: int = MAX_COLUMNS) -> Table:
    """Row by row; ``columns``: the last column a cell names (openpyxl fills every row up to
    it, and the gaps between rows with empty rows)."""
    with _openpyxl_workbook(path) as workbook:
        try:
            names = list(workbook.sheetnames)
            _check_sheet(sheet, names)
            worksheet = workbook.worksheets[0] if sheet is None else workbook[sheet]
            title = worksheet.title
            table = build_table(
                worksheet.iter_rows(max_col=min(columns, MAX_COLUMNS), values_only=True)
            )
        except DomainError:
            raise
        except Exception as error:  # openpyxl raises many kinds on damaged files
            raise DomainError(
                f"„{path.name}“ kann nicht vollständig gelesen werden ({type(error).__name__}). "
                "Bitte öffnen Sie die Datei in Excel und speichern Sie sie neu."
            ) from error
    return _named(table, names, title)
