"""Reading CSV text as German Excel and other programs write it: the encoding (UTF-8 with or
without BOM, UTF-16 with or without BOM, Windows-1252) and the delimiter are detected; a file
with NUL bytes or control characters that is no UTF-16 is no text and refused; a quote never
closed, or a quoted field that swallows whole rows, is refused with the line where it starts.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.io import limits
from nfg_desktop.io.tables import Table, build_table

CSV_DELIMITERS = (";", ",", "\t")
DELIMITER_NAMES = {";": "Semikolon", ",": "Komma", "\t": "Tabulator"}
TEXT_SNIFF_BYTES = 4096
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
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\0" in data:
        raise _not_text(name)
    if _decodes(data, "utf-8"):
        return Encoding("utf-8", "UTF-8")
    if _decodes(data, "cp1252"):
        return Encoding("cp1252", "Windows-1252")
    return Encoding("latin-1", "ISO-8859-1")


def utf16_without_bom(data: bytes) -> Encoding | None:
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


def read_csv_file(path: Path) -> Table:
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
