"""Alembic environment: runs on the connection handed in by ``nfg_desktop.store.migrate``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from nfg_desktop.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        url = config.get_main_option("sqlalchemy.url")
        if not url:
            raise RuntimeError("Keine Datenbank für die Migration angegeben")
        engine = create_engine(url)
        try:
            with engine.begin() as own_connection:
                _run(own_connection)
        finally:
            engine.dispose()  # a server must not see a connection left open
        return
    _run(connection)


def _run(connection: object) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    context.run_migrations()


run_migrations_online()
