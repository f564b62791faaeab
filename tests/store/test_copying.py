"""Copying a whole network between a file and a PostgreSQL server, and a server's backups."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, func, select, text

from nfg_desktop.services.demo import build_demo
from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.store import backup, copying, migrate, table_copy
from nfg_desktop.store.database import Database, open_database, open_url
from nfg_desktop.store.models import Base, Partner

pytestmark = pytest.mark.postgres


def all_rows(url_or_path: str | Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in id order."""
    url = str(url_or_path) if "://" in str(url_or_path) else f"sqlite:///{url_or_path}"
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return {
                table.name: [
                    tuple(row)
                    for row in connection.execute(
                        select(table).order_by(*table.primary_key.columns)
                    )
                ]
                for table in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()


def demo_file(path: Path) -> Path:
    database = open_database(path)
    try:
        with database.write() as session:
            build_demo(session, scale=1, today=date(2026, 11, 25))
    finally:
        database.close()
    return path


def next_partner_id(database: Database) -> int:
    with database.write() as session:
        return PartnerService(session).create(PartnerData(name="Neu")).id


def test_file_to_server_to_file_gives_identical_data(pg_url: str, tmp_path: Path) -> None:
    source = demo_file(tmp_path / "netzwerk.sqlite")
    # A deleted record: its id is never given again, on the server nor back in a file.
    database = open_database(source)
    deleted_id = next_partner_id(database)
    with database.write() as session:
        PartnerService(session).delete(deleted_id)
    database.close()
    original = all_rows(source)
    assert sum(len(rows) for rows in original.values()) > 300

    to_server = copying.copy_network(str(source), pg_url)
    assert to_server.counts == {name: len(rows) for name, rows in original.items()}
    assert all_rows(pg_url) == original

    back = tmp_path / "zurueck.sqlite"
    copying.copy_network(pg_url, str(back))
    assert all_rows(back) == original
    assert not Path(f"{back}.neu").exists()

    for opened in (open_url(pg_url), open_database(back)):
        try:
            assert next_partner_id(opened) == deleted_id + 1
        finally:
            opened.close()


def test_copy_into_a_server_holding_a_network_is_refused_and_nothing_written(
    pg_url: str, tmp_path: Path
) -> None:
    source = demo_file(tmp_path / "netzwerk.sqlite")
    database = open_url(pg_url)
    with database.write() as session:
        PartnerService(session).create(PartnerData(name="Schon da"))
    database.close()
    before = all_rows(pg_url)
    with pytest.raises(copying.CopyError, match="enthält schon ein Netzwerk"):
        copying.copy_network(str(source), pg_url)
    assert all_rows(pg_url) == before


def test_copy_into_a_file_holding_a_network_is_refused_and_nothing_written(
    pg_url: str, tmp_path: Path
) -> None:
    copying.copy_network(str(demo_file(tmp_path / "a.sqlite")), pg_url)
    target = demo_file(tmp_path / "b.sqlite")
    before = target.read_bytes()
    with pytest.raises(copying.CopyError, match="enthält schon ein Netzwerk"):
        copying.copy_network(pg_url, str(target))
    assert target.read_bytes() == before


def test_a_server_database_opened_once_but_without_data_counts_as_empty(
    pg_url: str, tmp_path: Path
) -> None:
    from nfg_desktop.services.network import NetworkService

    database = open_url(pg_url)
    with database.write() as session:
        NetworkService(session).get()  # what the window writes when it opens
    database.close()
    source = demo_file(tmp_path / "netzwerk.sqlite")
    copying.copy_network(str(source), pg_url)
    assert all_rows(pg_url) == all_rows(source)


def test_a_failure_half_way_leaves_the_server_unchanged(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = demo_file(tmp_path / "netzwerk.sqlite")
    calls = 0
    original_insert = Connection.execute

    def failing_execute(self: Connection, statement: Any, *args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        if self.dialect.name == "postgresql" and getattr(statement, "is_insert", False):
            calls += 1
            if calls == 5:
                raise OSError("Netzwerk weg")
        return original_insert(self, statement, *args, **kwargs)

    monkeypatch.setattr(Connection, "execute", failing_execute)
    with pytest.raises(OSError):
        copying.copy_network(str(source), pg_url)
    monkeypatch.undo()
    assert calls == 5
    engine = create_engine(pg_url)
    try:
        with engine.connect() as connection:
            # Not even the schema stays: it was made in the same transaction.
            tables = connection.execute(
                text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            ).scalar()
        assert tables == 0
    finally:
        engine.dispose()


def test_a_failure_half_way_leaves_no_file(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copying.copy_network(str(demo_file(tmp_path / "a.sqlite")), pg_url)
    target = tmp_path / "neu.sqlite"

    def broken_counts(_source: Connection, target: Connection, *_args: Any) -> dict[str, int]:
        raise copying.CopyError("Die Kopie ist unvollständig")

    monkeypatch.setattr(table_copy, "copy_rows", broken_counts)
    with pytest.raises(copying.CopyError):
        copying.copy_network(pg_url, str(target))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.sqlite"]


def test_counts_that_differ_are_refused(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = demo_file(tmp_path / "netzwerk.sqlite")
    real_counts = copying.counts

    def one_partner_more(connection: Connection, tables: Any = None) -> dict[str, int]:
        found = real_counts(connection, tables)
        if connection.dialect.name == "sqlite":
            found["partner"] += 1
        return found

    monkeypatch.setattr(copying, "counts", one_partner_more)
    with pytest.raises(copying.CopyError, match="unvollständig.*partner"):
        copying.copy_network(str(source), pg_url)
    monkeypatch.undo()
    engine = create_engine(pg_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT to_regclass('partner')")).scalar() is None
    engine.dispose()


def test_a_server_backup_is_a_desktop_backup_that_opens_anywhere(
    pg_url: str, tmp_path: Path
) -> None:
    source = demo_file(tmp_path / "netzwerk.sqlite")
    copying.copy_network(str(source), pg_url)
    saved = copying.backup_server(pg_url)
    assert saved.parent == backup.backup_dir()
    assert saved.name.startswith(copying.server_stem(pg_url) + "_")
    assert saved.name.endswith("_manuell.sqlite")
    assert [info.path for info in backup.list_backups()] == [saved]
    backup.check_backup_file(saved)
    assert all_rows(saved) == all_rows(source)
    opened = open_database(saved, read_only=True)
    try:
        with opened.read() as session:
            assert session.scalar(select(func.count()).select_from(Partner)) > 30
    finally:
        opened.close()
    assert not list(saved.parent.glob("*.teil*"))


def test_restore_onto_an_empty_server_and_with_replace(pg_url: str, tmp_path: Path) -> None:
    source = demo_file(tmp_path / "netzwerk.sqlite")
    saved = backup.create_backup(source)
    assert copying.restore_to_server(saved, pg_url) is None
    assert all_rows(pg_url) == all_rows(source)

    database = open_url(pg_url)
    with database.write() as session:
        PartnerService(session).create(PartnerData(name="Nach der Sicherung"))
    database.close()
    changed = all_rows(pg_url)
    with pytest.raises(copying.CopyError, match="--replace"):
        copying.restore_to_server(saved, pg_url)
    assert all_rows(pg_url) == changed

    previous = copying.restore_to_server(saved, pg_url, replace=True)
    assert previous is not None and "vor-Wiederherstellung" in previous.name
    assert all_rows(pg_url) == all_rows(source)
    assert all_rows(previous) == changed


def test_a_file_of_an_older_version_is_copied_without_being_changed(
    pg_url: str, tmp_path: Path
) -> None:
    import sqlite3

    from tests.store.old_files import file_at_revision

    old = file_at_revision(tmp_path / "alt.sqlite", "0003_network_settings")
    connection = sqlite3.connect(old)
    with connection:
        connection.execute("INSERT INTO setting (key, value) VALUES ('alt', 'vom alten Programm')")
    connection.close()
    before = old.read_bytes()
    copying.copy_network(str(old), pg_url)
    assert old.read_bytes() == before  # upgraded in a temporary copy only
    engine = create_engine(pg_url)
    with engine.connect() as server:
        assert server.execute(text("SELECT value FROM setting WHERE key = 'alt'")).scalar() == (
            "vom alten Programm"
        )
        assert server.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            migrate.head_revision()
        )
    engine.dispose()
