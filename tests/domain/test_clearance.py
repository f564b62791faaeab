from datetime import date

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
