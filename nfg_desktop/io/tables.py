"""A table as the readers hand it on: headers from the first real header row, the filled rows
with the numbers the user sees, everything else dropped.

Rows come one at a time (``build_table`` takes any iterable of rows): a file of millions of rows
is refused after ``limits.MAX_ROWS`` of them, not after all were read. A first row of data
instead of headers is refused, not guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.io import limits
from nfg_desktop.io.cells import Cell, is_empty, text
from nfg_desktop.io.formulas import QUOTE, restore

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
