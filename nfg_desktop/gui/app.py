"""Start the window: application, translation, the data file, the main window.

Opening a file always goes through ``opening.open_database_interactively``. Choosing another file
(Neue Datei…, Öffnen…, Zuletzt geöffnet) opens it and replaces the window.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import URL

from nfg_desktop import APP_NAME, ORGANISATION, ORGANISATION_DOMAIN, gcpolicy
from nfg_desktop.gui import language, opening
from nfg_desktop.gui.identity import apply_identity
from nfg_desktop.gui.main_window import MainWindow, last_file, remember_file, remember_server
from nfg_desktop.gui.safety import session_end
from nfg_desktop.store.database import Database

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The application, with the translation of the window's language (``gui/language``)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain(ORGANISATION_DOMAIN)
    apply_identity(app)
    if getattr(app, "_nfg_translators", None) is None:
        language.install(app, language.chosen_language())
    if getattr(app, "_nfg_collector", None) is None:
        app._nfg_collector = _collector_timer(app)  # type: ignore[attr-defined]
    return app


def _collector_timer(app: QApplication) -> QTimer:
    """Python's cyclic collector runs only in the window's thread, on this timer: started by
    itself in a reader's thread it would destroy Qt objects there (``gcpolicy``)."""
    gcpolicy.collect_in_window_thread_only()
    timer = QTimer(app)
    timer.setInterval(gcpolicy.COLLECT_EVERY_MS)
    timer.timeout.connect(gcpolicy.collect_when_due)
    timer.start()
    return timer


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
        self._show(database, path, read_only)
        remember_file(path)
        return True

    def open_server(self, url: URL) -> bool:
        """Open the network on a server (Mit Server verbinden…, --db-url, Zuletzt geöffnet)."""
        if url.get_backend_name() == "sqlite" and url.database:
            return self.open(Path(url.database))  # a file, with its lock
        database = opening.open_server_interactively(url, self.window)
        if database is None:
            return False
        self._show(database, None, False)
        remember_server(url)
        return True

    def _show(self, database: Database, path: Path | None, read_only: bool) -> None:
        """A new window on ``database`` replaces the old window and closes its database."""
        old_window, old_database = self.window, self.database
        window = MainWindow(database, path)
        if read_only:
            window.set_read_only(True)
        window.file_requested.connect(self.open)
        window.server_requested.connect(self.open_server)
        self.window, self.database = window, database
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


def open_start_window(controller: WindowController, path: Path, url: URL | None = None) -> bool:
    """Open the file (or the server) of the start in ``controller``'s window; once its start is
    over (painted, data layer imported), the collector the start paused runs again
    (``gcpolicy.start_over``)."""
    if not (controller.open_server(url) if url is not None else controller.open(path)):
        return False
    assert controller.window is not None
    controller.window.after_start(gcpolicy.start_over)
    return True


def run_gui(db_path: Path, use_last: bool = False, db_url: str | None = None) -> int:
    """The window on ``db_path`` (or the last file), or on the server at ``db_url``."""
    app = create_application()
    controller = WindowController()
    # Before the file is opened: a SIGTERM during the start ends it cleanly too.
    session_end.install(app, lambda: controller.window, controller.close_file)
    url = None
    if db_url:
        from sqlalchemy.engine import make_url

        url = make_url(db_url)
    if not open_start_window(controller, start_path(db_path, use_last), url):
        return 1
    code = int(app.exec())
    controller.close_file()
    return code
