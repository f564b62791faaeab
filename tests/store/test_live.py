"""Others' changes as they happen: the server's notifications and a local file's data version."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from nfg_desktop.services.demo import build_demo
from nfg_desktop.services.partners import PartnerService
from nfg_desktop.store import live
from nfg_desktop.store.database import Database, open_database, open_url
from nfg_desktop.store.models import Partner


class Heard:
    """What a feed delivered, from its thread."""

    def __init__(self) -> None:
        self.changes: list[live.Change] = []
        self.states: list[bool] = []
        self.arrived = threading.Event()

    def changed(self, changes: Sequence[live.Change]) -> None:
        self.changes.extend(changes)
        self.arrived.set()

    def state(self, connected: bool) -> None:
        self.states.append(connected)

    def wait(self, timeout: float = 2.0) -> bool:
        return self.arrived.wait(timeout)


def _rename_first_partner(database: Database, name: str) -> int:
    with database.write() as session:
        partner = session.query(Partner).order_by(Partner.id).first()
        assert partner is not None
        partner.name = name
        return partner.id


@pytest.mark.postgres
def test_a_save_of_another_program_is_heard_with_table_id_and_user(pg_url: str) -> None:
    mine, theirs = open_url(pg_url), open_url(pg_url)
    heard = Heard()
    try:
        with theirs.write() as session:
            build_demo(session, scale=1, today=date(2026, 11, 25))
        feed = mine.start_feed(heard.changed, heard.state)
        assert isinstance(feed, live.ServerListener)
        assert feed.ready.wait(5)
        partner_id = _rename_first_partner(theirs, "Neuer Name")
        assert heard.wait(2.0)
        time.sleep(0.2)
        partner_changes = [c for c in heard.changes if c.table == "partner"]
        assert partner_changes and partner_changes[0].id == partner_id
        assert partner_changes[0].user == "nfg_test"
        assert partner_changes[0].version == 2  # the version column counts the saves
    finally:
        mine.close()
        theirs.close()


@pytest.mark.postgres
def test_the_programs_own_saves_are_not_heard_again(pg_url: str) -> None:
    database = open_url(pg_url)
    heard = Heard()
    try:
        with database.write() as session:
            build_demo(session, scale=1, today=date(2026, 11, 25))
        feed = database.start_feed(heard.changed, heard.state)
        assert isinstance(feed, live.ServerListener)
        assert feed.ready.wait(5)
        _rename_first_partner(database, "Eigener Name")
        assert not heard.wait(1.0)
    finally:
        database.close()


@pytest.mark.postgres
def test_every_table_of_a_new_server_database_has_the_trigger(pg_url: str) -> None:
    database = open_url(pg_url)
    try:
        with database.engine.connect() as connection:
            tables = set(
                connection.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
                ).scalars()
            )
            triggered = set(
                connection.execute(
                    text(
                        "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                        "WHERE t.tgname = :name"
                    ),
                    {"name": live.TRIGGER},
                ).scalars()
            )
        assert triggered == tables - {"alembic_version"}
    finally:
        database.close()


def test_a_read_only_file_hears_of_the_writers_commit(db_path: Path) -> None:
    writer = open_database(db_path)
    with writer.write() as session:
        PartnerService(session)
        build_demo(session, scale=1, today=date(2026, 11, 25))
    reader = open_database(db_path, read_only=True)
    heard = Heard()
    try:
        assert isinstance(reader.start_feed(heard.changed, heard.state), live.FileWatcher)
        time.sleep(live.POLL_S * 2.5)  # the watcher has seen the first version
        _rename_first_partner(writer, "Geändert")
        assert heard.wait(2.0)
        assert heard.changes == [live.Change(live.ANY_TABLE)]
    finally:
        reader.close()
        writer.close()


def test_a_writable_local_file_has_no_feed(db: Database) -> None:
    assert db.start_feed(lambda _changes: None, lambda _state: None) is None


@pytest.mark.postgres
def test_a_server_database_of_the_previous_version_gets_the_triggers(pg_url: str) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from nfg_desktop.store import migrate

    config = migrate.alembic_config()
    config.set_main_option("sqlalchemy.url", pg_url)
    command.upgrade(config, "0005_versions")
    engine = create_engine(pg_url)
    with engine.connect() as connection:
        assert _triggered(connection) == set()
    engine.dispose()
    database = open_url(pg_url)
    try:
        with database.engine.connect() as connection:
            assert migrate.current_revision(connection) == "0006_notify"
            assert "partner" in _triggered(connection)
    finally:
        database.close()


def _triggered(connection: Connection) -> set[str]:
    return set(
        connection.execute(
            text(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE t.tgname = :name"
            ),
            {"name": live.TRIGGER},
        ).scalars()
    )


def test_while_the_feed_knows_the_server_is_gone_reads_and_saves_are_refused_at_once(
    db: Database,
) -> None:
    from nfg_desktop.store.server import ConnectionLostError

    db.reachable = False  # as the server's listener sets it when its connection breaks
    with pytest.raises(ConnectionLostError, match="Verbindung zum Server ist unterbrochen"):
        with db.read():
            pass
    with pytest.raises(ConnectionLostError, match="Verbindung zum Server ist unterbrochen"):
        with db.read_tables():
            pass
    with pytest.raises(ConnectionLostError, match="Ihre Eingaben bleiben im Formular"):
        with db.write():
            pass
    db.reachable = True
    with db.read():
        pass
