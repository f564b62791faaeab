"""A warning or error logged during a window test fails it, unless the test captures it."""

from __future__ import annotations

import logging

import pytest

from tests.gui.conftest import LogFailHandler

log = logging.getLogger("nfg_desktop.test_logfail")


def test_an_unexpected_warning_is_kept_to_fail_the_test(
    fail_on_logged_warnings: LogFailHandler,
) -> None:
    log.info("nur zur Information")
    log.warning("unerwartet")
    log.error("auch unerwartet")
    found = [record.getMessage() for record in fail_on_logged_warnings.unexpected]
    assert found == ["unerwartet", "auch unerwartet"]
    fail_on_logged_warnings.unexpected.clear()  # this test expected them after all


def test_a_warning_the_test_captures_is_expected(
    fail_on_logged_warnings: LogFailHandler, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        log.warning("erwartet")
    assert fail_on_logged_warnings.unexpected == []
    assert "erwartet" in caplog.text
    with caplog.at_level(logging.ERROR, logger="nfg_desktop.errors"):
        log.warning("eine Warnung, wo nur Fehler erwartet werden")
    assert len(fail_on_logged_warnings.unexpected) == 1
    fail_on_logged_warnings.unexpected.clear()
