"""What waits for the window's first paint: the reads of the overview and the lists, the
clearance clean-up, and the garbage collector the start pauses."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from nfg_desktop import gcpolicy
from nfg_desktop.gui import opening
from nfg_desktop.gui.app import WindowController, create_application, open_start_window
from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.views.overview_view import OverviewView
from nfg_desktop.gui.widgets.background import BackgroundReader
from nfg_desktop.store.database import Database


def test_the_window_reads_nothing_before_it_is_painted(qtbot: QtBot, demo_db: Database) -> None:
    create_application()
    window = MainWindow(demo_db, demo_db.path)
    try:
        overview = window.view("overview")
        assert isinstance(overview, OverviewView)
        qtbot.wait(300)  # turns of the event loop, but no paint: the window is not shown
        assert overview.overview is None and overview.loading
        assert window.lists.lists == {}  # the lists are not built either

        window.show()
        qtbot.waitUntil(lambda: overview.overview is not None, timeout=10_000)
        assert not overview.loading
        qtbot.waitUntil(lambda: len(window.lists.lists) == 5, timeout=20_000)
    finally:
        window.close_without_asking()
        window.deleteLater()


def test_work_asked_for_after_the_start_runs_at_once(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window._started, timeout=10_000)
    calls: list[str] = []
    window.after_start(lambda: calls.append("later"))
    qtbot.waitUntil(lambda: calls == ["later"], timeout=2_000)


def test_the_reader_keeps_reads_until_released(qtbot: QtBot, demo_db: Database) -> None:
    create_application()
    reader = BackgroundReader(demo_db)
    results: list[int] = []
    try:
        reader.hold()
        reader.submit(lambda _session: 1, results.append)
        reader.submit(lambda _session: 2, results.append)
        qtbot.wait(200)
        assert results == [] and reader.busy()
        reader.release()
        qtbot.waitUntil(lambda: results == [1, 2], timeout=5_000)

        reader.hold()
        reader.submit(lambda _session: 3, results.append)
        assert reader.wait_idle()  # waiting releases what is held: it cannot wait forever
        assert results == [1, 2, 3]
    finally:
        reader.shutdown()


def test_the_collector_paused_for_the_start_runs_again_once_the_window_is_painted(
    qtbot: QtBot, demo_db: Database, nfg_home: Path
) -> None:
    assert demo_db.path is not None
    path = demo_db.path
    demo_db.close()  # opened again with its lock
    create_application()
    controller = WindowController()
    gcpolicy.pause_for_start()  # as __main__.main does before it imports the data layer and Qt
    try:
        assert open_start_window(controller, path)
        assert controller.window is not None
        assert gcpolicy.paused_for_start()  # not before the paint
        qtbot.waitUntil(lambda: not gcpolicy.paused_for_start(), timeout=10_000)
        assert controller.window._started  # runs again once the start is over
        assert gc.get_freeze_count() > 0  # what the start made is left out of its walks
        assert not gc.isenabled()  # in the window's thread only, on its timer
    finally:
        gc.unfreeze()
        if controller.window is not None:
            for box in controller.window.findChildren(QMessageBox):
                box.close()  # the clean-up's message about the demo's clearances
            controller.window.close_without_asking()
        if controller.database is not None:
            controller.database.close()
        opening.wait_for_daily_backups()


def test_a_list_chosen_before_the_start_is_over_opens_and_loads(
    qtbot: QtBot, demo_db: Database
) -> None:
    """Ctrl+2 typed while the window appears: the list is built at once and loads as soon as
    the start is over."""
    create_application()
    window = MainWindow(demo_db, demo_db.path)
    try:
        window.show_view("partners")
        assert not window._started and window.current_view_name() == "partners"
        window.show()
        view = window.list_view("partners")
        qtbot.waitUntil(lambda: window._started, timeout=10_000)
        qtbot.waitUntil(lambda: view.model.total() > 0, timeout=10_000)
        assert window.network_name() in window.windowTitle()
    finally:
        window.close_without_asking()
        window.deleteLater()


def test_a_window_closed_right_after_its_first_paint_ends_its_start_quietly(
    qtbot: QtBot, demo_db: Database
) -> None:
    class ClosedAtOnce(MainWindow):
        def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
            super().paintEvent(event)
            if not self._closing:
                self.close_without_asking()

    create_application()
    window = ClosedAtOnce(demo_db, demo_db.path)
    window.show()
    qtbot.waitUntil(lambda: window._closing, timeout=5_000)
    qtbot.wait(300)  # an error in the rest of the start would fail the test here
    assert not window._started
    window.deleteLater()
