"""Opening the data file: checks, migrations, the engine and transactions.

A file is only written to after it was shown to be ours and not from a newer program version.
An older file is copied aside (SQLite online backup) before it is migrated.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.store import migrate
from nfg_desktop.store.models import APPLICATION_ID, Base

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
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


@dataclass(frozen=True)
class FileState:
    """What a look at an existing file found, without changing it."""

    revision: str | None


def _sqlite_pragmas(dbapi_connection: Any, _record: Any, read_only: bool) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _make_sqlite_engine(path: Path, read_only: bool = False) -> Engine:
    if read_only:
        url = f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path.as_posix()}"
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide where transactions begin (so BEGIN covers reads).
        dbapi_connection.isolation_level = None
        _sqlite_pragmas(dbapi_connection, record, read_only)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def inspect_sqlite_file(path: Path) -> FileState:
    """Check that ``path`` is one of our files and read its schema revision, read-only."""
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotADatabaseError(
            f"Die Datei „{path.name}“ ist keine Datenbank von NFG Desktop (kein SQLite-Format). "
            "Bitte wählen Sie eine andere Datei oder stellen Sie eine Sicherung wieder her."
        )
    try:
        connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise DamagedDatabaseError(_damaged_message(path)) from error
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
    except sqlite3.DatabaseError as error:
        raise DamagedDatabaseError(_damaged_message(path)) from error
    finally:
        connection.close()
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


def _damaged_message(path: Path) -> str:
    return (
        f"Die Datei „{path.name}“ ist beschädigt und kann nicht gelesen werden. "
        "Sie wird nicht verändert. Bitte stellen Sie die letzte Sicherung wieder her."
    )


def sqlite_copy(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite file through the online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    source_connection = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    try:
        target_connection = sqlite3.connect(target)
        try:
            source_connection.backup(target_connection)
        finally:
            target_connection.close()
    finally:
        source_connection.close()


def backup_before_migration(path: Path, revision: str | None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.vor-Update-{revision or 'alt'}-{stamp}{path.suffix}")
    sqlite_copy(path, target)
    log.info("Sicherung vor dem Update: %s", target)
    return target


ChangeListener = Callable[[set[str]], None]


class Database:
    """An open data file: engine, sessions, and notification after each committed change."""

    def __init__(self, engine: Engine, path: Path | None, read_only: bool = False) -> None:
        self.engine = engine
        self.path = path
        self.read_only = read_only
        self.session_factory = sessionmaker(engine, expire_on_commit=False)
        self._listeners: list[ChangeListener] = []
        self.migration_backup: Path | None = None

    # --- transactions ---------------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing is committed."""
        session = self.session_factory()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action = one transaction: all of it is stored, or nothing."""
        if self.read_only:
            raise DomainError(
                "Die Datei ist schreibgeschützt geöffnet; Änderungen sind nicht möglich."
            )
        session = self.session_factory()
        changed: set[str] = set()

        @event.listens_for(session, "before_flush")
        def _collect(session: Session, _context: Any, _instances: Any) -> None:
            for obj in (*session.new, *session.dirty, *session.deleted):
                changed.add(type(obj).__tablename__)

        try:
            yield session
            session.flush()
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        if changed:
            self._notify(changed)

    def on_change(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def notify_changed(self, tables: set[str]) -> None:
        """For writes that bypass the ORM unit of work (bulk inserts, imports)."""
        self._notify(tables)

    def _notify(self, tables: set[str]) -> None:
        for listener in list(self._listeners):
            listener(tables)

    def close(self) -> None:
        self.engine.dispose()

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(str(self.engine.url)).render_as_string(hide_password=True)


def open_database(path: Path, read_only: bool = False) -> Database:
    """Open (or create) our data file at ``path``; refuse anything else without touching it."""
    path = Path(path)
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new:
        if read_only:
            raise DatabaseOpenError(f"Die Datei „{path}“ gibt es nicht.")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseOpenError(
                f"Der Ordner „{path.parent}“ kann nicht angelegt werden: {error.strerror}."
            ) from error
        engine = _make_sqlite_engine(path)
        _create_schema(engine)
        log.info("Neue Datei angelegt: %s", path)
        return Database(engine, path)

    state = inspect_sqlite_file(path)
    database_backup = None
    if not read_only and state.revision != migrate.head_revision():
        database_backup = backup_before_migration(path, state.revision)
        engine = _make_sqlite_engine(path)
        migrate.upgrade(engine)
    else:
        engine = _make_sqlite_engine(path, read_only=read_only)
    database = Database(engine, path, read_only=read_only)
    database.migration_backup = database_backup
    return database


def open_url(url: str) -> Database:
    """Open a database by SQLAlchemy URL (e.g. a PostgreSQL server run by the municipality)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return open_database(Path(parsed.database))
    engine = create_engine(url)
    if not inspect(engine).has_table("alembic_version"):
        _create_schema(engine)
    else:
        with engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if revision is not None and not migrate.is_known_revision(revision):
            raise NewerVersionError(
                "Die Datenbank wurde mit einer neueren Version von NFG Desktop gespeichert."
            )
        if revision != migrate.head_revision():
            migrate.upgrade(engine)
    return Database(engine, None)


def _create_schema(engine: Engine) -> None:
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        Base.metadata.create_all(connection)
        migrate.stamp_head(connection)
