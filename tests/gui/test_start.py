"""The start of the window: what is loaded before the window is on screen, and what is not."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from nfg_desktop.gui import opening
from nfg_desktop.gui.app import WindowController, create_application
from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.transfer import TransferArea
from nfg_desktop.services.network import NetworkService
from nfg_desktop.store.database import Database
from tests.gui.child_process import run_child
from tests.services.privacy_helpers import add_leavers_with_clearance

# Started the way `nfg-desktop` starts; quits once the main window has been painted
# (NFG_QUIT_AFTER_START), then says which of the given modules had been imported.
START = """
import json, sys
from nfg_desktop.__main__ import main
code = main(["--db", sys.argv[1]])
order = list(sys.modules)  # in the order of their import
before_qt = order[: order.index("PySide6")]
print(json.dumps({
    "code": code,
    "loaded": [m for m in sys.argv[2:] if m in sys.modules],
    "before_qt": [m for m in before_qt if m.startswith(("sqlalchemy", "nfg_desktop"))],
}))
"""

# Imported by the areas when they are used, never for the first window.
NOT_AT_START = (
    "reportlab",
    "openpyxl",
    "PySide6.QtPdf",
    "PySide6.QtPrintSupport",
    "nfg_desktop.io",
    "nfg_desktop.reports",
    "nfg_desktop.services.reporting",
    "nfg_desktop.gui.reports.view",
    "nfg_desktop.gui.reports.preview",
    "nfg_desktop.gui.reports.chooser",
    "nfg_desktop.gui.transfer.import_wizard",
    "nfg_desktop.gui.transfer.export_dialog",
)


def start_window(db_path: Path, nfg_home: Path, modules: tuple[str, ...]) -> dict[str, object]:
    output, report = run_child(START, [str(db_path), *modules], nfg_home, NFG_QUIT_AFTER_START="1")
    assert "Fenster geöffnet" in output
    assert isinstance(report, dict)
    return report


def test_the_window_starts_without_loading_the_areas_heavy_modules(
    demo_db: Database, nfg_home: Path
) -> None:
    assert demo_db.path is not None
    path = demo_db.path
    demo_db.close()  # the child takes the file lock
    report = start_window(path, nfg_home, (*NOT_AT_START, "nfg_desktop.gui.views.overview_view"))
    assert report["code"] == 0
    # The check can fail: the overview is loaded at start and is reported.
    assert report["loaded"] == ["nfg_desktop.gui.views.overview_view"]


def test_opening_the_file_is_imported_before_qt(demo_db: Database, nfg_home: Path) -> None:
    # After PySide6 every import is slower (its import hook): what opens the file comes first.
    assert demo_db.path is not None
    path = demo_db.path
    demo_db.close()
    report = start_window(path, nfg_home, ())
    before_qt = report["before_qt"]
    assert isinstance(before_qt, list)
    for module in ("sqlalchemy", "sqlalchemy.dialects.sqlite", "nfg_desktop.store.database"):
        assert module in before_qt


# Started the way `nfg-desktop` starts; notes what was imported when the main window painted
# for the first time, and quits once the start is over (NFG_QUIT_AFTER_START).
FIRST_PAINT = """
import json, sys
from nfg_desktop.__main__ import import_data_layer, main
import_data_layer()
import nfg_desktop.gui.app as gui_app
seen = {}

class Watched(gui_app.MainWindow):
    def paintEvent(self, event):
        if not seen:
            seen.update({m: m in sys.modules for m in sys.argv[2:]})
        super().paintEvent(event)

gui_app.MainWindow = Watched
code = main(["--db", sys.argv[1]])
after = [m for m in sys.argv[2:] if m in sys.modules]
print(json.dumps({"code": code, "at_first_paint": seen, "after": after}))
"""
DATA_LAYER = ("sqlalchemy.orm", "nfg_desktop.store.models", "nfg_desktop.services.overview")


def test_the_window_paints_before_the_data_model_is_imported_and_then_finishes_its_start(
    demo_db: Database, nfg_home: Path
) -> None:
    assert demo_db.path is not None
    path = demo_db.path
    with demo_db.read() as session:
        name = NetworkService(session).name()
    demo_db.close()
    output, report = run_child(
        FIRST_PAINT, [str(path), *DATA_LAYER], nfg_home, NFG_QUIT_AFTER_START="1"
    )
    assert report["code"] == 0
    assert report["at_first_paint"] == dict.fromkeys(DATA_LAYER, False)
    assert report["after"] == list(DATA_LAYER)  # imported after the paint
    # The start check quits once the start is over: the title names the network by then.
    assert f"Fenster geöffnet: {name} – " in output


@pytest.mark.parametrize("kind", ["reports", "transfer"])
def test_the_areas_still_work_after_their_lazy_import(kind: str, window: object) -> None:
    """The heavy modules arrive when the area is first used."""
    if kind == "reports":
        view = window.show_view("reports")  # type: ignore[attr-defined]
        assert type(view).__name__ == "ReportsView"
        assert "nfg_desktop.gui.reports.view" in sys.modules
    else:
        area = window.area(TransferArea)  # type: ignore[attr-defined]
        dialog = area.make_export_dialog("partners")
        assert type(dialog).__name__ == "ExportDialog"
        dialog.deleteLater()


def test_the_other_views_are_built_in_idle_time_after_the_lists(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The reports view (imported lazily) is ready before the user first switches to it."""

    def built() -> bool:
        stack = window.stack
        return any(type(stack.widget(i)).__name__ == "ReportsView" for i in range(stack.count()))

    qtbot.waitUntil(built, timeout=20_000)
    assert window.current_view_name() == "overview"  # built, not shown


def test_the_clearance_clean_up_runs_once_the_window_is_on_screen(
    qtbot: QtBot, demo_db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    """Opening a file deletes the clearance records that are due and says so, right after the
    window appeared rather than before."""
    caplog.set_level(logging.WARNING)  # what the test makes happen is logged
    add_leavers_with_clearance(demo_db, 3)
    assert demo_db.path is not None
    path = demo_db.path
    demo_db.close()
    create_application()
    controller = WindowController()
    assert controller.open(path)
    window = controller.window
    assert window is not None and controller.database is not None

    def message() -> QMessageBox | None:
        return window.findChild(QMessageBox, "clearanceCleanupMessage")

    assert message() is None
    qtbot.waitUntil(lambda: message() is not None, timeout=10_000)
    box = message()
    assert box is not None and "ausgeschieden am" in box.detailedText()
    box.close()
    window.close_without_asking()
    controller.database.close()
    opening.wait_for_daily_backups()
    assert "Führungszeugnis-Einträge gelöscht" in caplog.text
