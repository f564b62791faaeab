"""A whole network copied between a file and a server database, either way.

Every table is copied row by row through SQLAlchemy Core in dependency order, in chunks, with
its ids; on the target it happens in one transaction that ends with the rows counted on both
sides, so a failure anywhere leaves the target as it was. A file target is built as
``<name>.neu`` and moved in place only when complete (as a new file is, see
``database._create_file``). Ids are never given twice: the target's next id (SQLite's
``sqlite_sequence``, PostgreSQL's sequences) continues after the source's.

The same copy makes a server's backups: an SQLite file like the desktop's, so it opens on any
laptop; and a restore onto a server copies such a file back.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, MetaData, Table, create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.store import backup, files, migrate
from nfg_desktop.store.database import (
    _create_schema,
    _make_sqlite_engine,
    _remove_with_journals,
    may_write,
    open_database,
    open_url,
    server_revision,
)
from nfg_desktop.store.lock import FileInUseError, FileLock

log = logging.getLogger(__name__)

CHUNK = 1000

# Rows a network without data may already hold: opening it in the window writes the network
# row and settings, and the history notes that. Every other table holds the network's data.
ROUTINE_TABLES = frozenset({"network", "setting", "change_record"})

Progress = Callable[[int, int], None]  # rows copied so far, rows in all


class CopyError(DomainError):
    """The copy was refused or failed; the target is unchanged."""


@dataclass(frozen=True)
class CopyResult:
    target: str
    counts: dict[str, int]  # table -> rows, the same on both sides

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def is_url(side: str) -> bool:
    return "://" in side


def describe(side: str) -> str:
    """A side as the user may see it: a path, or a URL without its password."""
    if is_url(side):
        return make_url(side).render_as_string(hide_password=True)
    return side


def _tables() -> list[Table]:
    from nfg_desktop.store.models import Base

    return list(Base.metadata.sorted_tables)


def counts(connection: Connection, tables: list[Table] | None = None) -> dict[str, int]:
    return {
        table.name: int(connection.execute(select(func.count()).select_from(table)).scalar_one())
        for table in (tables if tables is not None else _tables())
    }


def _reflected(connection: Connection) -> list[Table]:
    """The tables as they are in an older schema (a backup before an upgrade keeps it)."""
    metadata = MetaData()
    metadata.reflect(connection)
    return [table for table in metadata.sorted_tables if table.name != "alembic_version"]


def has_network_data(connection: Connection) -> bool:
    """Rows outside the routine tables: a target with them is not empty."""
    return any(
        connection.execute(select(table).limit(1)).first() is not None
        for table in _tables()
        if table.name not in ROUTINE_TABLES
    )


# --- the source -----------------------------------------------------------------------------


@contextmanager
def _source(side: str, upgrade: bool = True) -> Iterator[Connection]:
    """One read transaction on the source (a consistent state of it); it is never written.

    A file is read without the lock, as reading commands do. A file of an older version is
    upgraded in a temporary copy, never in place; a server's (``upgrade``) as on opening."""
    if is_url(side) and make_url(side).get_backend_name() != "sqlite":
        engine = create_engine(side)
        try:
            if server_revision(engine) is None:
                raise CopyError(
                    f"In der Datenbank „{describe(side)}“ gibt es kein Netzwerk von NFG Desktop."
                )
            if upgrade:
                open_url(side).close()  # refuses a newer schema, upgrades an older one
            with engine.connect() as connection:
                connection = connection.execution_options(isolation_level="REPEATABLE READ")
                with connection.begin():
                    yield connection
        finally:
            engine.dispose()
        return
    path = Path(make_url(side).database or "") if is_url(side) else Path(side).expanduser()
    if not path.exists():
        raise CopyError(files.missing_file_message(path))
    state = files.inspect_sqlite_file(path)
    if state.empty:
        raise CopyError(f"Die Datei „{path}“ enthält kein Netzwerk von NFG Desktop.")
    if state.revision == migrate.head_revision():
        database = open_database(path, read_only=True)
        try:
            with database.engine.connect() as connection, connection.begin():
                yield connection
        finally:
            database.close()
        return
    with tempfile.TemporaryDirectory(prefix="nfg-kopie-") as folder:
        upgraded = Path(folder) / path.name
        backup.write_copy(path, upgraded)
        engine = _make_sqlite_engine(upgraded)
        try:
            migrate.upgrade(engine)
            with engine.connect() as connection, connection.begin():
                yield connection
        finally:
            engine.dispose()


# --- the rows -------------------------------------------------------------------------------


def _copy_rows(
    source: Connection,
    target: Connection,
    progress: Progress | None,
    expected: dict[str, int],
    old_schema: bool = False,
) -> dict[str, int]:
    """Every row of every table from ``source`` into the empty tables of ``target``
    (``old_schema``: both at the same older revision, their tables as they are)."""
    total = sum(expected.values())
    done = 0
    if progress is not None:
        progress(0, total)
    targets = _reflected(target) if old_schema else _tables()
    sources = {table.name: table for table in _reflected(source)} if old_schema else {}
    for table in targets:
        read_from = sources.get(table.name, table)
        result = source.execution_options(yield_per=CHUNK).execute(
            select(read_from).order_by(*read_from.primary_key.columns)
        )
        for chunk in result.mappings().partitions(CHUNK):
            target.execute(table.insert(), [dict(row) for row in chunk])
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    for table in targets:
        _continue_ids(source, target, table)
    copied = counts(target, targets)
    if copied != expected:
        different = [name for name in expected if copied.get(name) != expected[name]]
        raise CopyError(
            "Die Kopie ist unvollständig (abweichende Anzahl in: "
            f"{', '.join(different)}); am Ziel wurde nichts geändert."
        )
    return copied


def _single_id(table: Table) -> bool:
    # (An older schema's reflected tables are judged the same way.)
    return [column.name for column in table.primary_key.columns] == ["id"]


def _next_id_floor(connection: Connection, table: Table) -> int:
    """The highest id ever given in ``table`` (deleted records included, where known)."""
    highest = int(connection.execute(select(func.max(table.c.id))).scalar() or 0)
    if connection.dialect.name == "sqlite":
        given = connection.execute(
            text("SELECT seq FROM sqlite_sequence WHERE name = :name"), {"name": table.name}
        ).scalar()
    else:
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table.name}
        ).scalar()
        given = None
        if sequence is not None:
            given = connection.execute(
                text(f"SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM {sequence}")
            ).scalar()
    return max(highest, int(given or 0))


def _continue_ids(source: Connection, target: Connection, table: Table) -> None:
    if not _single_id(table):
        return
    floor = _next_id_floor(source, table)
    if floor == 0:
        return
    if target.dialect.name == "sqlite":
        # AUTOINCREMENT: sqlite_sequence has a row for each table that got one.
        target.execute(text("DELETE FROM sqlite_sequence WHERE name = :name"), {"name": table.name})
        target.execute(
            text("INSERT INTO sqlite_sequence (name, seq) VALUES (:name, :seq)"),
            {"name": table.name, "seq": floor},
        )
    else:
        target.execute(
            text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :floor)"),
            {"table": table.name, "floor": floor},
        )


def _clear(target: Connection) -> None:
    for table in reversed(_tables()):
        target.execute(table.delete())


# --- the targets ----------------------------------------------------------------------------


def _reason(error: SQLAlchemyError) -> str:
    """The first line of the database's own words (e.g. the server's refusal)."""
    text_of = str(getattr(error, "orig", None) or error).strip()
    return text_of.splitlines()[0] if text_of else type(error).__name__


def _failed(error: SQLAlchemyError) -> CopyError:
    return CopyError(
        f"Das Kopieren ist fehlgeschlagen ({_reason(error)}). Am Ziel wurde nichts geändert."
    )


def _into_new_file(
    source: Connection, partial: Path, progress: Progress | None, revision: str | None = None
) -> CopyResult:
    """The network into a new SQLite file at ``partial`` (schema and rows in one transaction),
    left as one self-contained file (rollback journal, like a backup). ``revision``: the
    source's older schema, which the file gets too (a backup before an upgrade)."""
    _remove_with_journals(partial)
    old_schema = revision not in (None, migrate.head_revision())
    expected = counts(source, _reflected(source) if old_schema else None)
    copied: dict[str, int] = {}

    def fill(connection: Connection) -> None:
        copied.update(_copy_rows(source, connection, progress, expected, old_schema))

    engine = _make_sqlite_engine(partial)
    try:
        if old_schema:
            assert revision is not None
            with engine.begin() as connection:
                connection.exec_driver_sql(f"PRAGMA application_id = {files.APPLICATION_ID}")
                migrate.upgrade_to(connection, revision)
                fill(connection)
        else:
            _create_schema(engine, fill)
        engine.dispose()  # the last connection writes the WAL back and removes it
        # One file, no -wal/-shm: it can be carried around on its own.
        plain = sqlite3.connect(partial, isolation_level=None)
        try:
            plain.execute("PRAGMA journal_mode = DELETE")
        finally:
            plain.close()
    except BaseException:
        engine.dispose()
        _remove_with_journals(partial)
        raise
    if files.journal_files(partial):
        _remove_with_journals(partial)
        raise CopyError(
            f"Die neue Datei „{partial.name}“ konnte nicht fertig geschrieben werden. "
            "Ist das Laufwerk voll?"
        )
    return CopyResult(str(partial), copied)


def _to_file(source: Connection, path: Path, progress: Progress | None) -> CopyResult:
    files.refuse_non_file(path)
    try:
        lock = FileLock.acquire(path)
    except FileInUseError as error:
        raise CopyError(
            f"Die Datei „{path.name}“ ist gerade geöffnet ({error.message}); dorthin wird "
            "nicht kopiert."
        ) from error
    try:
        replace_empty = False
        if path.exists() and (path.stat().st_size > 0 or files.journal_files(path)):
            state = files.inspect_sqlite_file(path)
            if not state.empty:
                database = open_database(path, read_only=True)
                try:
                    with database.engine.connect() as connection:
                        if state.revision != migrate.head_revision() or has_network_data(
                            connection
                        ):
                            raise CopyError(_not_empty(str(path)))
                finally:
                    database.close()
            replace_empty = True
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.neu")
        result = _into_new_file(source, partial, progress)
        if replace_empty:
            _remove_with_journals(path, keep_main=True)
        os.replace(partial, path)
        return CopyResult(str(path), result.counts)
    finally:
        lock.release()


def _not_empty(target: str) -> str:
    return (
        f"„{describe(target)}“ enthält schon ein Netzwerk. Kopiert wird nur in eine leere "
        "Datenbank oder eine neue Datei; am Ziel wurde nichts geändert."
    )


def _to_server(
    source: Connection, url: str, progress: Progress | None, replace: bool
) -> CopyResult:
    engine = create_engine(url)
    try:
        revision = server_revision(engine)
        if revision is not None:
            open_url(url).close()  # refuses a newer schema, upgrades an older one
        if not may_write(engine):
            raise CopyError(
                f"Ihr Benutzer darf in „{describe(url)}“ nicht schreiben (nur Leserechte); "
                "am Ziel wurde nichts geändert."
            )
        expected = counts(source)
        if revision is None:
            copied: dict[str, int] = {}

            def fill(connection: Connection) -> None:
                copied.update(_copy_rows(source, connection, progress, expected))

            _create_schema(engine, fill)
            return CopyResult(url, copied)
        with engine.begin() as connection:
            if has_network_data(connection) and not replace:
                raise CopyError(_not_empty(url))
            _clear(connection)
            return CopyResult(url, _copy_rows(source, connection, progress, expected))
    finally:
        engine.dispose()


def copy_network(
    source: str, target: str, *, progress: Progress | None = None, replace: bool = False
) -> CopyResult:
    """Copy the whole network at ``source`` to ``target`` (each a path or a URL).

    The target must hold no network data (``replace``: a server's is replaced, for restore);
    on any failure it is left as it was. Raises :class:`CopyError` (or another DomainError
    from opening a side)."""
    if describe(source) == describe(target) or (
        not is_url(source)
        and not is_url(target)
        and Path(source).expanduser().resolve() == Path(target).expanduser().resolve()
    ):
        raise CopyError("Quelle und Ziel sind dieselbe Datenbank.")
    try:
        with _source(source) as connection:
            if is_url(target) and make_url(target).get_backend_name() != "sqlite":
                result = _to_server(connection, target, progress, replace)
            else:
                path = (
                    Path(make_url(target).database or "")
                    if is_url(target)
                    else Path(target).expanduser()
                )
                result = _to_file(connection, path, progress)
    except SQLAlchemyError as error:
        log.warning("Kopieren fehlgeschlagen", exc_info=True)
        raise _failed(error) from error
    log.info("Kopiert: %s -> %s (%s Zeilen)", describe(source), describe(target), result.rows)
    return result


# --- backups of a server --------------------------------------------------------------------


def server_stem(url: str) -> str:
    """The name a server database's backups carry, as a file's carry its name."""
    return make_url(url).database or "server"


def backup_server(
    engine_or_url: Engine | str,
    reason: str = "manuell",
    folder: Path | None = None,
    now: datetime | None = None,
    rotate_folder: bool = True,
) -> Path:
    """A backup of a server database as an SQLite file like the desktop's (same folder, name
    and rotation): it opens on any laptop. Returns its path."""
    url = (
        engine_or_url
        if isinstance(engine_or_url, str)
        else engine_or_url.url.render_as_string(hide_password=False)
    )
    stem = server_stem(url)
    target_folder = Path(folder) if folder is not None else backup.backup_dir()
    now = now or datetime.now()
    try:
        target_folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise backup.BackupError(
            f"In den Sicherungsordner „{target_folder}“ kann nicht geschrieben werden ({error})."
        ) from error
    target = backup.target_name(Path(stem), reason, now, target_folder)
    backup.remove_leftover_partials(target_folder, stem)
    partial = target.with_name(target.name + backup.PARTIAL)
    try:
        # As it is: a backup before an upgrade keeps the older schema.
        with _source(url, upgrade=False) as connection:
            revision = migrate.current_revision(connection)
            if revision is not None and not migrate.is_known_revision(revision):
                raise backup.BackupError(
                    f"Die Datenbank „{describe(url)}“ stammt von einer neueren Version von NFG "
                    "Desktop; bitte sichern Sie sie mit dieser."
                )
            _into_new_file(connection, partial, None, revision)
        if not files.integrity_ok(partial):
            raise backup.BackupError(
                f"Die Sicherung in „{target_folder}“ ist nach dem Schreiben fehlerhaft. Bitte "
                "prüfen Sie das Laufwerk oder wählen Sie einen anderen Sicherungsordner."
            )
        partial.replace(target)
    except SQLAlchemyError as error:
        _remove_with_journals(partial)
        raise backup.BackupError(
            f"Die Sicherung der Datenbank „{describe(url)}“ ist fehlgeschlagen "
            f"({_reason(error)}). Es wurde keine Sicherung angelegt."
        ) from error
    except BaseException:
        _remove_with_journals(partial)
        raise
    log.info("Sicherung des Servers geschrieben: %s", target)
    if rotate_folder:
        try:
            backup.rotate(target_folder, stem, today=now.date())
        except OSError:
            log.warning("Alte Sicherungen konnten nicht aufgeräumt werden", exc_info=True)
    return target


def restore_to_server(backup_file: Path, url: str, *, replace: bool = False) -> Path | None:
    """Put the backup ``backup_file`` onto the server in one transaction; return the backup
    of the server's previous state (None: it held no network). A server that holds a network
    is only replaced with ``replace``."""
    backup.check_backup_file(backup_file)
    previous = None
    engine = create_engine(url)
    try:
        if server_revision(engine) is not None:
            with engine.connect() as connection:
                filled = has_network_data(connection)
            if filled and not replace:
                raise CopyError(
                    f"Die Datenbank „{describe(url)}“ enthält schon ein Netzwerk. Zum Ersetzen "
                    "geben Sie --replace an (der jetzige Stand wird vorher gesichert)."
                )
            if filled:
                previous = backup_server(engine, reason="vor-Wiederherstellung")
    finally:
        engine.dispose()
    copy_network(str(backup_file), url, replace=replace)
    return previous
