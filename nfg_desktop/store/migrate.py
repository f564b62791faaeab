"""Schema versions with Alembic, driven from code (no alembic.ini needed at run time).

Alembic is imported only when a file has to be created, upgraded or judged: opening a file that
is already at ``HEAD_REVISION`` (the everyday case) does not load it, which keeps the start quick.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from nfg_desktop.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# The newest revision in migrations/versions; a test keeps it equal to Alembic's head.
HEAD_REVISION = "0006_notify"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


@cache
def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return HEAD_REVISION


def script_head_revision() -> str:
    """The head as Alembic reads it from the migration scripts."""
    head = _script().get_current_head()
    assert head is not None
    return head


def is_known_revision(revision: str) -> bool:
    if revision == HEAD_REVISION:
        return True
    return any(script.revision == revision for script in _script().walk_revisions())


def upgrade(engine: Engine) -> None:
    """Bring the file to the newest revision in one transaction.

    SQLite tables are rebuilt by copying (Alembic's batch mode): foreign keys are switched off
    meanwhile, or dropping the old table would delete the rows that refer to it (SQLite's
    "making other kinds of table schema changes"); they are checked before the commit.
    """
    from alembic import command

    config = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        if sqlite and driver is not None:  # only outside a transaction: on the driver itself
            driver.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                act_as_database_owner(connection)
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"Migration: Verweise ohne Ziel: {broken[:5]}")
        finally:
            if sqlite and driver is not None:
                driver.execute("PRAGMA foreign_keys = ON")


def upgrade_to(connection: Connection, revision: str) -> None:
    """An empty database at the schema of ``revision`` (a backup of an older server)."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def act_as_database_owner(connection: Connection) -> None:
    """On a server, tables are created and altered as the database's owner role for the rest
    of the transaction: then every editor who is a member of it (packaging/postgres/setup.sql)
    may upgrade them later, and the owner's default privileges let the read-only role read
    them. Nothing happens for a user who is not a member (or is the owner)."""
    if connection.dialect.name != "postgresql":
        return
    owner = connection.exec_driver_sql(
        "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
    ).scalar()
    connection.execute(
        text(
            "SELECT set_config('role', :owner, true) WHERE :owner <> current_user"
            " AND pg_has_role(current_user, :owner, 'MEMBER')"
        ),
        {"owner": owner},
    )


def stamp_head(connection: Connection) -> None:
    from alembic.runtime.migration import MigrationContext

    context = MigrationContext.configure(connection)
    context.stamp(_script(), "head")


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()
