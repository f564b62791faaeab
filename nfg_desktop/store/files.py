"""Judging a data file without changing it: is it ours, readable, writable, and where is its
newest readable copy.

The lowest module of the file handling: the error classes of opening a file, the read-only
look at a file (``inspect_sqlite_file``, ``integrity_ok``), how SQLite may read it
(``read_uri``) and what the backup folder holds. ``backup`` and ``database`` build on it;
it imports neither.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.store import migrate, safety_config

SQLITE_HEADER = b"SQLite format 3\x00"
# SQLite's application_id marks a file as ours ("NFGD").
APPLICATION_ID = 0x4E464744
# Tables whose presence shows that a file without our application_id is still ours.
OUR_TABLES = {"partner", "volunteer", "project", "network", "alembic_version"}


class DatabaseOpenError(DomainError):
    """The file cannot be opened; the message says why and what the user can do."""


class NotADatabaseError(DatabaseOpenError):
    pass


class ForeignDatabaseError(DatabaseOpenError):
    pass


class NewerVersionError(DatabaseOpenError):
    pass


class DamagedDatabaseError(DatabaseOpenError):
    pass


class MissingFileError(DatabaseOpenError):
    pass


class ReadOnlyLocationError(DatabaseOpenError):
    """The file or its folder is write-protected; it can still be opened read-only."""


class DiskFullError(ReadOnlyLocationError):
    """The drive is full: nothing can be saved, but the file is fine and can be read."""


@dataclass(frozen=True)
class FileState:
    """What a look at an existing file found, without changing it."""

    revision: str | None
    # An SQLite file without any table (its creation was interrupted): filled like a new file.
    empty: bool = False


JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")


def journal_files(path: Path) -> list[Path]:
    """The non-empty -wal and -journal files beside ``path``."""
    found = []
    for suffix in ("-wal", "-journal"):
        journal = Path(f"{path}{suffix}")
        if journal.exists() and journal.stat().st_size > 0:
            found.append(journal)
    return found


def inspect_sqlite_file(path: Path, *, thorough: bool = False) -> FileState:
    """Check that ``path`` is one of our files and read its schema revision, read-only.

    The file is judged by what SQLite sees: the main file together with its write-ahead log
    (``-wal``), which may hold the newest pages after a crash or a full disk at a checkpoint.
    ``thorough=True`` (before writing) also reads every page (``PRAGMA quick_check``), so that
    a file damaged in the middle is refused before anything is written to it.
    """
    with path.open("rb") as handle:
        first_page_header = handle.read(100)
    header = first_page_header[: len(SQLITE_HEADER)]
    # An empty main file with a WAL: SQLite reads the pages from the WAL.
    wal_only = not first_page_header and bool(journal_files(path))
    if header != SQLITE_HEADER and not wal_only:
        raise NotADatabaseError(
            f"Die Datei „{path.name}“ ist keine Datenbank von NFG Desktop (kein SQLite-Format). "
            "Bitte wählen Sie eine andere Datei oder stellen Sie eine Sicherung wieder her."
        )
    # The main file alone may be shorter than its header says while the WAL holds the rest;
    # only SQLite, reading both, can tell a truncated file from a healthy one.
    short = not wal_only and _main_file_short(path, first_page_header)
    try:
        connection = sqlite3.connect(read_uri(path), uri=True)
    except sqlite3.Error as error:
        raise _unreadable(path, error, short) from error
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        healthy = not (thorough or short) or _quick_check_ok(connection)
    except sqlite3.DatabaseError as error:
        raise _unreadable(path, error, short) from error
    finally:
        connection.close()
    if not healthy:
        raise DamagedDatabaseError(damaged_message(path, truncated=short))
    if not tables and application_id in (0, APPLICATION_ID):
        # Nothing in it: a file whose creation was interrupted (older versions created files
        # in place). It holds nothing to lose and is filled like a new file.
        return FileState(revision=None, empty=True)
    if application_id != APPLICATION_ID and not (tables and OUR_TABLES <= tables):
        raise ForeignDatabaseError(
            f"Die Datei „{path.name}“ ist eine Datenbank eines anderen Programms. "
            "NFG Desktop verändert sie nicht. Bitte wählen Sie eine Datei von NFG Desktop."
        )
    if revision is not None and not migrate.is_known_revision(revision):
        raise NewerVersionError(
            f"Die Datei „{path.name}“ wurde mit einer neueren Version von NFG Desktop gespeichert. "
            "Bitte installieren Sie die neueste Version des Programms; "
            "die Datei bleibt unverändert."
        )
    return FileState(revision=revision)


def _quick_check_ok(connection: sqlite3.Connection) -> bool:
    """Every page of the file (with its WAL) is readable and well-formed."""
    return [row[0] for row in connection.execute("PRAGMA quick_check")] == ["ok"]


def _main_file_short(path: Path, header: bytes) -> bool:
    """The header promises more pages than the main file holds (an interrupted copy, or a
    checkpoint that did not finish: then the WAL still holds the pages)."""
    if len(header) < 100:
        return True
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter = int.from_bytes(header[24:28], "big")
    page_count = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    if page_size < 512 or page_count == 0 or change_counter != valid_for:
        return False  # the header's page count is not trustworthy; SQLite itself will judge
    return path.stat().st_size < page_size * page_count


def _unreadable(path: Path, error: sqlite3.Error, short: bool) -> DatabaseOpenError:
    """What an SQLite error while looking at a file means for the user."""
    if is_disk_full(error):
        return DiskFullError(disk_full_message(path))
    if journal_files(path) and not _writable(path.parent):
        # SQLite needs a -shm file to read the -wal, and cannot make one here: no damage.
        return DatabaseOpenError(
            f"Die Datei „{path.name}“ hat noch Änderungen in „{path.name}-wal“, die in diesem "
            "schreibgeschützten Ordner nicht gelesen werden können. Sie wird nicht verändert. "
            "Bitte kopieren Sie beide Dateien zusammen in einen Ordner, in dem Sie schreiben "
            "dürfen, und öffnen Sie die Kopie."
        )
    return DamagedDatabaseError(damaged_message(path, truncated=short))


# SQLITE_IOERR_SHMSIZE: the -shm file cannot grow (no room on the drive).
SQLITE_IOERR_SHMSIZE = 4874


def is_disk_full(error: BaseException | None) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code in (sqlite3.SQLITE_FULL, SQLITE_IOERR_SHMSIZE):
        return True
    if "database or disk is full" in str(error).lower():
        return True
    return isinstance(error, OSError) and error.errno == errno.ENOSPC


def disk_full_message(path: Path) -> str:
    return (
        f"Das Laufwerk ist voll: neben „{path.name}“ ist kein Platz zum Speichern. Die Datei "
        "ist nicht beschädigt und bleibt unverändert; lesen können Sie sie weiterhin (im "
        "Fenster: nur zum Lesen öffnen). Zum Bearbeiten schaffen Sie bitte Platz (z. B. alte "
        "Dateien löschen oder den Papierkorb leeren)."
    )


def damaged_message(path: Path, truncated: bool = False) -> str:
    what = "unvollständig (abgeschnitten)" if truncated else "beschädigt"
    newest = newest_readable_backup(path)
    if newest is None:
        offer = (
            "Bitte stellen Sie die letzte Sicherung wieder her "
            "(Datei > Sicherung wiederherstellen…)."
        )
    else:
        offer = (
            f"Die neueste Sicherung ist „{newest.path}“ vom {newest.created:%d.%m.%Y, %H:%M} Uhr "
            f"({newest.partners} Partner, {newest.volunteers} Ehrenamtliche). Bitte stellen Sie "
            "sie wieder her (Datei > Sicherung wiederherstellen… oder "
            f"„nfg-desktop restore {newest.path}“)."
        )
    return (
        f"Die Datei „{path.name}“ ist {what} und kann nicht gelesen werden. "
        f"Sie wird nicht verändert. {offer}"
    )


def _writable(path: Path) -> bool:
    return folder_writable(path)


def check_writable(path: Path) -> None:
    """Raise :class:`ReadOnlyLocationError` when ``path`` or its folder is write-protected."""
    if path.exists() and not _writable(path):
        raise ReadOnlyLocationError(
            f"Die Datei „{path.name}“ ist schreibgeschützt. Sie können sie nur zum Lesen öffnen. "
            "Zum Bearbeiten entfernen Sie den Schreibschutz (Eigenschaften der Datei) oder "
            "kopieren die Datei in einen Ordner, in dem Sie schreiben dürfen."
        )
    if not _writable(path.parent):
        raise ReadOnlyLocationError(
            f"Im Ordner „{path.parent}“ dürfen Sie nichts speichern. Sie können die Datei "
            f"„{path.name}“ nur zum Lesen öffnen. Zum Bearbeiten kopieren Sie sie in einen "
            "Ordner, in dem Sie schreiben dürfen, oder bitten Sie die IT um Schreibrechte."
        )


def refuse_non_file(path: Path) -> None:
    """A folder or a device (``/dev/null``, ``NUL``) given as the data file is refused before
    anything is read or created."""
    if path.is_dir():
        raise NotADatabaseError(
            f"„{path}“ ist ein Ordner, keine Datendatei. Bitte geben Sie eine Datei an, "
            f"z. B. „{path / 'netzwerk.sqlite'}“."
        )
    if path.exists() and not path.is_file():
        raise NotADatabaseError(
            f"„{path}“ ist keine gewöhnliche Datei (sondern z. B. ein Gerät) und kann keine "
            "Daten aufnehmen. Bitte geben Sie eine Datendatei an."
        )


def missing_file_message(path: Path) -> str:
    return (
        f"Die Datei „{path.name}“ wurde im Ordner „{path.parent}“ nicht gefunden. Vielleicht "
        "wurde sie verschoben oder umbenannt, oder das Netzlaufwerk bzw. der USB-Stick ist "
        "nicht verbunden. Bitte öffnen Sie die Datei über Datei > Öffnen… oder stellen Sie "
        "die letzte Sicherung wieder her."
    )


def integrity_ok(path: Path) -> bool:
    """``PRAGMA integrity_check`` of a closed file, opened read-only."""
    try:
        connection = sqlite3.connect(read_uri(path), uri=True)
    except sqlite3.Error:
        return False
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        return [row[0] for row in rows] == ["ok"]
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()


# reason key (part of the file name) -> German label shown in the list
REASONS = {
    "manuell": "von Hand",
    "taeglich": "täglich beim Start",
    "vor-Update": "vor einem Update",
    "vor-Wiederherstellung": "vor einer Wiederherstellung",
    "vor-Import": "vor einem Import",
}

BACKUP_NAME = re.compile(
    r"^(?P<stem>.+)_(?P<day>\d{4}-\d{2}-\d{2})_(?P<time>\d{6})(?:-\d+)?"
    r"(?:_(?P<reason>[A-Za-z0-9-]+))?\.sqlite$"
)


@dataclass(frozen=True)
class BackupInfo:
    """One copy in the backup folder, for the restore list (newest first)."""

    path: Path
    created: datetime
    reason: str
    size: int
    partners: int | None
    volunteers: int | None

    @property
    def reason_label(self) -> str:
        if self.reason in REASONS:
            return REASONS[self.reason]
        if self.reason.startswith("vor-Update"):
            return f"{REASONS['vor-Update']} ({self.reason.removeprefix('vor-Update-')})"
        if self.reason.lower().startswith(("import", "vor-import")):
            return REASONS["vor-Import"]
        return self.reason.replace("-", " ")

    @property
    def readable(self) -> bool:
        return self.partners is not None


def folder_writable(folder: Path) -> bool:
    """Writable for us and not marked write-protected (also honoured when running as admin)."""
    try:
        mode = folder.stat().st_mode
    except OSError:
        return False
    return os.access(folder, os.W_OK) and bool(mode & 0o222)


def read_uri(path: Path) -> str:
    """An SQLite URI that reads ``path`` without writing anything.

    In a write-protected folder (or of a write-protected file) SQLite cannot create the -shm
    file of a WAL file; the file is then read as immutable (nobody can change it there either)
    — unless a -wal lies beside it: immutable would ignore the pages in it, so SQLite reads both.
    """
    return f"file:{quote(path.as_posix())}?{read_flag(path)}"


def read_flag(path: Path) -> str:
    """``mode=ro``, or ``immutable=1`` where SQLite cannot create the -shm/-wal files a WAL
    file needs and must not leave them (a write-protected file or folder), or has no room for
    them (a full drive) — but never while a -wal with pages lies beside the file: immutable
    would ignore them."""
    if wal_has_pages(path):
        return "mode=ro"
    writable = folder_writable(path.parent) and (not path.exists() or folder_writable(path))
    if not writable or drive_full(path.parent):
        return "immutable=1"
    return "mode=ro"


def wal_has_pages(path: Path) -> bool:
    """Changes of ``path`` wait in its -wal (e.g. after a crash): they belong to the file."""
    wal = Path(f"{path}-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


# Less free space than this and nothing is written (SQLite needs room for -shm and -wal).
MIN_FREE_BYTES = 1 << 20


def drive_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < MIN_FREE_BYTES
    except OSError:
        return False


def backups_of(folder: Path, stem: str | None = None) -> list[tuple[Path, datetime, str]]:
    """(path, time, reason) of the copies in ``folder`` (of data file ``stem``), newest first."""
    found: list[tuple[Path, datetime, str]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = BACKUP_NAME.match(path.name)
        if not match or (stem is not None and match["stem"] != stem):
            continue
        try:
            created = datetime.strptime(f"{match['day']} {match['time']}", "%Y-%m-%d %H%M%S")
        except ValueError:
            continue
        found.append((path, created, match["reason"] or "manuell"))
    found.sort(key=lambda item: (item[1], item[0].name), reverse=True)
    return found


def newest_readable_backup(db_path: Path, folder: Path | None = None) -> BackupInfo | None:
    """The newest copy of ``db_path`` that can be read, or None."""
    folder = Path(folder) if folder is not None else safety_config.backup_dir()
    for path, created, reason in backups_of(folder, Path(db_path).stem):
        partners, volunteers = copy_counts(path)
        if partners is not None:
            size = path.stat().st_size if path.exists() else 0
            return BackupInfo(path, created, reason, size, partners, volunteers)
    return None


def copy_counts(path: Path) -> tuple[int | None, int | None]:
    try:
        connection = sqlite3.connect(read_uri(path), uri=True)
    except sqlite3.Error:
        return None, None
    try:
        partners = connection.execute("SELECT count(*) FROM partner").fetchone()[0]
        volunteers = connection.execute("SELECT count(*) FROM volunteer").fetchone()[0]
        return int(partners), int(volunteers)
    except sqlite3.Error:
        return None, None
    finally:
        connection.close()
