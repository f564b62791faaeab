"""Screenshots of every view of the window with the demo network, for the README.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py

Builds the demo network „Musterhausen“ in a temporary folder (nothing of the user's is touched),
opens the main window offscreen at 1400 x 880 and saves one PNG per view next to this script.
In the lists the first entry is opened, so its form shows beside the list. Then the first
start: the welcome of an empty file and the network settings (at 1280 x 800, the default size).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent

SHOTS: tuple[tuple[str, str], ...] = (
    ("overview", "01-uebersicht.png"),
    ("partners", "02-partner.png"),
    ("projects", "03-projekte.png"),
    ("volunteers", "04-ehrenamtliche.png"),
    ("meetings", "05-termine.png"),
    ("trainings", "06-qualifizierungen.png"),
    ("reports", "07-berichte.png"),
)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["NFG_HOME"] = folder
        os.environ.pop("NFG_DB", None)
        from PySide6.QtCore import QCoreApplication

        from nfg_desktop.gui.app import create_application
        from nfg_desktop.gui.main_window import MainWindow
        from nfg_desktop.gui.views.list_view import ListView
        from nfg_desktop.services.demo import build_demo
        from nfg_desktop.store.database import open_database

        app = create_application(sys.argv[:1])
        app.setStyle("Fusion")
        path = Path(folder) / "musterhausen.sqlite"
        database = open_database(path)
        with database.write() as session:
            build_demo(session, scale=1, today=date(2026, 11, 25))
        window = MainWindow(database, path)
        window.resize(1400, 880)
        window.show()
        for name, file_name in SHOTS:
            view = window.show_view(name)
            if isinstance(view, ListView):
                view.wait_loaded()
                if view.proxy.rowCount():
                    view.open_record(view.proxy.id_at(0))
                    view.table.setFocus()
            else:
                waiting = getattr(view, "wait_loaded", None)
                if callable(waiting):
                    waiting()
            window.wait_loaded()
            for _ in range(3):
                QCoreApplication.processEvents()
            target = HERE / file_name
            window.grab().save(str(target))
            print(target.relative_to(HERE.parent.parent))
        window.close_without_asking()
        first_start_shots(Path(folder), database)
        database.close()
    return 0


def first_start_shots(folder: Path, demo: object) -> None:
    """00-willkommen.png (an empty file) and 08-netzwerk-einstellungen.png (the demo's)."""
    from PySide6.QtCore import QCoreApplication

    from nfg_desktop.gui.main_window import MainWindow
    from nfg_desktop.gui.network.settings_dialog import NetworkSettingsDialog
    from nfg_desktop.store.database import Database, open_database

    assert isinstance(demo, Database)
    path = folder / "netzwerk.sqlite"
    database = open_database(path)
    window = MainWindow(database, path)
    window.resize(1280, 800)
    window.show()
    window.show_view("overview")
    window.wait_loaded()
    window.view("overview").wait_loaded()  # type: ignore[attr-defined]
    for _ in range(3):
        QCoreApplication.processEvents()
    target = HERE / "00-willkommen.png"
    window.grab().save(str(target))
    print(target.relative_to(HERE.parent.parent))
    window.close_without_asking()
    database.close()

    dialog = NetworkSettingsDialog(demo)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)  # the coordinators' tandem
    for _ in range(3):
        QCoreApplication.processEvents()
    target = HERE / "08-netzwerk-einstellungen.png"
    dialog.grab().save(str(target))
    print(target.relative_to(HERE.parent.parent))
    dialog.close()


if __name__ == "__main__":
    sys.exit(main())
