"""Unexpected errors: logged in full, shown to the user as a calm German message.

``install_exception_hook()`` replaces ``sys.excepthook`` and ``threading.excepthook`` (PySide6
passes exceptions raised in slots to ``sys.excepthook``). The details go to the rotating log
file; the user sees what happened, that the saved data is safe, and where the log is. The
program keeps running: the event loop continues after the dialog.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from nfg_desktop import APP_NAME, paths
from nfg_desktop.domain.errors import DomainError
from nfg_desktop.gui.language.messages import error_text

log = logging.getLogger("nfg_desktop.errors")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class ErrorDialog(QMessageBox):
    """What happened, that the data is safe, and where the details are."""

    def __init__(self, error: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(APP_NAME)
        self.log_folder = paths.log_dir()
        if isinstance(error, DomainError):
            self.setIcon(QMessageBox.Icon.Warning)
            self.setText(error_text(error))
        else:
            self.setIcon(QMessageBox.Icon.Information)
            self.setText(
                self.tr("Something unexpected happened: the last action could not be completed.")
            )
            self.setInformativeText(
                self.tr(
                    "Your data is safe: everything saved before is stored in the file. "
                    "You can keep working; if the problem comes back, please close and reopen "
                    "NFG Desktop.\n\nThe details were written to the log file in the folder "
                    "“%1”. Please pass it on to whoever looks after the program."
                ).replace("%1", str(self.log_folder))
            )
            self.setDetailedText(
                "".join(traceback.format_exception_only(type(error), error)).strip()
            )
            self.open_log_button = self.addButton(
                self.tr("Open log folder"), QMessageBox.ButtonRole.ActionRole
            )
            self.open_log_button.clicked.connect(self.open_log_folder)
        self.addButton(QMessageBox.StandardButton.Ok)

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_folder)))


class _Bridge(QObject):
    """Carries an exception from any thread to the GUI thread (queued signal)."""

    raised = Signal(object)


class ExceptionHook:
    """The installed hook; ``show`` is replaceable in tests."""

    def __init__(self) -> None:
        self.bridge = _Bridge()
        self.bridge.raised.connect(self._show_now, Qt.ConnectionType.QueuedConnection)
        self.showing = False
        self.dialog: ErrorDialog | None = None
        self.show: Callable[[BaseException], None] = self._show_dialog
        self.previous_hook = sys.excepthook
        self.previous_thread_hook = threading.excepthook

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            self.previous_hook(kind, error, tb)
            return
        if isinstance(error, DomainError):
            log.warning("Nicht abgefangene Meldung: %s", error.message, exc_info=(kind, error, tb))
        else:
            log.error("Unerwarteter Fehler", exc_info=(kind, error, tb))
        self.bridge.raised.emit(error)

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self(args.exc_type, args.exc_value, args.exc_traceback)

    def _show_now(self, error: BaseException) -> None:
        if self.showing or QApplication.instance() is None:
            return  # one dialog at a time; the log has every error
        self.show(error)

    def _show_dialog(self, error: BaseException) -> None:
        # Non-blocking (no nested event loop): the program goes on behind the message.
        self.showing = True
        self.dialog = ErrorDialog(error, QApplication.activeWindow())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self) -> None:
        self.showing = False
        self.dialog = None


_installed: ExceptionHook | None = None


def install_exception_hook() -> ExceptionHook:
    """Install the hook once (later calls return the installed one)."""
    global _installed
    if _installed is None or sys.excepthook is not _installed:
        _installed = ExceptionHook()
        sys.excepthook = _installed
        threading.excepthook = _installed.thread_hook
    return _installed


def uninstall_exception_hook() -> None:
    global _installed
    if _installed is not None:
        sys.excepthook = _installed.previous_hook
        threading.excepthook = _installed.previous_thread_hook
        _installed = None


def log_folder() -> Path:
    return paths.log_dir()
