"""The IT's roles: editors share the tables (and may upgrade them), readers only read."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.store.database import open_url
from tests.postgres_roles import ServerSetup, server_fixture  # noqa: F401 (a fixture)

pytestmark = pytest.mark.postgres


def test_editors_share_the_tables_and_readers_only_read(server: ServerSetup) -> None:
    anna = server.add_user(server.editor_role)
    bernd = server.add_user(server.editor_role)
    mayor = server.add_user(server.reader_role)

    database = open_url(anna)  # the first editor creates the schema
    assert not database.read_only
    with database.write() as session:
        PartnerService(session).create(PartnerData(name="Von Anna"))
    database.close()

    engine = create_engine(anna)
    with engine.connect() as connection:
        owners = connection.execute(
            text("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
        ).scalars()
        assert list(owners) == [server.editor_role]  # not Anna's: Bernd may upgrade them
    engine.dispose()

    database = open_url(bernd)
    assert not database.read_only
    with database.write() as session:
        PartnerService(session).create(PartnerData(name="Von Bernd"))
    database.close()

    database = open_url(mayor)
    try:
        assert database.read_only
        with database.read() as session:
            names = [partner.name for partner in PartnerService(session).list()]
        assert "Von Bernd" in names
        with pytest.raises(DomainError, match="nur Leserechte"), database.write() as session:
            PartnerService(session).create(PartnerData(name="Vom Rathaus"))
    finally:
        database.close()
    engine = create_engine(mayor)
    with engine.connect() as connection, pytest.raises(ProgrammingError) as refused:
        connection.execute(text("DELETE FROM partner"))
    engine.dispose()
    # The server's wording follows its language; the SQLSTATE does not.
    assert isinstance(refused.value.orig, psycopg.errors.InsufficientPrivilege)


def test_a_reader_cannot_set_up_an_empty_database(server: ServerSetup) -> None:
    mayor = server.add_user(server.reader_role)
    with pytest.raises(DomainError, match="noch leer"):
        open_url(mayor)
