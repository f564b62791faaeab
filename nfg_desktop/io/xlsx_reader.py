"""A fast reader of the cell values of one ``.xlsx`` sheet (values only, no formatting).

openpyxl's read-only mode spends most of its time per cell in Python; an import of 10,000 rows
should take a fraction of a second. This reader streams the sheet XML with the C expat parser
and keeps only what an import needs: text, numbers, booleans, and dates (cells whose number
format is a date format). ``readers.read_xlsx`` falls back to openpyxl if this reader fails.

The sheet data of the files Excel, LibreOffice and openpyxl write is read with regular
expressions (``_scan_sheet``), several times faster than building elements. The scan accepts only
the plain shapes it knows (cells with a value, a formula or one inline text run); at anything
else in the sheet data it gives up and the XML parser reads the sheet.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import ParseError, fromstring, iterparse

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
_WORKSHEET = {f"{{{ns}}}worksheet" for ns in _NAMESPACES}


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
        source: IO[bytes]
        if self.archive.getinfo(target).file_size <= SCAN_LIMIT:
            with self._open(target) as handle:
                data = handle.read()
            scanned = _scan_sheet(data, strings, dates, epoch)
            if scanned is not None:
                return title, scanned
            source = io.BytesIO(data)
        else:
            source = self._open(target)
        with source as handle:
            return title, parse_sheet(handle, strings, dates, epoch)


def parse_sheet(
    handle: IO[bytes], strings: list[str], dates: list[bool], epoch: datetime
) -> list[list[Any]]:
    """The rows of a sheet through the XML parser (any well-formed sheet)."""
    rows: list[list[Any]] = []
    row: list[Any] = []
    for _event, element in iterparse(handle):
        tag = element.tag
        if tag in _C:
            index = _column_index(element.get("r") or "")
            if index < 0:
                index = len(row)
            if index >= len(row):
                row.extend([None] * (index - len(row) + 1))
            row[index] = _element_value(element, strings, dates, epoch)
        elif tag in _ROW:
            number = int(element.get("r") or 0)
            while number and len(rows) < number - 1:
                rows.append([])
            rows.append(row)
            row = []
            element.clear()
    return rows


def _element_value(element: Any, strings: list[str], dates: list[bool], epoch: datetime) -> Any:
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
    if kind == "inlineStr":
        return "".join(texts)
    return _cell_value(kind, raw, element.get("s"), strings, dates, epoch)


def _cell_value(
    kind: str,
    raw: str | None,
    style: str | None,
    strings: list[str],
    dates: list[bool],
    epoch: datetime,
) -> Any:
    """The value of a cell of type ``kind`` (not an inline string) with the text of its ``<v>``."""
    if kind == "s":
        return strings[int(raw)] if raw is not None else None
    if kind == "str":
        return raw
    if kind == "e":
        return None
    if kind == "b":
        return raw == "1"
    if raw is None or raw == "":
        return None
    number = float(raw)
    index = int(style or 0)
    if index < len(dates) and dates[index]:
        moment = epoch + timedelta(days=number)
        if moment.microsecond:
            moment = moment.replace(microsecond=0) + timedelta(
                seconds=round(moment.microsecond / 1_000_000)
            )
        return moment
    if number.is_integer() and "." not in raw and "E" not in raw.upper():
        return int(raw)
    return number


# --- the scan of plain sheet data ------------------------------------------------------------

# Sheets larger than this (uncompressed) are streamed through the XML parser instead.
SCAN_LIMIT = 256 * 1024 * 1024

# XML's white space (a carriage return sends the sheet to the parser, which normalises it).
_S = "[ \t\n]"
_NAME = r"[A-Za-z_][A-Za-z0-9_.-]*(?::[A-Za-z_][A-Za-z0-9_.-]*)?"
_ATTRIBUTES = rf"""(?:{_S}+{_NAME}{_S}*={_S}*(?:"[^"<&]*"|'[^'<&]*'))*"""
_ROOT = re.compile(rf"""{_S}*(?:<\?xml{_S}[^<>]*\?>)?{_S}*<worksheet({_ATTRIBUTES}){_S}*>""")
_ENCODING = re.compile(rf"""{_S}*<\?xml{_S}[^<>]*encoding{_S}*={_S}*["']([^"']*)["']""")
_SHEET_DATA = re.compile(rf"<sheetData{_S}*(/?)>")
_SHEET_DATA_END = re.compile(rf"</sheetData{_S}*>")


def _content(number: str) -> str:
    """What a cell may hold: a formula, a value, one inline text run, in this order."""
    return (
        rf"""(?:/>|>{_S}*"""
        rf"""(?:<f(?P<formula{number}>{_ATTRIBUTES}){_S}*(?:/>|>[^<]*</f{_S}*>){_S}*)?"""
        rf"""(?:<v{_S}*/>|<v{_S}*>(?P<v{number}>[^<]*)</v{_S}*>)?{_S}*"""
        rf"""(?:<is{_S}*>{_S}*<t(?:{_S}+xml:space{_S}*={_S}*(?:"[a-z]*"|'[a-z]*'))?{_S}*"""
        rf"""(?:/>|>(?P<t{number}>[^<]*)</t{_S}*>){_S}*</is{_S}*>{_S}*)?</c{_S}*>)"""
    )


# Every piece of the sheet data is one of these; anything else ends up in "other".
_TOKENS = re.compile(
    # a cell with the attributes as Excel, LibreOffice and openpyxl write them
    rf"""(?P<plain><c)(?:{_S}+r="(?P<column>[A-Z]{{1,3}})[0-9]+")?(?:{_S}+s="(?P<s>[0-9]+)")?"""
    rf"""(?:{_S}+t="(?P<kind>[a-zA-Z]+)")?{_S}*{_content("1")}"""
    # a cell with other attributes or in another order
    rf"""|<c(?P<attributes>{_ATTRIBUTES}){_S}*{_content("2")}"""
    rf"""|(?P<row><row)(?P<row_attributes>{_ATTRIBUTES}){_S}*(?P<empty>/?)>"""
    rf"""|(?P<row_end></row){_S}*>"""
    rf"""|{_S}+"""
    r"""|(?P<other>.)""",
    re.S,
)
_ATTRIBUTE = re.compile(rf"""({_NAME}){_S}*={_S}*(?:"([^"]*)"|'([^']*)')""")
# Bytes that XML forbids, and the carriage return, which the parser would normalise.
_NOT_XML = bytes([*range(0x00, 0x09), 0x0B, 0x0C, 0x0D, *range(0x0E, 0x20)])
# U+FFFE and U+FFFF in UTF-8 (not XML characters either), and the end of a CDATA section.
_NOT_XML_SEQUENCES = (b"\xef\xbf\xbe", b"\xef\xbf\xbf", b"]]>")
_ENTITY = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


class _Unknown(Exception):
    """The sheet holds something the scan does not read; the XML parser reads it."""


def _attributes(text: str, prefixes: set[str]) -> dict[str, str]:
    """The attributes of a row or cell; names must be unique and their prefixes declared."""
    pairs = _ATTRIBUTE.findall(text)
    found = {name: double or single for name, double, single in pairs}
    if len(found) != len(pairs):
        raise _Unknown  # a name twice
    for name in found:
        prefix, colon, _local = name.partition(":")
        if name == "xmlns" or (colon and prefix not in prefixes):
            raise _Unknown
    return found


def _character_of(code: int) -> str:
    """The character of a reference, if XML allows it."""
    if not (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    ):
        raise _Unknown
    return chr(code)


def _character(match: re.Match[str]) -> str:
    name, decimal, hexadecimal = match.groups()
    if name:
        return _NAMED[name]
    return _character_of(int(decimal) if decimal else int(hexadecimal, 16))


def _unescape(text: str) -> str:
    """Text with its references resolved (``_sheet_data`` checked them all)."""
    return _ENTITY.sub(_character, text) if "&" in text else text


def _scan_sheet(
    data: bytes, strings: list[str], dates: list[bool], epoch: datetime
) -> list[list[Any]] | None:
    """The rows of the sheet XML ``data`` as the XML parser reads them, or None when the sheet
    holds anything but plain rows and cells (rich text, comments, prefixed names, ...)."""
    try:
        body, prefixes = _sheet_data(data)
        return _scan(body, prefixes, strings, dates, epoch)
    except Exception:  # noqa: BLE001 - whatever the scan cannot read, the parser reads or reports
        return None


def _sheet_data(data: bytes) -> tuple[str, set[str]]:
    """The text inside ``<sheetData>`` of a well-formed UTF-8 worksheet in the SpreadsheetML
    namespace, and the prefixes its root declares."""
    if len(data.translate(None, _NOT_XML)) != len(data) or any(
        sequence in data for sequence in _NOT_XML_SEQUENCES
    ):
        raise _Unknown
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _Unknown from None
    declared = _ENCODING.match(text)
    if declared and declared.group(1).lower() not in ("utf-8", "utf8"):
        raise _Unknown
    root = _ROOT.match(text)
    if root is None:
        raise _Unknown
    found = _SHEET_DATA.search(text, root.end())
    if found is None or text.find("<sheetData", found.end()) >= 0:
        raise _Unknown
    if found.group(1):  # <sheetData/>
        start = closing = found.end()
    else:
        start, closing = found.end(), text.rfind("</sheetData")
        if closing < start or not _SHEET_DATA_END.match(text, closing):
            raise _Unknown
    # Everything around the sheet data goes through the XML parser, which checks it.
    try:
        skeleton = fromstring(text[:start] + text[closing:])
    except ParseError:
        raise _Unknown from None
    if skeleton.tag not in _WORKSHEET:
        raise _Unknown
    body = text[start:closing]
    # Every reference well-formed, also in the texts the scan passes over (formulas).
    if "&" in body:
        references = _ENTITY.findall(body)
        if body.count("&") != len(references):
            raise _Unknown
        for _name, decimal, hexadecimal in references:
            if decimal or hexadecimal:
                _character_of(int(decimal) if decimal else int(hexadecimal, 16))
    prefixes = {"xml"}
    for name, _double, _single in _ATTRIBUTE.findall(root.group(1)):
        if name.startswith("xmlns:"):
            prefixes.add(name.removeprefix("xmlns:"))
    return body, prefixes


def _scan(
    body: str, prefixes: set[str], strings: list[str], dates: list[bool], epoch: datetime
) -> list[list[Any]]:
    columns: dict[str, int] = {}
    rows: list[list[Any]] = []
    row: list[Any] = []
    number: int | None = None  # the number of the open row
    for (
        plain,
        letters,
        style,
        kind,
        formula,
        raw,
        inline,
        attributes,
        formula_2,
        raw_2,
        inline_2,
        row_start,
        row_attributes,
        empty,
        row_end,
        other,
    ) in _TOKENS.findall(body):
        if plain:
            if not letters:
                index = len(row)
            elif letters in columns:
                index = columns[letters]
            else:
                index = columns[letters] = _column_index(letters)
        elif attributes:
            found = _attributes(attributes, prefixes)
            style, kind = found.get("s", ""), found.get("t", "")
            formula, raw, inline = formula_2, raw_2, inline_2
            index = _column_index(found.get("r", ""))
            if index < 0:
                index = len(row)
        elif other:
            raise _Unknown
        elif row_start or row_end:
            if row_start:
                if number is not None:
                    raise _Unknown  # a row in a row
                number = int(_attributes(row_attributes, prefixes).get("r") or 0)
                if not empty:
                    continue
            if number is None:
                raise _Unknown  # the end of a row that did not begin
            while number and len(rows) < number - 1:
                rows.append([])
            rows.append(row)
            row, number = [], None
            continue
        else:
            continue  # white space between the elements
        if formula:
            _attributes(formula, set())
        if kind == "inlineStr":
            value: Any = _unescape(inline)
        else:
            value = _cell_value(
                kind or "n", _unescape(raw) if raw else None, style, strings, dates, epoch
            )
        width = len(row)
        if index == width:
            row.append(value)
        else:
            if index > width:
                row.extend([None] * (index - width + 1))
            row[index] = value
    if number is not None:
        raise _Unknown  # a row without its end
    return rows
