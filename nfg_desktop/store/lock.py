"""One writer at a time: the operating system holds a lock on a file next to the data file.

While a program has ``netzwerk.sqlite`` open for writing it holds an exclusive OS lock on
``netzwerk.sqlite.lock`` (``flock`` on Linux and macOS, a byte-range lock through
``msvcrt.locking`` on Windows). The operating system releases that lock the moment the program
ends, however it ends (closed, killed, power cut): a lock can never be left behind. The file's
content, JSON with user, computer, process and since, only tells others *who* holds it.

A lock file nobody holds (its program died) is simply taken over, and that is logged.

Why our own few lines and not ``filelock`` or ``portalocker``: on Windows both lock the start of
the file (``filelock`` byte 0 after truncating it, ``portalocker`` the first 4 GB), and Windows
locks are mandatory, so nobody could read who holds the file. We lock one byte far beyond the
JSON instead. On SMB shares Windows sends such byte-range locks to the server, which enforces
them for every client; Linux sends ``flock`` on cifs and NFS mounts to the server as byte-range
locks too. Where the file system cannot lock at all (some NAS boxes, FUSE mounts) the call fails
with ``ENOLCK``/``EOPNOTSUPP``; then the old way applies: the lock file is created exclusively and a
lock that looks left behind is only taken over after asking (:attr:`FileInUseError.stale`).
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import logging
import os
import socket
import sys
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from nfg_desktop.domain.errors import DomainError, os_error_text
from nfg_desktop.store import safety_config

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
# How often a running program touches its lock file (the GUI does it with a timer); it matters
# only where the file system has no locks and a lock's age is all there is to judge it by.
REFRESH_INTERVAL = timedelta(minutes=5)
# Windows locks are mandatory: the locked byte lies far beyond the JSON, which stays readable.
WINDOWS_LOCK_OFFSET = 0x7FFF_FFF0
# Errors of a file system that cannot lock at all (as opposed to "someone else holds it").
NO_LOCKS_ERRNOS = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS, errno.EINVAL}
# A writer that finds the lock held looks again a few times before giving up: someone who only
# looked (``read_lock``) holds it for microseconds.
BUSY_RETRIES = 5
BUSY_PAUSE = 0.05


def real_path(db_path: Path) -> Path:
    """The data file's real path: a symbolic link in another folder locks the same file."""
    return Path(os.path.realpath(db_path))


def lock_path_for(db_path: Path) -> Path:
    path = real_path(db_path)
    return path.with_name(path.name + LOCK_SUFFIX)


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
        """Only where the file system cannot lock: left behind by a crashed program (our
        computer and the process is gone, or not refreshed for too long)."""
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


NO_LOCKS_NOTE = (
    "Das Laufwerk, auf dem die Datei liegt, unterstützt keine Dateisperren; NFG Desktop kann "
    "deshalb nicht selbst feststellen, ob dort noch jemand damit arbeitet."
)


class FileInUseError(DomainError):
    """Someone else holds the lock. ``info`` says who.

    ``stale`` only where the file system cannot lock (``os_locks`` False): the lock looks left
    behind and may be taken over after asking. With OS locks a held lock is always live.
    """

    def __init__(self, db_path: Path, info: LockInfo, stale: bool, os_locks: bool = True) -> None:
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
        if not os_locks:
            message = f"{message} {NO_LOCKS_NOTE}"
        super().__init__(message)
        self.db_path = db_path
        self.info = info
        self.stale = stale
        self.os_locks = os_locks


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


class NoLocksError(OSError):
    """The file system cannot lock files."""


# --- the operating system's lock ----------------------------------------------------------


def _os_lock(fd: int, exclusive: bool = True) -> bool:
    """Lock ``fd`` without waiting: True when we got it, False when another holds it.

    Raises :class:`NoLocksError` on a file system without locks."""
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno in NO_LOCKS_ERRNOS:
            raise NoLocksError(error.errno, str(error)) from error
        if isinstance(error, BlockingIOError) or error.errno in (
            errno.EACCES,
            errno.EAGAIN,
            errno.EDEADLK,
        ):
            return False
        raise
    return True


def _os_unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


# --- who holds it ---------------------------------------------------------------------------


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


def _parse_lock(raw: str, modified: datetime) -> LockInfo:
    """The JSON of a lock file; an unreadable one names an unknown holder."""
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


def _read_lock_file(path: Path) -> LockInfo | None:
    """What the lock file says (None: there is none). A holder writes it right after taking
    the OS lock, so an empty file is read again a few times."""
    for _attempt in range(5):
        try:
            raw = path.read_text(encoding="utf-8")
            modified = datetime.fromtimestamp(path.stat().st_mtime)
        except FileNotFoundError:
            return None
        except OSError:
            return LockInfo("unbekannt", "unbekannt", 0, datetime.now(), datetime.now())
        if raw.strip():
            return _parse_lock(raw, modified)
        time.sleep(0.02)
    return _parse_lock(raw, modified)


def read_lock(db_path: Path) -> LockInfo | None:
    """Who holds the lock on ``db_path`` now, or None when nobody does.

    A lock file whose program died (no OS lock on it) counts as free. Where the file system has
    no locks, or the lock file cannot be opened for locking, its content decides; an unreadable
    or half-written one then counts as a lock of an unknown holder, never silently ignored.
    """
    path = lock_path_for(db_path)
    with _held_guard:
        mine = _held.get(_key(path))
    if mine is not None:
        return mine.info
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return None
    except OSError:
        return _read_lock_file(path)  # cannot look at the OS lock: believe the content
    try:
        try:
            free = _os_lock(fd, exclusive=False)
        except NoLocksError:
            return _read_lock_file(path)
        if free:
            _os_unlock(fd)
            return None
    finally:
        os.close(fd)
    return _read_lock_file(path) or LockInfo(
        "unbekannt", "unbekannt", 0, datetime.now(), datetime.now()
    )


def file_system_locks(db_path: Path) -> bool:
    """Whether the folder of ``db_path`` supports OS locks (False: the old question applies)."""
    path = lock_path_for(db_path)
    probe = path.with_name(f"{path.name}.probe-{os.getpid()}")
    try:
        fd = os.open(probe, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        return True  # cannot tell; writing is refused elsewhere
    try:
        return _os_lock(fd)
    except NoLocksError:
        return False
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            probe.unlink()


def _float_or_none(value: object) -> float | None:
    try:
        return float(value) if value is not None else None  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _key(lock_path: Path) -> str:
    return os.path.normcase(str(lock_path))


# The locks this process holds, by lock file: a file opened again shares its lock.
_held: dict[str, FileLock] = {}
_held_guard = threading.Lock()


def _new_info() -> LockInfo:
    return LockInfo(
        user=current_user(),
        computer=current_computer(),
        pid=os.getpid(),
        process_started=process_start_time(os.getpid()),
        since=datetime.now().replace(microsecond=0),
        refreshed=datetime.now(),
    )


def _payload(info: LockInfo) -> bytes:
    return json.dumps(
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


def _write_payload(fd: int, info: LockInfo) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, _payload(info))
    os.fsync(fd)


def _same_file(fd: int, path: Path) -> bool:
    """The locked handle is still the file at ``path`` (a releasing holder may have deleted
    it between our open and our lock; then we locked an orphan)."""
    try:
        here, there = os.fstat(fd), os.stat(path)
    except FileNotFoundError:
        return False
    if sys.platform == "win32":  # pragma: no cover - an open file cannot be deleted there
        return True
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


class FileLock:
    """The lock this program holds on one data file; release it with :meth:`release`."""

    def __init__(
        self,
        db_path: Path,
        info: LockInfo,
        fd: int | None = None,
        os_locked: bool = True,
        primary: FileLock | None = None,
    ) -> None:
        self.db_path = db_path
        self.path = lock_path_for(db_path)
        self.info = info
        self._fd = fd
        self.os_locked: bool = primary.os_locked if primary is not None else os_locked
        # A file opened again in this process shares the first opening's lock (``primary``),
        # which counts its users and lets go when the last one is released.
        self._primary = primary
        self._users = 1
        self._released = False

    @classmethod
    def acquire(cls, db_path: Path, take_over: bool = False) -> FileLock:
        """Take the lock on ``db_path``.

        Raises :class:`FileInUseError` when another program holds it. A lock file whose program
        died is taken over without asking. ``take_over=True`` matters only where the file system
        has no locks: it replaces a lock that looks left behind (the caller asked the user).
        """
        db_path = Path(db_path)
        path = lock_path_for(db_path)
        with _held_guard:
            mine = _held.get(_key(path))
            if mine is not None:
                # This program already holds it (e.g. a file opened again): share it.
                mine._users += 1
                return cls(db_path, mine.info, primary=mine)
        busy = 0
        for _attempt in range(BUSY_RETRIES + 5):
            try:
                fd, created = _open_lock_file(path)
            except FileNotFoundError:
                continue  # deleted by a releasing holder just now: try again
            except OSError as error:
                raise LockUnavailableError(db_path, error) from error
            try:
                got = _os_lock(fd)
            except NoLocksError:
                os.close(fd)
                return cls._acquire_without_os_locks(db_path, created, take_over)
            except OSError as error:
                os.close(fd)
                raise LockUnavailableError(db_path, error) from error
            if not got:
                os.close(fd)
                busy += 1
                if busy > BUSY_RETRIES:
                    holder = _read_lock_file(path) or LockInfo(
                        "unbekannt", "unbekannt", 0, datetime.now(), datetime.now()
                    )
                    raise FileInUseError(db_path, holder, stale=False)
                time.sleep(BUSY_PAUSE)
                continue
            if not _same_file(fd, path):
                os.close(fd)
                continue
            return cls._taken(db_path, fd, created)
        raise DomainError(
            f"Die Sperrdatei für „{db_path.name}“ kann nicht angelegt werden. "
            "Bitte versuchen Sie es noch einmal."
        )

    @classmethod
    def _taken(cls, db_path: Path, fd: int, created: bool) -> FileLock:
        path = lock_path_for(db_path)
        if not created:
            os.lseek(fd, 0, os.SEEK_SET)
            left = os.read(fd, 4096).decode("utf-8", errors="replace")
            if left.strip():
                before = _parse_lock(left, datetime.now())
                log.warning("Sperre eines beendeten Programms übernommen: %s (%s)", path, before)
        info = _new_info()
        try:
            _write_payload(fd, info)
        except OSError as error:
            _os_unlock(fd)
            os.close(fd)
            raise LockUnavailableError(db_path, error) from error
        lock = cls(db_path, info, fd)
        with _held_guard:
            _held[_key(path)] = lock
        log.info("Sperre gesetzt: %s", path)
        return lock

    @classmethod
    def _acquire_without_os_locks(cls, db_path: Path, created: bool, take_over: bool) -> FileLock:
        """The old way, for file systems without locks: the file's existence is the lock."""
        path = lock_path_for(db_path)
        log.warning("Das Laufwerk unterstützt keine Dateisperren: %s", path)
        for _attempt in range(3):
            if created:
                info = _new_info()
                try:
                    fd = os.open(path, os.O_WRONLY | os.O_TRUNC)
                    try:
                        os.write(fd, _payload(info))
                        os.fsync(fd)
                    finally:
                        os.close(fd)
                except OSError as error:
                    raise LockUnavailableError(db_path, error) from error
                lock = cls(db_path, info, os_locked=False)
                with _held_guard:
                    _held[_key(path)] = lock
                return lock
            holder = _read_lock_file(path)
            if holder is not None:
                stale = holder.is_stale()
                if not (stale and take_over):
                    raise FileInUseError(db_path, holder, stale, os_locks=False)
                log.warning("Verwaiste Sperre nach Rückfrage übernommen: %s (%s)", path, holder)
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
                created = True
            except FileExistsError:
                created = False
            except OSError as error:
                raise LockUnavailableError(db_path, error) from error
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
        if self._released:
            return False
        if self.os_locked:
            return True  # the operating system guarantees it
        holder = _read_lock_file(self.path)
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
        primary = self._primary or self
        with _held_guard:
            primary._users -= 1
            if primary._users > 0:
                return  # another opening in this process still uses it
            if _held.get(_key(self.path)) is primary:
                del _held[_key(self.path)]
        primary._let_go()

    def _let_go(self) -> None:
        if self._fd is not None:
            self._release_os_lock(self._fd)
            self._fd = None
            return
        if not self.still_ours_on_disk():
            return  # taken over by someone (file system without locks)
        try:
            self.path.unlink()
            log.info("Sperre aufgehoben: %s", self.path)
        except FileNotFoundError:
            pass
        except OSError:
            log.warning("Sperre konnte nicht entfernt werden: %s", self.path, exc_info=True)

    def still_ours_on_disk(self) -> bool:
        holder = _read_lock_file(self.path)
        return (
            holder is not None and holder.pid == self.info.pid and (holder.since == self.info.since)
        )

    def _release_os_lock(self, fd: int) -> None:
        """Empty and remove the lock file while still holding it, then let go."""
        try:
            os.ftruncate(fd, 0)
            if sys.platform != "win32":
                self.path.unlink()  # safe while locked: see _same_file
        except OSError:
            log.warning("Sperrdatei konnte nicht entfernt werden: %s", self.path, exc_info=True)
        try:
            _os_unlock(fd)
        except OSError:
            pass  # closing the handle releases it anyway
        os.close(fd)
        if sys.platform == "win32":  # pragma: no cover - fails while another has it open
            with contextlib.suppress(OSError):
                self.path.unlink()
        log.info("Sperre aufgehoben: %s", self.path)

    @property
    def released(self) -> bool:
        return self._released

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _open_lock_file(path: Path) -> tuple[int, bool]:
    """Open (or create) the lock file for locking; whether we created it."""
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644), True
    except FileExistsError:
        return os.open(path, os.O_RDWR), False
    except PermissionError:
        if path.exists():
            return os.open(path, os.O_RDWR), False
        raise
