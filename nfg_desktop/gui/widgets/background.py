"""Read queries in one worker thread, results handed to the window's thread.

The large lists (12,000 volunteers) and the overview take longer to load than a frame; the window
stays usable while they load. One worker, so reads run one after another, each in its own session
(SQLite allows one connection per thread; writes stay in the window's thread).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.store.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

T = TypeVar("T")


class BackgroundReader(QObject):
    """``submit(work, done)``: ``work(session)`` runs in the worker, ``done(result)`` here."""

    _finished = Signal(object, object, object)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nfg-lesen")
        self._pending = 0
        self._lock = threading.Lock()
        self._closed = False
        self._held: list[Callable[[], None]] | None = None
        self._finished.connect(self._deliver)

    def hold(self) -> None:
        """Keep what is submitted from now on until ``release``: the window's first paint does
        not share the processor (and Python's lock) with reads whose results it cannot show."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Start the reads kept since ``hold``, in the order they were submitted."""
        held, self._held = self._held, None
        if self._closed:
            return
        for run in held or []:
            self._executor.submit(run)

    def submit(
        self,
        work: Callable[[Session], T],
        done: Callable[[T], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        if self._closed:
            return
        with self._lock:
            self._pending += 1

        def run() -> None:
            try:
                with self.database.read() as session:
                    result = work(session)
            except Exception as error:  # reported in the window's thread
                self._finished.emit(failed, None, error)
                return
            self._finished.emit(done, result, None)

        if self._held is not None:
            self._held.append(run)
        else:
            self._executor.submit(run)

    def _deliver(self, callback: Any, result: Any, error: Any) -> None:
        with self._lock:
            self._pending -= 1
        if self._closed:
            return
        if error is not None:
            if isinstance(error, DomainError):  # e.g. the server out of reach: said elsewhere
                log.warning("Laden im Hintergrund fehlgeschlagen: %s", error.message)
            else:
                log.error("Laden im Hintergrund fehlgeschlagen", exc_info=error)
            if callback is not None:
                callback(error)
            return
        callback(result)

    def busy(self) -> bool:
        with self._lock:
            return self._pending > 0

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Process events until every submitted read was delivered (tests, benchmarks)."""
        self.release()
        waited = 0
        while self.busy() and waited < timeout_ms:
            QCoreApplication.processEvents()
            QThread.msleep(2)
            waited += 2
        QCoreApplication.processEvents()
        return not self.busy()

    def shutdown(self) -> None:
        """Stop: pending reads are dropped, a running one finishes first."""
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)
