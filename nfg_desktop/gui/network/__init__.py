"""The network area of the window: Datei > Netzwerk-Einstellungen…, the welcome of an empty
file (set up, import, „Neu“, demo network) and opening the demo network in a file of its own.

``install(window)`` is called by the main window (listed in ``gui/areas.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from nfg_desktop import paths
from nfg_desktop.domain.errors import DomainError

if TYPE_CHECKING:
    from nfg_desktop.gui.main_window import MainWindow
    from nfg_desktop.gui.network.settings_dialog import NetworkSettingsDialog


class NetworkArea(QObject):
    """The network settings and the welcome's answers for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("networkArea")
        self.window = window
        self.settings_action = QAction(self.tr("Network settings…"), window)
        self.settings_action.setObjectName("networkSettingsAction")
        self.settings_action.setStatusTip(
            self.tr("Name, municipality, sender, logo and coordinators of the network")
        )
        self.settings_action.triggered.connect(self.open_settings)
        self.demo_action = QAction(self.tr("Open the demo network"), window)
        self.demo_action.setObjectName("openDemoAction")
        self.demo_action.triggered.connect(self.open_demo)
        menu = window.menu_file
        first_separator = next((a for a in menu.actions() if a.isSeparator()), None)
        if first_separator is not None:
            menu.insertAction(first_separator, self.demo_action)
            menu.insertSeparator(first_separator)
            menu.insertAction(first_separator, self.settings_action)
        else:
            menu.addAction(self.demo_action)
            menu.addAction(self.settings_action)
        overview = window.view("overview")
        welcome = getattr(overview, "welcome", None)
        if welcome is not None:
            welcome.action_requested.connect(self.welcome_action)

    def welcome_action(self, key: str) -> None:
        if key == "settings":
            self.open_settings()
        elif key == "import":
            action = self.window.findChild(QAction, "importAction")
            if action is not None:
                action.trigger()
        elif key == "new":
            self.window.show_view("partners")
            self.window.new_record()
        elif key == "demo":
            self.open_demo()

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
            QMessageBox.warning(self.window, self.tr("Demo network"), error.message)
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


def install(window: MainWindow) -> NetworkArea:
    area = NetworkArea(window)
    window.network_area = area  # type: ignore[attr-defined]
    return area
