"""Soak test of the file checks (issue 15): writers killed during checkpoints, a drive that fills.

    .venv/bin/python benchmarks/soak_files.py [--rounds 60] [--seed 15] [--size 20m]

A worker process imports a batch of partners in one transaction (through ``open_database`` and
``Database.write``, as the program does) and closes the file, which writes the WAL back into
the main file (the checkpoint). The controller kills it with SIGKILL at random moments, most of
them during the checkpoint at the commit or at the close. Every other round the data file's
drive is filled first (a tmpfs of ``--size`` mounted for the run, where the machine allows it;
you must be root), so that the import or its checkpoint hits a full drive.

After each round the controller judges the file three ways and counts:
- refused although healthy: SQLite itself (on a copy of the main file and its -wal) reads the
  file as intact, but the program refuses to open it for reading, or for writing with another
  reason than a full drive (goal 0);
- changed although refused: the program refused the file and its bytes (main file and -wal)
  changed nevertheless (goal 0);
- records lost: partners whose import was confirmed (the commit returned) and that are not in
  the file (goal 0).
POSIX only.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any


def _file_errors() -> Any:
    """The module with the errors of opening a file: ``store.files``, or ``store.database``
    in program versions before it (the soak also runs against older versions)."""
    try:
        from nfg_desktop.store import files
    except ImportError:
        from nfg_desktop.store import database as files  # type: ignore[no-redef]
    return files


# --- the worker (runs in the killed process) -------------------------------------------------


def worker(db_path: str, first: int, rows: int, reports: Connection) -> None:
    from sqlalchemy import insert

    from nfg_desktop.store.database import SaveError, open_database
    from nfg_desktop.store.models import Partner

    DatabaseOpenError = _file_errors().DatabaseOpenError

    logging.getLogger().addHandler(logging.NullHandler())
    try:
        database = open_database(Path(db_path), lock=True, take_over=True)
    except DatabaseOpenError as error:
        reports.send(("refused", error.message))
        return
    reports.send(("open", None))
    try:
        with database.write() as session:
            session.execute(
                insert(Partner),
                [
                    {"name": f"Import {number:06d}", "notes": "Notiz " * 60}
                    for number in range(first, first + rows)
                ],
            )
    except SaveError as error:
        reports.send(("failed", error.message))
        database.close()
        return
    reports.send(("committed", None))  # only after the commit (and its autocheckpoint) returned
    database.close()  # the checkpoint at the close
    reports.send(("closed", None))


# --- judging a file --------------------------------------------------------------------------


def fingerprint(path: Path) -> tuple[str, str]:
    """The bytes of the main file and of its -wal (an absent -wal counts as empty)."""

    def digest(part: Path) -> str:
        return hashlib.sha256(part.read_bytes() if part.exists() else b"").hexdigest()

    return digest(path), digest(Path(f"{path}-wal"))


def sqlite_view(path: Path, scratch: Path) -> tuple[bool, set[str]]:
    """What SQLite itself reads: the file with its -wal, copied aside so nothing is touched."""
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    copy = scratch / path.name
    shutil.copyfile(path, copy)
    wal = Path(f"{path}-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(f"{copy}-wal"))
    try:
        connection = sqlite3.connect(copy)
        try:
            healthy = connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            names = {row[0] for row in connection.execute("SELECT name FROM partner")}
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False, set()
    return healthy, names


def main_file_short(path: Path) -> bool:
    """The header counts more pages than the main file holds (the rest is in the -wal)."""
    header = path.read_bytes()[:100]
    page_size = int.from_bytes(header[16:18], "big")
    pages = int.from_bytes(header[28:32], "big")
    return path.stat().st_size < page_size * pages


@dataclass
class Figures:
    rounds: int = 0
    full_rounds: int = 0
    kills: int = 0
    kills_in_checkpoint: int = 0
    confirmed: int = 0
    import_refused_full: int = 0
    opened_for_writing: int = 0
    refused_as_full: int = 0
    judgements: int = 0
    main_file_short: int = 0
    damaged_by_sqlite: int = 0
    refused_although_healthy: int = 0
    changed_although_refused: int = 0
    records_lost: int = 0
    notes: list[str] = field(default_factory=list)


def judge(path: Path, scratch: Path, confirmed: set[str], figures: Figures) -> None:
    from nfg_desktop.services.partners import PartnerService
    from nfg_desktop.store.database import open_database

    store = _file_errors()
    DatabaseOpenError = store.DatabaseOpenError

    # Also runs against program versions before the full drive had its own refusal.
    disk_full_error: Any = getattr(store, "DiskFullError", ())

    figures.judgements += 1
    full = shutil.disk_usage(path.parent).free < 1 << 20
    healthy, names = sqlite_view(path, scratch)
    if healthy and main_file_short(path):
        figures.main_file_short += 1  # what the old start check refused as „abgeschnitten“
    if not healthy:
        figures.damaged_by_sqlite += 1
        figures.notes.append(f"Runde {figures.rounds}: SQLite selbst hält die Datei für kaputt")
    lost = confirmed - names
    figures.records_lost += len(lost)
    before = fingerprint(path)
    refused = False
    try:
        database = open_database(path, read_only=True)
        with database.read() as session:
            PartnerService(session).list()
        database.close()
    except DatabaseOpenError as error:
        refused = True
        if healthy:
            figures.refused_although_healthy += 1
            figures.notes.append(f"Runde {figures.rounds}, lesen: {error.message}")
    try:
        database = open_database(path)
        database.close()
        figures.opened_for_writing += 1
    except disk_full_error as error:
        refused = True
        if full:
            figures.refused_as_full += 1
        elif healthy:
            figures.refused_although_healthy += 1
            figures.notes.append(f"Runde {figures.rounds}, schreiben: {error.message}")
    except DatabaseOpenError as error:
        refused = True
        if healthy:
            figures.refused_although_healthy += 1
            figures.notes.append(f"Runde {figures.rounds}, schreiben: {error.message}")
    if refused and fingerprint(path) != before:
        figures.changed_although_refused += 1
        figures.notes.append(f"Runde {figures.rounds}: abgelehnt und doch verändert")


# --- the controller --------------------------------------------------------------------------


def fill(folder: Path, leave: int) -> Path:
    filler = folder / "fueller.bin"
    free = shutil.disk_usage(folder).free
    with filler.open("wb") as handle:
        try:
            handle.write(b"\0" * max(free - leave, 0))
        except OSError:
            pass
    return filler


def run(folder: Path, rounds: int, seed: int, rows: int, small_drive: bool) -> Figures:
    from nfg_desktop.store.database import open_database

    path = folder / "netzwerk.sqlite"
    scratch = Path(tempfile.mkdtemp(prefix="nfg-soak-sicht-"))
    open_database(path).close()
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["nfg_desktop.store.database", "nfg_desktop.store.models"])
    rng = random.Random(seed)
    figures = Figures()
    confirmed: set[str] = set()
    next_number = 0
    # How long an unhindered import with its checkpoints takes: the window for the kills.
    duration = 0.3
    for number in range(rounds):
        figures.rounds = number + 1
        full = small_drive and number % 2 == 1
        filler = None
        if full:
            figures.full_rounds += 1
            # Mostly just enough room to open the file and commit the import into the WAL,
            # but not to copy it into the main file at the checkpoint; sometimes none at all.
            leave = 0 if rng.random() < 0.2 else rng.randint(1_100_000, 2_000_000)
            filler = fill(folder, leave=leave)
        here, there = context.Pipe(duplex=False)
        started = time.perf_counter()
        batch_rows = rows * 5 if full else rows  # a large import on the nearly full drive
        process = context.Process(target=worker, args=(str(path), next_number, batch_rows, there))
        process.start()
        there.close()
        batch = {f"Import {n:06d}" for n in range(next_number, next_number + batch_rows)}
        next_number += batch_rows
        kill_at = None
        roll = rng.random()
        if number >= 2 and roll < 0.85:
            # Most kills fall into the checkpoint: at the commit (the autocheckpoint of a large
            # import) or at the close; the others anywhere.
            kill_at = rng.uniform(0.0, duration * 1.5)
        states: list[str] = []
        while True:
            timeout = None if kill_at is None else kill_at - (time.perf_counter() - started)
            if timeout is not None and timeout <= 0:
                break
            if not here.poll(timeout):
                if kill_at is not None:
                    break
                continue
            try:
                state, message = here.recv()
            except EOFError:
                break
            states.append(state)
            if state == "committed":
                confirmed |= batch
                figures.confirmed += batch_rows
            if state in ("failed", "refused") and "Laufwerk ist voll" in (message or ""):
                figures.import_refused_full += 1
            if state in ("closed", "failed", "refused"):
                break
        if process.is_alive() and kill_at is not None:
            assert process.pid is not None
            os.kill(process.pid, signal.SIGKILL)
            figures.kills += 1
            if "committed" in states:
                figures.kills_in_checkpoint += 1  # between the commit and the end of the close
        process.join()
        while here.poll():
            try:
                state, _message = here.recv()
            except EOFError:
                break
            if state == "committed" and not batch <= confirmed:
                confirmed |= batch
                figures.confirmed += batch_rows
        here.close()
        if kill_at is None and "closed" in states and not full:
            duration = time.perf_counter() - started
        judge(path, scratch, confirmed, figures)
        if filler is not None:
            filler.unlink()
            judge(path, scratch, confirmed, figures)
    shutil.rmtree(scratch, ignore_errors=True)
    return figures


def mount_small_drive(folder: Path, size: str) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    return result.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--rows", type=int, default=400, help="partners per import")
    parser.add_argument("--size", default="48m", help="size of the small drive (tmpfs)")
    args = parser.parse_args()
    if sys.platform == "win32":
        print("Nur unter Linux/macOS (SIGKILL).")
        return 2
    with tempfile.TemporaryDirectory() as home:
        os.environ.setdefault("NFG_HOME", home)  # backups go here, not to the small drive
        drive = Path(home) / "Laufwerk"
        drive.mkdir()
        small = mount_small_drive(drive, args.size)
        try:
            started = time.perf_counter()
            figures = run(drive, args.rounds, args.seed, args.rows, small)
            seconds = time.perf_counter() - started
        finally:
            if small:
                subprocess.run(["umount", "-l", str(drive)], check=False)
    where = (
        f"Laufwerk: tmpfs {args.size}, jede zweite Runde gefüllt"
        if small
        else "Laufwerk: kein tmpfs möglich, Runden mit vollem Laufwerk entfallen"
    )
    for note in figures.notes[:20]:
        print(note)
    print(
        f"{figures.rounds} Runden ({where}); {figures.kills} Abbrüche mit SIGKILL, "
        f"davon {figures.kills_in_checkpoint} nach dem Commit (im Checkpoint beim Schließen); "
        f"{figures.confirmed} bestätigte Datensätze; {figures.import_refused_full} Importe "
        f"wegen vollem Laufwerk abgelehnt; {figures.refused_as_full}× zum Schreiben als "
        f"„Laufwerk voll“ abgelehnt (richtig); {figures.opened_for_writing}× zum Schreiben "
        f"geöffnet; {seconds:.1f} s"
    )
    print(
        f"{figures.judgements} Prüfungen, davon {figures.main_file_short} einer gesunden Datei, "
        "deren Hauptdatei kürzer ist, als ihr Kopf sagt (der Rest steht im -wal; früher als "
        "„abgeschnitten“ abgelehnt)"
    )
    print(f"Dateien, die SQLite selbst für kaputt hält: {figures.damaged_by_sqlite}")
    print(f"gesunde Dateien abgelehnt (Ziel 0): {figures.refused_although_healthy}")
    print(f"abgelehnte Dateien verändert (Ziel 0): {figures.changed_although_refused}")
    print(f"verlorene Datensätze (Ziel 0): {figures.records_lost}")
    bad = figures.refused_although_healthy + figures.changed_although_refused
    return 1 if bad or figures.records_lost or figures.damaged_by_sqlite else 0


if __name__ == "__main__":
    sys.exit(main())
