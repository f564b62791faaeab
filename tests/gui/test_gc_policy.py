"""The garbage-collector policy (``nfg_desktop.gcpolicy``) as the window uses it: nothing it
freezes outlives the window it was frozen with, a list's reload freezes nothing, and the
collector runs only in the window's thread."""

from __future__ import annotations

import gc
import shutil
import threading
import weakref
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from nfg_desktop import gcpolicy
from nfg_desktop.gui import opening
from nfg_desktop.gui.app import WindowController, create_application, open_start_window
from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.store.database import Database


def _close(controller: WindowController) -> None:
    if controller.window is not None:
        for box in controller.window.findChildren(QMessageBox):
            box.close()
        controller.window.close_without_asking()
        controller.window.deleteLater()
    controller.close_file()
    opening.wait_for_daily_backups()


def test_a_window_replaced_by_another_file_is_collected(
    qtbot: QtBot, demo_db: Database, nfg_home: Path
) -> None:
    assert demo_db.path is not None
    first = demo_db.path
    demo_db.close()  # opened again with its lock
    second = first.with_name("zweite.sqlite")
    shutil.copyfile(first, second)
    create_application()
    controller = WindowController()
    gcpolicy.pause_for_start()  # as __main__.main does
    try:
        assert open_start_window(controller, first)
        qtbot.waitUntil(lambda: not gcpolicy.paused_for_start(), timeout=10_000)
        assert gc.get_freeze_count() > 0  # the start's objects are left out of the walks
        old = weakref.ref(controller.window)
        frozen_with_first = gc.get_freeze_count()
        assert controller.open(second)
        window = controller.window
        assert window is not None
        qtbot.waitUntil(lambda: window._started, timeout=10_000)
        # The old window was frozen with the start; its freeze is undone, so it goes.
        qtbot.waitUntil(lambda: old() is None, timeout=10_000)
        assert 0 < gc.get_freeze_count() < 2 * frozen_with_first
    finally:
        gc.unfreeze()
        _close(controller)


def test_a_list_reload_freezes_nothing(window: MainWindow) -> None:
    view = window.list_view("volunteers")
    view.wait_loaded()
    frozen = gc.get_freeze_count()
    for _ in range(3):
        view.reload()
        view.wait_loaded()
    assert gc.get_freeze_count() == frozen


def test_a_bulk_step_pauses_the_collector_once_even_when_nested(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As in a command's process: this test process made a window, which keeps the collector
    # with the window's thread.
    monkeypatch.setattr(gcpolicy, "_window_thread_only", False)
    gc.enable()
    try:
        with gcpolicy.collector_paused():
            assert not gc.isenabled()
            with gcpolicy.collector_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()  # the outer step is still running
        assert gc.isenabled()
    finally:
        gc.disable()


class _Node:
    """An object in a reference cycle with itself: only the collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_the_collector_runs_only_in_the_window_thread(qtbot: QtBot) -> None:
    """Started by itself in a reader's thread, the collector destroyed Qt objects there (the
    test run crashed so); with a window it runs only on the window thread's timer."""
    create_application()
    collected_in: set[int] = set()

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collected_in.add(threading.get_ident())

    gc.callbacks.append(note)
    try:
        # Far more cycles than the collector's first threshold, made in another thread.
        worker = threading.Thread(target=lambda: [_Node() for _ in range(20_000)])
        worker.start()
        worker.join()
        last = weakref.ref(_Node())
        qtbot.waitUntil(lambda: last() is None, timeout=5_000)  # the timer collected it
    finally:
        gc.callbacks.remove(note)
    assert collected_in == {threading.get_ident()}


def test_no_collection_is_due_while_a_bulk_step_runs(qtbot: QtBot) -> None:
    create_application()
    with gcpolicy.collector_paused():
        garbage = weakref.ref(_Node())
        for _ in range(2_000):
            _Node()
        qtbot.wait(3 * gcpolicy.COLLECT_EVERY_MS)
        assert garbage() is not None  # not walked during the step
    qtbot.waitUntil(lambda: garbage() is None, timeout=5_000)
