"""Reading tables from ``.xlsx`` and ``.csv`` files as German Excel and other programs write them.

A reader never crashes on a strange file: it returns a ``Table`` or raises ``DomainError`` with a
German message saying what is wrong with the file. Rows are read one by one and a file beyond the
size of a network's list is refused (``limits``): no file makes the program take gigabytes.
Nothing is guessed silently: a text file with NUL bytes that is no UTF-16, a first row of data
instead of headers, or a quoted field that swallows the following rows is refused with the reason.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import chain, islice
from pathlib import Path
from typing import Any

from python_calamine import CalamineSheet, CalamineWorkbook

from nfg_desktop.domain.errors import DomainError, os_error_text
from nfg_desktop.io import limits
from nfg_desktop.io.cells import Cell, is_empty, text
from nfg_desktop.io.formulas import QUOTE, restore
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
            return _read_csv_file(path)
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
    return b"\0" not in head or _utf16_without_bom(head) is not None


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
    table = _read_csv_file(path)
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


# --- csv -------------------------------------------------------------------------------------

_SAMPLE_CHARS = 64_000
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Encoding:
    codec: str  # for Python
    name: str  # for the user


def encoding_of(data: bytes, name: str = "Die Datei") -> Encoding:
    """UTF-8 (with or without BOM), UTF-16 (with BOM, or without it where every other byte of
    the text is 0), Windows-1252; a file with NUL bytes in any other pattern is no text."""
    if data.startswith(b"\xef\xbb\xbf"):
        return Encoding("utf-8-sig", "UTF-8 mit BOM")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Encoding("utf-16", "UTF-16")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\0" in data:
        raise _not_text(name)
    if _decodes(data, "utf-8"):
        return Encoding("utf-8", "UTF-8")
    if _decodes(data, "cp1252"):
        return Encoding("cp1252", "Windows-1252")
    return Encoding("latin-1", "ISO-8859-1")


def _utf16_without_bom(data: bytes) -> Encoding | None:
    """Text from Windows programs without its byte order mark: ASCII letters as "N\\0a\\0…"."""
    sample = data[: TEXT_SNIFF_BYTES & ~1]
    half = len(sample) // 2
    if half < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for codec, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros >= half * 0.3 and others <= half * 0.02:
            if len(data) % 2 == 0 and _decodes(data, codec):
                return Encoding(codec, f"UTF-16 {codec[-2:].upper()} ohne BOM")
    return None


def _decodes(data: bytes, codec: str) -> bool:
    """Whether all of ``data`` is text in ``codec``, decoded piece by piece (nothing kept)."""
    decoder = codecs.getincrementaldecoder(codec)()
    view = memoryview(data)
    try:
        for start in range(0, len(view), 1 << 20):
            decoder.decode(view[start : start + (1 << 20)])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _not_text(name: str) -> DomainError:
    return DomainError(
        f"„{name}“ ist keine Textdatei (CSV): sie enthält Steuerzeichen oder Null-Bytes, wie "
        "sie in Programmen, Bildern oder Archiven vorkommen. Bitte wählen Sie eine Excel-Datei "
        "(.xlsx) oder eine in Excel als „CSV (Trennzeichen-getrennt)“ gespeicherte Datei."
    )


def detect_delimiter(text_data: str) -> str:
    """The delimiter that splits the first lines into the most consistent columns."""
    sample = text_data[:_SAMPLE_CHARS]
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
    """The first lines, for guessing the delimiter (the sample may end inside a field)."""
    try:
        return list(csv.reader(io.StringIO(text_data, newline=""), delimiter=delimiter))
    except csv.Error:
        return [line.split(delimiter) for line in text_data.splitlines()]


def _read_csv_file(path: Path) -> Table:
    limits.check_text_size(path)
    return read_csv_bytes(path.read_bytes(), path.name)


def read_csv_bytes(data: bytes, name: str = "Die Datei") -> Table:
    if not data.strip():
        raise DomainError("Die Datei ist leer.")
    if len(data) > limits.MAX_TEXT_BYTES:
        raise DomainError(
            f"„{name}“ ist größer als {limits.MAX_TEXT_BYTES >> 20} MB; so groß ist keine "
            "CSV-Liste eines Netzwerks."
        )
    encoding = encoding_of(data, name)
    sample = data[: _SAMPLE_CHARS * 2].decode(encoding.codec, errors="replace")[:_SAMPLE_CHARS]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise _not_text(name)
    delimiter = detect_delimiter(sample)
    stream = io.TextIOWrapper(
        io.BytesIO(data), encoding=encoding.codec, errors="replace", newline=""
    )
    table = build_table(_csv_rows(stream, delimiter))
    table.source = f"CSV, {DELIMITER_NAMES[delimiter]}, {encoding.name}"
    return table


def _csv_rows(stream: io.TextIOWrapper, delimiter: str) -> Iterator[list[str]]:
    """The records, one at a time, read strictly: a quote that is never closed is refused.

    Other quoting mistakes (text after a closing quote) are read as before, leniently, from the
    record where strict reading stopped; any record that then spans lines and carries the
    delimiters of whole rows inside one field is refused (a quote that swallowed rows)."""
    reader = csv.reader(stream, delimiter=delimiter, strict=True)
    records = line = width = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            message = str(error)
            if "field limit" in message:
                raise DomainError(
                    f"Ab Zeile {line + 1} der Datei ist ein Feld länger als "
                    f"{limits.number(csv.field_size_limit())} Zeichen: vermutlich fehlt dort "
                    "ein schließendes Anführungszeichen. Es wurde nichts eingelesen."
                ) from None
            if "end of data" in message:
                raise DomainError(
                    f"Ein Anführungszeichen ab Zeile {line + 1} der Datei wird bis zum Ende der "
                    "Datei nicht geschlossen; die Zeilen danach wären in ein Feld geraten. "
                    "Bitte prüfen Sie die Datei (z. B. in einem Texteditor); es wurde nichts "
                    "eingelesen."
                ) from None
            if not reader.dialect.strict:
                raise DomainError(
                    f"Zeile {line + 1} der Datei ist keine gültige CSV-Zeile; es wurde nichts "
                    "eingelesen."
                ) from None
            stream.seek(0)
            reader = csv.reader(stream, delimiter=delimiter, strict=False)
            for _ in range(records):
                next(reader)
            line = reader.line_num
            continue
        records += 1
        first, line = line + 1, reader.line_num
        width = max(width, len(row))
        if line > first:
            _check_swallowed(row, delimiter, width, first)
        yield row


def _check_swallowed(row: list[str], delimiter: str, width: int, first: int) -> None:
    """A field with line breaks whose lines hold about a row's worth of delimiters."""
    if width < 2:
        return
    wanted = min(width - 1, max(2, (width - 1) // 2))
    for cell in row:
        lines = cell.splitlines()
        for later in lines[1:]:
            if later.count(delimiter) >= wanted:
                preview = " ".join(cell.split())[:60]
                raise DomainError(
                    f"Ab Zeile {first} der Datei reicht ein Feld über mehrere Zeilen und enthält "
                    f"dabei die Trennzeichen ganzer Zeilen („{preview}…“): vermutlich fehlt dort "
                    "ein schließendes Anführungszeichen. Bitte prüfen Sie die Datei (z. B. in "
                    "einem Texteditor); es wurde nichts eingelesen."
                )


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


_SHARED_TEXTS = 50_000


def _filled_rows(raw_rows: Iterable[Sequence[Cell]]) -> Iterator[tuple[int, list[Cell]]]:
    """(row number, cells) of the rows with at least one filled cell, without the empty cells
    at their end; refused when they hold more filled cells than a network's list has.

    Texts are stripped of surrounding blanks and of the apostrophe an export put before a
    formula. A text that comes again ("Verein", "Ulm", "aktiv") is kept once: the readers make a
    new string for every cell, and a list of 100,000 rows would hold each of them."""
    shared: dict[str, str] = {}

    def clean(value: str) -> str:
        value = value.strip()
        if value[:1] == QUOTE:
            value = restore(value)
        found = shared.get(value)
        if found is not None:
            return found
        if len(shared) < _SHARED_TEXTS:
            shared[value] = value
        return value

    filled_cells = 0
    for number, raw in enumerate(raw_rows, start=1):
        if raw.count(None) == len(raw):  # fast for the empty rows openpyxl fills gaps with
            continue
        row = [clean(cell) if type(cell) is str else cell for cell in raw[:MAX_COLUMNS]]
        filled = len(row) - row.count("") - row.count(None)
        if not filled:
            continue
        filled_cells += filled
        if filled_cells > limits.MAX_CELLS:
            raise limits.too_many_cells()
        while row[-1] is None:  # openpyxl fills every row up to the last column
            row.pop()
        yield number, row


# Cells no header ever holds: an e-mail or web address, a phone number or postal code.
_DATA_TEXT = re.compile(
    r"[^@\s]+@[^@\s]+\.[^@\s]+|(?:https?://|www\.)\S+|\+?[0-9][0-9 /().-]{4,}", re.IGNORECASE
)
# ... but a date, or a span of years ("2024/25"), can be a header
_DATE_TEXT = re.compile(
    r"[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{2,4}|(?:19|20)[0-9]{2} ?[-/–] ?(?:(?:19|20)?[0-9]{2})"
)
_REPEAT_SEARCH_ROWS = 1000


def _check_header_row(number: int, header_cells: list[Cell], rows: list[list[Cell]]) -> None:
    """Refuse a table whose first row is data, not headers (a list saved without its header
    row): that row would be lost, and its values taken for headers map columns wrongly ("Verein"
    in the kind column is a header for the name). Data: a cell like an e-mail address, a web
    address, a phone number or postal code, or two cells that appear again in their column in
    a row below (a whole header row repeated, as printouts do on every page, is no evidence)."""
    examples = [
        text(cell)
        for cell in header_cells
        if (type(cell) in (int, float) and abs(cell) >= 10_000)  # type: ignore[arg-type]
        or (
            isinstance(cell, str)
            and _DATA_TEXT.fullmatch(cell) is not None
            and _DATE_TEXT.fullmatch(cell) is None
        )
    ]
    if not examples:
        named = [(i, cell) for i, cell in enumerate(header_cells) if isinstance(cell, str) and cell]
        repeated: set[int] = set()
        for row in rows[:_REPEAT_SEARCH_ROWS]:
            same = {i for i, cell in named if i < len(row) and row[i] == cell}
            if len(same) < len(named):
                repeated |= same
        if len(repeated) >= 2:
            examples = [text(header_cells[i]) for i in sorted(repeated)]
    if examples:
        shown = ", ".join(f"„{example}“" for example in examples[:3])
        raise DomainError(
            f"Zeile {number} enthält keine Überschriften, sondern Daten ({shown}). Ohne eine "
            "Zeile mit Überschriften ginge diese Zeile verloren und die Spalten würden falsch "
            "zugeordnet. Bitte fügen Sie über den Daten eine Zeile mit Überschriften ein "
            "(z. B. Name; Ort; E-Mail); es wurde nichts eingelesen."
        )


def _filled_width(row: list[Cell]) -> int:
    for index in range(len(row) - 1, -1, -1):
        if row[index] is not None and row[index] != "":
            return index + 1
    return 0


def build_table(raw_rows: Iterable[Sequence[Cell]]) -> Table:
    """Headers from the first real header row; empty rows and trailing empty columns dropped.

    The rows are taken one at a time: a file of millions of rows is refused after
    ``limits.MAX_ROWS`` of them, not after all were read."""
    filled = _filled_rows(raw_rows)
    first = list(islice(filled, HEADER_SEARCH_ROWS))
    if not first:
        raise DomainError("Die Tabelle ist leer: keine Überschriften und keine Zeilen gefunden.")
    header_index = _header_row_index([row for _, row in first])
    header_cells = first[header_index][1]
    width = _filled_width(header_cells)
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    for number, row in chain(first[header_index + 1 :], filled):
        if len(rows) == limits.MAX_ROWS:
            raise limits.too_many_rows()
        if len(row) > width:
            width = max(width, _filled_width(row))
        rows.append(row)
        numbers.append(number)
    _check_header_row(first[header_index][0], header_cells, rows)
    headers = []
    for index in range(width):
        cell = header_cells[index] if index < len(header_cells) else None
        label = " ".join(text(cell).split())
        headers.append(label or f"Spalte {index + 1}")
    for row in rows:
        if len(row) < width:
            row.extend([None] * (width - len(row)))
        elif len(row) > width:
            del row[width:]
    return Table(headers=headers, rows=rows, row_numbers=numbers)
