"""A whole network copied between a file and a server database, either way.

Every table is copied row by row through SQLAlchemy Core in dependency order, in chunks, with
its ids; on the target it happens in one transaction that ends with the rows counted on both
sides, so a failure anywhere leaves the target as it was. A file target is built as
``<name>.neu`` and moved in place only when complete (as a new file is, see
``database._create_file``). Ids are never given twice: the target's next id (SQLite's
``sqlite_sequence``, PostgreSQL's sequences) continues after the source's.

The rows are copied by ``table_copy``, which also writes a server's backups (an SQLite file like
the desktop's, so it opens on any laptop); a restore onto a server copies such a file back.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from nfg_desktop.store import backup, files, migrate, table_copy
from nfg_desktop.store.database import (
    _create_schema,
    _make_sqlite_engine,
    _remove_with_journals,
    may_write,
    open_database,
    open_url,
)
from nfg_desktop.store.lock import FileInUseError, FileLock
from nfg_desktop.store.table_copy import (
    CopyError,
    Progress,
    backup_server,
    clear,
    copy_rows,
    counts,
    describe,
    error_reason,
    has_network_data,
    server_revision,
    server_stem,
)

log = logging.getLogger(__name__)

# Re-exported: the command line and the window use them from here.
__all__ = [
    "CopyError",
    "CopyResult",
    "backup_server",
    "copy_network",
    "describe",
    "is_url",
    "restore_to_server",
    "server_stem",
]


@dataclass(frozen=True)
class CopyResult:
    target: str
    counts: dict[str, int]  # table -> rows, the same on both sides

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def is_url(side: str) -> bool:
    return "://" in side


# --- the source -----------------------------------------------------------------------------


@contextmanager
def _source(side: str) -> Iterator[Connection]:
    """One read transaction on the source (a consistent state of it); it is never written.

    A file is read without the lock, as reading commands do. A file of an older version is
    upgraded in a temporary copy, never in place; a server's as on opening (after a backup)."""
    if is_url(side) and make_url(side).get_backend_name() != "sqlite":
        engine = create_engine(side)
        try:
            if server_revision(engine) is None:
                raise CopyError(
                    f"In der Datenbank „{describe(side)}“ gibt es kein Netzwerk von NFG Desktop."
                )
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


# --- the targets ----------------------------------------------------------------------------


def _failed(error: SQLAlchemyError) -> CopyError:
    return CopyError(
        f"Das Kopieren ist fehlgeschlagen ({error_reason(error)}). Am Ziel wurde nichts geändert."
    )


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
        copied = table_copy.write_file(source, partial, progress)
        if replace_empty:
            _remove_with_journals(path, keep_main=True)
        os.replace(partial, path)
        return CopyResult(str(path), copied)
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
                copied.update(copy_rows(source, connection, progress, expected))

            _create_schema(engine, fill)
            return CopyResult(url, copied)
        with engine.begin() as connection:
            if has_network_data(connection) and not replace:
                raise CopyError(_not_empty(url))
            clear(connection)
            return CopyResult(url, copy_rows(source, connection, progress, expected))
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
                previous = table_copy.backup_server(engine, reason="vor-Wiederherstellung")
    finally:
        engine.dispose()
    copy_network(str(backup_file), url, replace=replace)
    return previous
