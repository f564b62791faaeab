"""How large a list of a network may be, and a look into a workbook before a reader opens it.

A partner or volunteer list of a network has hundreds, at most tens of thousands of rows. A file
far beyond that is a mistake or an attack (a 464 KB workbook can hold 3 million rows, a 2 MB zip
file 2 GiB of blanks): it is refused with a German reason before a reader spends gigabytes on it.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from nfg_desktop.domain.errors import DomainError

MAX_ROWS = 100_000
MAX_CELLS = 2_000_000  # filled cells: 100,000 rows of 20 (a full partner list reads in 0.5 GB)
MAX_TEXT_BYTES = 64 << 20  # a CSV file
MAX_UNPACKED = 200 << 20  # all parts of a workbook, unpacked
MAX_PARTS = 10_000  # files inside a workbook
# calamine keeps the whole rectangle from A1 to the last cell in memory (32 bytes a cell): it
# reads a sheet whose cells all name their place and whose rectangle has at most this many
# cells; any other sheet is read row by row (openpyxl: slower, but its memory does not grow
# with the sheet).
DENSE_CELLS = 6_000_000
EXCEL_ROWS, EXCEL_COLUMNS = 1_048_576, 16_384

_CHUNK = 1 << 20
# Only the places of cells from row 100,000 or column AA on are taken apart. No pattern starts
# with a blank or a choice of prefixes: a sheet of blanks would take seconds a megabyte.
_FAR = re.compile(rb"r=[\"'](?=[A-Z]{2}|[A-Z]{1,3}[0-9]{6})([A-Z]+)([0-9]+)[\"']")
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def number(value: int) -> str:
    """100000 -> "100.000", as German texts write it."""
    return f"{value:,}".replace(",", ".")


def too_many_rows() -> DomainError:
    return DomainError(
        f"Die Tabelle hat mehr als {number(MAX_ROWS)} Zeilen – so lang ist keine Liste eines "
        "Netzwerks. Bitte prüfen Sie, ob es die richtige Datei ist, oder teilen Sie sie auf."
    )


def too_many_cells() -> DomainError:
    return DomainError(
        f"Die Tabelle hat mehr als {number(MAX_CELLS)} gefüllte Zellen – so groß ist keine "
        "Liste eines Netzwerks. Bitte prüfen Sie, ob es die richtige Datei ist, oder teilen Sie "
        "sie auf."
    )


def check_text_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_TEXT_BYTES:
        raise DomainError(
            f"„{path.name}“ ist {size >> 20} MB groß; eine CSV-Liste eines Netzwerks hat "
            f"höchstens {MAX_TEXT_BYTES >> 20} MB. Bitte prüfen Sie, ob es die richtige Datei "
            "ist, oder teilen Sie sie auf."
        )


@dataclass
class WorkbookScan:
    """What the look into a workbook found; ``dense`` says calamine may read it."""

    is_zip: bool = True
    has_workbook: bool = True
    opendocument: bool = False  # LibreOffice's .ods
    dense: bool = True
    columns: int = 26  # the last column a cell names (at least Z)
    # row elements of the longest sheet that is not dense: openpyxl keeps one small object per
    # row element while it looks for the size of a sheet that does not state it
    rows: int = 0


def scan_workbook(path: Path) -> WorkbookScan:
    """Unpack every part once, in pieces of 1 MB that are dropped at once, and refuse a workbook
    that unpacks to more than ``MAX_UNPACKED``, has a cell outside Excel's sheet, or holds a
    document type definition (Excel never writes one; expanding its entities is the
    "billion laughs" attack). A file that is no zip archive is left to the readers' messages."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, ValueError, EOFError):
        return WorkbookScan(is_zip=False)
    scan = WorkbookScan()
    with archive:
        parts = archive.infolist()
        if len(parts) > MAX_PARTS:
            raise _unpacked_too_large(path)
        names = {part.filename for part in parts}
        scan.has_workbook = "xl/workbook.xml" in names or any(
            name.lower().endswith("workbook.xml") for name in names
        )
        scan.opendocument = {"mimetype", "content.xml"} <= names
        unpacked = 0
        for part in parts:
            name = part.filename.lower()
            is_xml = name.endswith((".xml", ".rels", ".vml"))
            is_sheet = is_xml and "worksheets/" in name
            cells = references = row_elements = 0
            rows, odd = 99_999, False  # no cell named a row from 100,000 on
            try:
                stream = archive.open(part)
            except (NotImplementedError, RuntimeError, zipfile.BadZipFile, ValueError):
                continue  # encrypted or an unknown compression: the readers say so
            with stream:
                carry = b""
                while True:
                    try:
                        chunk = stream.read(_CHUNK)
                    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
                        break  # a damaged part: the readers say so
                    if not chunk:
                        break
                    unpacked += len(chunk)
                    if unpacked > MAX_UNPACKED:
                        raise _unpacked_too_large(path)
                    if not is_xml:
                        continue
                    # tags cut at the end of a piece are looked at with the next piece
                    data = carry + chunk
                    cut = data.rfind(b"<")
                    if cut == -1 or len(data) - cut > 4096:
                        cut = len(data)
                    data, carry = data[:cut], data[cut:]
                    if _DTD.search(data):
                        raise _has_dtd(path)
                    if is_sheet:
                        # Excel and the other writers put the place first: <c r="B7" …>; a
                        # cell without it, or with a namespace prefix, goes to openpyxl
                        cells += data.count(b"<c ")
                        row_elements += data.count(b"row ") + data.count(b"row>")
                        references += data.count(b'<c r="')
                        odd = odd or b"<c>" in data or b":c " in data
                        for letters, digits in _FAR.findall(data):
                            rows = max(rows, int(digits))
                            scan.columns = max(scan.columns, column_number(letters))
                if _DTD.search(carry):
                    raise _has_dtd(path)
            if is_sheet:
                if rows > EXCEL_ROWS or scan.columns > EXCEL_COLUMNS:
                    raise DomainError(
                        f"„{path.name}“ ist beschädigt: eine Zelle liegt außerhalb der "
                        f"{number(EXCEL_ROWS)} Zeilen und {number(EXCEL_COLUMNS)} Spalten, die "
                        "Excel kennt. Die Datei wird nicht gelesen."
                    )
                # cells without their place are counted by calamine: it could need any amount
                if odd or references < cells or rows * scan.columns > DENSE_CELLS:
                    scan.dense = False
                    scan.rows = max(scan.rows, row_elements // 2)  # <row …> and </row>
    return scan


def column_number(letters: bytes) -> int:
    """b"A" -> 1, b"AA" -> 27, b"XFD" -> 16384."""
    result = 0
    for letter in letters:
        result = result * 26 + letter - 64
    return result


def _unpacked_too_large(path: Path) -> DomainError:
    return DomainError(
        f"„{path.name}“ ist entpackt größer als {MAX_UNPACKED >> 20} MB – so groß ist keine "
        "Liste eines Netzwerks (möglicherweise eine „ZIP-Bombe“). Die Datei wird nicht gelesen."
    )


def _has_dtd(path: Path) -> DomainError:
    return DomainError(
        f"„{path.name}“ enthält eine Dokumenttyp-Definition (DTD), wie sie Excel nie schreibt; "
        "aus Sicherheitsgründen wird die Datei nicht gelesen. Bitte öffnen Sie sie in Excel "
        "und speichern Sie sie neu."
    )
