"""Turning spreadsheet cells (text, numbers, Excel dates) into the values the services expect.

Cells come as ``str`` (CSV), or as ``int``/``float``/``datetime``/``bool`` (xlsx). Conversions that
fail raise ``ValidationError`` for the field with a German message; the field rules themselves
(postal codes, phone numbers, e-mail, ranges) stay in the services.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, time, timedelta
from typing import Any

from nfg_desktop.domain.collation import fold
from nfg_desktop.domain.dates import parse_german_date
from nfg_desktop.domain.errors import DomainError, ValidationError
from nfg_desktop.domain.validation import clean_text

Cell = str | int | float | bool | date | datetime | time | None

_EXCEL_EPOCH = datetime(1899, 12, 30)
_TRUE = {"ja", "j", "x", "yes", "y", "true", "wahr", "1", "✓", "✔"}
_FALSE = {"nein", "n", "no", "false", "falsch", "0", "-", ""}
_TIME_SUFFIX = re.compile(r"\s+\d{1,2}:\d{2}(:\d{2})?$")
_YEAR = re.compile(r"\d{4}")
_DATE_SEPARATOR = re.compile(r"[.-]")
_LIST_SEPARATORS = re.compile(r"[;,\n\r|]")


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: Any) -> str:
    """A cell as text: numbers without ``.0``, dates as 31.12.2025."""
    if type(value) is str:  # the common case first
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return str(value).replace(".", ",")
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return f"{value:%d.%m.%Y}"
        return f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, time):
        return f"{value:%H:%M}"
    return str(value)


def multiline(value: Any) -> str:
    return text(value).replace("\r\n", "\n").replace("\r", "\n")


def date_of(field: str, label: str, value: Any) -> date | None:
    """31.12.2025, 31.12.25, 2025-12-31, an Excel date cell or an Excel day number."""
    if is_empty(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2958466:
            return (_EXCEL_EPOCH + timedelta(days=int(value))).date()
        raise ValidationError({field: f"{label}: „{text(value)}“ ist kein gültiges Datum."})
    raw = str(value).strip()
    # "31.12.2025 00:00" as some programs write it
    raw = _TIME_SUFFIX.sub("", raw)
    try:
        return parse_german_date(raw)
    except DomainError:
        raise ValidationError(
            {field: f"{label}: „{text(value)}“ ist kein gültiges Datum (TT.MM.JJJJ)."}
        ) from None


def year_of(field: str, value: Any) -> int | str | None:
    """A birth year from ``1956``, ``1956.0``, or a full birth date (only the year is kept)."""
    if is_empty(value):
        return None
    if isinstance(value, datetime | date):
        return value.year
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raw = str(value).strip()
    if _YEAR.fullmatch(raw):
        return int(raw)
    if _DATE_SEPARATOR.search(raw):
        return date_of(field, "Geburtsjahr", raw).year  # type: ignore[union-attr]
    return raw  # the service rule reports it


def bool_of(field: str, label: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    if isinstance(value, datetime | date):
        return True
    raw = text(value).strip().casefold()
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise ValidationError({field: f"{label}: „{text(value)}“ – bitte „ja“ oder „nein“."})


def list_of(value: Any) -> list[str]:
    """``a; b, c`` or one entry per line -> ``["a", "b", "c"]``."""
    items = _LIST_SEPARATORS.split(text(value))
    return [clean_text(item) for item in items if clean_text(item)]


def canonical(value: str, options: list[str]) -> str:
    """The option spelled as in the choice list when it matches ignoring case and accents."""
    cleaned = clean_text(value)
    if not cleaned:
        return cleaned
    return _folded_options(tuple(options)).get(fold(cleaned), cleaned)


@functools.lru_cache(maxsize=64)
def _folded_options(options: tuple[str, ...]) -> dict[str, str]:
    """Folded spelling -> option (the first one, as the lists are searched in order)."""
    folded: dict[str, str] = {}
    for option in options:
        folded.setdefault(fold(option), option)
    return folded


def postal_code(value: Any) -> str:
    """Excel stores 01067 as the number 1067; the service rule puts the zero back."""
    return text(value)


def phone(value: Any) -> str | int:
    """Phone numbers that Excel turned into numbers stay numbers (the rule adds the 0)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return text(value)
