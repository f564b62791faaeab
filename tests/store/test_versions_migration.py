"""Migration 0005_versions: every editable record gains a version counter, starting at 1."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from nfg_desktop.store import migrate
from nfg_desktop.store.database import open_database, open_url
from nfg_desktop.store.models import Base, Timestamped
from tests.store.old_files import file_at_revision

_PARTNER = (
    "INSERT INTO partner (id, name, kind, sector, street, postal_code, city, locality, phone,"
    " email, website, status, notes) VALUES (7, 'Alter Verein', 'Verein', '', 'Weg 1',"
    " '72160', 'Horb', '', '', '', '', 'aktiv', 'seit jeher')"
)


def _versioned_tables() -> set[str]:
    return {
        mapper.local_table.name  # type: ignore[union-attr]
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Timestamped)
    }


def test_every_editable_table_has_a_version_counter() -> None:
    for mapper in Base.registry.mappers:
        if issubclass(mapper.class_, Timestamped):
            assert mapper.version_id_col is not None, mapper.class_.__name__
            assert mapper.version_id_col.name == "version"
    assert "partner" in _versioned_tables()
    assert "change_record" not in _versioned_tables()


def test_a_file_of_the_previous_version_is_copied_aside_and_gets_version_1(
    tmp_path: Path,
) -> None:
    path = tmp_path / "alt.sqlite"
    file_at_revision(path, "0004_ortsteil")
    connection = sqlite3.connect(path)
    connection.execute(_PARTNER)
    connection.commit()
    connection.close()
    database = open_database(path)
    try:
        assert database.migration_backup is not None and database.migration_backup.exists()
        backup = sqlite3.connect(database.migration_backup)
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0004_ortsteil",
        )
        backup.close()
        with database.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
            row = connection.execute(text("SELECT name, version FROM partner")).one()
            columns = {
                table: {c["name"]: c for c in inspect(connection).get_columns(table)}
                for table in _versioned_tables()
            }
        assert tuple(row) == ("Alter Verein", 1)
        for table, table_columns in columns.items():
            assert table_columns["version"]["nullable"] is False, table
    finally:
        database.close()


@pytest.mark.postgres
def test_a_server_database_of_the_previous_version_gets_version_1(pg_url: str) -> None:
    config = migrate.alembic_config()
    config.set_main_option("sqlalchemy.url", pg_url)
    command.upgrade(config, "0004_ortsteil")
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        connection.execute(text(_PARTNER))
    engine.dispose()
    database = open_url(pg_url)
    try:
        with database.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
            assert connection.execute(text("SELECT version FROM partner")).scalar() == 1
            for table in _versioned_tables():
                (column,) = [
                    c for c in inspect(connection).get_columns(table) if c["name"] == "version"
                ]
                assert column["nullable"] is False, table
    finally:
        database.close()
