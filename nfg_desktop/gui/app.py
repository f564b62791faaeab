"""Start the window: application, German translation, the data file, the main window.

Opening a file always goes through ``opening.open_database_interactively``. Choosing another file
(Neue Datei…, Öffnen…, Zuletzt geöffnet) opens it and replaces the window.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from nfg_desktop import APP_NAME, ORGANISATION, ORGANISATION_DOMAIN, gcpolicy, paths
from nfg_desktop.gui import opening
from nfg_desktop.gui.identity import apply_identity
from nfg_desktop.gui.main_window import MainWindow, last_file, remember_file
from nfg_desktop.gui.safety import session_end
from nfg_desktop.store.database import Database

log = logging.getLogger(__name__)

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


def translation_file() -> Path:
    return paths.resource("i18n", "nfg_de.qm")


def install_translations(app: QApplication) -> list[QTranslator]:
    """German is the default language: the program's strings and Qt's own (dialog buttons)."""
    QLocale.setDefault(GERMAN)
    installed: list[QTranslator] = []
    own = QTranslator(app)
    qm = translation_file()
    if own.load(str(qm)):
        app.installTranslator(own)
        installed.append(own)
    else:
        log.warning("Übersetzung nicht gefunden: %s", qm)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(GERMAN, "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain(ORGANISATION_DOMAIN)
    apply_identity(app)
    if not getattr(app, "_nfg_translations", None):
        app._nfg_translations = install_translations(app)  # type: ignore[attr-defined]
    return app


class WindowController(QObject):
    """Owns the open file and its window; replaces both when the user picks another file."""

    def __init__(self) -> None:
        super().__init__()
        self.window: MainWindow | None = None
        self.database: Database | None = None

    def open(self, path: Path) -> bool:
        opened = opening.open_database_interactively(path, self.window)
        if opened is None:
            return False
        database, read_only = opened
        old_window, old_database = self.window, self.database
        window = MainWindow(database, path)
        if read_only:
            window.set_read_only(True)
        window.file_requested.connect(self.open)
        self.window, self.database = window, database
        remember_file(path)
        if old_window is not None:
            old_window.close_without_asking()
            old_window.deleteLater()
            # Once the new window's start is over, the old one is deleted: its objects can go.
            window.after_start(gcpolicy.window_replaced)
        if old_database is not None:
            old_database.close()
        window.show()
        # The areas' work for the opened file (the clearance clean-up, the drafts of forms left
        # unsaved when the program was last ended from outside) runs once the window's start is
        # over; its messages then have a visible window to stand on.
        window.after_start(window.after_open)
        return True

    def close_file(self) -> None:
        """Close the open file properly (WAL checkpoint, lock released); once."""
        database, self.database = self.database, None
        if database is not None:
            database.close()


def start_path(db_path: Path, use_last: bool) -> Path:
    """The file to open at start: the one given, or (when none was given) the last one."""
    if use_last:
        remembered = last_file()
        if remembered is not None and remembered.exists():
            return remembered
    return db_path


def open_start_window(controller: WindowController, path: Path) -> bool:
    """Open the file of the start in ``controller``'s window; once its start is over (painted,
    data layer imported), the collector the start paused runs again (``gcpolicy.start_over``)."""
    if not controller.open(path):
        return False
    assert controller.window is not None
    controller.window.after_start(gcpolicy.start_over)
    return True


def run_gui(db_path: Path, use_last: bool = False) -> int:
    app = create_application()
    controller = WindowController()
    # Before the file is opened: a SIGTERM during the start ends it cleanly too.
    session_end.install(app, lambda: controller.window, controller.close_file)
    if not open_start_window(controller, start_path(db_path, use_last)):
        return 1
    code = int(app.exec())
    controller.close_file()
    return code
