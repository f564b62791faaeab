"""Opening files: new, ours, older, newer, foreign, not a database, damaged."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from nfg_desktop import paths
from nfg_desktop.store import migrate
from nfg_desktop.store.database import Database, open_database
from nfg_desktop.store.files import (
    APPLICATION_ID,
    DamagedDatabaseError,
    ForeignDatabaseError,
    NewerVersionError,
    NotADatabaseError,
)
from tests.store.old_files import file_at_revision


def test_new_file_is_created_at_newest_revision_with_safe_pragmas(db_path: Path) -> None:
    database = open_database(db_path)
    with database.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
        assert connection.execute(text("PRAGMA application_id")).scalar() == APPLICATION_ID
    database.close()


def test_file_in_a_missing_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "neu" / "ordner" / "netzwerk.sqlite"
    open_database(path).close()
    assert path.exists()


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_text_file_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "liste.sqlite"
    path.write_text("Name;Ort\nCaritas;Musterhausen\n", encoding="utf-8")
    before = _bytes(path)
    with pytest.raises(NotADatabaseError) as caught:
        open_database(path)
    assert "keine Datenbank" in caught.value.message
    assert _bytes(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["liste.sqlite"]


def test_database_of_another_program_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "fremd.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE rechnungen (id INTEGER PRIMARY KEY, betrag REAL)")
    connection.execute("INSERT INTO rechnungen VALUES (1, 12.5)")
    connection.commit()
    connection.close()
    before = _bytes(path)
    with pytest.raises(ForeignDatabaseError) as caught:
        open_database(path)
    assert "anderen Programms" in caught.value.message
    assert _bytes(path) == before


def _checkpointed_copy(db_path: Path, target: Path) -> None:
    database = open_database(db_path)
    database.close()
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    shutil.copy(db_path, target)


def test_file_from_a_newer_version_is_refused_unchanged(db_path: Path, tmp_path: Path) -> None:
    newer = tmp_path / "neuer.sqlite"
    _checkpointed_copy(db_path, newer)
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    before = _bytes(newer)
    with pytest.raises(NewerVersionError) as caught:
        open_database(newer)
    assert "neueren Version" in caught.value.message
    assert _bytes(newer) == before


def test_damaged_file_is_refused_unchanged(db_path: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "kaputt.sqlite"
    _checkpointed_copy(db_path, damaged)
    data = bytearray(_bytes(damaged))
    # Keep the header, wreck the schema page.
    data[100:4096] = b"\xff" * (4096 - 100)
    damaged.write_bytes(bytes(data))
    before = _bytes(damaged)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(damaged)
    assert "beschädigt" in caught.value.message
    assert _bytes(damaged) == before


def test_older_file_is_copied_aside_then_upgraded(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_file = tmp_path / "alt.sqlite"
    _checkpointed_copy(db_path, old_file)
    old_bytes = _bytes(old_file)
    # A newer program version: the real migrations plus one more revision.
    old_head = migrate.head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), scripts)
    (scripts / "versions" / "9999_test_column.py").write_text(
        '"""test: a new column"""\n'
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f"revision = '9999'\ndown_revision = {migrate.head_revision()!r}\n"
        "branch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade() -> None:\n"
        "    with op.batch_alter_table('partner') as batch:\n"
        "        batch.add_column(sa.Column('test_column', sa.Text(), nullable=True))\n\n\n"
        "def downgrade() -> None:\n    pass\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(migrate, "migrations_dir", lambda: scripts)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9999")
    migrate._script.cache_clear()
    try:
        database = open_database(old_file)
        with database.engine.connect() as connection:
            assert migrate.current_revision(connection) == "9999"
            columns = [row[1] for row in connection.execute(text("PRAGMA table_info(partner)"))]
        database.close()
        assert "test_column" in columns
        assert database.migration_backup is not None
        backup = database.migration_backup
        assert backup.exists()
        check = sqlite3.connect(backup)
        revision = check.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert revision == old_head
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        check.close()
        assert old_bytes  # the original was readable before
    finally:
        migrate._script.cache_clear()


def test_head_revision_constant_is_alembics_head() -> None:
    migrate._script.cache_clear()
    assert migrate.head_revision() == migrate.script_head_revision()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    """Autogenerate against a file built only by the migrations finds no difference."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import create_engine

    from nfg_desktop.store.models import Base

    path = tmp_path / "migriert.sqlite"
    file_at_revision(path, "head")
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_write_is_all_or_nothing(db) -> None:  # type: ignore[no-untyped-def]
    from nfg_desktop.services.partners import PartnerData, PartnerService

    with pytest.raises(RuntimeError), db.write() as session:
        PartnerService(session).create(PartnerData(name="Caritas Musterhausen"))
        raise RuntimeError("Absturz mitten in der Aktion")
    with db.read() as session:
        assert PartnerService(session).list() == []


def test_change_listeners_hear_committed_tables(db) -> None:  # type: ignore[no-untyped-def]
    from nfg_desktop.services.partners import PartnerData, PartnerService

    heard: list[set[str]] = []
    db.on_change(heard.append)
    with db.write() as session:
        PartnerService(session).create(PartnerData(name="Caritas Musterhausen"))
    assert heard and "partner" in heard[0]


def test_reading_through_the_tables_sees_what_was_written_and_commits_nothing(
    db: Database,
) -> None:
    from sqlalchemy import insert, select

    from nfg_desktop.store import tables
    from nfg_desktop.store.models import Partner

    with db.write() as session:
        session.add(Partner(name="Seniorentreff"))
    with db.read_tables() as connection:
        assert connection.scalars(select(tables.partner.c.name)).all() == ["Seniorentreff"]
        connection.execute(insert(tables.partner).values(name="Nie gespeichert"))
    with db.read() as session:
        assert session.scalars(select(Partner.name)).all() == ["Seniorentreff"]
