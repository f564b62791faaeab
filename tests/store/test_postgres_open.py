"""Opening a network on a PostgreSQL server (the tests' throw-away cluster)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine, text

from nfg_desktop.services.demo import build_demo
from nfg_desktop.services.partners import PartnerService
from nfg_desktop.store.database import open_url
from nfg_desktop.store.files import NewerVersionError

pytestmark = pytest.mark.postgres


def test_empty_server_database_gets_the_schema_and_holds_a_network(pg_url: str) -> None:
    database = open_url(pg_url)
    try:
        with database.write() as session:
            build_demo(session, scale=1, today=date(2026, 11, 25))
        with database.read() as session:
            names = [p.name for p in PartnerService(session).list()]
        assert len(names) >= 30
        assert database.engine.dialect.name == "postgresql"
    finally:
        database.close()


def test_server_with_a_newer_schema_is_refused_and_not_touched(pg_url: str) -> None:
    open_url(pg_url).close()
    database = open_url(pg_url)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'zzzz_future'"))
    database.close()
    with pytest.raises(NewerVersionError):
        open_url(pg_url)
    engine = create_engine(pg_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "zzzz_future"
        )
    engine.dispose()
