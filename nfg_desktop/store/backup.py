"""Backups of the data file: consistent copies, checked, rotated, listed and restored.

A copy is made with SQLite's online backup API (consistent even while the program writes),
switched to a self-contained rollback journal, checked with ``PRAGMA integrity_check`` and only
then given its final name. Copies are named ``<file>_<YYYY-MM-DD>_<HHMMSS>_<reason>.sqlite`` so
the folder sorts by time and a person can tell them apart without the program.

Rotation keeps, per data file, every copy of today, the newest copy of each of the last 7 days,
of the last 4 weeks and of the last 12 months that have copies. Nothing else is ever deleted.
"""

from __future__ import annotations

import contextlib
import logging
import re
import shutil
import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from nfg_desktop.domain.errors import DomainError, os_error_text
from nfg_desktop.store import files, safety_config

log = logging.getLogger(__name__)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12


class BackupError(DomainError):
    """A copy could not be written or read; the message says what the user can do."""


def backup_dir() -> Path:
    """The configured backup folder (default: ``Sicherungen`` in the user data folder)."""
    return safety_config.backup_dir()


def _safe_reason(reason: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9-]+", "-", reason.strip()).strip("-")
    return cleaned or "manuell"


def target_name(db_path: Path, reason: str, now: datetime, folder: Path) -> Path:
    base = f"{db_path.stem}_{now:%Y-%m-%d_%H%M%S}"
    suffix = f"_{_safe_reason(reason)}.sqlite"
    target = folder / f"{base}{suffix}"
    number = 2
    while target.exists():
        target = folder / f"{base}-{number}{suffix}"
        number += 1
    return target


def write_copy(source: Path, target: Path) -> None:
    """A consistent, checked, self-contained copy of ``source`` at ``target``.

    The copy is written under a temporary name and renamed only after the integrity check, so
    a half-written copy never looks like a backup. Raises :class:`BackupError`.
    """
    partial = target.with_name(target.name + PARTIAL)
    try:
        _write_checked(source, partial, target.parent)
        partial.replace(target)
    except BaseException:
        _remove_partial(partial)
        raise


# A copy being written is named <copy>.teil; SQLite may leave these files beside it.
PARTIAL = ".teil"
PARTIAL_COMPANIONS = ("-journal", "-wal", "-shm")


def _remove_partial(partial: Path) -> None:
    """A half-written copy and the journal files SQLite may have left beside it."""
    for leftover in (partial, *(Path(f"{partial}{end}") for end in PARTIAL_COMPANIONS)):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


def remove_leftover_partials(folder: Path, stem: str) -> list[Path]:
    """Half-written copies of data file ``stem`` left in ``folder`` by a backup that was killed
    (``*.teil``, ``*.teil-journal``, ``*.teil-wal``). One that another program is still
    writing is kept: it holds an SQLite lock on it."""
    removed = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        name = path.name
        for end in PARTIAL_COMPANIONS:
            name = name.removesuffix(end)
        if not name.endswith(PARTIAL):
            continue
        match = files.BACKUP_NAME.match(name.removesuffix(PARTIAL))
        if match is None or match["stem"] != stem:
            continue
        partial = path.with_name(name)
        if partial.exists() and _in_use(partial):
            continue
        _remove_partial(partial)
        removed.append(path)
        log.info("Reste einer abgebrochenen Sicherung entfernt: %s", path)
    return removed


def _in_use(path: Path) -> bool:
    """Another connection reads or writes ``path`` (its locks go with a killed process)."""
    try:
        connection = sqlite3.connect(path, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        # Only a process that is alive holds a lock on it. (A hot journal of a killed one may
        # be rolled back by this; the copy is removed anyway.)
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as error:
        return "locked" in str(error).lower() or "busy" in str(error).lower()
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def _write_checked(source: Path, partial: Path, folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_partial(partial)
        source_connection = sqlite3.connect(files.read_uri(source), uri=True)
        try:
            target_connection = sqlite3.connect(partial)
            try:
                source_connection.backup(target_connection)
                # One file, no -wal/-shm: the copy can be carried around on its own.
                target_connection.execute("PRAGMA journal_mode = DELETE")
            finally:
                target_connection.close()
        finally:
            source_connection.close()
    except sqlite3.Error as error:
        if _is_full(error):
            raise BackupError(
                f"Auf dem Laufwerk von „{folder}“ ist nicht genug Platz für die "
                "Sicherung. Bitte schaffen Sie Platz oder wählen Sie einen anderen "
                "Sicherungsordner."
            ) from error
        raise BackupError(
            f"Die Sicherung nach „{folder}“ ist fehlgeschlagen ({error}). Bitte prüfen "
            "Sie den Sicherungsordner."
        ) from error
    except OSError as error:
        raise BackupError(
            f"In den Sicherungsordner „{folder}“ kann nicht geschrieben werden "
            f"({os_error_text(error)}). Ist das Laufwerk (z. B. ein USB-Stick) angeschlossen? "
            "Sie können unter Datei > Sicherung erstellen… einen anderen Ordner wählen."
        ) from error
    if not files.integrity_ok(partial):
        if not files.integrity_ok(source):
            # The data file itself is damaged, not the backup drive.
            raise BackupError(files.damaged_message(source))
        raise BackupError(
            f"Die Sicherung in „{folder}“ ist nach dem Schreiben fehlerhaft. "
            "Bitte prüfen Sie das Laufwerk (z. B. den USB-Stick) oder wählen Sie einen "
            "anderen Sicherungsordner."
        )


def _is_full(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code == sqlite3.SQLITE_FULL or "full" in str(error).lower()


def create_backup(
    db_path: Path,
    reason: str = "manuell",
    folder: Path | None = None,
    now: datetime | None = None,
    rotate_folder: bool = True,
) -> Path:
    """Copy ``db_path`` into the backup folder (or ``folder``) and return the copy's path."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise BackupError(f"Die Datei „{db_path}“ gibt es nicht; es gibt nichts zu sichern.")
    target_folder = Path(folder) if folder is not None else backup_dir()
    now = now or datetime.now()
    target = target_name(db_path, reason, now, target_folder)
    remove_leftover_partials(target_folder, db_path.stem)
    write_copy(db_path, target)
    log.info("Sicherung geschrieben: %s", target)
    if rotate_folder:
        try:
            rotate(target_folder, db_path.stem, today=now.date())
        except OSError:
            log.warning("Alte Sicherungen konnten nicht aufgeräumt werden", exc_info=True)
    return target


def backup_before(db_path: Path | None, reason: str) -> Path:
    """A copy of the open file (``Database.path``) before a risky step (import, restore);
    for other areas. None is a database on a server."""
    if db_path is None:
        raise BackupError("Diese Datenbank liegt auf einem Server; Sicherungen macht dort die IT.")
    return create_backup(db_path, reason=reason)


def list_backups(folder: Path | None = None, stem: str | None = None) -> list[files.BackupInfo]:
    """The copies with date, size and counts of partners/volunteers, newest first."""
    folder = Path(folder) if folder is not None else backup_dir()
    result = []
    for path, created, reason in files.backups_of(folder, stem):
        partners, volunteers = files.copy_counts(path)
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        result.append(files.BackupInfo(path, created, reason, size, partners, volunteers))
    return result


def rotation_keeps(copies: list[tuple[Path, datetime]], today: date) -> set[Path]:
    """Which copies rotation keeps (see the module docstring)."""
    keep = {path for path, moment in copies if moment.date() == today}
    newest_first = sorted(copies, key=lambda copy: (copy[1], copy[0].name), reverse=True)
    slots: tuple[tuple[Callable[[datetime], object], int], ...] = (
        (lambda moment: moment.date(), KEEP_DAILY),
        (lambda moment: tuple(moment.isocalendar())[:2], KEEP_WEEKLY),
        (lambda moment: (moment.year, moment.month), KEEP_MONTHLY),
    )
    for slot_of, count in slots:
        seen: list[object] = []
        for path, moment in newest_first:
            slot = slot_of(moment)
            if slot in seen:
                continue
            if len(seen) == count:
                break
            seen.append(slot)
            keep.add(path)
    return keep


def rotate(folder: Path, stem: str, today: date | None = None) -> list[Path]:
    """Delete the copies of ``stem`` that rotation does not keep; return the deleted ones."""
    copies = [(path, created) for path, created, _reason in files.backups_of(folder, stem)]
    keep = rotation_keeps(copies, today or date.today())
    deleted = []
    for path, _created in copies:
        if path in keep:
            continue
        path.unlink()
        deleted.append(path)
        log.info("Alte Sicherung entfernt: %s", path)
    return deleted


def has_backup_of_day(db_path: Path, day: date, folder: Path | None = None) -> bool:
    folder = Path(folder) if folder is not None else backup_dir()
    return any(created.date() == day for _p, created, _r in files.backups_of(folder, db_path.stem))


def daily_backup_if_due(db_path: Path, now: datetime | None = None) -> Path | None:
    """At the first start of a day: a copy, unless one of today already exists."""
    now = now or datetime.now()
    if not Path(db_path).exists() or has_backup_of_day(db_path, now.date()):
        return None
    return create_backup(db_path, reason="taeglich", now=now)


def check_backup_file(path: Path) -> None:
    """Refuse a file that is not a healthy copy of our data (without changing it)."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"Die Sicherung „{path}“ gibt es nicht.")
    damaged = BackupError(
        f"Die Sicherung „{path.name}“ ist beschädigt und wird nicht zurückgespielt. "
        "Bitte wählen Sie eine andere (ältere) Sicherung."
    )
    try:
        files.inspect_sqlite_file(path)
    except (files.NotADatabaseError, files.ForeignDatabaseError) as error:
        raise BackupError(
            f"Die Datei „{path.name}“ ist keine Sicherung von NFG Desktop. Bitte wählen Sie "
            "eine Sicherung aus dem Sicherungsordner."
        ) from error
    except files.NewerVersionError as error:
        raise BackupError(
            f"Die Sicherung „{path.name}“ stammt von einer neueren Version von NFG Desktop. "
            "Bitte installieren Sie zuerst die neueste Version des Programms."
        ) from error
    except files.DamagedDatabaseError as error:
        raise damaged from error
    if not files.integrity_ok(path):
        raise damaged


def restore_backup(backup_file: Path, db_path: Path) -> Path | None:
    """Put the copy ``backup_file`` in place of ``db_path``; return the copy of the old state.

    The current state is backed up first (``vor-Wiederherstellung``); a current file that cannot
    even be read is moved aside byte for byte. The caller must have closed the data file.
    """
    backup_file, db_path = Path(backup_file), Path(db_path)
    check_backup_file(backup_file)
    if backup_file.resolve() == db_path.resolve():
        raise BackupError("Die Sicherung ist die geöffnete Datei selbst.")
    previous: Path | None = None
    wal = Path(f"{db_path}-wal")
    wal_in_use = wal.exists() and wal.stat().st_size > 0
    if db_path.exists() and (db_path.stat().st_size > 0 or wal_in_use):
        # SQLite reads the file with its -wal: the copy holds the pages that are only there.
        try:
            previous = create_backup(db_path, reason="vor-Wiederherstellung")
        except BackupError:
            if files.integrity_ok(db_path):
                raise
            previous = _move_aside_damaged(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    partial = db_path.with_name(db_path.name + ".wiederherstellung")
    write_copy(backup_file, partial)
    # The old state's -wal (now in ``previous``) must not be applied to the restored file.
    for leftover in (wal, Path(f"{db_path}-shm"), Path(f"{db_path}-journal")):
        leftover.unlink(missing_ok=True)
    partial.replace(db_path)
    log.info("Sicherung zurückgespielt: %s -> %s", backup_file, db_path)
    return previous


def _move_aside_damaged(db_path: Path) -> Path:
    """A byte copy of a file SQLite cannot read, with its -wal: that may hold the newest
    pages, and SQLite reads the copy together with it."""
    folder = backup_dir()
    target = target_name(db_path, "beschaedigt", datetime.now(), folder)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy2(db_path, target)
    wal = Path(f"{db_path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        shutil.copy2(wal, Path(f"{target}-wal"))
    log.warning("Beschädigte Datei vor der Wiederherstellung kopiert: %s", target)
    return target
