"""One writer at a time: a lock file next to the data file says who has it open.

``netzwerk.sqlite.lock`` holds JSON (user, computer, pid, since). It is created atomically
(``O_CREAT | O_EXCL``), which also works on the network drives of a town hall, so a second
program on this or another PC sees who is working with the file. A lock is *stale* when it was
left behind by a crashed program: the same computer and its process is gone, or it was not
refreshed for longer than a configurable time (the holder refreshes it while it runs).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import socket
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from nfg_desktop.domain.errors import DomainError, os_error_text
from nfg_desktop.store import safety_config

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
# How often a running program touches its lock file (the GUI does it with a timer).
REFRESH_INTERVAL = timedelta(minutes=5)


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not a reason to fail
        return "unbekannt"


def current_computer() -> str:
    return socket.gethostname() or "unbekannt"


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock: read from the lock file."""

    user: str
    computer: str
    pid: int
    since: datetime
    refreshed: datetime
    # When the holding process started (seconds since the epoch), to tell a reused process id
    # after a restart of the computer from the program that wrote the lock.
    process_started: float | None = None

    @property
    def is_this_computer(self) -> bool:
        return self.computer.lower() == current_computer().lower()

    @property
    def is_this_process(self) -> bool:
        return self.is_this_computer and self.pid == os.getpid()

    def is_stale(self, max_age: timedelta | None = None) -> bool:
        """Left behind: our computer and the process is gone, or not refreshed for too long."""
        if self.is_this_computer:
            if not process_alive(self.pid):
                return True
            started = process_start_time(self.pid)
            if (
                self.process_started is not None
                and started is not None
                and abs(started - self.process_started) > 2
            ):
                return True  # the id now belongs to another process

        max_age = max_age if max_age is not None else safety_config.stale_lock_age()
        return datetime.now() - self.refreshed > max_age

    def describe(self) -> str:
        """German: who has the file open since when."""
        return (
            f"{self.user} auf dem Computer „{self.computer}“ "
            f"seit {self.since:%d.%m.%Y} um {self.since:%H:%M} Uhr"
        )


class FileInUseError(DomainError):
    """Someone else holds the lock. ``info`` says who; ``stale`` if it was left behind."""

    def __init__(self, db_path: Path, info: LockInfo, stale: bool) -> None:
        if stale:
            message = (
                f"Die Datei „{db_path.name}“ ist noch als geöffnet markiert: "
                f"von {info.describe()}. "
                "Das Programm wurde dort offenbar nicht ordnungsgemäß beendet. Sie können die "
                "Datei übernehmen, wenn sicher niemand mehr damit arbeitet."
            )
        else:
            message = (
                f"Die Datei „{db_path.name}“ wird gerade von {info.describe()} bearbeitet. "
                "Sie können sie nur zum Lesen öffnen, bis sie dort geschlossen wird."
            )
        super().__init__(message)
        self.db_path = db_path
        self.info = info
        self.stale = stale


class LockUnavailableError(DomainError):
    """No lock file can be written next to the data file (read-only folder or drive)."""

    def __init__(self, db_path: Path, error: OSError) -> None:
        super().__init__(
            f"Im Ordner „{db_path.parent}“ kann NFG Desktop nichts speichern "
            f"({os_error_text(error)}). Die Datei kann nur zum Lesen geöffnet werden. "
            "Zum Bearbeiten kopieren Sie sie in einen Ordner, in dem Sie schreiben dürfen, "
            "oder bitten Sie die IT um Schreibrechte."
        )
        self.db_path = db_path


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def process_start_time(pid: int) -> float | None:
    """When process ``pid`` started (seconds since the epoch); None where unknown."""
    if sys.platform.startswith("linux"):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
            ticks = int(stat.rsplit(")", 1)[1].split()[19])
            boot = next(
                float(line.split()[1])
                for line in Path("/proc/stat").read_text(encoding="ascii").splitlines()
                if line.startswith("btime ")
            )
            return boot + ticks / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError, StopIteration):
            return None
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_start_time(pid)
    return None


def _windows_start_time(pid: int) -> float | None:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)
    if not handle:
        return None
    try:
        times = [ctypes.c_ulonglong() for _ in range(4)]
        if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
            return None
        # FILETIME: 100 ns steps since 1601-01-01
        return times[0].value / 10_000_000 - 11_644_473_600
    finally:
        kernel32.CloseHandle(handle)


def _windows_process_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    process_query_limited_information = 0x1000
    still_active = 259
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def read_lock(db_path: Path) -> LockInfo | None:
    """The lock on ``db_path``, or None when nobody holds one.

    An unreadable or half-written lock file counts as a lock of an unknown holder (refreshed when
    the file was last modified), so it is never silently ignored.
    """
    path = lock_path_for(db_path)
    try:
        raw = path.read_text(encoding="utf-8")
        modified = datetime.fromtimestamp(path.stat().st_mtime)
    except FileNotFoundError:
        return None
    except OSError:
        return LockInfo("unbekannt", "unbekannt", 0, datetime.now(), datetime.now())
    try:
        data = json.loads(raw)
        since = datetime.fromisoformat(str(data["since"]))
        return LockInfo(
            user=str(data.get("user") or "unbekannt"),
            computer=str(data.get("computer") or "unbekannt"),
            pid=int(data.get("pid") or 0),
            process_started=_float_or_none(data.get("process_started")),
            since=since,
            refreshed=max(modified, since),
        )
    except (ValueError, KeyError, TypeError):
        return LockInfo("unbekannt", "unbekannt", 0, modified, modified)


def _float_or_none(value: object) -> float | None:
    try:
        return float(value) if value is not None else None  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


class FileLock:
    """The lock this program holds on one data file; release it with :meth:`release`."""

    def __init__(self, db_path: Path, info: LockInfo) -> None:
        self.db_path = db_path
        self.path = lock_path_for(db_path)
        self.info = info
        self._released = False

    @classmethod
    def acquire(cls, db_path: Path, take_over: bool = False) -> FileLock:
        """Take the lock on ``db_path``.

        Raises :class:`FileInUseError` when another program holds it. ``take_over=True`` replaces
        a stale lock (the caller asked the user); a live lock is never taken over.
        """
        db_path = Path(db_path)
        for _attempt in range(3):
            info = LockInfo(
                user=current_user(),
                computer=current_computer(),
                pid=os.getpid(),
                process_started=process_start_time(os.getpid()),
                since=datetime.now().replace(microsecond=0),
                refreshed=datetime.now(),
            )
            try:
                created = _create_exclusive(lock_path_for(db_path), info)
            except OSError as error:
                raise LockUnavailableError(db_path, error) from error
            if created:
                log.info("Sperre gesetzt: %s", lock_path_for(db_path))
                return cls(db_path, info)
            holder = read_lock(db_path)
            if holder is None:
                continue  # released just now: try again
            if holder.is_this_process:
                # This program already holds it (e.g. a file opened again): share it.
                return cls(db_path, holder)
            stale = holder.is_stale()
            if not (stale and take_over):
                raise FileInUseError(db_path, holder, stale)
            log.warning("Verwaiste Sperre übernommen: %s (%s)", db_path, holder)
            with contextlib.suppress(FileNotFoundError):
                lock_path_for(db_path).unlink()
        raise DomainError(
            f"Die Sperrdatei für „{db_path.name}“ kann nicht angelegt werden. "
            "Bitte versuchen Sie es noch einmal."
        )

    def refresh(self) -> bool:
        """Touch the lock file so others see this program is alive; False if it is not ours."""
        if self._released:
            return False
        if not self.still_ours():
            return False
        try:
            os.utime(self.path)
        except OSError:
            log.warning("Sperre konnte nicht erneuert werden: %s", self.path, exc_info=True)
        return True

    def still_ours(self) -> bool:
        holder = read_lock(self.db_path)
        return (
            holder is not None
            and holder.pid == self.info.pid
            and holder.computer.lower() == self.info.computer.lower()
            and holder.since == self.info.since
        )

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        if self.info.pid != os.getpid() or not self.still_ours():
            return  # shared with an earlier holder in this process, or taken over by someone
        try:
            self.path.unlink()
            log.info("Sperre aufgehoben: %s", self.path)
        except FileNotFoundError:
            pass
        except OSError:
            log.warning("Sperre konnte nicht entfernt werden: %s", self.path, exc_info=True)

    @property
    def released(self) -> bool:
        return self._released

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _create_exclusive(path: Path, info: LockInfo) -> bool:
    payload = json.dumps(
        {
            "user": info.user,
            "computer": info.computer,
            "pid": info.pid,
            "process_started": info.process_started,
            "since": info.since.isoformat(),
            "program": "NFG Desktop",
        },
        ensure_ascii=False,
    ).encode("utf-8")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    except PermissionError:
        if path.exists():
            return False
        raise
    try:
        os.write(fd, payload)
        os.fsync(fd)
    finally:
        os.close(fd)
    return True


def wait_until_released(db_path: Path, timeout: float) -> bool:
    """For tests and tools: wait until nobody holds the lock on ``db_path``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if read_lock(db_path) is None:
            return True
        time.sleep(0.05)
    return read_lock(db_path) is None
