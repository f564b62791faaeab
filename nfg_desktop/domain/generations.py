"""Generation groups from a birth year, for statistics (only the birth year is stored)."""

from __future__ import annotations

GENERATION_BANDS: tuple[tuple[str, int, int], ...] = (
    ("unter 18", 0, 17),
    ("18–29", 18, 29),
    ("30–49", 30, 49),
    ("50–64", 50, 64),
    ("65–79", 65, 79),
    ("80 und älter", 80, 200),
)
UNKNOWN_GENERATION = "unbekannt"


def generation_of(birth_year: int | None, year: int) -> str:
    if birth_year is None:
        return UNKNOWN_GENERATION
    age = year - birth_year
    for label, low, high in GENERATION_BANDS:
        if low <= age <= high:
            return label
    return UNKNOWN_GENERATION


def generation_labels() -> list[str]:
    return [label for label, _low, _high in GENERATION_BANDS] + [UNKNOWN_GENERATION]
