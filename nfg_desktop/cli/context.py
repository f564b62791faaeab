"""What every command gets: the chosen database, opened on demand."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.store import migrate
from nfg_desktop.store.database import Database, open_database, open_url
from nfg_desktop.store.files import DiskFullError, inspect_sqlite_file
from nfg_desktop.store.lock import FileInUseError, FileLock, read_lock

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)


@dataclass
class CommandContext:
    db_path: Path
    db_url: str | None = None
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    _database: Database | None = None
    _noted: bool = False

    def database(self, create: bool = True, read_only: bool = False) -> Database:
        """Open the chosen file. ``create=False`` refuses a file that does not exist yet.

        Reading opens the file read-only and takes no lock: it never waits for a program that
        writes, never creates or changes anything, and works on write-protected files."""
        if self._database is None:
            if self.db_url:
                self._database = open_url(self.db_url)
            else:
                if not create and not self.db_path.exists():
                    raise DomainError(f"Die Datei „{self.db_path}“ gibt es nicht.")
                if read_only:
                    self._database = open_database(self.db_path, read_only=True)
                    self.note_holder()
                else:
                    # Writing commands take the file lock: nobody else may have it open.
                    with self._explained_lock():
                        self._database = open_database(self.db_path, lock=True)
            if not read_only and not self._database.read_only:
                self._clean_up_clearances(self._database)
        return self._database

    def _needs_upgrade(self) -> bool:
        """A file of an older version is brought up to date (after a backup) before it can be
        read; that needs writing. Nothing to do for a missing or foreign file: opening it
        read-only says what is wrong."""
        try:
            revision = inspect_sqlite_file(self.db_path).revision
        except (DomainError, OSError):
            return False
        return revision != migrate.head_revision()

    def lock_file(self) -> FileLock:
        """The file lock for a command that replaces the file as a whole (restore)."""
        with self._explained_lock():
            return FileLock.acquire(self.db_path)

    @contextmanager
    def _explained_lock(self) -> Iterator[None]:
        try:
            yield
        except FileInUseError as error:
            if error.stale:
                raise DomainError(
                    f"{error.message} Zum Übernehmen öffnen Sie die Datei im Programmfenster."
                ) from error
            raise DomainError(
                f"Die Datei „{self.db_path.name}“ wird gerade von {error.info.describe()} "
                "bearbeitet. Dieser Befehl ändert die Datei und ist erst möglich, wenn sie dort "
                "geschlossen ist. Befehle, die nur lesen (list, check, report, export, disclose, "
                "backup), gehen auch jetzt."
            ) from error

    def note_holder(self) -> None:
        """One line on stderr when another program has the file open for writing."""
        if self.db_url or self._noted:
            return
        self._noted = True
        holder = read_lock(self.db_path)
        if holder is not None and not holder.is_this_process:
            print(
                f"Hinweis: Die Datei wird gerade von {holder.describe()} bearbeitet; "
                "gelesen wird der zuletzt gespeicherte Stand.",
                file=sys.stderr,
            )

    def _clean_up_clearances(self, database: Database) -> None:
        """At start: clearance records due for deletion go. The service notes it in the log file
        (by record id), not on stderr, so that a command's output and its errors stay as they
        are."""
        from nfg_desktop.services.privacy import startup_clearance_cleanup

        startup_clearance_cleanup(database)

    def _database_to_read(self) -> Database:
        read_only = self.db_url is None and not self._needs_upgrade()
        try:
            return self._database or self.database(create=False, read_only=read_only)
        except DiskFullError:
            return self.database(create=False, read_only=True)  # reading still works

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._database_to_read().read() as session:
            yield session

    @contextmanager
    def read_tables(self) -> Iterator[Connection]:
        """A plain connection, for commands that read through the tables alone (no ORM)."""
        with self._database_to_read().read_tables() as connection:
            yield connection

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self.database().write() as session:
            yield session

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def error(self, text: str) -> None:
        """Why a command failed or stored nothing: on stderr, so that scripts see it apart
        from the command's output."""
        print(text, file=self.err)

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None
