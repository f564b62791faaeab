from datetime import date, timedelta

from nfg_desktop.domain import clearance
from nfg_desktop.domain.clearance import ClearanceFacts, ClearanceState


def test_add_months_clamps_to_month_end() -> None:
    assert clearance.add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert clearance.add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert clearance.add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)
    assert clearance.add_years(date(2024, 2, 29), 5) == date(2029, 2, 28)


def test_three_months_at_inspection_is_the_limit() -> None:
    assert not clearance.too_old_at_inspection(date(2025, 1, 15), date(2025, 4, 15))
    assert clearance.too_old_at_inspection(date(2025, 1, 15), date(2025, 4, 16))


def test_state_over_five_years() -> None:
    facts = ClearanceFacts(date(2020, 12, 1), date(2021, 1, 10), True)
    assert clearance.valid_until(facts.inspected_on) == date(2026, 1, 10)
    assert clearance.state(facts, date(2025, 10, 12)) is ClearanceState.EXPIRING
    assert clearance.state(facts, date(2025, 10, 11)) is ClearanceState.VALID
    assert clearance.state(facts, date(2026, 1, 10)) is ClearanceState.EXPIRING
    assert clearance.state(facts, date(2026, 1, 11)) is ClearanceState.EXPIRED
    assert clearance.state(None, date(2026, 1, 1)) is ClearanceState.MISSING
    not_clean = ClearanceFacts(date(2025, 1, 1), date(2025, 1, 2), False)
    assert clearance.state(not_clean, date(2025, 2, 1)) is ClearanceState.NOT_CLEAN
    assert not clearance.is_valid(not_clean, date(2025, 2, 1))


def test_exactly_three_months_at_month_ends_and_leap_days() -> None:
    # issued on 30 Nov: three months later is 29 Feb in a leap year
    assert not clearance.too_old_at_inspection(date(2023, 11, 30), date(2024, 2, 29))
    assert clearance.too_old_at_inspection(date(2023, 11, 30), date(2024, 3, 1))
    # ... and 28 Feb otherwise
    assert not clearance.too_old_at_inspection(date(2024, 11, 30), date(2025, 2, 28))
    assert clearance.too_old_at_inspection(date(2024, 11, 30), date(2025, 3, 1))
    # issued on a leap day
    assert not clearance.too_old_at_inspection(date(2024, 2, 29), date(2024, 5, 29))
    assert clearance.too_old_at_inspection(date(2024, 2, 29), date(2024, 5, 30))
    # across the turn of the year
    assert not clearance.too_old_at_inspection(date(2025, 10, 31), date(2026, 1, 31))
    assert clearance.too_old_at_inspection(date(2025, 10, 31), date(2026, 2, 1))
    # inspected on the day of issue
    assert not clearance.too_old_at_inspection(date(2025, 5, 5), date(2025, 5, 5))


def test_exactly_five_years_valid_including_leap_day() -> None:
    facts = ClearanceFacts(date(2024, 1, 10), date(2024, 2, 29), True)
    assert clearance.valid_until(facts.inspected_on) == date(2029, 2, 28)
    assert clearance.is_valid(facts, date(2029, 2, 28))
    assert not clearance.is_valid(facts, date(2029, 3, 1))
    assert clearance.state(facts, date(2029, 3, 1)) is ClearanceState.EXPIRED
    ordinary = ClearanceFacts(date(2021, 3, 1), date(2021, 3, 15), True)
    assert clearance.is_valid(ordinary, date(2026, 3, 15))
    assert not clearance.is_valid(ordinary, date(2026, 3, 16))


def test_warning_exactly_ninety_days_before_expiry() -> None:
    facts = ClearanceFacts(date(2021, 6, 1), date(2021, 6, 30), True)
    until = clearance.valid_until(facts.inspected_on)
    assert until == date(2026, 6, 30)
    assert clearance.state(facts, until - timedelta(days=90)) is ClearanceState.EXPIRING
    assert clearance.state(facts, until - timedelta(days=91)) is ClearanceState.VALID


def test_deletion_due_three_months_after_leaving() -> None:
    assert clearance.deletion_due(date(2026, 8, 25)) == date(2026, 11, 25)
    assert clearance.deletion_due(date(2025, 11, 30)) == date(2026, 2, 28)
    assert clearance.deletion_due(date(2023, 11, 29)) == date(2024, 2, 29)


def test_the_short_description_fits_a_column_headed_fuehrungszeugnis() -> None:
    facts = ClearanceFacts(date(2020, 12, 1), date(2021, 1, 10), True)
    assert clearance.describe_short(facts, date(2025, 1, 1)) == "gültig bis 10.01.2026"
    assert clearance.describe_short(facts, date(2026, 1, 1)) == "läuft am 10.01.2026 ab"
    assert clearance.describe_short(facts, date(2026, 2, 1)) == "abgelaufen seit 10.01.2026"
    assert clearance.describe_short(None, date(2026, 2, 1)) == "fehlt"
    not_clean = ClearanceFacts(date(2025, 1, 1), date(2025, 1, 2), False)
    assert clearance.describe_short(not_clean, date(2025, 2, 1)) == "nicht einwandfrei"
