"""The network area of the window: Datei > Netzwerk-Einstellungen…, the welcome of an empty
file (set up, import, „Neu“, demo network) and opening the demo network in a file of its own.

:class:`NetworkArea` is one of the window's areas (listed in ``gui/areas.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from nfg_desktop import paths
from nfg_desktop.domain.errors import DomainError
from nfg_desktop.gui.area import Area, MenuEntry, Slot
from nfg_desktop.gui.language.messages import error_text

if TYPE_CHECKING:
    from nfg_desktop.gui.main_window import MainWindow
    from nfg_desktop.gui.network.settings_dialog import NetworkSettingsDialog


class NetworkArea(Area):
    """The network settings and the welcome's answers for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("networkArea")
        self.settings_action = QAction(self.tr("Network settings…"), window)
        self.settings_action.setObjectName("networkSettingsAction")
        self.settings_action.setStatusTip(
            self.tr("Name, municipality, sender, logo and coordinators of the network")
        )
        self.settings_action.triggered.connect(self.open_settings)
        self.demo_action = QAction(self.tr("Open the demo network"), window)
        self.demo_action.setObjectName("openDemoAction")
        self.demo_action.triggered.connect(self.open_demo)

    def menu_entries(self) -> list[MenuEntry]:
        return [
            MenuEntry(Slot.FILE_DEMO, self.demo_action),
            MenuEntry(Slot.FILE_NETWORK, self.settings_action),
        ]

    def welcome_answers(self) -> dict[str, Callable[[], object]]:
        return {"settings": self.open_settings, "demo": self.open_demo}

    def make_settings_dialog(self) -> NetworkSettingsDialog:
        from nfg_desktop.gui.network.settings_dialog import NetworkSettingsDialog

        return NetworkSettingsDialog(
            self.window.database, self.window, read_only=self.window.read_only
        )

    def open_settings(self) -> None:
        dialog = self.make_settings_dialog()
        dialog.exec()
        if dialog.saved:
            self.window.statusBar().showMessage(self.tr("Network settings saved."), 10_000)

    def open_demo(self) -> None:
        """Create the demo network in its own file (once) and switch the window to it."""
        path = paths.demo_db_path()
        if paths.is_demo_file(self.window.db_path):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            prepare_demo_file(path)
        except DomainError as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self.window, self.tr("Demo network"), error_text(error))
            return
        QApplication.restoreOverrideCursor()
        self.window.request_file(path)


def prepare_demo_file(path: Path) -> None:
    """The demo file exists and holds the demo network (built at its first use)."""
    from nfg_desktop.services.demo import build_demo, is_empty
    from nfg_desktop.store.database import open_database

    path.parent.mkdir(parents=True, exist_ok=True)
    database = open_database(path)
    try:
        with database.read() as session:
            empty = is_empty(session)
        if empty:
            with database.write() as session:
                build_demo(session)
    finally:
        database.close()
