"""Safety in the window: backups, restore, the lock, unexpected errors, drafts.

:class:`SafetyArea` (listed in ``gui/areas.py``) hands the window Datei > Sicherung erstellen…,
Sicherung wiederherstellen… and Netzwerk kopieren… (to and from a server), and the bar shown
when another program holds the file; it keeps the file lock fresh, installs the exception hook,
and once the file's window is open offers the drafts of forms left unsaved when the program was
last ended from outside (``drafts.py``). Hilfe > Über (``about.py``) is the window's own entry.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QToolBar

from nfg_desktop import APP_NAME
from nfg_desktop.gui.area import Area, MenuEntry, Slot
from nfg_desktop.gui.language.messages import error_text
from nfg_desktop.gui.safety import drafts
from nfg_desktop.gui.safety.backup_dialogs import CreateBackupDialog, RestoreDialog
from nfg_desktop.gui.safety.copy_dialog import CopyDialog
from nfg_desktop.gui.safety.error_hook import install_exception_hook
from nfg_desktop.gui.safety.holder_bar import make_holder_bar
from nfg_desktop.store import backup
from nfg_desktop.store.backup import BackupError
from nfg_desktop.store.lock import REFRESH_INTERVAL

if TYPE_CHECKING:
    from pathlib import Path

    from nfg_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class SafetyArea(Area):
    """The safety entries of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        install_exception_hook()
        self.action_backup = QAction(self.tr("Create backup…"), window)
        self.action_backup.setObjectName("actionCreateBackup")
        self.action_backup.triggered.connect(self.create_backup)
        self.action_restore = QAction(self.tr("Restore backup…"), window)
        self.action_restore.setObjectName("actionRestoreBackup")
        self.action_restore.triggered.connect(self.restore_backup)
        self.action_copy = QAction(self.tr("Copy network…"), window)
        self.action_copy.setObjectName("actionCopyNetwork")
        self.action_copy.triggered.connect(self.copy_network)
        has_file = window.db_path is not None
        self.action_backup.setEnabled(has_file)
        self.action_restore.setEnabled(has_file and not window.read_only)
        self.holder_bar = make_holder_bar(window)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(int(REFRESH_INTERVAL.total_seconds() * 1000))
        self.refresh_timer.timeout.connect(self.refresh_lock)
        self.refresh_timer.start()

    def menu_entries(self) -> list[MenuEntry]:
        return [
            MenuEntry(Slot.FILE_BACKUP, self.action_backup),
            MenuEntry(Slot.FILE_BACKUP, self.action_restore),
            MenuEntry(Slot.FILE_BACKUP, self.action_copy),
        ]

    def toolbars(self) -> list[QToolBar]:
        return [self.holder_bar] if self.holder_bar is not None else []

    def after_open(self) -> None:
        drafts.offer(self.window)

    # --- backups ----------------------------------------------------------------------------

    def create_backup(self) -> CreateBackupDialog | None:
        if self.window.db_path is None:
            return None
        dialog = CreateBackupDialog(self.window.db_path, self.window)
        dialog.open()
        return dialog

    def restore_backup(self) -> RestoreDialog | None:
        if self.window.db_path is None:
            return None
        dialog = RestoreDialog(self.window.db_path, self.window)
        dialog.accepted.connect(lambda: self.restore_from(dialog.chosen))
        dialog.open()
        return dialog

    def copy_network(self) -> CopyDialog:
        """From the open file to a server, or from a server into a new file."""
        dialog = CopyDialog(self.window.db_path, self.window)
        dialog.open()
        return dialog

    def restore_from(self, chosen: Path | None) -> bool:
        """Close the file, put the backup in its place and reopen it (the lock stays ours)."""
        window = self.window
        db_path = window.db_path
        if chosen is None or db_path is None or window.read_only:
            return False
        if not window.maybe_leave():
            return False
        from nfg_desktop.gui.opening import wait_for_daily_backups  # opening imports this

        database = window.database
        lock, database.lock = database.lock, None  # keep the file locked while replacing it
        database.close()
        wait_for_daily_backups()  # the copy of this morning is written from the file
        try:
            previous = backup.restore_backup(chosen, db_path)
        except BackupError as error:
            database.lock = lock
            QMessageBox.warning(window, APP_NAME, error_text(error))
            return False
        log.info("Wiederhergestellt aus %s (vorher: %s)", chosen, previous)
        message = self.tr("Backup restored. The previous state was saved as “%1”.").replace(
            "%1", previous.name if previous is not None else "–"
        )
        window.statusBar().showMessage(message, 15_000)
        # The application reopens the file in a fresh window (opening.py, app.py), which shares
        # the lock kept meanwhile; then this opening lets go of its share.
        window.file_requested.emit(db_path)
        if lock is not None:
            lock.release()
        return True

    # --- the lock ---------------------------------------------------------------------------

    def refresh_lock(self) -> None:
        lock = self.window.database.lock
        if lock is not None and lock.released:
            # The file was closed (window closed or file switched): nothing left to keep fresh,
            # and no warning may pop up over a window that is going away.
            self.refresh_timer.stop()
            return
        if lock is None or self.window.read_only:
            return
        if not lock.refresh():
            log.warning("Sperre übernommen von jemand anderem: %s", lock.path)
            self.window.set_read_only(True)
            QMessageBox.warning(
                self.window,
                APP_NAME,
                self.tr(
                    "Another program has taken over this file. To protect its changes, this "
                    "window is now read-only. Please close it and open the file again later."
                ),
            )
