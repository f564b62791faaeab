"""Dates as people type them: parsed to the day they mean, or refused — never moved."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nfg_desktop.domain.dates import (
    EARLIEST_DATE,
    LATEST_DATE,
    parse_german_date,
    parse_optional_german_date,
)
from nfg_desktop.domain.errors import DomainError

TODAY = date(2026, 5, 17)
DAYS = st.dates(min_value=EARLIEST_DATE, max_value=LATEST_DATE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31.12.2025", date(2025, 12, 31)),
        ("1.3.25", date(2025, 3, 1)),
        ("01.03.2025", date(2025, 3, 1)),
        ("1.3.2025", date(2025, 3, 1)),
        ("2025-03-01", date(2025, 3, 1)),
        (" 1. 3. 2025 ", date(2025, 3, 1)),
        ("15.03.2025", date(2025, 3, 15)),
        ("31.12.75", date(1975, 12, 31)),
        ("heute", TODAY),
        ("Heute", TODAY),
        ("today", TODAY),  # the English window's hint
        ("1.3.", date(2026, 3, 1)),
    ],
)
def test_what_people_type_is_read_as_meant(text: str, expected: date) -> None:
    assert parse_german_date(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31.02.2025", "Den 31.02.2025 gibt es nicht."),
        ("30.2.25", "Den 30.02.2025 gibt es nicht."),
        ("2025-13-01", "Den 01.13.2025 gibt es nicht."),
        ("29.02.2025", "Den 29.02.2025 gibt es nicht."),
        ("03.10.2202", "03.10.2202: Bitte ein Datum zwischen 01.01.1900 und 31.12.2100 eingeben."),
        ("morgen", "„morgen“ ist kein gültiges Datum (TT.MM.JJJJ, z. B. 1.3.2025)."),
        ("1.3.202", "„1.3.202“ ist kein gültiges Datum (TT.MM.JJJJ, z. B. 1.3.2025)."),
        ("", "Bitte ein Datum eingeben (TT.MM.JJJJ)."),
    ],
)
def test_impossible_dates_are_refused_with_a_german_message(text: str, message: str) -> None:
    with pytest.raises(DomainError) as raised:
        parse_german_date(text, TODAY)
    assert raised.value.message == message


def test_today_and_missing_years_need_a_today() -> None:
    # An imported cell „heute“ must not become the day of the import.
    for text in ("heute", "today", "1.3."):
        with pytest.raises(DomainError):
            parse_german_date(text)


def test_an_empty_optional_date_is_none() -> None:
    assert parse_optional_german_date("  ", TODAY) is None
    assert parse_optional_german_date("1.3.25", TODAY) == date(2025, 3, 1)


@given(DAYS, st.sampled_from(["%d.%m.%Y", "%-d.%-m.%Y", "%Y-%m-%d", "%d.%m.%y", "%-d.%-m.%y"]))
def test_every_spelling_of_a_day_is_that_day(day: date, spelling: str) -> None:
    if "%y" in spelling and not date(1970, 1, 1) <= day <= date(2069, 12, 31):
        return  # two-digit years mean 1970–2069
    assert parse_german_date(day.strftime(spelling), TODAY) == day


@given(st.integers(1, 31), st.integers(1, 12), st.integers(1900, 2100))
def test_a_typed_day_month_year_is_that_date_or_refused(day: int, month: int, year: int) -> None:
    text = f"{day}.{month}.{year}"
    try:
        expected = date(year, month, day)
    except ValueError:
        with pytest.raises(DomainError) as raised:
            parse_german_date(text, TODAY)
        assert raised.value.message == f"Den {day:02d}.{month:02d}.{year} gibt es nicht."
    else:
        assert parse_german_date(text, TODAY) == expected


def _read_back_or_refused(text: str) -> None:
    try:
        parsed = parse_german_date(text, TODAY)
    except DomainError as error:
        assert error.message
        return
    assert EARLIEST_DATE <= parsed <= LATEST_DATE
    # The digits typed are the date's digits: nothing was moved to another day.
    if parsed != TODAY or "heute" not in text.casefold():
        digits = [int(part) for part in text.replace("-", ".").split(".") if part.strip()]
        assert parsed.day in digits and parsed.month in digits


@given(st.text(max_size=14))
def test_any_typed_text_is_a_date_that_reads_back_or_a_domain_error(text: str) -> None:
    _read_back_or_refused(text)


@given(st.text(alphabet="0123456789.-heut ", max_size=12))
def test_date_like_text_is_a_date_that_reads_back_or_a_domain_error(text: str) -> None:
    _read_back_or_refused(text)


def test_the_day_before_the_first_is_refused() -> None:
    with pytest.raises(DomainError):
        parse_german_date(f"{EARLIEST_DATE - timedelta(days=1):%d.%m.%Y}", TODAY)
