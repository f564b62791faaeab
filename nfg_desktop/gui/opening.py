"""Opening a data file from the window: the one function every way of opening goes through.

Used for the start file, Datei > Neue Datei…, Öffnen… and Zuletzt geöffnet. Returns the open
database and whether it is read-only, or None after telling the user (in German) why not.

Along the way it takes the file lock (a file someone else writes to opens read-only, the window
says who; only where the file system cannot lock is a lock that looks left behind offered for
taking over), offers read-only opening of write-protected files, offers
a backup for missing or damaged files, and writes the first backup of the day.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget
from sqlalchemy.engine import URL

from nfg_desktop import APP_NAME
from nfg_desktop.domain.errors import DomainError, os_error_text
from nfg_desktop.gui.language.messages import error_text, shown
from nfg_desktop.gui.safety import questions
from nfg_desktop.gui.safety.backup_dialogs import RestoreDialog
from nfg_desktop.gui.safety.error_hook import install_exception_hook
from nfg_desktop.gui.safety.questions import Choice
from nfg_desktop.store import backup, files
from nfg_desktop.store.backup import BackupError
from nfg_desktop.store.database import Database, open_database, open_url
from nfg_desktop.store.files import DamagedDatabaseError, MissingFileError, ReadOnlyLocationError
from nfg_desktop.store.lock import FileInUseError, LockInfo, LockUnavailableError
from nfg_desktop.store.server import ServerAddress, ServerConnectionError

log = logging.getLogger(__name__)


def open_database_interactively(path: Path, parent: QWidget | None) -> tuple[Database, bool] | None:
    """Open ``path`` (creating a new file if it does not exist); None if it cannot be opened."""
    install_exception_hook()  # from the first dialog on, no error ends up on a console
    path = Path(path)
    if not path.exists() and _known_file(path):
        # A file from "Zuletzt geöffnet" that is gone: never silently start an empty one.
        choice = questions.ask_missing(path, _has_backups(path), parent)
        if choice is Choice.RESTORE:
            if not restore_interactively(path, parent):
                return None
        elif choice is not Choice.CREATE:
            return None
    read_only = False
    take_over = False
    held_by: LockInfo | None = None
    for _attempt in range(5):
        try:
            database = open_database(
                path, read_only=read_only, lock=not read_only, take_over=take_over
            )
        except FileInUseError as error:
            log.info("Datei in Benutzung: %s (%s)", path, error.info)
            if not error.stale:
                # Someone works with it: read-only, without a question; the window's bar says
                # who and offers editing once they have closed it.
                read_only, held_by = True, error.info
                continue
            # Only where the file system cannot lock: a lock that looks left behind.
            choice = questions.ask_about_lock(error, parent)
            if choice is Choice.TAKE_OVER:
                take_over = True
            elif choice is Choice.READ_ONLY:
                read_only = True
            else:
                return None
            continue
        except (ReadOnlyLocationError, LockUnavailableError) as error:
            log.info("Datei schreibgeschützt: %s", path)
            if questions.ask_read_only(error_text(error), parent) is not Choice.READ_ONLY:
                return None
            read_only = True
            continue
        except (DamagedDatabaseError, MissingFileError) as error:
            log.warning("Datei nicht geöffnet: %s (%s)", path, error.message)
            choice = questions.tell_refused(error_text(error), _has_backups(path), parent)
            if choice is Choice.RESTORE and restore_interactively(path, parent):
                continue
            return None
        except DomainError as error:
            log.warning("Datei nicht geöffnet: %s (%s)", path, error.message)
            QMessageBox.critical(parent, APP_NAME, error_text(error))
            return None
        except OSError as error:
            log.warning("Datei nicht geöffnet: %s (%s)", path, error)
            text = QCoreApplication.translate("opening", "The file “%1” cannot be opened: %2")
            QMessageBox.critical(
                parent,
                APP_NAME,
                text.replace("%1", str(path)).replace("%2", shown(os_error_text(error))),
            )
            return None
        database.held_by = held_by
        if not database.read_only:
            daily_backup_in_background(database)
        return database, database.read_only
    return None


def open_server_interactively(url: URL, parent: QWidget | None) -> Database | None:
    """Open the network on the server at ``url``; None after telling the user (in German)
    why not. When the server wants a password that libpq did not find (pgpass, service file),
    or the one given was wrong, the user is asked for it; it is kept in memory only. No lock
    and no read-only opening: on a server every user edits."""
    install_exception_hook()
    address = ServerAddress.from_url(url)
    for _attempt in range(5):
        try:
            return open_url(url)
        except ServerConnectionError as error:
            log.info("Server nicht geöffnet: %s (%s)", address.label(), error.message)
            if error.needs_password or (error.wrong_login and url.password):
                hint = "" if error.needs_password else error.message
                password = ask_password(address, hint, parent)
                if password is None:
                    return None
                url = url.set(password=password)
                continue
            QMessageBox.critical(parent, APP_NAME, error.message)
            return None
        except DomainError as error:
            log.warning("Server nicht geöffnet: %s (%s)", address.label(), error.message)
            QMessageBox.critical(parent, APP_NAME, error.message)
            return None
    return None


def ask_password(address: ServerAddress, hint: str, parent: QWidget | None) -> str | None:
    """The password for ``address``, asked each time (never stored); None if cancelled."""
    text = QCoreApplication.translate("opening", "Password of %1 on the server %2:")
    text = text.replace("%1", address.user or "?").replace("%2", address.label())
    if hint:
        text = f"{hint}\n\n{text}"
    password, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("opening", "Password"),
        text,
        QLineEdit.EchoMode.Password,
    )
    return password if ok else None


class _BackupReport(QObject):
    """Hands a failed background backup to the window's thread, which says so."""

    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.failed.connect(self._tell)

    def _tell(self, message: str) -> None:
        QMessageBox.warning(None, APP_NAME, message)


_daily_backups: dict[Path, threading.Thread] = {}
_backup_report: _BackupReport | None = None  # one for all files, made in the window's thread


def daily_backup_in_background(database: Database) -> threading.Thread | None:
    """The first backup of the day in a thread of its own: the copy and its integrity check
    (most of a second for a district's file) run beside the window's start instead of before
    it. SQLite reads the file through its own connection; a failure is logged and said in a
    message box, but does not stop the work. A program that is closed meanwhile waits for the
    copy to finish."""
    global _backup_report
    path = database.path
    if path is None:
        return None
    running = _daily_backups.get(path)
    if running is not None and running.is_alive():
        return running
    if _backup_report is None:
        _backup_report = _BackupReport()
    report = _backup_report

    def run() -> None:
        try:
            backup.daily_backup_if_due(path)
        except BackupError as error:
            log.warning("Tägliche Sicherung fehlgeschlagen: %s", error.message)
            report.failed.emit(error_text(error))
        except Exception:
            log.exception("Tägliche Sicherung fehlgeschlagen")

    thread = threading.Thread(target=run, name="nfg-sicherung")
    _daily_backups[path] = thread
    thread.start()
    return thread


def wait_for_daily_backups(timeout: float | None = None) -> None:
    """Wait until the daily backups started so far are written (tests, restore)."""
    for thread in list(_daily_backups.values()):
        thread.join(timeout)


def restore_interactively(path: Path, parent: QWidget | None) -> bool:
    """Let the user choose a backup and put it in place of ``path`` (which is not open)."""
    dialog = RestoreDialog(path, parent)
    if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
        return False
    wait_for_daily_backups()
    try:
        backup.restore_backup(dialog.chosen, path)
    except BackupError as error:
        QMessageBox.warning(parent, APP_NAME, error_text(error))
        return False
    return True


def _known_file(path: Path) -> bool:
    """Whether the user worked with this file before (it is in "Zuletzt geöffnet")."""
    from nfg_desktop.gui.main_window import recent_files

    try:
        resolved = path.resolve()
        return any(known.resolve() == resolved for known in recent_files())
    except OSError:
        return True


def _has_backups(path: Path) -> bool:
    return bool(files.backups_of(backup.backup_dir(), path.stem))
