"""Rules of the extended police clearance (erweitertes Führungszeugnis, § 72a SGB VIII).

Only these facts may be recorded: issue date, inspection date, clean yes/no, inspected by.
The certificate must be at most three months old when it is inspected, and is valid for five
years from the inspection. Records of a volunteer who left are deleted three months later.
"""

from __future__ import annotations

import calendar
import functools
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

MAX_AGE_MONTHS_AT_INSPECTION = 3
VALID_YEARS = 5
WARN_DAYS_BEFORE_EXPIRY = 90
DELETE_MONTHS_AFTER_LEAVING = 3


def add_months(day: date, months: int) -> date:
    """Calendar months, clamped to the month's end (31.01. + 1 month = 28./29.02.)."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last_day))


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)


class ClearanceState(StrEnum):
    VALID = "gültig"
    EXPIRING = "läuft bald ab"
    EXPIRED = "abgelaufen"
    MISSING = "fehlt"
    NOT_CLEAN = "nicht einwandfrei"


@dataclass(frozen=True)
class ClearanceFacts:
    issued_on: date
    inspected_on: date
    clean: bool


def too_old_at_inspection(issued_on: date, inspected_on: date) -> bool:
    """True when the certificate was older than three months when it was shown."""
    return inspected_on > add_months(issued_on, MAX_AGE_MONTHS_AT_INSPECTION)


# Lists and the overview ask this for thousands of volunteers with a few hundred distinct dates.
@functools.lru_cache(maxsize=8192)
def valid_until(inspected_on: date) -> date:
    """Last day on which the clearance is valid: five years after the inspection."""
    return add_years(inspected_on, VALID_YEARS)


def state(facts: ClearanceFacts | None, today: date) -> ClearanceState:
    if facts is None:
        return ClearanceState.MISSING
    if not facts.clean:
        return ClearanceState.NOT_CLEAN
    until = valid_until(facts.inspected_on)
    if today > until:
        return ClearanceState.EXPIRED
    if (until - today).days <= WARN_DAYS_BEFORE_EXPIRY:
        return ClearanceState.EXPIRING
    return ClearanceState.VALID


def is_valid(facts: ClearanceFacts | None, today: date) -> bool:
    return state(facts, today) in (ClearanceState.VALID, ClearanceState.EXPIRING)


def deletion_due(left_on: date) -> date:
    """Day from which the clearance records of a volunteer who left must be deleted."""
    return add_months(left_on, DELETE_MONTHS_AFTER_LEAVING)


def describe(facts: ClearanceFacts | None, today: date) -> str:
    """A short German description, e.g. for lists and warnings."""
    if facts is None or state(facts, today) is ClearanceState.MISSING:
        return "Kein erweitertes Führungszeugnis erfasst"
    return f"Führungszeugnis {describe_short(facts, today)}"


def describe_short(facts: ClearanceFacts | None, today: date) -> str:
    """The state alone, for a column headed „Führungszeugnis“ (fits a narrow form)."""
    current = state(facts, today)
    if facts is None or current is ClearanceState.MISSING:
        return "fehlt"
    until = valid_until(facts.inspected_on)
    if current is ClearanceState.NOT_CLEAN:
        return "nicht einwandfrei"
    if current is ClearanceState.EXPIRED:
        return f"abgelaufen seit {until:%d.%m.%Y}"
    if current is ClearanceState.EXPIRING:
        return f"läuft am {until:%d.%m.%Y} ab"
    return f"gültig bis {until:%d.%m.%Y}"
