"""German value texts used by lists, exports, reports and the history."""

from __future__ import annotations

from datetime import date, datetime

from nfg_desktop.domain.formatting import german_history_value, german_value


def test_values_read_the_german_way() -> None:
    assert german_value(None) == ""
    assert german_value(True) == "ja"
    assert german_value(False) == "nein"
    assert german_value(date(2024, 2, 29)) == "29.02.2024"
    assert german_value(datetime(2026, 5, 4, 17, 30)) == "04.05.2026 17:30"
    assert german_value(2.5) == "2,5"
    assert german_value(3.0) == "3"
    assert german_value(1.25) == "1,25"
    assert german_value(12) == "12"


def test_history_values_show_iso_dates_german_and_keep_other_text() -> None:
    assert german_history_value("2026-03-01") == "01.03.2026"
    assert german_history_value("Ulm") == "Ulm"
    assert german_history_value("2026-02-30") == "2026-02-30"
    assert german_history_value(None) == ""
