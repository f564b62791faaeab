"""A server database of an older program version: upgraded after a backup, only when alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from nfg_desktop.store import backup, migrate
from nfg_desktop.store.database import open_url
from nfg_desktop.store.files import DatabaseOpenError
from tests.store.old_files import file_at_revision

pytestmark = pytest.mark.postgres

OLD = "0003_network_settings"


def server_at_revision(url: str, revision: str) -> None:
    """A server database with the schema of ``revision`` and one setting in it."""
    file_at_revision(Path("unused"), revision, url=url)
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO setting (key, value) VALUES ('alt', 'vom alten Programm')")
        )
    engine.dispose()


def revision_of(url: str) -> str | None:
    engine = create_engine(url)
    with engine.connect() as connection:
        found = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    return found


def test_an_older_server_is_backed_up_then_upgraded(pg_url: str) -> None:
    server_at_revision(pg_url, OLD)
    database = open_url(pg_url)
    try:
        assert database.migration_backup is not None
        assert "vor-Update-0003-network-settings" in database.migration_backup.name
        assert database.migration_backup.parent == backup.backup_dir()
    finally:
        database.close()
    assert revision_of(pg_url) == migrate.head_revision()
    backup.check_backup_file(database.migration_backup)  # an SQLite file of the old state
    import sqlite3

    copy = sqlite3.connect(database.migration_backup)
    try:
        assert copy.execute("SELECT value FROM setting WHERE key = 'alt'").fetchall() == [
            ("vom alten Programm",)
        ]
    finally:
        copy.close()


def test_an_older_server_is_not_upgraded_while_someone_else_is_connected(pg_url: str) -> None:
    server_at_revision(pg_url, OLD)
    other = create_engine(pg_url)
    with other.connect() as connection:
        connection.execute(text("SELECT 1"))
        with pytest.raises(DatabaseOpenError, match="ist 1 weitere Verbindung offen"):
            open_url(pg_url)
    other.dispose()
    assert revision_of(pg_url) == OLD
    assert not backup.backup_dir().exists() or not list(backup.backup_dir().iterdir())
