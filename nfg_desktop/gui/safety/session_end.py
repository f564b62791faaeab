"""A clean end when the program is ended from outside.

SIGTERM (``kill``, a session manager, a Linux logout) and SIGHUP (the terminal went away) on
Linux and macOS, and the end of a Windows session (Qt's ``commitDataRequest`` and
``aboutToQuit``), end the program as if the user had closed it: forms with unsaved changes are
kept as drafts (``drafts.py``; the next start offers them), the window closes without asking,
the file is closed properly (WAL checkpoint, lock released) and the exit code is 0.

Python runs a signal handler only when the interpreter gets control, and Qt's event loop runs in
C++; ``signal.set_wakeup_fd`` writes each signal into a socket that a ``QSocketNotifier``
watches, so the end runs in the window's thread at once, between two events.
"""

from __future__ import annotations

import logging
import signal
import socket
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtGui import QSessionManager
from PySide6.QtWidgets import QApplication

from nfg_desktop.gui.safety import drafts

if TYPE_CHECKING:
    from nfg_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)

ENDING_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class CleanEnd(QObject):
    """Installed once per application by :func:`install`."""

    def __init__(
        self,
        app: QApplication,
        window: Callable[[], MainWindow | None],
        close_file: Callable[[], None],
        watch_signals: bool = True,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.window = window
        self.close_file = close_file
        self.ended_by: str | None = None
        self.notifier: QSocketNotifier | None = None
        if watch_signals and sys.platform != "win32":
            self._watch_signals()
        app.commitDataRequest.connect(self.commit_data)
        app.aboutToQuit.connect(self._about_to_quit)

    def _about_to_quit(self) -> None:
        self.close_file()

    def _watch_signals(self) -> None:
        self._receive, self._send = socket.socketpair()
        for end in (self._receive, self._send):
            end.setblocking(False)
        signal.set_wakeup_fd(self._send.fileno(), warn_on_full_buffer=False)
        for number in ENDING_SIGNALS:
            # The handler only replaces the default (ending at once); the work is in _woken.
            signal.signal(number, lambda *_args: None)
        self.notifier = QSocketNotifier(self._receive.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._woken)

    def _woken(self) -> None:
        try:
            received = self._receive.recv(64)
        except BlockingIOError:
            return
        numbers = [n for n in received if n in {int(s) for s in ENDING_SIGNALS}]
        if numbers:
            self.end(signal.Signals(numbers[0]).name)

    def end(self, reason: str) -> None:
        """Keep unsaved forms as drafts, close the window without asking, quit with code 0."""
        if self.ended_by is not None:
            return
        self.ended_by = reason
        log.warning("Programm von außen beendet (%s): Datei wird ordnungsgemäß geschlossen", reason)
        self.keep_drafts()
        window = self.window()
        if window is not None:
            window.close_without_asking()
        self.app.quit()

    def keep_drafts(self) -> None:
        window = self.window()
        if window is not None and not window.read_only:
            drafts.save_drafts(window)

    def commit_data(self, manager: QSessionManager) -> None:
        """The Windows (or X11) session ends: nothing may wait for an answer now."""
        log.warning("Sitzung endet: ungespeicherte Formulare werden als Entwurf behalten")
        self.keep_drafts()
        window = self.window()
        if window is not None:
            window.confirm_closing()


def install(
    app: QApplication,
    window: Callable[[], MainWindow | None],
    close_file: Callable[[], None],
) -> CleanEnd:
    existing = getattr(app, "_nfg_clean_end", None)
    if isinstance(existing, CleanEnd):
        return existing
    clean_end = CleanEnd(app, window, close_file)
    app._nfg_clean_end = clean_end  # type: ignore[attr-defined]
    return clean_end
