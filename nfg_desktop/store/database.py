"""Opening the data file: checks, migrations, the engine and transactions.

A file is only written to after it was shown to be ours and not from a newer program version.
An older file is copied aside (SQLite online backup) before it is migrated.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from nfg_desktop.domain.errors import DomainError, os_error_text
from nfg_desktop.store import backup, drives, live, migrate, server, table_copy
from nfg_desktop.store.files import (
    APPLICATION_ID,
    JOURNAL_SUFFIXES,
    DatabaseOpenError,
    DiskFullError,
    FileState,
    MissingFileError,
    NewerVersionError,
    check_writable,
    disk_full_message,
    drive_full,
    inspect_sqlite_file,
    is_disk_full,
    journal_files,
    missing_file_message,
    read_flag,
    refuse_non_file,
    wal_has_pages,
)
from nfg_desktop.store.lock import FileLock, LockInfo

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


BULK_CHANGED = "bulk_changed_tables"


def mark_changed(session: Session, tables: set[str]) -> None:
    """Tables written with Core statements (bulk inserts) in a ``Database.write()`` session:
    its change listeners hear of them after the commit, as of the ORM's changes."""
    session.info.setdefault(BULK_CHANGED, set()).update(tables)


STALE_MESSAGE = (
    "Jemand anderes hat diesen Eintrag gerade geändert oder gelöscht. Ihre Änderung wurde "
    "nicht gespeichert; bitte laden Sie den Eintrag neu und speichern Sie noch einmal."
)


class SaveError(DomainError):
    """A change could not be stored (disk full, drive gone, write-protected); nothing was saved."""


def _sqlite_pragmas(
    dbapi_connection: Any, _record: Any, read_only: bool, journal: str = "WAL"
) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    if read_only:
        cursor.execute("PRAGMA query_only = ON")
    else:
        cursor.execute(f"PRAGMA journal_mode = {journal}")
        # Deleted personal data is overwritten, not left in free pages (DSGVO).
        cursor.execute("PRAGMA secure_delete = ON")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _make_sqlite_engine(path: Path, read_only: bool = False) -> Engine:
    if read_only and (read_flag(path) != "mode=ro" or wal_has_pages(path)):
        # With pages in the -wal, mode=ro reads both and, unlike an ordinary connection, never
        # checkpoints them into the main file: reading changes nothing.
        # See files.read_uri: immutable where the file or its folder is write-protected
        # or the drive is full.
        url = f"sqlite:///file:{quote(path.as_posix())}?{read_flag(path)}&uri=true"
    else:
        # A writable file is read through an ordinary connection that may not write
        # (query_only): unlike mode=ro, which leaves empty -wal and -shm files behind, it
        # removes them again when it is the last one to close the file.
        url = f"sqlite:///{path.as_posix()}"
    engine = create_engine(url)
    # WAL needs all programs on one computer; a network drive gets the rollback journal.
    journal = "DELETE" if drives.is_network_path(path) else "WAL"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide where transactions begin (so BEGIN covers reads).
        dbapi_connection.isolation_level = None
        _sqlite_pragmas(dbapi_connection, record, read_only, journal)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def backup_before_migration(path: Path, revision: str | None) -> Path:
    """Copy an older file into the backup folder before it is upgraded.

    If the chosen backup folder is not reachable (a USB stick not plugged in), the copy goes to
    the default folder, and failing that next to the file; the upgrade never runs without a copy.
    """
    from nfg_desktop import paths

    reason = f"vor-Update-{revision or 'alt'}"
    try:
        target = backup.create_backup(path, reason=reason)
    except backup.BackupError:
        log.warning("Sicherungsordner nicht erreichbar, Ausweichordner", exc_info=True)
        try:
            target = backup.create_backup(path, reason=reason, folder=paths.default_backup_dir())
        except backup.BackupError:
            target = backup.create_backup(path, reason=reason, folder=path.parent)
    log.info("Sicherung vor dem Update: %s", target)
    return target


def _save_error(error: DBAPIError) -> DomainError | None:
    """A German explanation of a failed write, or None for errors that are program defects."""
    original = error.orig
    if server.is_connection_error(original):
        return server.ConnectionLostError(server.CONNECTION_LOST)
    code = getattr(original, "sqlite_errorcode", None)
    text_of = str(original).lower()
    kept = (
        "Ihre letzte Änderung wurde nicht gespeichert; alles vorher Gespeicherte ist unverändert."
    )
    if is_disk_full(original):
        return SaveError(
            f"Das Laufwerk ist voll. {kept} Bitte schaffen Sie Platz (z. B. alte Dateien "
            "löschen oder den Papierkorb leeren) und speichern Sie dann noch einmal."
        )
    if code == sqlite3.SQLITE_READONLY or "readonly database" in text_of:
        return SaveError(
            f"Die Datei ist schreibgeschützt. {kept} Bitte prüfen Sie die Schreibrechte "
            "oder öffnen Sie die Datei neu."
        )
    if code == sqlite3.SQLITE_BUSY or "database is locked" in text_of:
        return SaveError(
            f"Die Datei wird gerade von einem anderen Programm benutzt. {kept} Bitte warten "
            "Sie einen Moment und speichern Sie dann noch einmal."
        )
    if code == sqlite3.SQLITE_IOERR or "disk i/o error" in text_of:
        return SaveError(
            f"Die Datei ist nicht erreichbar (Netzlaufwerk getrennt oder USB-Stick entfernt?). "
            f"{kept} Bitte stellen Sie die Verbindung wieder her und speichern Sie noch einmal."
        )
    return None


READ_WHILE_LOST = "Die Verbindung zum Server ist unterbrochen; es wird erneut versucht."

ChangeListener = Callable[[set[str]], None]
RemoteListener = Callable[[Sequence[live.Change]], None]


class Database:
    """An open data file: engine, sessions, and notification after each committed change."""

    def __init__(self, engine: Engine, path: Path | None, read_only: bool = False) -> None:
        self.engine = engine
        self.path = path
        self.read_only = read_only
        self._session_factory: sessionmaker[Session] | None = None
        self._session_factory_lock = threading.Lock()
        self._listeners: list[ChangeListener] = []
        self._remote_listeners: list[RemoteListener] = []
        # False while the change feed knows the server is out of reach: reads and saves are
        # refused at once instead of each waiting for a connection attempt to time out.
        self.reachable = True
        self._feed: live.ChangeFeed | None = None
        # Backend pids of this program's server connections: their notifications are its own.
        self._own_pids: dict[int, int] = {}
        if engine.dialect.name == "postgresql":
            # On checkout: the pool may hold connections made before this object (opening).
            event.listen(engine, "checkout", self._remember_pid)
            event.listen(engine, "close", self._forget_pid)
            event.listen(engine, "close_detached", self._forget_pid)
        self.migration_backup: Path | None = None
        self.lock: FileLock | None = None
        # Opened read-only because this program holds the file (the window says so).
        self.held_by: LockInfo | None = None

    @property
    def session_factory(self) -> sessionmaker[Session]:
        """Made on first use: the window opens its file and paints before it imports the ORM
        and the data model (~150 ms); the first read (in the window's reader thread or in
        its own) makes it."""
        if self._session_factory is None:
            with self._session_factory_lock:
                if self._session_factory is None:
                    from sqlalchemy.orm import sessionmaker

                    from nfg_desktop.store import history

                    factory = sessionmaker(self.engine, expire_on_commit=False)
                    history.install(factory)
                    self._session_factory = factory
        return self._session_factory

    # --- transactions ---------------------------------------------------------------------

    @property
    def on_server(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing is committed. A lost server connection is a
        ``ConnectionLostError`` (German), not a driver error."""
        with self._reading():
            session = self.session_factory()
            try:
                yield session
            finally:
                session.rollback()
                session.close()

    @contextmanager
    def read_tables(self) -> Iterator[Connection]:
        """A plain connection for reading through the tables alone (``store.tables``), as
        ``read`` but without the ORM: a command that only prints plain rows then never imports
        it (about 0.1 s of its start). Nothing is committed."""
        with self._reading(), self.engine.connect() as connection:
            yield connection

    @contextmanager
    def _reading(self) -> Iterator[None]:
        if not self.reachable:
            raise server.ConnectionLostError(READ_WHILE_LOST)
        try:
            yield
        except DBAPIError as error:
            if server.is_connection_error(error.orig):
                log.warning("Lesen: Verbindung zum Server unterbrochen (%s)", error.orig)
                raise server.ConnectionLostError(READ_WHILE_LOST) from error
            raise

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action = one transaction: all of it is stored, or nothing."""
        if self.read_only:
            if self.path is None:
                raise DomainError(
                    "Ihr Benutzer hat auf dem Datenbankserver nur Leserechte; Änderungen sind "
                    "nicht möglich. Schreibrechte vergibt die IT."
                )
            raise DomainError(
                "Die Datei ist schreibgeschützt geöffnet; Änderungen sind nicht möglich."
            )
        if not self.reachable:
            raise server.ConnectionLostError(server.CONNECTION_LOST)
        session = self.session_factory()  # the ORM is imported by now
        from sqlalchemy.orm.exc import StaleDataError

        changed: set[str] = set()

        @event.listens_for(session, "before_flush")
        def _collect(session: Session, _context: Any, _instances: Any) -> None:
            for obj in (*session.new, *session.dirty, *session.deleted):
                changed.add(type(obj).__table__.name)

        try:
            yield session
            session.flush()
            session.commit()
            changed |= session.info.get(BULK_CHANGED, set())
        except StaleDataError as error:
            # A record changed by someone else between reading and writing it in this
            # transaction (the services lock and check first; this is the last guard).
            session.rollback()
            log.warning("Speichern abgelehnt, Eintrag inzwischen geändert: %s", error)
            raise SaveError(STALE_MESSAGE) from error
        except DBAPIError as error:
            session.rollback()
            explained = _save_error(error)
            if explained is None:
                raise
            log.error("Speichern fehlgeschlagen: %s", error.orig)
            raise explained from error
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

    # --- others' changes ------------------------------------------------------------------

    def on_remote_change(self, listener: RemoteListener) -> None:
        """Hear of rows another program changed (after the table listeners of ``on_change``)."""
        self._remote_listeners.append(listener)

    def remote_changed(self, changes: Sequence[live.Change]) -> None:
        """Another program changed ``changes``: the lists hear of their tables, the forms of
        the rows (call in the thread that uses this database's listeners, i.e. the window's)."""
        tables = {change.table for change in changes}
        if live.ANY_TABLE in tables:
            from nfg_desktop.store.models import Base

            tables = set(Base.metadata.tables)
        if tables:
            self._notify(tables)
        for listener in list(self._remote_listeners):
            listener(changes)

    def start_feed(
        self, on_changes: live.ChangesCallback, on_state: live.StateCallback
    ) -> live.ChangeFeed | None:
        """Start hearing of others' changes (callbacks in the feed's thread): the server's
        notifications, or a read-only file's data version; None where nobody else writes."""
        self.stop_feed()
        feed: live.ChangeFeed | None = None
        if self.on_server:

            def state(connected: bool) -> None:
                self.reachable = connected
                on_state(connected)

            feed = live.ServerListener(
                self.engine,
                on_changes,
                state,
                lambda: set(self._own_pids.values()),
                server.connect_args(self.engine.url),
            )
        elif self.read_only and self.path is not None and read_flag(self.path) == "mode=ro":
            # (A write-protected file, read as immutable, is written by nobody.)
            feed = live.FileWatcher(self.path, on_changes)
        if feed is not None:
            feed.start()
        self._feed = feed
        return feed

    def stop_feed(self) -> None:
        self.reachable = True
        feed, self._feed = self._feed, None
        if feed is not None:
            feed.stop()

    def _remember_pid(self, dbapi_connection: Any, *_args: Any) -> None:
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        if isinstance(pid, int):
            self._own_pids[id(dbapi_connection)] = pid

    def _forget_pid(self, dbapi_connection: Any, *_args: Any) -> None:
        self._own_pids.pop(id(dbapi_connection), None)

    def close(self) -> None:
        """Close the file properly: the WAL written back into it, then the lock released."""
        self.stop_feed()
        if not self.read_only and self.engine.dialect.name == "sqlite":
            try:
                with self.engine.connect() as connection:
                    # A reader elsewhere must not hold up the end of a session for long.
                    connection.exec_driver_sql("PRAGMA busy_timeout = 1000")
                    connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            except DBAPIError:
                log.warning("WAL-Checkpoint beim Schließen fehlgeschlagen", exc_info=True)
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        if self.on_server:
            return server.ServerAddress.from_url(self.engine.url).label()
        return make_url(str(self.engine.url)).render_as_string(hide_password=True)


def open_database(
    path: Path,
    read_only: bool = False,
    *,
    create: bool = True,
    lock: bool = False,
    take_over: bool = False,
) -> Database:
    """Open (or create) our data file at ``path``; refuse anything else without touching it.

    ``create=False`` refuses a missing file (e.g. one from "Zuletzt geöffnet"). ``lock=True``
    takes the file lock before anything is written (raises ``FileInUseError`` when someone else
    holds it; ``take_over=True`` replaces a lock left behind by a crashed program).
    """
    path = Path(path)
    refuse_non_file(path)
    state = None
    if path.exists() and (path.stat().st_size > 0 or journal_files(path)):
        # Before writing, every page is read: a damaged file is refused before any change.
        state = inspect_sqlite_file(path, thorough=not read_only)
    is_new = state is None or state.empty
    if is_new and (read_only or not create):
        raise MissingFileError(missing_file_message(path))
    file_lock: FileLock | None = None
    if not read_only:
        if is_new:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise DatabaseOpenError(
                    f"Der Ordner „{path.parent}“ kann nicht angelegt werden: "
                    f"{os_error_text(error)}. "
                    "Bitte wählen Sie einen anderen Ort für die Datei."
                ) from error
        check_writable(path)
        if drive_full(path.parent):
            raise DiskFullError(disk_full_message(path))
        if lock:
            file_lock = FileLock.acquire(path, take_over=take_over)
    try:
        database = _open_checked(path, read_only, state)
    except BaseException:
        if file_lock is not None:
            file_lock.release()
        raise
    database.lock = file_lock
    return database


def _open_checked(path: Path, read_only: bool, state: FileState | None) -> Database:
    if state is None or state.empty:
        _create_file(path, replace_empty=state is not None)
        log.info("Neue Datei angelegt: %s", path)
        return Database(_make_sqlite_engine(path), path)
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


def _create_file(path: Path, replace_empty: bool) -> None:
    """Create a new file with the complete schema beside ``path`` and move it in place only
    then: a crash or a full disk meanwhile never leaves a half-made file under the real name.

    ``path`` is absent or empty, or (``replace_empty``) an SQLite file without any table
    (see :func:`inspect_sqlite_file`); the lock is held.
    """
    if not replace_empty and journal_files(path):
        # A WAL without its main file may hold someone's data: never thrown away here.
        raise DatabaseOpenError(
            f"Neben „{path.name}“ liegt noch ein Änderungsprotokoll "
            f"({', '.join(j.name for j in journal_files(path))}) ohne die Datei selbst. "
            "NFG Desktop legt dort keine neue Datei an. Bitte wählen Sie einen anderen "
            "Namen oder stellen Sie eine Sicherung wieder her."
        )
    partial = path.with_name(f"{path.name}.neu")
    _remove_with_journals(partial)  # left by a crash during an earlier attempt
    try:
        engine = _make_sqlite_engine(partial)
        try:
            _create_schema(engine)
        finally:
            engine.dispose()  # the last connection writes the WAL back and removes it
        if journal_files(partial):
            raise DatabaseOpenError(
                f"Die neue Datei „{path.name}“ konnte nicht fertig geschrieben werden. "
                "Ist das Laufwerk voll? Bitte schaffen Sie Platz und versuchen Sie es noch einmal."
            )
        if replace_empty:
            # An empty leftover's -wal/-shm hold no committed page (SQLite saw no table
            # through them); they must not be applied to the new file.
            _remove_with_journals(path, keep_main=True)
        os.replace(partial, path)
    except DBAPIError as error:
        _remove_with_journals(partial)
        explained = _save_error(error)
        if explained is None:
            raise
        raise explained from error
    except OSError as error:
        _remove_with_journals(partial)
        if is_disk_full(error):
            raise DiskFullError(disk_full_message(path)) from error
        raise DatabaseOpenError(
            f"Die Datei „{path.name}“ kann nicht angelegt werden: {os_error_text(error)}."
        ) from error
    except BaseException:
        _remove_with_journals(partial)
        raise


def _remove_with_journals(path: Path, keep_main: bool = False) -> None:
    for suffix in JOURNAL_SUFFIXES:
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    if not keep_main:
        path.unlink(missing_ok=True)


def open_url(url: str | URL) -> Database:
    """Open a database by SQLAlchemy URL (e.g. a PostgreSQL server run by the municipality).

    On a server there is no lock: every user edits, the database keeps them apart. A server
    that cannot be reached or refuses us is a ``ServerConnectionError`` in German. An empty
    server database gets the schema; an older one is upgraded after a backup (into the backup
    folder, as an SQLite file) and only while nobody else is connected; a newer one is refused
    untouched. A user without the right to write gets a read-only database.
    """
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return open_database(Path(parsed.database))
    if parsed.get_backend_name() != "postgresql":
        engine = create_engine(parsed)
    else:
        # A connection that broke (server restarted, network gone) is noticed when it is taken
        # from the pool and replaced, instead of failing the next read or save.
        engine = create_engine(parsed, pool_pre_ping=True, connect_args=server.connect_args(parsed))
    try:
        return _open_server(engine)
    except DBAPIError as error:
        engine.dispose()
        if server.is_connection_error(error.orig):
            log.info("Keine Verbindung zum Server: %s", error.orig)
            raise server.connection_error(
                error.orig or error, server.ServerAddress.from_url(parsed)
            ) from error
        raise
    except BaseException:
        engine.dispose()
        raise


def _open_server(engine: Engine) -> Database:
    revision = table_copy.server_revision(engine)
    writable = may_write(engine)
    upgrade_backup = None
    if revision is None:
        if not _may_create(engine):
            raise DatabaseOpenError(
                "Die Datenbank auf dem Server ist noch leer, und Ihr Benutzer darf sie nicht "
                "einrichten. Bitte lassen Sie sie einmal von einem Benutzer mit Schreibrechten "
                "öffnen oder wenden Sie sich an die IT."
            )
        _create_schema(engine)
        writable = may_write(engine)
    elif not migrate.is_known_revision(revision):
        raise NewerVersionError(
            "Die Datenbank auf dem Server wurde mit einer neueren Version von NFG Desktop "
            "eingerichtet. Bitte installieren Sie zuerst die neueste Version des Programms; "
            "an der Datenbank wurde nichts verändert."
        )
    elif revision != migrate.head_revision():
        if not writable:
            raise DatabaseOpenError(
                "Die Datenbank auf dem Server muss für diese Version von NFG Desktop "
                "aktualisiert werden. Das kann nur ein Benutzer mit Schreibrechten; an der "
                "Datenbank wurde nichts verändert."
            )
        upgrade_backup = _upgrade_server(engine, revision)
    database = Database(engine, None, read_only=not writable)
    database.migration_backup = upgrade_backup
    return database


def may_write(engine: Engine) -> bool:
    """The connected user may add records (the editor role of packaging/postgres/setup.sql);
    True where the tables do not exist yet."""
    if engine.dialect.name != "postgresql":
        return True
    with engine.connect() as connection:
        return bool(
            connection.execute(
                text(
                    "SELECT to_regclass('partner') IS NULL"
                    " OR has_table_privilege('partner', 'INSERT')"
                )
            ).scalar()
        )


def _may_create(engine: Engine) -> bool:
    with engine.connect() as connection:
        return bool(
            connection.execute(
                text("SELECT has_schema_privilege(current_schema(), 'CREATE')")
            ).scalar()
        )


def other_connections(engine: Engine) -> list[str]:
    """The users of the other open connections to this server database (one per connection)."""
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT coalesce(usename, '?') FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                " AND backend_type = 'client backend'"
            )
        ).scalars()
        return list(rows)


def _upgrade_server(engine: Engine, revision: str) -> Path:
    """Back up, then upgrade an older server schema; never while others are connected (their
    programs would meet tables that change under them)."""
    others = other_connections(engine)
    if others:
        names = ", ".join(sorted(set(others)))
        raise DatabaseOpenError(
            "Die Datenbank auf dem Server muss für diese Version von NFG Desktop aktualisiert "
            "werden. Das geht nur, wenn niemand sonst verbunden ist; zurzeit "
            + (
                "ist 1 weitere Verbindung"
                if len(others) == 1
                else f"sind {len(others)} weitere Verbindungen"
            )
            + f" offen (Benutzer: {names}). Bitte bitten Sie "
            "die anderen, NFG Desktop zu schließen, und öffnen Sie die Datenbank dann noch "
            "einmal. An der Datenbank wurde nichts verändert."
        )
    saved = table_copy.backup_server(engine, reason=f"vor-Update-{revision}")
    log.info("Sicherung vor dem Update des Servers: %s", saved)
    migrate.upgrade(engine)
    return saved


def _create_schema(engine: Engine, fill: Callable[[Connection], None] | None = None) -> None:
    """The newest schema, and (``fill``) the first rows in the same transaction."""
    from nfg_desktop.store.models import Base

    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate.act_as_database_owner(connection)
        Base.metadata.create_all(connection)
        live.install_triggers(connection)
        migrate.stamp_head(connection)
        if fill is not None:
            fill(connection)
