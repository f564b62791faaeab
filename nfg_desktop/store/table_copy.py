"""Every table of a network copied row by row between two databases (SQLAlchemy Core, in
dependency order, in chunks, with its ids), and a server database's backup written so as an
SQLite file like the desktop's. Below ``database`` (which backs a server up before upgrading
it); ``copying`` builds the whole copy between a file and a server on it.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import (
    Connection,
    Engine,
    MetaData,
    Table,
    create_engine,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.store import backup, files, migrate

log = logging.getLogger(__name__)

CHUNK = 1000

# Rows a network without data may already hold: opening it in the window writes the network
# row and settings, and the history notes that. Every other table holds the network's data.
ROUTINE_TABLES = frozenset({"network", "setting", "change_record"})

Progress = Callable[[int, int], None]  # rows copied so far, rows in all


class CopyError(DomainError):
    """The copy was refused or failed; the target is unchanged."""


def describe(side: str) -> str:
    """A side as the user may see it: a path, or a URL without its password."""
    if "://" in side:
        return make_url(side).render_as_string(hide_password=True)
    return side


def server_revision(engine: Engine) -> str | None:
    """The schema revision of a server database (None: no schema of ours yet)."""
    if not inspect(engine).has_table("alembic_version"):
        return None
    with engine.connect() as connection:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def all_tables() -> list[Table]:
    from nfg_desktop.store.models import Base

    return list(Base.metadata.sorted_tables)


def counts(connection: Connection, tables: list[Table] | None = None) -> dict[str, int]:
    return {
        table.name: int(connection.execute(select(func.count()).select_from(table)).scalar_one())
        for table in (tables if tables is not None else all_tables())
    }


def reflected(connection: Connection) -> list[Table]:
    """The tables as they are in an older schema (a backup before an upgrade keeps it)."""
    metadata = MetaData()
    metadata.reflect(connection)
    return [table for table in metadata.sorted_tables if table.name != "alembic_version"]


def has_network_data(connection: Connection) -> bool:
    """Rows outside the routine tables: a target with them is not empty."""
    return any(
        connection.execute(select(table).limit(1)).first() is not None
        for table in all_tables()
        if table.name not in ROUTINE_TABLES
    )


# --- the rows -------------------------------------------------------------------------------


def copy_rows(
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
    targets = reflected(target) if old_schema else all_tables()
    sources = {table.name: table for table in reflected(source)} if old_schema else {}
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


def clear(target: Connection) -> None:
    for table in reversed(all_tables()):
        target.execute(table.delete())


# --- a new SQLite file -------------------------------------------------------------------


def error_reason(error: SQLAlchemyError) -> str:
    """The first line of the database's own words (e.g. the server's refusal)."""
    text_of = str(getattr(error, "orig", None) or error).strip()
    return text_of.splitlines()[0] if text_of else type(error).__name__


def _remove(partial: Path) -> None:
    for leftover in (partial, *(Path(f"{partial}{end}") for end in files.JOURNAL_SUFFIXES)):
        leftover.unlink(missing_ok=True)


def _new_schema(connection: Connection, revision: str | None) -> None:
    """The schema of ``revision`` (None: the newest) in a new SQLite file."""
    connection.exec_driver_sql(f"PRAGMA application_id = {files.APPLICATION_ID}")
    if revision in (None, migrate.head_revision()):
        from nfg_desktop.store.models import Base

        Base.metadata.create_all(connection)
        migrate.stamp_head(connection)
    else:
        assert revision is not None
        migrate.upgrade_to(connection, revision)


def write_file(
    source: Connection, partial: Path, progress: Progress | None, revision: str | None = None
) -> dict[str, int]:
    """The network into a new SQLite file at ``partial`` (schema and rows in one transaction),
    left as one self-contained file (rollback journal, like a backup); returns the counts.
    ``revision``: the source's older schema, which the file gets too (a backup before an
    upgrade)."""
    _remove(partial)
    old_schema = revision not in (None, migrate.head_revision())
    expected = counts(source, reflected(source) if old_schema else None)
    engine = create_engine(f"sqlite:///{partial.as_posix()}")
    try:
        with engine.begin() as connection:
            _new_schema(connection, revision)
            copied = copy_rows(source, connection, progress, expected, old_schema)
        engine.dispose()
        # One file, no -wal/-shm: it can be carried around on its own.
        plain = sqlite3.connect(partial, isolation_level=None)
        try:
            plain.execute("PRAGMA journal_mode = DELETE")
        finally:
            plain.close()
    except BaseException:
        engine.dispose()
        _remove(partial)
        raise
    if files.journal_files(partial):
        _remove(partial)
        raise CopyError(
            f"Die neue Datei „{partial.name}“ konnte nicht fertig geschrieben werden. "
            "Ist das Laufwerk voll?"
        )
    return copied


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
    engine = create_engine(url)
    try:
        # As it is: a backup before an upgrade keeps the older schema. One snapshot.
        with engine.connect() as connection:
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                revision = migrate.current_revision(connection)
                if revision is None:
                    raise backup.BackupError(
                        f"In der Datenbank „{describe(url)}“ gibt es kein Netzwerk von NFG "
                        "Desktop; es gibt nichts zu sichern."
                    )
                if not migrate.is_known_revision(revision):
                    raise backup.BackupError(
                        f"Die Datenbank „{describe(url)}“ stammt von einer neueren Version von "
                        "NFG Desktop; bitte sichern Sie sie mit dieser."
                    )
                write_file(connection, partial, None, revision)
        if not files.integrity_ok(partial):
            raise backup.BackupError(
                f"Die Sicherung in „{target_folder}“ ist nach dem Schreiben fehlerhaft. Bitte "
                "prüfen Sie das Laufwerk oder wählen Sie einen anderen Sicherungsordner."
            )
        partial.replace(target)
    except SQLAlchemyError as error:
        _remove(partial)
        raise backup.BackupError(
            f"Die Sicherung der Datenbank „{describe(url)}“ ist fehlgeschlagen "
            f"({error_reason(error)}). Es wurde keine Sicherung angelegt."
        ) from error
    except BaseException:
        _remove(partial)
        raise
    finally:
        engine.dispose()
    log.info("Sicherung des Servers geschrieben: %s", target)
    if rotate_folder:
        try:
            backup.rotate(target_folder, stem, today=now.date())
        except OSError:
            log.warning("Alte Sicherungen konnten nicht aufgeräumt werden", exc_info=True)
    return target
