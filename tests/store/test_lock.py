"""One writer at a time: the file lock, with two real processes on one file."""

from __future__ import annotations

import errno
import getpass
import json
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


@pytest.fixture
def holder(db_path: Path, nfg_home: Path) -> Iterator[subprocess.Popen[str]]:
    """A second program (a real process) that has ``db_path`` open."""
    env = dict(os.environ, PYTHONPATH=str(REPO), NFG_HOME=str(nfg_home))
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "offen"
    yield process
    if process.poll() is None:
        process.kill()
    process.wait()


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


def test_lock_of_a_killed_program_is_stale_and_taken_over_when_asked(
    db_path: Path, holder: subprocess.Popen[str]
) -> None:
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    with pytest.raises(FileInUseError) as caught:
        open_database(db_path, lock=True)
    assert caught.value.stale
    assert "nicht ordnungsgemäß beendet" in caught.value.message
    database = open_database(db_path, lock=True, take_over=True)
    info = read_lock(db_path)
    assert info is not None and info.pid == os.getpid()
    with database.read() as session:  # the killed program's last save is there
        assert [p.name for p in PartnerService(session).list()] == ["Vom anderen Programm"]
    database.close()


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


def test_lock_from_another_computer_is_respected_until_it_is_too_old(db: object) -> None:
    db_path = db.path  # type: ignore[attr-defined]
    _foreign_lock(db_path, refreshed_hours_ago=0.1)
    with pytest.raises(FileInUseError) as caught:
        FileLock.acquire(db_path, take_over=True)
    assert not caught.value.stale
    assert "h.schmid auf dem Computer „RATHAUS-PC-07“ seit 25.11.2026 um 07:45 Uhr" in (
        caught.value.message
    )

    safety_config.set_stale_lock_hours(1)
    assert safety_config.stale_lock_age() == timedelta(hours=1)
    _foreign_lock(db_path, refreshed_hours_ago=2)
    with pytest.raises(FileInUseError) as caught:
        FileLock.acquire(db_path)
    assert caught.value.stale
    with FileLock.acquire(db_path, take_over=True) as lock:
        assert lock.info.pid == os.getpid()
    assert read_lock(db_path) is None


def test_unreadable_lock_file_counts_as_held(db_path: Path) -> None:
    lock_path_for(db_path).write_bytes(b"\x00\x01 kaputt")
    with pytest.raises(FileInUseError) as caught:
        FileLock.acquire(db_path)
    assert caught.value.info.user == "unbekannt"


def test_refresh_and_release_only_touch_our_own_lock(db_path: Path) -> None:
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


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="start times from /proc")
def test_reused_process_id_after_a_restart_counts_as_left_behind(db_path: Path) -> None:
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


def test_an_unwritable_folder_is_explained_in_german(tmp_path: Path) -> None:
    from nfg_desktop.store.lock import LockUnavailableError

    error = LockUnavailableError(
        tmp_path / "netzwerk.sqlite", PermissionError(errno.EACCES, "Permission denied")
    )
    assert "keine Berechtigung" in error.message
    assert "Permission denied" not in error.message
