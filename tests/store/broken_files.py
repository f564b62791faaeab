"""Real broken files for the tests: a small drive that fills up, a checkpoint cut short, a file
damaged in the middle."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PAGE = 4096


@contextmanager
def small_drive(folder: Path, size: str = "8m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``folder`` (needs root on Linux); skips the test where
    the machine does not allow it."""
    folder.mkdir(parents=True, exist_ok=True)
    if not sys.platform.startswith("linux") or shutil.which("mount") is None:
        pytest.skip("kleines Laufwerk (tmpfs) nur unter Linux")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"tmpfs lässt sich nicht einhängen: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the drive of ``folder`` up to ``leave`` free bytes; returns the filler file."""
    filler = folder / "voll.bin"
    free = shutil.disk_usage(folder).free
    with filler.open("wb") as handle:
        try:
            handle.write(b"\0" * max(free - leave, 0))
        except OSError:
            pass  # full: what we wanted
    return filler


def header_page_count(path: Path) -> int:
    header = path.read_bytes()[:100]
    return int.from_bytes(header[28:32], "big")


def main_file_short(path: Path) -> bool:
    """The state the old start check refused: the header promises more than the main file."""
    return path.stat().st_size < header_page_count(path) * PAGE


IMPORT_SCRIPT = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA wal_autocheckpoint = 0")
connection.execute("BEGIN")
connection.executemany(
    "INSERT INTO partner (name, kind, sector, street, postal_code, city, phone, email,"
    " website, status, notes) VALUES (?, '', '', '', '', '', '', '', '', 'aktiv', ?)",
    [(f"Import {number:05d}", "Notiz " * 40) for number in range(int(sys.argv[2]))],
)
connection.execute("COMMIT")
print("gespeichert", flush=True)
time.sleep(600)
"""


def killed_after_import(path: Path, rows: int) -> None:
    """A large import committed into the WAL by a process that is then killed (SIGKILL)
    before any checkpoint. ``path`` must be one of our files."""
    writer = subprocess.Popen(
        [sys.executable, "-c", IMPORT_SCRIPT, str(path), str(rows)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "gespeichert"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()


def checkpoint_killed_after_first_page(path: Path) -> None:
    """What a checkpoint killed after its first write leaves: page 1 (with the header that
    counts the new pages) is copied from the WAL into the main file, nothing else."""
    wal = Path(f"{path}-wal").read_bytes()
    page_size = int.from_bytes(wal[8:12], "big")
    newest_first_page = None
    offset = 32
    while offset + 24 + page_size <= len(wal):
        if int.from_bytes(wal[offset : offset + 4], "big") == 1:
            newest_first_page = wal[offset + 24 : offset + 24 + page_size]
        offset += 24 + page_size
    assert newest_first_page is not None
    with path.open("r+b") as handle:
        handle.write(newest_first_page)


def damage_middle(path: Path, size: int = 8192, seed: int = 15) -> None:
    """Overwrite ``size`` bytes in the middle of the file (on page boundaries) with noise."""
    length = path.stat().st_size
    start = (length // 2) // PAGE * PAGE
    noise = random.Random(seed).randbytes(size)
    with path.open("r+b") as handle:
        handle.seek(start)
        handle.write(noise)
        handle.flush()
        os.fsync(handle.fileno())
