"""Crash safety: a writer killed with SIGKILL at random moments loses nothing it confirmed."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from nfg_desktop.store.database import open_database
from nfg_desktop.store.lock import lock_path_for, read_lock
from tests.store import crash_writer

KILLS = 50

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="SIGKILL and forkserver are POSIX only"
)


def _stored_names(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {row[0] for row in connection.execute("SELECT name FROM partner")}
    finally:
        connection.close()


def test_sigkill_at_random_moments_loses_no_confirmed_record(db_path: Path) -> None:
    open_database(db_path).close()
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.store.crash_writer"])
    rng = random.Random(20261125)
    confirmed: set[int] = set()
    next_number = 0
    started = time.perf_counter()
    for _kill in range(KILLS):
        receiver, sender = context.Pipe(duplex=False)
        writer = context.Process(
            target=crash_writer.write_forever, args=(str(db_path), next_number, sender)
        )
        writer.start()
        sender.close()
        if rng.random() < 0.7:
            # Kill it at a random moment while it writes ...
            deadline = time.monotonic() + 20
            while not receiver.poll(0.005) and time.monotonic() < deadline:
                pass
            time.sleep(rng.uniform(0.0, 0.05))
        else:
            # ... or while it opens the file and recovers from the previous kill.
            time.sleep(rng.uniform(0.0, 0.1))
        assert writer.pid is not None
        os.kill(writer.pid, signal.SIGKILL)
        writer.join()
        assert writer.exitcode == -signal.SIGKILL
        confirmed_before = len(confirmed)
        while receiver.poll():
            try:
                confirmed.add(receiver.recv())
            except EOFError:
                break
        receiver.close()
        # Every round: the file is healthy and holds every confirmed record.
        stored = _stored_names(db_path)
        missing = {n for n in confirmed if f"Partner {n:05d}" not in stored}
        assert not missing, f"bestätigt, aber verloren: {sorted(missing)[:10]}"
        if len(confirmed) > confirmed_before:  # it had opened the file and taken the lock
            # The operating system released the killed writer's lock at once: nobody holds it,
            # and the next writer takes it without a question.
            assert lock_path_for(db_path).exists() and read_lock(db_path) is None
        next_number = max(confirmed, default=next_number) + 2
    seconds = time.perf_counter() - started
    assert len(confirmed) > KILLS // 2  # the writer really wrote between the kills
    print(f"{KILLS} Abbrüche, {len(confirmed)} bestätigte Datensätze, {seconds:.1f} s")
