"""Reading tables from ``.xlsx`` and ``.csv`` files as German Excel and other programs write them.

A reader never crashes on a strange file: it returns a ``Table`` or raises ``DomainError`` with a
German message saying what is wrong with the file.
"""

from __future__ import annotations

import csv
import io
import logging
import zipfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from nfg_desktop.domain.errors import DomainError, os_error_text
from nfg_desktop.io.cells import Cell, is_empty, text
from nfg_desktop.io.pauses import collector_paused

log = logging.getLogger(__name__)

CSV_DELIMITERS = (";", ",", "\t")
DELIMITER_NAMES = {";": "Semikolon", ",": "Komma", "\t": "Tabulator"}
HEADER_SEARCH_ROWS = 10
MAX_COLUMNS = 200


@dataclass
class Table:
    """Header texts and data rows of one sheet; ``row_numbers`` are the numbers the user sees."""

    headers: list[str]
    rows: list[list[Cell]]
    row_numbers: list[int]
    sheet_names: list[str] = field(default_factory=list)
    sheet: str | None = None
    source: str = ""  # e.g. "CSV, Semikolon, Windows-1252"

    def __len__(self) -> int:
        return len(self.rows)


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
            return read_csv_bytes(path.read_bytes())
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
    if suffix == ".xls":
        raise DomainError(
            "Das alte Excel-Format .xls wird nicht unterstützt. Bitte speichern Sie die Datei in "
            "Excel als „Excel-Arbeitsmappe (.xlsx)“ oder als „CSV (Trennzeichen-getrennt)“."
        )
    raise DomainError(
        f"„{path.name}“: Bitte eine Excel-Datei (.xlsx) oder eine CSV-Datei (.csv) wählen."
    )


# --- xlsx ------------------------------------------------------------------------------------

TEXT_SNIFF_BYTES = 4096
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
    return b"\0" not in head


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
    table = read_csv_bytes(path.read_bytes())
    table.source = f"{table.source} (die Datei heißt .xlsx, ist aber eine CSV-Datei)"
    return table


def sheet_names(path: Path) -> list[str]:
    if _content_kind(Path(path)) != WORKBOOK:
        return []
    try:
        with _calamine_book(Path(path)) as book:
            return list(book.sheet_names)
    except (FileNotFoundError, PermissionError):
        raise
    except BaseException as error:
        if not _is_unreadable(error):
            raise
        # openpyxl gets a second try and reports in German
    workbook = _open_workbook(Path(path))
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def _open_workbook(path: Path) -> Any:
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, IndexError) as error:
        raise DomainError(
            f"„{path.name}“ ist keine lesbare Excel-Datei (.xlsx). Bitte öffnen Sie sie in Excel "
            "und speichern Sie sie neu."
        ) from error


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


def read_xlsx(path: Path, sheet: str | None = None) -> Table:
    """calamine (fast, in Rust) first; openpyxl for anything it cannot read."""
    try:
        with _calamine_book(path) as book:
            names = list(book.sheet_names)
            _check_sheet(sheet, names)
            title = sheet if sheet is not None else names[0]
            # Not skipping leading empty rows and columns: row numbers stay the ones Excel shows.
            values = book.get_sheet_by_name(title).to_python(skip_empty_area=False)
    except (DomainError, FileNotFoundError, PermissionError):
        raise
    except BaseException as error:
        if not _is_unreadable(error):
            raise
        log.info("calamine las %s nicht (%s); openpyxl versucht es", path.name, error)
        return read_xlsx_openpyxl(path, sheet)
    raw_rows = [[_calamine_cell(value) for value in row] for row in values]
    return _xlsx_table(raw_rows, names, title)


def _check_sheet(sheet: str | None, names: list[str]) -> None:
    if sheet is not None and sheet not in names:
        raise DomainError(
            f"Das Tabellenblatt „{sheet}“ gibt es nicht. Vorhanden: "
            + ", ".join(f"„{name}“" for name in names)
            + "."
        )


def _xlsx_table(raw_rows: list[list[Cell]], names: list[str], title: str) -> Table:
    table = build_table(raw_rows)
    table.sheet_names = names
    table.sheet = title
    table.source = f"Excel, Blatt „{title}“"
    return table


def read_xlsx_openpyxl(path: Path, sheet: str | None = None) -> Table:
    workbook = _open_workbook(path)
    try:
        names = list(workbook.sheetnames)
        _check_sheet(sheet, names)
        worksheet = workbook.worksheets[0] if sheet is None else workbook[sheet]
        raw_rows = [list(row) for row in worksheet.iter_rows(values_only=True)]
        title = worksheet.title
    except DomainError:
        raise
    except Exception as error:  # openpyxl raises many kinds on damaged files
        raise DomainError(
            f"„{path.name}“ kann nicht vollständig gelesen werden ({type(error).__name__}). "
            "Bitte öffnen Sie die Datei in Excel und speichern Sie sie neu."
        ) from error
    finally:
        workbook.close()
    return _xlsx_table(raw_rows, names, title)


# --- csv -------------------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of its encoding: UTF-8 (with or without BOM), UTF-16, Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 mit BOM"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "ISO-8859-1"


def detect_delimiter(text_data: str) -> str:
    """The delimiter that splits the first lines into the most consistent columns."""
    sample = text_data[:64_000]
    candidates: list[str] = []
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(CSV_DELIMITERS)).delimiter
        candidates.append(sniffed)
    except csv.Error:
        pass
    candidates += [d for d in CSV_DELIMITERS if d not in candidates]
    best, best_score = ";", (-1, -1)
    for delimiter in candidates:
        rows = _parse(sample, delimiter)[:50]
        widths = [len(row) for row in rows if row]
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        score = (count if width > 1 else 0, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _parse(text_data: str, delimiter: str) -> list[list[str]]:
    try:
        return list(csv.reader(io.StringIO(text_data, newline=""), delimiter=delimiter))
    except csv.Error:
        # e.g. a NUL byte; fall back to a plain split so the user still sees something
        return [line.split(delimiter) for line in text_data.replace("\0", "").splitlines()]


def read_csv_bytes(data: bytes) -> Table:
    decoded, encoding = decode(data)
    decoded = decoded.replace("\0", "")
    if not decoded.strip():
        raise DomainError("Die Datei ist leer.")
    delimiter = detect_delimiter(decoded)
    rows: list[list[Cell]] = [list(row) for row in _parse(decoded, delimiter)]
    table = build_table(rows)
    table.source = f"CSV, {DELIMITER_NAMES[delimiter]}, {encoding}"
    return table


# --- common ----------------------------------------------------------------------------------


def _header_row_index(rows: list[list[Cell]]) -> int:
    """Skip title rows above the headers (e.g. a merged "Partnerliste 2025" in A1)."""
    counts = [sum(1 for cell in row if not is_empty(cell)) for row in rows[:HEADER_SEARCH_ROWS]]
    if not counts or max(counts) == 0:
        return 0
    wanted = max(2, (max(counts) + 1) // 2) if max(counts) > 1 else 1
    for index, count in enumerate(counts):
        if count >= wanted:
            return index
    return 0


def build_table(raw_rows: list[list[Cell]]) -> Table:
    """Headers from the first real header row; empty rows and trailing empty columns dropped."""
    numbered = [(number, row[:MAX_COLUMNS]) for number, row in enumerate(raw_rows, start=1)]
    numbered = [(n, row) for n, row in numbered if any(not is_empty(cell) for cell in row)]
    if not numbered:
        raise DomainError("Die Tabelle ist leer: keine Überschriften und keine Zeilen gefunden.")
    header_index = _header_row_index([row for _, row in numbered])
    header_cells = numbered[header_index][1]
    body = numbered[header_index + 1 :]
    width = 0
    for _, row in [numbered[header_index], *body]:
        for index in range(len(row) - 1, -1, -1):
            if not is_empty(row[index]):
                width = max(width, index + 1)
                break
    headers = []
    for index in range(width):
        cell = header_cells[index] if index < len(header_cells) else None
        label = " ".join(text(cell).split())
        headers.append(label or f"Spalte {index + 1}")
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    for number, row in body:
        cells = row[:width] if len(row) >= width else [*row, *[None] * (width - len(row))]
        # texts stripped of surrounding blanks, inline: no call per cell
        rows.append([cell.strip() if isinstance(cell, str) else cell for cell in cells])
        numbers.append(number)
    return Table(headers=headers, rows=rows, row_numbers=numbers)
