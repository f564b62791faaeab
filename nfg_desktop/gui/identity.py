"""How the program shows itself to the desktop: window icon, desktop-file name.

Also the start check of built programs: with ``NFG_QUIT_AFTER_START=1`` in the environment the
program prints the title of its main window as soon as the window is on screen and its start is
over, and quits with exit code 0 (tests/packaging run the built bundle this way on the offscreen
platform).
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QIcon, QWindow
from PySide6.QtWidgets import QApplication, QMainWindow

from nfg_desktop import APP_ID
from nfg_desktop.paths import resource

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
QUIT_AFTER_START_ENV = "NFG_QUIT_AFTER_START"


def app_icon() -> QIcon:
    """The program icon in every rendered size (resources/icons, made by packaging/icons.py)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource("icons", f"nfg-desktop-{size}.png")
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon


def apply_identity(app: QApplication) -> None:
    """Icon and desktop-file name for every window; the start check when it is asked for."""
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)  # matches packaging/linux/nfg-desktop.desktop
    if os.environ.get(QUIT_AFTER_START_ENV):
        app.installEventFilter(_QuitWhenShown(app))


class _QuitWhenShown(QObject):
    """Quits once a main window has been exposed (i.e. drawn), after printing its title."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            not self._done
            and event.type() == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isExposed()
            and self._main_window() is not None
        ):
            self._done = True
            # After the whole start (the data layer is imported after the first paint), so the
            # check also proves that a built program has all of it.
            from nfg_desktop.gui.main_window import MainWindow  # loaded by now

            window = self._main_window()
            if isinstance(window, MainWindow):
                window.after_start(self._quit)
            else:
                QTimer.singleShot(0, self._quit)
        return False

    def _main_window(self) -> QMainWindow | None:
        for widget in self._app.topLevelWidgets():
            if isinstance(widget, QMainWindow) and widget.isVisible():
                return widget
        return None

    def _quit(self) -> None:
        window = self._main_window()
        title = window.windowTitle() if window is not None else ""
        print(f"Fenster geöffnet: {title}", file=sys.stdout, flush=True)
        self._app.exit(0)
