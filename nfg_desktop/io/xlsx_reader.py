"""A fast reader of the cell values of one ``.xlsx`` sheet (values only, no formatting).

openpyxl's read-only mode spends most of its time per cell in Python; an import of 10,000 rows
should take a fraction of a second. This reader streams the sheet XML with the C expat parser
and keeps only what an import needs: text, numbers, booleans, and dates (cells whose number
format is a date format). ``readers.read_xlsx`` falls back to openpyxl if this reader fails.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import iterparse

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_EPOCH_1900 = datetime(1899, 12, 30)
_EPOCH_1904 = datetime(1904, 1, 1)
# Built-in number formats that show dates or times (ECMA-376 18.8.30).
_DATE_FORMAT_IDS = {*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)}
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
_CELL_REF = re.compile(r"([A-Z]+)")


_NAMESPACES = (
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",
)


def _tags(name: str) -> frozenset[str]:
    return frozenset({name, *(f"{{{ns}}}{name}" for ns in _NAMESPACES)})


_C, _ROW, _V, _IS, _T, _RPH = (_tags(n) for n in ("c", "row", "v", "is", "t", "rPh"))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _column_index(ref: str) -> int:
    match = _CELL_REF.match(ref)
    if not match:
        return -1
    index = 0
    for char in match.group(1):
        index = index * 26 + ord(char) - 64
    return index - 1


def is_date_format(code: str) -> bool:
    bare = _QUOTED.sub("", code).lower()
    return bool(re.search(r"[dmyhs]", bare)) and "general" not in bare


class XlsxBook:
    def __init__(self, path: Path) -> None:
        self.archive = zipfile.ZipFile(path)
        self.sheets: list[tuple[str, str]] = []  # (name, path in the archive)
        self.date1904 = False
        self._read_workbook()

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> XlsxBook:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _open(self, name: str) -> IO[bytes]:
        return self.archive.open(name)

    def _read_workbook(self) -> None:
        targets: dict[str, str] = {}
        rels_name = "xl/_rels/workbook.xml.rels"
        if rels_name in self.archive.namelist():
            with self._open(rels_name) as handle:
                for _event, element in iterparse(handle):
                    if _local(element.tag) == "Relationship":
                        target = element.get("Target", "")
                        if target.startswith("/"):
                            target = target.lstrip("/")
                        else:
                            target = posixpath.normpath(posixpath.join("xl", target))
                        targets[element.get("Id", "")] = target
        with self._open("xl/workbook.xml") as handle:
            for _event, element in iterparse(handle):
                tag = _local(element.tag)
                if tag == "workbookPr":
                    self.date1904 = element.get("date1904", "0") in ("1", "true")
                elif tag == "sheet":
                    rel = element.get(f"{{{_REL}}}id", "")
                    name = element.get("name", "")
                    self.sheets.append((name, targets.get(rel, "")))

    def sheet_names(self) -> list[str]:
        return [name for name, _target in self.sheets]

    def _shared_strings(self) -> list[str]:
        name = "xl/sharedStrings.xml"
        if name not in self.archive.namelist():
            return []
        strings: list[str] = []
        with self._open(name) as handle:
            parts: list[str] = []
            skip = 0
            for event, element in iterparse(handle, events=("start", "end")):
                tag = _local(element.tag)
                if event == "start":
                    if tag == "rPh":
                        skip += 1
                    continue
                if tag == "t" and not skip:
                    parts.append(element.text or "")
                elif tag == "rPh":
                    skip -= 1
                elif tag == "si":
                    strings.append("".join(parts))
                    parts = []
                    element.clear()
        return strings

    def _date_styles(self) -> list[bool]:
        name = "xl/styles.xml"
        if name not in self.archive.namelist():
            return []
        custom: dict[int, str] = {}
        styles: list[bool] = []
        in_cell_xfs = False
        with self._open(name) as handle:
            for event, element in iterparse(handle, events=("start", "end")):
                tag = _local(element.tag)
                if tag == "cellXfs":
                    in_cell_xfs = event == "start"
                elif event == "end" and tag == "numFmt":
                    custom[int(element.get("numFmtId", "0"))] = element.get("formatCode", "")
                elif event == "start" and tag == "xf" and in_cell_xfs:
                    number = int(element.get("numFmtId", "0"))
                    styles.append(
                        number in _DATE_FORMAT_IDS
                        or (number in custom and is_date_format(custom[number]))
                    )
        return styles

    @staticmethod
    def _value(element: Any, strings: list[str], dates: list[bool], epoch: datetime) -> Any:
        kind = element.get("t", "n")
        raw = None
        texts: list[str] = []
        for child in element:
            if child.tag in _V:
                raw = child.text
            elif child.tag in _IS:
                for part in child.iter():
                    if part.tag in _T:
                        texts.append(part.text or "")
                    elif part.tag in _RPH:
                        break
        if kind == "s":
            return strings[int(raw)] if raw is not None else None
        if kind == "inlineStr":
            return "".join(texts)
        if kind == "str":
            return raw
        if kind == "e":
            return None
        if kind == "b":
            return raw == "1"
        if raw is None or raw == "":
            return None
        number = float(raw)
        style = int(element.get("s") or 0)
        if style < len(dates) and dates[style]:
            moment = epoch + timedelta(days=number)
            if moment.microsecond:
                moment = moment.replace(microsecond=0) + timedelta(
                    seconds=round(moment.microsecond / 1_000_000)
                )
            return moment
        if number.is_integer() and "." not in raw and "E" not in raw.upper():
            return int(raw)
        return number

    def rows(self, sheet: str | None = None) -> tuple[str, list[list[Any]]]:
        """(sheet title, rows of cell values); ``sheet`` None: the first sheet."""
        if not self.sheets:
            raise KeyError("no sheets")
        if sheet is None:
            title, target = self.sheets[0]
        else:
            title, target = next(s for s in self.sheets if s[0] == sheet)
        strings = self._shared_strings()
        dates = self._date_styles()
        epoch = _EPOCH_1904 if self.date1904 else _EPOCH_1900
        rows: list[list[Any]] = []
        with self._open(target) as handle:
            row: list[Any] = []
            for _event, element in iterparse(handle):
                tag = element.tag
                if tag in _C:
                    index = _column_index(element.get("r") or "")
                    if index < 0:
                        index = len(row)
                    if index >= len(row):
                        row.extend([None] * (index - len(row) + 1))
                    row[index] = self._value(element, strings, dates, epoch)
                elif tag in _ROW:
                    number = int(element.get("r") or 0)
                    while number and len(rows) < number - 1:
                        rows.append([])
                    rows.append(row)
                    row = []
                    element.clear()
        return title, rows
