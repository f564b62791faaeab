"""Values as German text, the same in lists, forms, exports and reports: 31.12.2025, 17:30, ja/nein,
decimal comma. Stored history values are ISO text and are shown the same way."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any


def german_date(day: date | None) -> str:
    return f"{day:%d.%m.%Y}" if day is not None else ""


def german_datetime(moment: datetime | None) -> str:
    return f"{moment:%d.%m.%Y %H:%M}" if moment is not None else ""


def german_number(number: float) -> str:
    """2.5 -> 2,5; 3.0 -> 3; at most two decimals (hours are kept in quarter hours)."""
    return f"{number:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def german_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, datetime):
        return german_datetime(value)
    if isinstance(value, date):
        return german_date(value)
    if isinstance(value, float):
        return german_number(value)
    return str(value)


def german_history_value(text: str | None) -> str:
    """A value from the change history (ISO dates) as the user reads it."""
    if text is None:
        return ""
    try:
        return german_date(date.fromisoformat(text))
    except ValueError:
        return text


def german_count(count: int, singular: str, plural: str) -> str:
    """„1 Eintrag“, „0 Einträge“, „2 Einträge“: German takes the singular for exactly one only.

    The one helper for counted nouns outside the window (the window uses Qt's %n plurals).
    """
    return f"{count} {singular if count == 1 else plural}"


def town_line(postal_code: str, city: str, locality: str = "") -> str:
    """The town line of an address: "72160 Horb am Neckar (Altheim)"; the Ortsteil in brackets
    unless it is the town itself."""
    line = f"{postal_code} {city}".strip()
    if locality and locality != city:
        return f"{line} ({locality})" if line else locality
    return line
