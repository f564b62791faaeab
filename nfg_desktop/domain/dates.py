"""Reading a date as German users type it: the one home of date parsing.

Forms, imports and the command line read dates here. Accepted: ``31.12.2025``, ``1.3.2025``,
``1.3.25`` (two-digit years: 00–69 are 2000–2069, 70–99 are 1970–1999), ``1. 3. 2025``,
``2025-03-01`` and, where the caller passes ``today``, ``heute`` (or ``today``) and ``1.3.``
(this year).
A date that does not exist is refused with a German message — never moved to another day.
"""

from __future__ import annotations

import re
from datetime import date

from nfg_desktop.domain.errors import DomainError

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)

TODAY_WORD = "heute"
TODAY_WORDS = (TODAY_WORD, "today")  # the English window's hint names "today"

_GERMAN = re.compile(r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})?", re.ASCII)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)


def parse_german_date(text: str, today: date | None = None) -> date:
    """The date ``text`` stands for; raises ``DomainError`` with a German message otherwise.

    ``heute`` and a date without year (``1.3.``) need ``today``; without it they are refused
    (an imported cell reading „heute“ would mean the day of the import).
    """
    raw = text.strip()
    if today is not None and raw.casefold() in TODAY_WORDS:
        return today
    year_given = True
    match = _GERMAN.fullmatch(raw)
    if match and (match.group(3) is not None or today is not None):
        day, month = int(match.group(1)), int(match.group(2))
        year_text = match.group(3)
        if year_text is None:
            assert today is not None
            year, year_given = today.year, False
        else:
            year = int(year_text)
            if len(year_text) == 2:
                year += 2000 if year <= 69 else 1900
    else:
        match = _ISO.fullmatch(raw)
        if not match:
            raise DomainError(_not_a_date(raw))
        year, month, day = (int(group) for group in match.groups())
    try:
        value = date(year, month, day)
    except ValueError:
        shown = f"{day:02d}.{month:02d}." + (f"{year:04d}" if year_given else "")
        raise DomainError(f"Den {shown} gibt es nicht.") from None
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise DomainError(
            f"{value:%d.%m.%Y}: Bitte ein Datum zwischen "
            f"{EARLIEST_DATE:%d.%m.%Y} und {LATEST_DATE:%d.%m.%Y} eingeben."
        )
    return value


def parse_optional_german_date(text: str, today: date | None = None) -> date | None:
    """Like :func:`parse_german_date`; an empty text is "no date" (``None``)."""
    if not text.strip():
        return None
    return parse_german_date(text, today)


def _not_a_date(raw: str) -> str:
    if not raw:
        return "Bitte ein Datum eingeben (TT.MM.JJJJ)."
    return f"„{raw}“ ist kein gültiges Datum (TT.MM.JJJJ, z. B. 1.3.2025)."
