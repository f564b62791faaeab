"""What every command gets: the chosen database, opened on demand."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from sqlalchemy.orm import Session

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.store.database import Database, DiskFullError, open_database, open_url
from nfg_desktop.store.lock import FileInUseError

log = logging.getLogger(__name__)


@dataclass
class CommandContext:
    db_path: Path
    db_url: str | None = None
    out: TextIO = field(default_factory=lambda: sys.stdout)
    _database: Database | None = None

    def database(self, create: bool = True, read_only: bool = False) -> Database:
        """Open the chosen file. ``create=False`` refuses a file that does not exist yet."""
        if self._database is None:
            if self.db_url:
                self._database = open_url(self.db_url)
            else:
                if not create and not self.db_path.exists():
                    raise DomainError(f"Die Datei „{self.db_path}“ gibt es nicht.")
                # Writing commands take the file lock: nobody else may have the file open.
                try:
                    self._database = open_database(
                        self.db_path, read_only=read_only, lock=not read_only
                    )
                except FileInUseError as error:
                    if not error.stale:
                        raise
                    raise DomainError(
                        f"{error.message} Zum Übernehmen öffnen Sie die Datei im Programmfenster."
                    ) from error
            if not read_only:
                self._clean_up_clearances(self._database)
        return self._database

    def _clean_up_clearances(self, database: Database) -> None:
        """At start: clearance records due for deletion go. The note goes to the log file, not
        to stderr, so that a command's output and its one-line errors stay as they are."""
        from nfg_desktop.services.privacy import startup_clearance_cleanup

        for line in startup_clearance_cleanup(database):
            log.warning("Führungszeugnis gelöscht (3 Monate nach dem Ausscheiden): %s", line)

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            database = self.database(create=False)
        except DiskFullError:
            database = self.database(create=False, read_only=True)  # reading still works
        with database.read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self.database().write() as session:
            yield session

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None
