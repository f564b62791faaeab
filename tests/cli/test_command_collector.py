"""A command runs with the garbage collector paused, and never leaves it paused."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from nfg_desktop import gcpolicy
from nfg_desktop.__main__ import main


@pytest.fixture
def collector_restored(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # A command's process has no window; a test process that made one (the GUI tests) keeps
    # the collector with the window's thread until the test is over.
    monkeypatch.setattr(gcpolicy, "_window_thread_only", False)
    enabled = gc.isenabled()
    gc.enable()
    yield None
    gc.unfreeze()
    if not enabled:
        gc.disable()


def collector_state_in(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[bool]:
    """Whether the collector runs, noted each time ``module.name`` is called."""
    seen: list[bool] = []
    original = getattr(module, name)

    def noting(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, noting)
    return seen


def test_collector_runs_again_after_a_command(
    tmp_path: Path, collector_restored: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nfg_desktop.cli.commands import demo

    seen = collector_state_in(monkeypatch, demo, "run")
    assert main(["--db", str(tmp_path / "n.sqlite"), "demo"]) == 0
    assert seen == [False]  # paused while the command runs
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # what the command made is left out of the walks


def test_collector_runs_again_after_a_failed_command(
    tmp_path: Path, collector_restored: object
) -> None:
    assert (
        main(
            [
                "--db",
                str(tmp_path / "fehlt.sqlite"),
                "report",
                "partner-list",
                "-o",
                str(tmp_path / "p.pdf"),
            ]
        )
        == 1
    )
    assert gc.isenabled()


def test_collector_runs_again_after_wrong_usage(collector_restored: object) -> None:
    with pytest.raises(SystemExit):
        main(["gibt-es-nicht"])
    assert gc.isenabled()


def test_report_is_built_with_the_collector_paused_and_restored(
    demo_db: object, collector_restored: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nfg_desktop.reports import ReportOptions, partner_list, render

    seen = collector_state_in(monkeypatch, partner_list, "build")
    with demo_db.read() as session:  # type: ignore[attr-defined]
        render("partner-list", session, ReportOptions())
    assert seen == [False]
    assert gc.isenabled()
