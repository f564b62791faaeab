"""One writer at a time: the OS file lock, with real processes on one file."""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.services.partners import PartnerService
from nfg_desktop.store import lock as lock_module
from nfg_desktop.store import safety_config
from nfg_desktop.store.database import open_database
from nfg_desktop.store.lock import FileInUseError, FileLock, lock_path_for, read_lock

REPO = Path(__file__).resolve().parents[2]

HOLDER = """
import sys
from pathlib import Path
from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.store.database import open_database

database = open_database(Path(sys.argv[1]), lock=True)
with database.write() as session:
    PartnerService(session).create(PartnerData(name="Vom anderen Programm"))
print("offen", flush=True)
sys.stdin.readline()
database.close()
print("zu", flush=True)
"""


@contextlib.contextmanager
def holding(path: Path, nfg_home: Path) -> Iterator[subprocess.Popen[str]]:
    """A second program (a real process) that has ``path`` open for writing; it closes the
    file when a line is written to its stdin, and is killed at the end if still running."""
    env = dict(os.environ, PYTHONPATH=str(REPO), NFG_HOME=str(nfg_home))
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "offen"
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()


@pytest.fixture
def holder(db_path: Path, nfg_home: Path) -> Iterator[subprocess.Popen[str]]:
    """A second program (a real process) that has ``db_path`` open."""
    with holding(db_path, nfg_home) as process:
        yield process


def test_second_program_is_told_who_since_when_and_can_read(
    db_path: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(FileInUseError) as caught:
        open_database(db_path, lock=True)
    error = caught.value
    assert not error.stale
    assert error.info.user == getpass.getuser() and error.info.pid == holder.pid
    assert f"{getpass.getuser()} auf dem Computer „{socket.gethostname()}“" in error.message
    assert f"seit {error.info.since:%d.%m.%Y} um {error.info.since:%H:%M} Uhr" in error.message
    assert "nur zum Lesen öffnen" in error.message
    with pytest.raises(FileInUseError):  # a live lock is never taken over
        open_database(db_path, lock=True, take_over=True)

    reader = open_database(db_path, read_only=True)
    with reader.read() as session:
        assert [p.name for p in PartnerService(session).list()] == ["Vom anderen Programm"]
    with pytest.raises(DomainError), reader.write():
        pass
    reader.close()

    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.write("\n")
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "zu"
    assert read_lock(db_path) is None
    mine = open_database(db_path, lock=True)
    assert mine.lock is not None and mine.lock.still_ours()
    mine.close()
    assert read_lock(db_path) is None


def test_lock_of_a_killed_program_is_taken_over_without_a_question(
    db_path: Path, holder: subprocess.Popen[str], caplog: pytest.LogCaptureFixture
) -> None:
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert lock_path_for(db_path).exists()  # its JSON is left behind ...
    assert read_lock(db_path) is None  # ... but nobody holds the lock any more
    with caplog.at_level(logging.WARNING, logger="nfg_desktop.store.lock"):
        database = open_database(db_path, lock=True)  # no take_over needed
    assert "beendeten Programms übernommen" in caplog.text
    info = read_lock(db_path)
    assert info is not None and info.pid == os.getpid()
    with database.read() as session:  # the killed program's last save is there
        assert [p.name for p in PartnerService(session).list()] == ["Vom anderen Programm"]
    database.close()
    assert not lock_path_for(db_path).exists()


def _foreign_lock(db_path: Path, refreshed_hours_ago: float) -> Path:
    lock = lock_path_for(db_path)
    since = datetime(2026, 11, 25, 7, 45)
    lock.write_text(
        json.dumps(
            {
                "user": "h.schmid",
                "computer": "RATHAUS-PC-07",
                "pid": 4242,
                "since": since.isoformat(),
            }
        ),
        encoding="utf-8",
    )
    moment = time.time() - refreshed_hours_ago * 3600
    os.utime(lock, (moment, moment))
    return lock


def test_lock_file_of_another_computer_nobody_holds_is_taken_over(db: object) -> None:
    db_path = db.path  # type: ignore[attr-defined]
    _foreign_lock(db_path, refreshed_hours_ago=0.1)  # its PC was switched off hard
    assert read_lock(db_path) is None
    with FileLock.acquire(db_path) as lock:
        assert lock.info.pid == os.getpid()
        assert read_lock(db_path) == lock.info
    assert read_lock(db_path) is None


def test_unreadable_lock_file_nobody_holds_is_taken_over(db_path: Path) -> None:
    lock_path_for(db_path).write_bytes(b"\x00\x01 kaputt")
    with FileLock.acquire(db_path) as lock:
        assert lock.still_ours()


@pytest.mark.usefixtures("no_os_locks")
def test_without_os_locks_a_lock_is_respected_until_it_is_too_old(db: object) -> None:
    db_path = db.path  # type: ignore[attr-defined]
    assert not lock_module.file_system_locks(db_path)
    _foreign_lock(db_path, refreshed_hours_ago=0.1)
    with pytest.raises(FileInUseError) as caught:
        FileLock.acquire(db_path, take_over=True)
    assert not caught.value.stale
    assert "h.schmid auf dem Computer „RATHAUS-PC-07“ seit 25.11.2026 um 07:45 Uhr" in (
        caught.value.message
    )
    assert "unterstützt keine Dateisperren" in caught.value.message

    # set by hand in the config file, as the README tells an administrator
    safety_config.config_file().parent.mkdir(parents=True, exist_ok=True)
    safety_config.config_file().write_text('{"stale_lock_hours": 1}', encoding="utf-8")
    assert safety_config.stale_lock_age() == timedelta(hours=1)
    _foreign_lock(db_path, refreshed_hours_ago=2)
    with pytest.raises(FileInUseError) as caught:
        FileLock.acquire(db_path)
    assert caught.value.stale and not caught.value.os_locks
    assert "unterstützt keine Dateisperren" in caught.value.message
    with FileLock.acquire(db_path, take_over=True) as lock:
        assert lock.info.pid == os.getpid() and not lock.os_locked
    assert read_lock(db_path) is None


@pytest.mark.usefixtures("no_os_locks")
def test_without_os_locks_an_unreadable_lock_file_counts_as_held(db_path: Path) -> None:
    lock_path_for(db_path).write_bytes(b"\x00\x01 kaputt")
    with pytest.raises(FileInUseError) as caught:
        FileLock.acquire(db_path)
    assert caught.value.info.user == "unbekannt"


@pytest.mark.usefixtures("no_os_locks")
def test_without_os_locks_refresh_and_release_only_touch_our_own_lock(db_path: Path) -> None:
    lock = FileLock.acquire(db_path)
    old = time.time() - 3600
    os.utime(lock.path, (old, old))
    assert lock.refresh()
    assert lock.path.stat().st_mtime > old + 3000
    # Someone took the file over (our lock looked stale to them): we must not delete theirs.
    _foreign_lock(db_path, refreshed_hours_ago=0)
    assert not lock.refresh()
    lock.release()
    assert read_lock(db_path) is not None and read_lock(db_path).user == "h.schmid"  # type: ignore[union-attr]


@pytest.mark.usefixtures("no_os_locks")
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="start times from /proc")
def test_without_os_locks_a_reused_process_id_counts_as_left_behind(db_path: Path) -> None:
    from nfg_desktop.store.lock import process_start_time

    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        started = process_start_time(other.pid)
        assert started is not None
        for recorded, stale in ((started, False), (started - 86_400, True)):
            lock_path_for(db_path).write_text(
                json.dumps(
                    {
                        "user": "h.schmid",
                        "computer": socket.gethostname(),
                        "pid": other.pid,  # alive, but is it the program that wrote the lock?
                        "process_started": recorded,
                        "since": "2026-11-24T16:30:00",
                    }
                ),
                encoding="utf-8",
            )
            with pytest.raises(FileInUseError) as caught:
                FileLock.acquire(db_path)
            assert caught.value.stale is stale
    finally:
        other.kill()
        other.wait()


def test_the_same_program_opening_the_file_again_shares_its_lock(db_path: Path) -> None:
    for order in ("second first", "first second"):
        first = FileLock.acquire(db_path)
        second = FileLock.acquire(db_path)
        assert second.info == first.info
        locks = {"first": first, "second": second}
        one, other = (locks[name] for name in order.split())
        one.release()
        assert read_lock(db_path) == first.info  # still held for the other opening
        assert lock_module.file_system_locks(db_path)  # (another process would be refused)
        other.release()
        assert read_lock(db_path) is None and not lock_path_for(db_path).exists()


def test_a_symbolic_link_in_another_folder_locks_the_same_file(
    tmp_path: Path, db_path: Path, nfg_home: Path
) -> None:
    open_database(db_path).close()
    elsewhere = tmp_path / "Verknüpfungen"
    elsewhere.mkdir()
    link = elsewhere / "netzwerk.sqlite"
    link.symlink_to(db_path)
    env = dict(os.environ, PYTHONPATH=str(REPO), NFG_HOME=str(nfg_home))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(link)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "offen"
        with pytest.raises(FileInUseError) as caught:
            open_database(db_path, lock=True)
        assert caught.value.info.pid == holder.pid
        assert read_lock(link) == read_lock(db_path)
    finally:
        holder.kill()
        holder.wait()


RACER = """
import sys, time
from pathlib import Path
from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.store.database import open_database
from nfg_desktop.store.lock import FileInUseError

start = float(sys.argv[2])
while time.time() < start:
    pass
try:
    database = open_database(Path(sys.argv[1]), lock=True)
except FileInUseError as error:
    print("abgewiesen", error.message, flush=True)
    sys.exit(3)
with database.write() as session:
    for n in range(200):
        PartnerService(session).create(PartnerData(name=f"{sys.argv[3]} {n:03d}"))
time.sleep(1.5)  # keep the file while the others try
database.close()
print("geschrieben", flush=True)
"""


def test_two_writers_racing_for_the_lock_one_wins_the_other_is_told(
    db_path: Path, nfg_home: Path
) -> None:
    open_database(db_path).close()
    env = dict(os.environ, PYTHONPATH=str(REPO), NFG_HOME=str(nfg_home))
    for round_ in range(3):
        start = time.time() + 1.5  # both interpreters are up by then
        racers = [
            subprocess.Popen(
                [sys.executable, "-c", RACER, str(db_path), str(start), f"R{round_}-{name}"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            for name in ("A", "B")
        ]
        results = [(racer.wait(timeout=60), racer.communicate()) for racer in racers]
        codes = sorted(code for code, _output in results)
        assert codes == [0, 3], results
        refused = next(out for code, (out, _err) in results if code == 3)
        assert "wird gerade von" in refused and "bearbeitet" in refused
        names = _partner_names(db_path)
        assert sum(name.startswith(f"R{round_}-") for name in names) == 200  # one writer's
        assert read_lock(db_path) is None


def _partner_names(path: Path) -> list[str]:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [row[0] for row in connection.execute("SELECT name FROM partner")]
    finally:
        connection.close()


def test_an_unwritable_folder_is_explained_in_german(tmp_path: Path) -> None:
    from nfg_desktop.store.lock import LockUnavailableError

    error = LockUnavailableError(
        tmp_path / "netzwerk.sqlite", PermissionError(errno.EACCES, "Permission denied")
    )
    assert "keine Berechtigung" in error.message
    assert "Permission denied" not in error.message
